// The plan tree flattened into the rows of one virtualised list, in reading order:
// objective, its activities, each followed by its targets.

import type { ActivityView, ObjectiveView, PlanTree, TargetView } from '../../../contract';

export type PlanRow =
  | { kind: 'objective'; key: string; objective: ObjectiveView }
  | { kind: 'activity'; key: string; activity: ActivityView }
  | { kind: 'target'; key: string; target: TargetView };

export function planRows(tree: PlanTree): PlanRow[] {
  const rows: PlanRow[] = [];
  for (const objective of tree.objectives) {
    rows.push({ kind: 'objective', key: objective.id, objective });
    for (const activity of objective.activities) {
      rows.push({ kind: 'activity', key: activity.id, activity });
      for (const target of activity.targets) rows.push({ kind: 'target', key: target.id, target });
    }
  }
  return rows;
}

/** First guess of each row's height, before it is measured. */
export function rowHeight(row: PlanRow): number {
  return row.kind === 'objective' ? 88 : row.kind === 'activity' ? 64 : 76;
}
