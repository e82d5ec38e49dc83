// An office's scorecard in the Word progress report: its rating table before the narrative
// (criterion, the rating in words on a shaded cell, and why: the figure measured or the
// override with who made it and its justification) and its remedial actions after the targets.

import { HeadingLevel, Paragraph, type FileChild } from 'docx';
import { BELOW_MEETS } from '../domain/scorecard';
import { grid } from './docx-tables';
import { listedRows, type CellValue, type TableSlots } from './docx-table-xml';
import type { OfficeProgress, ProgressModel } from './progress-model';
import { RATING_FILLS, ratingBasis, type RatingLine, type RemedialLine } from './progress-scorecard';
import { printable } from './xml-text';

export const SCORECARD_HEADING = 'Scorecard';
export const REMEDIAL_HEADING = 'Remedial actions';
export const RATING_HEADERS = ['Criterion', 'Rating', 'Basis'];
export const REMEDIAL_HEADERS = ['Criterion', 'Steps', 'Due', 'Responsible', 'Resources', 'Status'];
export const NO_REMEDIAL_ACTION_NEEDED = 'No remedial action needed: every criterion meets or exceeds requirements, or does not apply.';

const line = (text: string) => new Paragraph({ text: printable(text), spacing: { after: 120 } });
/** A line right after a table: apart from it. */
const after = (text: string) => new Paragraph({ text: printable(text), spacing: { before: 160, after: 120 } });

/** The rating in words on its colour; an override says so in the cell too, not only in the basis. */
export const ratingCell = (r: RatingLine): CellValue => ({ text: `${r.ratingLabel}${r.override ? ' (overridden)' : ''}`, fill: RATING_FILLS[r.rating] });

export function officeRatings({ scorecard }: OfficeProgress, model: ProgressModel, tables: TableSlots): FileChild[] {
  const heading = new Paragraph({ text: SCORECARD_HEADING, heading: HeadingLevel.HEADING_2 });
  if (!scorecard) return [heading, line(`This office has no scorecard for ${model.period.label}.`)];
  if (scorecard.ratings.length === 0) return [heading, line('No criterion was in use when the office was rated.')];
  const how =
    scorecard.source === 'stored'
      ? `Rated on the UN-SWAP scale from the figures frozen when ${model.period.label} closed.`
      : `Rated on the UN-SWAP scale from today’s figures: ${model.period.label} is open, so the ratings may still change.`;
  return [heading, line(how), grid(tables, RATING_HEADERS, listedRows(scorecard.ratings.map((r) => [r.label, ratingCell(r), ratingBasis(r)])), [3.2, 2.6, 6])];
}

export function officeRemedialActions({ scorecard }: OfficeProgress, _model: ProgressModel, tables: TableSlots): FileChild[] {
  if (!scorecard) return [];
  const children: FileChild[] = [new Paragraph({ text: REMEDIAL_HEADING, heading: HeadingLevel.HEADING_2 })];
  if (scorecard.actions.length > 0) {
    children.push(grid(tables, REMEDIAL_HEADERS, listedRows(scorecard.actions.map(remedialCells)), [2.2, 5.6, 1.6, 2.2, 2.2, 1.4]));
  }
  // A rating below "meets" with no action yet is named, so that the gap shows.
  const uncovered = scorecard.ratings.filter((r) => BELOW_MEETS.includes(r.rating) && !scorecard.actions.some((a) => a.criterion === r.criterion));
  const labels = uncovered.map((r) => r.label).join('; ');
  if (uncovered.length > 0 && scorecard.source === 'stored') children.push(after(`No remedial action recorded yet for: ${labels}.`));
  else if (uncovered.length > 0)
    children.push(after(`Below requirements today: ${labels}. Remedial actions are agreed once the period is closed and its scorecard kept.`));
  else if (scorecard.actions.length === 0) children.push(line(NO_REMEDIAL_ACTION_NEEDED));
  return children;
}

function remedialCells(a: RemedialLine): CellValue[] {
  return [a.criterionLabel, a.steps, a.due, a.responsible, a.resources, a.statusLabel];
}
