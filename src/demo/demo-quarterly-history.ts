// The quarterly check-ins that came before a demo target's recent, monthly ones: one near the
// end of each quarter of the reporting calendar since work on the plan could be reported, on
// the way from the baseline to the first recent figure, so that the closed quarters' reports
// and snapshots rest on check-ins, and a target's check-in history goes back to the start.
// Deterministic (no draw from the plan's random sequence, which the recent story uses).

import type { TargetStatus } from '../domain/catalogues';
import { addDays, daysBetween } from '../domain/dates';
import type { DemoCalendar } from './demo-calendar';
import type { CheckInDraft, PlanTiming, TargetFacts } from './demo-progress';

/** The first check-in comes at least this long after work started (as in demo-progress.ts). */
const FIRST_REPORT_AFTER = 14;

export function quarterlyHistory(recent: readonly CheckInDraft[], facts: TargetFacts, ref: string, timing: PlanTiming, calendar: DemoCalendar): CheckInDraft[] {
  const first = recent[0];
  if (!timing.reportable || !first) return [];
  const floor = addDays(timing.start, FIRST_REPORT_AFTER);
  const final = recent[recent.length - 1]?.status ?? first.status;
  // A few days before the quarter ends, on a day of its own for each target.
  const daysBeforeEnd = 2 + ([...ref].reduce((n, c) => n + c.charCodeAt(0), 0) % 9);
  const dates = calendar.periods.map((p) => addDays(p.end, -daysBeforeEnd)).filter((day) => day >= floor && day < first.date);
  return dates.map((date, i) => {
    const share = daysBetween(calendar.cycle.start, date) / Math.max(1, daysBetween(calendar.cycle.start, first.date));
    const status: TargetStatus = i === dates.length - 1 && (final === 'off-track' || final === 'dropped') ? 'at-risk' : 'on-track';
    const value = first.value === null ? null : Math.round(facts.baseline + (first.value - facts.baseline) * share);
    const percent = first.percent === null ? null : Math.round(first.percent * share);
    const reached = value !== null ? `${value} ${facts.unit} against a target of ${facts.targetValue} ${facts.unit}` : `${percent ?? 0}% done`;
    return {
      date,
      value,
      percent: value === null ? percent : null,
      status,
      note: `Quarterly review: ${reached}. Source: ${facts.verification}.`,
      evidenceUrl: null,
      author: facts.owner,
    };
  });
}
