// The plan index's filters and sort orders, as data in and data out. Without a chosen column,
// the user's own offices come first, then the newest cycle, then offices by name.

import type { PlanStatus, PlanSummary } from '../../../contract';

export type PlanColumn = 'office' | 'title' | 'cycle' | 'status' | 'targets' | 'progress' | 'overdue';

export interface PlanSort {
  column: PlanColumn;
  direction: 'ascending' | 'descending';
}

/** Each is '' for "all"; office is the office's name as shown. */
export interface PlanFilter {
  office: string;
  cycle: string;
  status: string;
}

export function filterPlans(plans: readonly PlanSummary[], { office, cycle, status }: PlanFilter): PlanSummary[] {
  return plans.filter((p) => (!office || p.officeName === office) && (!cycle || p.cycle === cycle) && (!status || p.status === status));
}

export interface SortContext {
  compare(a: string, b: string): number;
  /** Statuses sort by their words in the user's language. */
  statusLabel(status: PlanStatus): string;
  mineFirst(plan: PlanSummary): boolean;
}

export function sortPlans(plans: readonly PlanSummary[], sort: PlanSort | undefined, ctx: SortContext): PlanSummary[] {
  const byDefault = (a: PlanSummary, b: PlanSummary) =>
    Number(ctx.mineFirst(b)) - Number(ctx.mineFirst(a)) || ctx.compare(b.cycle, a.cycle) || ctx.compare(a.officeName, b.officeName);
  if (!sort) return [...plans].sort(byDefault);
  const numbers = (a: number | null, b: number | null) => (a ?? -1) - (b ?? -1);
  const by: Record<PlanColumn, (a: PlanSummary, b: PlanSummary) => number> = {
    office: (a, b) => ctx.compare(a.officeName, b.officeName),
    title: (a, b) => ctx.compare(a.title, b.title),
    cycle: (a, b) => ctx.compare(a.cycle, b.cycle),
    status: (a, b) => ctx.compare(ctx.statusLabel(a.status), ctx.statusLabel(b.status)),
    targets: (a, b) => numbers(a.rollup.targets, b.rollup.targets),
    progress: (a, b) => numbers(a.rollup.progress, b.rollup.progress),
    overdue: (a, b) => numbers(a.rollup.overdue, b.rollup.overdue),
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...plans].sort((a, b) => sign * by[sort.column](a, b) || byDefault(a, b));
}
