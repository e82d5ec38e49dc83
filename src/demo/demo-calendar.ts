// The demo's reporting calendar and what monitoring adds to its targets. Like every demo date,
// the calendar moves with `today`: the 2006-2007 cycle is reported quarterly and laid out so
// that the two quarters before the last one are closed, the last quarter that ended is the one
// the offices report on now (its reports due shortly before or after today), and the quarter
// under way follows. The period labels are the calendar's ("2026 Q3" when today is in late 2026),
// as they must be for check-ins and due dates, which are dated relative to today too, to fall
// into them.

import { addDays, daysBetween } from '../domain/dates';
import type { NewRecord } from '../domain/model';
import { DEFAULT_REPORT_DUE_DAYS, periodsOf, type Disaggregation, type IndicatorType, type Milestone, type PeriodDraft } from '../domain/monitoring';
import { DEMO_CYCLE, type TargetContent } from './demo-content';

export interface DemoCalendar {
  cycle: NewRecord<'cycle'>;
  /** The eight quarters of the cycle, oldest first. */
  periods: PeriodDraft[];
}

/** The two periods closed with a snapshot, and the one the offices report on now (indexes into periods). */
export const CLOSED_PERIODS = [0, 1] as const;
export const REPORTING_PERIOD = 2;

const QUARTERS_BEFORE_TODAY = 3;
/** From this span between baseline and target on, progress is reported as the value reached (demo-progress.ts). */
const MEASURED_SPAN = 5;
/** The exponent of the milestones' curve: 1 would be a straight line. */
const RAMP_UP = 2.5;
const CYCLE_YEARS = 2;

export function demoCalendar(today: string): DemoCalendar {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  // Three quarters before the one under way: two closed, then the one being reported on.
  const first = year * 4 + quarter - QUARTERS_BEFORE_TODAY;
  const startYear = Math.floor(first / 4);
  const startMonth = (first % 4) * 3 + 1;
  const start = `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
  const end = addDays(`${startYear + CYCLE_YEARS}-${String(startMonth).padStart(2, '0')}-01`, -1);
  const cycle: NewRecord<'cycle'> = { id: DEMO_CYCLE, start, end, periodicity: 'quarterly', reportDueDays: DEFAULT_REPORT_DUE_DAYS };
  return { cycle, periods: periodsOf(cycle) };
}

/** Percentages read as percent, a single deliverable (0 → 1) as done or not; the rest are counts. */
export function demoIndicatorType(t: TargetContent): IndicatorType {
  if (t.unit === '%') return 'percent';
  if (t.baseline === 0 && t.target === 1) return 'yes-no';
  return 'number';
}

/** People trained or briefed are counted as women and men (not a count of women alone, nor of organisations). */
export function demoDisaggregation(t: TargetContent): Disaggregation {
  const people = !['partners', 'countries', 'missions', 'offices'].includes(t.unit);
  return people && /\b(trained|briefed|attended)\b/.test(t.indicator) && !/\bwomen\b/i.test(t.indicator) && t.target - t.baseline >= 5 ? 'sex' : 'none';
}

/** The women's share of a sex-disaggregated figure: between 30 and 45 %, the same for every report on one target. */
export function womenShare(ref: string): number {
  const code = [...ref].reduce((n, c) => n + c.charCodeAt(0), 0);
  return 0.3 + 0.05 * (code % 4);
}

/** A total split into women and men by the target's share. */
export function splitBySex(total: number, ref: string): { women: number; men: number } {
  const women = Math.round(total * womenShare(ref));
  return { women, men: total - women };
}

/**
 * The value a counted target is expected to reach by the end of each period before it falls
 * due: from the baseline at the cycle's start to the target on the due date, slowly at first (work
 * takes a while to start, and offices plan for it) and faster towards the end.
 * None for a target reported as percent done, nor for a plan whose work has not begun.
 */
export function demoMilestones(t: TargetContent, dueDate: string, calendar: DemoCalendar): Milestone[] {
  const span = t.target - t.baseline;
  // Small spans (a guideline, a rate moving a few points) are reported as percent done, not as a value to compare.
  if (Math.abs(span) < MEASURED_SPAN) return [];
  const whole = daysBetween(calendar.cycle.start, dueDate);
  if (whole <= 0) return [];
  return calendar.periods
    .filter((p) => p.end < dueDate)
    .map((p) => ({ periodId: p.id, value: Math.round(t.baseline + span * (daysBetween(calendar.cycle.start, p.end) / whole) ** RAMP_UP) }));
}
