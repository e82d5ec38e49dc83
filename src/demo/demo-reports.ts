// The monitoring of the demo cycle: the offices' progress reports for the first three quarters
// and the snapshots of the two that are closed, so that trends, the review queue and the
// reminders show something on first start. Every state is there: in the closed quarters
// reports accepted (one late) and, in the second, one office missing (a forced close); in the
// quarter being reported on, one accepted, one returned with a comment, one submitted and
// waiting for review, one still a draft. Only offices with an endorsed plan report.

import { addDays, daysBetween, dayOf } from '../domain/dates';
import type { NewRecord, Target } from '../domain/model';
import type { PeriodDraft, ReportStatus, ReportTransition, SnapshotRow } from '../domain/monitoring';
import { milestoneOf, snapshotRowsOf, type TargetFigure } from '../domain/monitoring-derive';
import { CLOSED_PERIODS, REPORTING_PERIOD, type DemoCalendar } from './demo-calendar';
import { reportNarrative } from './demo-report-narrative';
import { GENDER_ADVISOR } from './demo-users';

/** A period closed by the Gender Unit: the rows frozen and who closed it, when. */
export interface DemoClose {
  periodId: string;
  rows: Omit<SnapshotRow, 'periodId'>[];
  forced: boolean;
  missingOffices: string[];
  actor: string;
  at: string;
}

export interface DemoMonitoring {
  cycle: NewRecord<'cycle'>;
  /** Every period as created (open); `closes` closes the first ones, in order. */
  periods: NewRecord<'period'>[];
  reports: NewRecord<'report'>[];
  lines: NewRecord<'reportLine'>[];
  closes: DemoClose[];
}

interface PlanData {
  plan: NewRecord<'plan'>;
  targets: NewRecord<'target'>[];
  checkins: NewRecord<'checkin'>[];
}

export interface DemoMonitoringInput {
  now: Date;
  calendar: DemoCalendar;
  offices: readonly NewRecord<'office'>[];
  plans: readonly PlanData[];
  newId: () => string;
}

/** What each reporting office did, quarter by quarter (null: no report at all). */
const STORIES: readonly (readonly (ReportStatus | null)[])[] = [
  ['accepted', 'accepted', 'accepted'],
  ['accepted', 'accepted', 'returned'],
  ['accepted', 'accepted', 'submitted'],
  ['accepted', null, 'draft'],
];
/** The office (by position among those reporting) whose first report came in after its due date. */
const LATE_IN_FIRST = 1;

/** Days after a period's end at which its close happens, by position among the closed periods. */
const CLOSED_AFTER_DUE = [12, 14];

export function buildDemoMonitoring({ now, calendar, offices, plans, newId }: DemoMonitoringInput): DemoMonitoring {
  const today = dayOf(now);
  const reporting = plans.filter((p) => p.plan.status === 'endorsed');
  const out: DemoMonitoring = { cycle: calendar.cycle, periods: calendar.periods.map(openPeriod), reports: [], lines: [], closes: [] };
  // The quarters reported on, oldest first: STORIES gives each office's report in each of them.
  const reported = [...CLOSED_PERIODS, REPORTING_PERIOD].flatMap((index) => {
    const period = calendar.periods[index];
    return period ? [{ period, closed: index !== REPORTING_PERIOD }] : [];
  });
  reporting.forEach((p, officeIndex) => {
    const office = offices.find((o) => o.id === p.plan.officeId);
    if (!office) return;
    const story = STORIES[officeIndex % STORIES.length] ?? [];
    reported.forEach(({ period, closed }, k) => {
      const status = story[k] ?? null;
      if (!status) return;
      const clock = closed ? closedClock(period, k === 0 && officeIndex === LATE_IN_FIRST) : reportingClock(period, today);
      const report = buildReport(office, period, status, clock, newId);
      out.reports.push(report);
      for (const t of p.targets) out.lines.push(buildLine(report.id, t, period, p.checkins, newId));
    });
  });
  reported
    .filter((r) => r.closed)
    .forEach(({ period }, k) => {
      const at = `${addDays(period.reportDue, CLOSED_AFTER_DUE[k] ?? 14)}T10:00:00.000Z`;
      out.closes.push(closeOf(period, at, reporting, out));
    });
  return out;
}

function openPeriod(p: PeriodDraft): NewRecord<'period'> {
  return { ...p, status: 'open', closedAt: null, closedBy: null, forced: false, missingOffices: [], snapshotRows: 0, closing: null };
}

/** When a report's steps happen: created, submitted and decided (ISO instants), in order and in the past. */
interface ReportClock {
  created: string;
  submitted: string;
  decided: string;
}

function closedClock(period: PeriodDraft, late: boolean): ReportClock {
  const submittedDay = addDays(period.reportDue, late ? 3 : -2);
  return {
    created: `${addDays(period.end, 2)}T09:00:00.000Z`,
    submitted: `${submittedDay}T16:00:00.000Z`,
    decided: `${addDays(submittedDay, 5)}T11:00:00.000Z`,
  };
}

