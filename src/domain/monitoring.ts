// Monitoring the implementation: reporting cycles and their periods, the offices' progress
// reports and the snapshot frozen when a period closes. The records as they are stored, and
// the calendar of a cycle (periodsOf, periodOf). Rules and derivations: report-workflow.ts,
// monitoring-derive.ts.

import type { TargetStatus } from './catalogues';
import { addDays } from './dates';
import type { Versioned } from './versioned';

export const PERIODICITIES = ['quarterly', 'semiannual', 'annual'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export const INDICATOR_TYPES = ['number', 'percent', 'yes-no', 'qualitative'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export const DISAGGREGATIONS = ['none', 'sex'] as const;
export type Disaggregation = (typeof DISAGGREGATIONS)[number];

export const PERIOD_STATUSES = ['open', 'closed'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export const REPORT_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const SNAPSHOT_SCOPES = ['target', 'office', 'department'] as const;
export type SnapshotScope = (typeof SNAPSHOT_SCOPES)[number];

/** Days after a period's end by which its report is due, unless the cycle says otherwise. */
export const DEFAULT_REPORT_DUE_DAYS = 15;

/** A reporting cycle, e.g. "2006-2007" reported quarterly. Its id is its code, as plans name it. */
export interface Cycle extends Versioned {
  /** The code, e.g. "2006-2007" (the same as WorkPlan.cycle). */
  id: string;
  start: string;
  end: string;
  periodicity: Periodicity;
  /** A period's report is due this many days after the period ends. */
  reportDueDays: number;
}

/** The value a target is expected to reach by the end of one period. */
export interface Milestone {
  periodId: string;
  value: number;
}

export interface Period extends Versioned {
  /** `${cycle}_${year}-Q1`, `…-H2`, or `${cycle}_${year}` for a year: stable, URL-safe. */
  id: string;
  /** The cycle's id (its code). */
  cycle: string;
  /** "2006 Q1", "2006 H1" or "2006". */
  label: string;
  start: string;
  end: string;
  reportDue: string;
  status: PeriodStatus;
  closedAt: string | null;
  closedBy: string | null;
  /** Closed although reports were missing (an explicit force). */
  forced: boolean;
  /** The offices whose report was not submitted when the period closed (ids). */
  missingOffices: string[];
  /** How many snapshot rows the close wrote. */
  snapshotRows: number;
  /** A close under way: its rows are being written; the period closes once all are. */
  closing: { by: string; at: string } | null;
}

/** One step of a report's workflow, with who and when. */
export interface ReportTransition {
  readonly from: ReportStatus;
  readonly to: ReportStatus;
  readonly by: string;
  readonly at: string;
  readonly comment: string | null;
}

/** What an office reports for one period: a narrative and one line per target (ReportLine). */
export interface ProgressReport extends Versioned {
  officeId: string;
  periodId: string;
  status: ReportStatus;
  summary: string | null;
  achievements: string | null;
  challenges: string | null;
  supportNeeded: string | null;
  nextSteps: string | null;
  /** Every workflow step, oldest first. */
  transitions: ReportTransition[];
  createdBy: string;
  submittedBy: string | null;
  submittedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** Why the Gender Unit returned it (shown to the office). */
  returnComment: string | null;
}

export interface ReportLine extends Versioned {
  reportId: string;
  targetId: string;
  /** The figure for the period (prefilled from the period's latest check-in). */
  value: number | null;
  women: number | null;
  men: number | null;
  /** The milestone the target had for the period, copied when the line was made. */
  milestone: number | null;
  status: TargetStatus;
  comment: string | null;
}

/** Counts over many targets, for the office and department rows of a snapshot. */
export interface SnapshotCounts {
  targets: number;
  byStatus: Record<TargetStatus, number>;
  overdue: number;
  milestonesMet: number;
  milestonesMissed: number;
  reportsOnTime: number;
  reportsLate: number;
  reportsMissing: number;
}

/** One frozen figure of a closed period: a target, an office, or the department. */
export interface SnapshotRow {
  periodId: string;
  scope: SnapshotScope;
  /** The target's id, the office's id, or "department". */
  key: string;
  /** The office the row belongs to (null for the department). */
  officeId: string | null;
  status: TargetStatus | null;
  value: number | null;
  milestone: number | null;
  milestoneMet: boolean | null;
  overdue: boolean;
  daysOverdue: number;
  women: number | null;
  men: number | null;
  /** For office and department rows. */
  counts: SnapshotCounts | null;
}

/** A closed period's figures: the period (closedAt, closedBy, forced, missingOffices) and its rows. */
export interface Snapshot {
  period: Period;
  rows: SnapshotRow[];
}

/** The calendar of a period, before it is stored. */
export type PeriodDraft = Omit<Period, keyof Versioned | 'status' | 'closedAt' | 'closedBy' | 'forced' | 'missingOffices' | 'snapshotRows' | 'closing'> & {
  id: string;
};

const MONTHS: Readonly<Record<Periodicity, number>> = { quarterly: 3, semiannual: 6, annual: 12 };

/**
 * The periods of a cycle, calendar-aligned (quarters start in January, April, July, October;
 * halves in January and July). A cycle that starts or ends inside a calendar period keeps the
 * part it covers: its first (or last) period is shorter but keeps the calendar label, so that
 * "2006 Q1" means the same months in every cycle and reports line up across offices.
 */
export function periodsOf(cycle: Pick<Cycle, 'id' | 'start' | 'end' | 'periodicity' | 'reportDueDays'>): PeriodDraft[] {
  const months = MONTHS[cycle.periodicity];
  const periods: PeriodDraft[] = [];
  let year = Number(cycle.start.slice(0, 4));
  let index = Math.floor((Number(cycle.start.slice(5, 7)) - 1) / months);
  for (;;) {
    const calendarStart = isoDate(year, index * months + 1, 1);
    if (calendarStart > cycle.end) break;
    const calendarEnd = addDays(isoDate(year + Math.floor(((index + 1) * months) / 12), (((index + 1) * months) % 12) + 1, 1), -1);
    const start = calendarStart < cycle.start ? cycle.start : calendarStart;
    const end = calendarEnd > cycle.end ? cycle.end : calendarEnd;
    const suffix = cycle.periodicity === 'quarterly' ? `Q${index + 1}` : cycle.periodicity === 'semiannual' ? `H${index + 1}` : '';
    periods.push({
      id: `${cycle.id}_${year}${suffix ? `-${suffix}` : ''}`,
      cycle: cycle.id,
      label: suffix ? `${year} ${suffix}` : String(year),
      start,
      end,
      reportDue: addDays(end, cycle.reportDueDays),
    });
    index += 1;
    if (index * months >= 12) {
      index = 0;
      year += 1;
    }
  }
  return periods;
}

/** A cycle's first and last day: as given, else the first and last day of the years its code names. */
export function cycleSpan(code: string, start?: string, end?: string): { start: string; end: string } {
  const [from, to = from] = code.split('-');
  return { start: start ?? `${from}-01-01`, end: end ?? `${to}-12-31` };
}

/** The period a date falls in (a check-in belongs to it), if any. */
export function periodOf<P extends Pick<Period, 'start' | 'end'>>(date: string, periods: readonly P[]): P | undefined {
  return periods.find((p) => p.start <= date && date <= p.end);
}

/** The period just before `period` among `periods` (by start), for "change since the previous period". */
export function previousPeriod<P extends Pick<Period, 'id' | 'start'>>(period: P, periods: readonly P[]): P | undefined {
  return [...periods].filter((p) => p.start < period.start).sort((a, b) => (a.start < b.start ? 1 : -1))[0];
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
