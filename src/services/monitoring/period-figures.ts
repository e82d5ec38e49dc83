// What a period's close, its live trend and its summary read alike: the offices expected to
// report (those with an endorsed plan in the cycle), their targets, the period's reports, and
// each target's figure as of the period's end.

import type { CheckIn, Office, PlanContents, Target } from '../../domain/model';
import type { Period, ProgressReport, ReportStatus, SnapshotRow } from '../../domain/monitoring';
import { snapshotRowsOf, type TargetFigure } from '../../domain/monitoring-derive';
import type { PlanStore } from '../../store/plan-store';
import { hasEndorsedRevision } from '../../domain/plan-lifecycle';
import { plansOfRecord } from '../plan-revisions';

/** A report that counts as handed in: the close needs one from every expected office. */
export const HANDED_IN: readonly ReportStatus[] = ['submitted', 'accepted'];

/**
 * The endorsed plans of a cycle, as endorsed: the offices they belong to are expected to report.
 * An archived plan still counts (its cycle's figures go on), and so does a plan under amendment,
 * as its last endorsed revision (plan-revisions.ts).
 */
export async function endorsedPlans(store: PlanStore, cycle: string, officeId?: string): Promise<PlanContents[]> {
  const contents = await store.listPlanContents({ cycle, officeId });
  return plansOfRecord(
    store,
    contents.filter((c) => hasEndorsedRevision(c.plan)),
  );
}

/** The expected offices whose report for the period is not handed in, by office code. */
export function missingOffices(expected: readonly Office[], reports: readonly ProgressReport[]): Office[] {
  const handedIn = new Set(reports.filter((r) => HANDED_IN.includes(r.status)).map((r) => r.officeId));
  return expected.filter((o) => !handedIn.has(o.id)).sort((a, b) => a.code.localeCompare(b.code));
}

/** The latest check-in of each target dated within [from, to] (from: null for "any time up to"), from check-ins oldest first. */
export function latestWithin(checkIns: readonly CheckIn[], from: string | null, to: string): Map<string, CheckIn> {
  const latest = new Map<string, CheckIn>();
  for (const c of checkIns) {
    if (c.date > to || (from !== null && c.date < from)) continue;
    const seen = latest.get(c.targetId);
    if (!seen || c.date >= seen.date) latest.set(c.targetId, c);
  }
  return latest;
}

export interface PeriodFigures {
  expected: Office[];
  reports: ProgressReport[];
  rows: SnapshotRow[];
}

/**
 * The rows a close of `period` would freeze now: per target, the line of the office's accepted
 * report, else its latest check-in dated by the period's end, else (no check-in yet by then)
 * not started, or its own status when it never had a check-in (a status set in the plan).
 */
export async function periodFigures(store: PlanStore, period: Period, today: string): Promise<PeriodFigures> {
  const [plans, offices, reports] = await Promise.all([endorsedPlans(store, period.cycle), store.listOffices(), store.listReports({ periodId: period.id })]);
  const planOffice = new Set(plans.map((p) => p.plan.officeId));
  const expected = offices.filter((o) => planOffice.has(o.id));
  const targets = plans.flatMap(({ plan, targets: ts }) => ts.map((target) => ({ target, officeId: plan.officeId })));
  const figures = new Map<string, TargetFigure>();
  const checkIns = latestWithin(await store.listCheckInsOf(targets.map((t) => t.target.id)), null, period.end);
  for (const { target } of targets) figures.set(target.id, figureFromCheckIn(target, checkIns.get(target.id)));
  const accepted = reports.filter((r) => r.status === 'accepted').map((r) => r.id);
  for (const line of await store.listReportLines(accepted)) {
    if (figures.has(line.targetId)) figures.set(line.targetId, { status: line.status, value: line.value, women: line.women, men: line.men });
  }
  const rows = snapshotRowsOf({ period, officeIds: expected.map((o) => o.id), targets, figures, reports, today });
  return { expected, reports, rows };
}

function figureFromCheckIn(target: Target, checkIn: CheckIn | undefined): TargetFigure {
  if (checkIn) return { status: checkIn.status, value: checkIn.value, women: checkIn.women ?? null, men: checkIn.men ?? null };
  // Never checked in: what the plan says (a target may be planned as dropped or achieved already).
  // Checked in only after the period: nothing was reported by its end.
  return { status: target.lastCheckInAt === null ? target.status : 'not-started', value: null, women: null, men: null };
}
