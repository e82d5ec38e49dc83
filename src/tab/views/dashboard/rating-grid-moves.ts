// The heat map's columns and its keyboard: which criteria it shows, and where a key moves the
// focus in a grid of offices × criteria (the ARIA grid pattern's keys, clamped at the edges).

import type { ScorecardView } from '../../../contract';
import type { CriterionId } from '../../../domain/scorecard-criteria';

/** The criteria rated in any of the scorecards, in the order the first lists them. */
export function criteriaOf(scorecards: readonly ScorecardView[]): CriterionId[] {
  return [...new Set(scorecards.flatMap((s) => s.ratings.map((r) => r.criterion)))];
}

/** The cell the key moves to in a grid of `rows` × `columns`, or undefined when the key is not a move. */
export function moveOf(key: string, ctrl: boolean, [row, column]: [number, number], rows: number, columns: number): [number, number] | undefined {
  switch (key) {
    case 'ArrowRight':
      return [row, Math.min(column + 1, columns - 1)];
    case 'ArrowLeft':
      return [row, Math.max(column - 1, 0)];
    case 'ArrowDown':
      return [Math.min(row + 1, rows - 1), column];
    case 'ArrowUp':
      return [Math.max(row - 1, 0), column];
    case 'Home':
      return ctrl ? [0, 0] : [row, 0];
    case 'End':
      return ctrl ? [rows - 1, columns - 1] : [row, columns - 1];
    default:
      return undefined;
  }
}
