// What monitoring derives, never stored by hand: a target's milestone for a period and whether
// it was met, whether a report is on time, late or missing, the change since the previous
// period, the total of a sex-disaggregated figure, and the rows frozen when a period closes.

import type { TargetStatus } from './catalogues';
import { daysOverdue, isOverdue, zeroStatusCounts } from './derive';
import type { FieldProblem } from './errors';
import type { Target } from './model';
import type { IndicatorType, Period, ProgressReport, SnapshotCounts, SnapshotRow } from './monitoring';

export function indicatorTypeOf(target: Pick<Target, 'indicatorType'>): IndicatorType {
  return target.indicatorType ?? 'number';
}

export function isSexDisaggregated(target: Pick<Target, 'disaggregation'>): boolean {
  return target.disaggregation === 'sex';
}

/** The value the target is expected to reach by the end of `periodId`, if it has a milestone there. */
export function milestoneOf(target: Pick<Target, 'milestones'>, periodId: string): number | null {
  return target.milestones?.find((m) => m.periodId === periodId)?.value ?? null;
}

/**
 * Whether `value` meets `milestone`: null when there is nothing to compare (no milestone, a
 * qualitative indicator); false when nothing was reported. A target that goes down (its
 * target value below its baseline) meets a milestone by staying at or under it.
 */
export function milestoneMet(
  target: Pick<Target, 'indicatorType' | 'baseline' | 'targetValue'>,
  value: number | null,
  milestone: number | null,
): boolean | null {
  if (milestone === null || indicatorTypeOf(target) === 'qualitative') return null;
  if (value === null) return false;
  const decreasing = target.baseline !== null && target.targetValue !== null && target.targetValue < target.baseline;
  return decreasing ? value <= milestone : value >= milestone;
}

export type ReportTimeliness = 'on-time' | 'late' | 'missing' | 'not-due';

/**
 * A report's timeliness: by its first submission against the period's due date; without one,
 * missing once the due date has passed, else not due yet.
 */
export function reportTimeliness(report: Pick<ProgressReport, 'transitions'> | undefined, period: Pick<Period, 'reportDue'>, today: string): ReportTimeliness {
  const first = report?.transitions.find((t) => t.to === 'submitted');
  if (first) return first.at.slice(0, 10) <= period.reportDue ? 'on-time' : 'late';
  return today > period.reportDue ? 'missing' : 'not-due';
}

export interface PeriodChange {
  /** The difference of the values, when both periods have one. */
  value: number | null;
  statusFrom: TargetStatus | null;
  statusTo: TargetStatus | null;
  statusChanged: boolean;
}

/** What changed for one figure since the previous period (null when there was none). */
export function changeSince(current: Pick<SnapshotRow, 'value' | 'status'>, previous: Pick<SnapshotRow, 'value' | 'status'> | undefined): PeriodChange {
  const value = previous && current.value !== null && previous.value !== null ? current.value - previous.value : null;
  const statusFrom = previous?.status ?? null;
  return { value, statusFrom, statusTo: current.status, statusChanged: previous !== undefined && statusFrom !== current.status };
}

/** The women and men of a check-in or report line, and the total typed beside them (if any). */
export interface SexFigures {
  value?: number | null;
  women?: number | null;
  men?: number | null;
}

/**
 * What is wrong with women, men and a typed total: both or neither must be given, and a typed
 * total must be their sum (the total is derived, never typed apart).
 */
export function sexFiguresProblem(figures: SexFigures): FieldProblem | undefined {
  const women = figures.women ?? null;
  const men = figures.men ?? null;
  if ((women === null) !== (men === null)) {
    const missing = women === null ? 'women' : 'men';
    return { field: missing, code: 'women-and-men', message: 'give both women and men, or neither' };
  }
  if (women === null || men === null) return undefined;
  const value = figures.value ?? null;
  if (value !== null && value !== women + men) {
    return { field: 'value', code: 'total-mismatch', params: { total: women + men }, message: `must be women + men (${women + men}), or left out` };
  }
  return undefined;
}

/**
 * What is wrong with a figure for this kind of indicator: a yes-no indicator is 1 (yes) or
 * 0 (no), a percent lies between 0 and 100. Numbers and qualitative indicators take any value.
 */