/**
 * The quarter being reported on ended between a day and a quarter ago: its steps are spread
 * over that time, the submissions on time where the due date has passed, the decisions within
 * a week of them.
 */
function reportingClock(period: PeriodDraft, today: string): ReportClock {
  const elapsed = Math.max(1, daysBetween(period.end, today));
  const offset = (share: number) => Math.floor(elapsed * share);
  const submitted = Math.min(daysBetween(period.end, period.reportDue) - 2, offset(0.35));
  const decided = Math.max(submitted, Math.min(submitted + 6, offset(0.6)));
  const at = (days: number, time: string) => `${addDays(period.end, days)}T${time}:00.000Z`;
  return { created: at(Math.min(offset(0.1), submitted), '09:00'), submitted: at(submitted, '13:00'), decided: at(decided, '15:00') };
}

function buildReport(office: NewRecord<'office'>, period: PeriodDraft, status: ReportStatus, clock: ReportClock, newId: () => string): NewRecord<'report'> {
  const focalPoint = office.focalPoints[0] ?? GENDER_ADVISOR;
  const narrative = reportNarrative(office.code, period.label, status);
  const transitions: ReportTransition[] = [];
  if (status !== 'draft') transitions.push({ from: 'draft', to: 'submitted', by: focalPoint, at: clock.submitted, comment: null });
  if (status === 'accepted' || status === 'returned') {
    transitions.push({ from: 'submitted', to: status, by: GENDER_ADVISOR, at: clock.decided, comment: status === 'returned' ? narrative.returnComment : null });
  }
  const decided = status === 'accepted' || status === 'returned';
  return {
    id: newId(),
    officeId: office.id,
    periodId: period.id,
    status,
    summary: narrative.summary,
    achievements: narrative.achievements,
    challenges: narrative.challenges,
    supportNeeded: narrative.supportNeeded,
    nextSteps: narrative.nextSteps,
    transitions,
    createdBy: focalPoint,
    submittedBy: status === 'draft' ? null : focalPoint,
    submittedAt: status === 'draft' ? null : clock.submitted,
    decidedBy: decided ? GENDER_ADVISOR : null,
    decidedAt: decided ? clock.decided : null,
    returnComment: status === 'returned' ? narrative.returnComment : null,
  };
}

/**
 * A target's line in a report, prefilled as the app does it: from the latest check-in dated
 * within the period (none: no figure, not started).
 */
function buildLine(
  reportId: string,
  t: NewRecord<'target'>,
  period: PeriodDraft,
  checkins: readonly NewRecord<'checkin'>[],
  newId: () => string,
): NewRecord<'reportLine'> {
  const latest = checkins.filter((c) => c.targetId === t.id && c.date >= period.start && c.date <= period.end).at(-1);
  return {
    id: newId(),
    reportId,
    targetId: t.id,
    milestone: milestoneOf(t, period.id),
    comment: null,
    value: latest?.value ?? null,
    women: latest?.women ?? null,
    men: latest?.men ?? null,
    status: latest?.status ?? 'not-started',
  };
}

/** The close of a period as the Gender Unit's close computes it (services/monitoring/period-figures.ts). */
function closeOf(period: PeriodDraft, at: string, reporting: readonly PlanData[], out: DemoMonitoring): DemoClose {
  const reports = out.reports.filter((r) => r.periodId === period.id).map((r) => ({ ...r, version: 1, createdAt: r.transitions[0]?.at ?? at, updatedAt: at }));
  const accepted = new Set(reports.filter((r) => r.status === 'accepted').map((r) => r.id));
  const figures = new Map<string, TargetFigure>();
  for (const { targets, checkins } of reporting) {
    for (const t of targets) figures.set(t.id, figureByEnd(t, checkins.filter((c) => c.targetId === t.id && c.date <= period.end).at(-1)));
  }
  for (const line of out.lines) {
    if (accepted.has(line.reportId)) figures.set(line.targetId, { status: line.status, value: line.value, women: line.women, men: line.men });
  }
  const handedIn = new Set(reports.filter((r) => r.status === 'submitted' || r.status === 'accepted').map((r) => r.officeId));
  const officeIds = reporting.map((p) => p.plan.officeId);
  const missingOffices = officeIds.filter((id) => !handedIn.has(id));
  const targets = reporting.flatMap((p) =>
    p.targets.map((t): { target: Target; officeId: string } => ({ target: { ...t, version: 1, createdAt: at, updatedAt: at }, officeId: p.plan.officeId })),
  );
  const rows = snapshotRowsOf({ period, officeIds, targets, figures, reports, today: at.slice(0, 10) }).map(({ periodId: _periodId, ...row }) => row);
  return { periodId: period.id, rows, forced: missingOffices.length > 0, missingOffices, actor: GENDER_ADVISOR, at };
}

function figureByEnd(t: NewRecord<'target'>, checkIn: NewRecord<'checkin'> | undefined): TargetFigure {
  if (checkIn) return { status: checkIn.status, value: checkIn.value, women: checkIn.women ?? null, men: checkIn.men ?? null };
  return { status: t.lastCheckInAt === null ? t.status : 'not-started', value: null, women: null, men: null };
}