export function indicatorValueProblem(target: Pick<Target, 'indicatorType'>, value: number | null | undefined, field = 'value'): FieldProblem | undefined {
  if (value === null || value === undefined) return undefined;
  const type = indicatorTypeOf(target);
  if (type === 'yes-no' && value !== 0 && value !== 1) return { field, code: 'choice', message: 'must be 1 (yes) or 0 (no) for a yes-no indicator' };
  if (type === 'percent' && value < 0) return { field, code: 'too-small', params: { min: 0 }, message: 'must be at least 0 for a percent' };
  if (type === 'percent' && value > 100) return { field, code: 'too-big', params: { max: 100 }, message: 'must be at most 100 for a percent' };
  return undefined;
}

/** The figure to store: women + men when both are given, else the typed value. */
export function totalOf(figures: SexFigures): number | null {
  if (figures.women != null && figures.men != null) return figures.women + figures.men;
  return figures.value ?? null;
}

/** What counts for one target as of a period's end (its accepted report line or its latest check-in). */
export interface TargetFigure {
  status: TargetStatus;
  value: number | null;
  women: number | null;
  men: number | null;
}

export interface SnapshotInput {
  period: Pick<Period, 'id' | 'end' | 'reportDue'>;
  /** The offices that report (every office, even one without targets). */
  officeIds: readonly string[];
  targets: readonly { target: Target; officeId: string }[];
  figures: ReadonlyMap<string, TargetFigure>;
  /** The period's reports (at most one per office). */
  reports: readonly ProgressReport[];
  /** The day of the close: decides whether a report not submitted is missing. */
  today: string;
}

/** The rows a close freezes: one per target, one per office, one for the department. */
export function snapshotRowsOf(input: SnapshotInput): SnapshotRow[] {
  const { period } = input;
  const byOffice = new Map<string, SnapshotCounts>(input.officeIds.map((id) => [id, emptyCounts()]));
  const department = emptyCounts();
  const rows: SnapshotRow[] = [];
  for (const { target, officeId } of input.targets) {
    const figure = input.figures.get(target.id);
    const status = figure?.status ?? target.status;
    const value = figure?.value ?? null;
    const milestone = milestoneOf(target, period.id);
    const met = milestoneMet(target, value, milestone);
    const asOfEnd = { dueDate: target.dueDate, status };
    const row: SnapshotRow = {
      periodId: period.id,
      scope: 'target',
      key: target.id,
      officeId,
      status,
      value,
      milestone,
      milestoneMet: met,
      overdue: isOverdue(asOfEnd, period.end),
      daysOverdue: daysOverdue(asOfEnd, period.end),
      women: figure?.women ?? null,
      men: figure?.men ?? null,
      counts: null,
    };
    rows.push(row);
    let office = byOffice.get(officeId);
    if (!office) byOffice.set(officeId, (office = emptyCounts()));
    for (const counts of [office, department]) countTarget(counts, row);
  }
  const reportOf = new Map(input.reports.map((r) => [r.officeId, r]));
  for (const [officeId, counts] of byOffice) {
    const timeliness = reportTimeliness(reportOf.get(officeId), period, input.today);
    for (const c of [counts, department]) {
      if (timeliness === 'on-time') c.reportsOnTime += 1;
      else if (timeliness === 'late') c.reportsLate += 1;
      else if (timeliness === 'missing') c.reportsMissing += 1;
    }
    rows.push(aggregateRow(period.id, 'office', officeId, officeId, counts));
  }
  rows.push(aggregateRow(period.id, 'department', 'department', null, department));
  return rows;
}

function emptyCounts(): SnapshotCounts {
  return { targets: 0, byStatus: zeroStatusCounts(), overdue: 0, milestonesMet: 0, milestonesMissed: 0, reportsOnTime: 0, reportsLate: 0, reportsMissing: 0 };
}

function countTarget(counts: SnapshotCounts, row: SnapshotRow): void {
  counts.targets += 1;
  if (row.status) counts.byStatus[row.status] += 1;
  if (row.overdue) counts.overdue += 1;
  if (row.milestoneMet === true) counts.milestonesMet += 1;
  if (row.milestoneMet === false) counts.milestonesMissed += 1;
}

function aggregateRow(periodId: string, scope: 'office' | 'department', key: string, officeId: string | null, counts: SnapshotCounts): SnapshotRow {
  return {
    periodId,
    scope,
    key,
    officeId,
    status: null,
    value: null,
    milestone: null,
    milestoneMet: null,
    overdue: counts.overdue > 0,
    daysOverdue: 0,
    women: null,
    men: null,
    counts,
  };
}
