// Progress reports: an office's report for a period, started by its focal points with one line
// per target of its endorsed plan (prefilled from the period's latest check-ins and the
// targets' milestones), edited while draft or returned, submitted, then accepted or returned by
// the Gender Unit (never by whoever submitted it). Nothing of a closed period changes: every
// write carries a guard that the period is still open, checked inside the store's transaction.

import type { ReportAction, ReportListQuery, ReportSummary, ReportView } from '../../contract/monitoring';
import { reportListQuery } from '../../contract/monitoring';
import { ConflictError, NotFoundError, StateError, ValidationError, type FieldProblem } from '../../domain/errors';
import type { RecordPatch, Target } from '../../domain/model';
import type { Period, ProgressReport, ReportLine } from '../../domain/monitoring';
import { indicatorValueProblem, isSexDisaggregated, milestoneOf, totalOf } from '../../domain/monitoring-derive';
import { assertReportEditable, canTransitionReport, transitionReport as transitionPatch } from '../../domain/report-workflow';
import { parse, reportInput, reportPatch, transitionInput, type ReportPatch } from '../../domain/schemas';
import type { Change, PeriodGuard } from '../../store/plan-store';
import { authorize, load, nowIso, today, type ServiceContext } from '../context';
import type { Actor } from '../identity';
import { officeByCode } from '../offices';
import { endorsedPlans, latestWithin } from './period-figures';
import { isLate, reportViewOf } from './report-view';

export type { ReportAction, ReportListQuery, ReportSummary, ReportView };

export async function listReports(ctx: ServiceContext, actor: Actor, query: ReportListQuery): Promise<ReportSummary[]> {
  await authorize(ctx, actor, 'read-reports');
  const input = parse(reportListQuery, query, 'query');
  if (input.period !== undefined) await load(ctx, 'period', input.period);
  const office = input.office ? await officeByCode(ctx, input.office) : undefined;
  const [reports, periods, offices] = await Promise.all([
    ctx.store.listReports({ periodId: input.period, officeId: office?.id }),
    ctx.store.listPeriods(),
    ctx.store.listOffices(),
  ]);
  const periodById = new Map(periods.map((p) => [p.id, p]));
  const officeById = new Map(offices.map((o) => [o.id, o]));
  const names = await ctx.directory.namesOf(reports.flatMap((r) => [r.submittedBy, r.decidedBy].filter((e) => e !== null)));
  const nameOf = (email: string | null) => (email ? (names.get(email) ?? email) : null);
  const lineCounts = new Map<string, number>();
  for (const line of await ctx.store.listReportLines(reports.map((r) => r.id))) lineCounts.set(line.reportId, (lineCounts.get(line.reportId) ?? 0) + 1);
  const day = today(ctx);
  const summaries: ReportSummary[] = [];
  for (const report of reports) {
    const period = periodById.get(report.periodId);
    const o = officeById.get(report.officeId);
    summaries.push({
      id: report.id,
      periodId: report.periodId,
      periodLabel: period?.label ?? report.periodId,
      officeId: report.officeId,
      officeCode: o?.code ?? report.officeId,
      officeName: o?.name ?? report.officeId,
      status: report.status,
      version: report.version,
      late: period ? isLate(report, period, day) : false,
      submittedBy: report.submittedBy,
      submittedByName: nameOf(report.submittedBy),
      submittedAt: report.submittedAt,
      decidedBy: report.decidedBy,
      decidedByName: nameOf(report.decidedBy),
      decidedAt: report.decidedAt,
      lineCount: lineCounts.get(report.id) ?? 0,
    });
  }
  return summaries;
}

/** Starts an office's report for an open period (body: reportInput), one line per target of its endorsed plan. */
export async function createReport(ctx: ServiceContext, actor: Actor, body: unknown): Promise<ReportView> {
  const input = parse(reportInput, body, 'report');
  const office = await officeByCode(ctx, input.office);
  await authorize(ctx, actor, 'draft-report', { officeId: office.id });
  const period = await load(ctx, 'period', input.periodId);
  assertOpen(period);
  const [existing] = await ctx.store.listReports({ periodId: period.id, officeId: office.id });
  if (existing) throw new StateError(`${office.code} has a report for ${period.label} already.`, 'report-exists', { reportId: existing.id });
  const [plan] = await endorsedPlans(ctx.store, period.cycle, office.id);
  if (!plan)
    throw new StateError(`${office.code} has no endorsed plan in the cycle ${period.cycle}.`, 'no-endorsed-plan', { office: office.code, cycle: period.cycle });
  const checkIns = latestWithin(await ctx.store.listCheckInsOf(plan.targets.map((t) => t.id)), period.start, period.end);
  const reportId = ctx.newId();
  const report: Omit<ProgressReport, 'version' | 'createdAt' | 'updatedAt'> = {
    id: reportId,
    officeId: office.id,
    periodId: period.id,
    status: 'draft',
    summary: null,
    achievements: null,
    challenges: null,
    supportNeeded: null,
    nextSteps: null,
    transitions: [],
    createdBy: actor.email,
    submittedBy: null,
    submittedAt: null,
    decidedBy: null,
    decidedAt: null,
    returnComment: null,
  };
  const lines = plan.targets.map((target): Change => {
    const checkIn = checkIns.get(target.id);
    return {
      op: 'create',
      entity: 'reportLine',
      record: {
        id: ctx.newId(),
        reportId,
        targetId: target.id,
        value: checkIn?.value ?? null,
        women: checkIn?.women ?? null,
        men: checkIn?.men ?? null,
        milestone: milestoneOf(target, period.id),
        status: checkIn?.status ?? target.status,
        comment: null,
      },
    };
  });
  await ctx.store.commit({
    actor: actor.email,
    at: nowIso(ctx),
    changes: [{ op: 'create', entity: 'report', record: report }, ...lines],
    periodGuards: [openGuard(period)],
  });
  return getReport(ctx, actor, reportId);
}

export async function getReport(ctx: ServiceContext, actor: Actor, id: string): Promise<ReportView> {
  await authorize(ctx, actor, 'read-reports');
  const contents = await ctx.store.getReportContents(id);
  if (!contents) throw new NotFoundError('report', id);
  return reportViewOf(ctx, contents);
}

/**
 * Changes the narrative and lines (body: reportPatch) of the report read at `expectedVersion`:
 * its office's focal points, while it is a draft or returned and its period open. A stale
 * version fails with the current view (412).
 */
export async function updateReport(ctx: ServiceContext, actor: Actor, id: string, body: unknown, expectedVersion: number): Promise<ReportView> {
  const patch = parse(reportPatch, body, 'report');
  const contents = await ctx.store.getReportContents(id);
  if (!contents) throw new NotFoundError('report', id);
  const { report, lines } = contents;
  await authorize(ctx, actor, 'draft-report', { officeId: report.officeId });
  const period = await load(ctx, 'period', report.periodId);
  assertOpen(period);
  if (!canTransitionReport(report.status, 'submit'))
    throw new StateError(`A ${report.status} report cannot be edited; only a draft or returned one can.`, 'report-status', { status: report.status });
  assertReportEditable(report, period);
  if (report.version !== expectedVersion) await throwStale(ctx, id);
  const targets = await targetsOf(ctx, report, period);
  const lineChanges = lineUpdates(patch.lines ?? [], lines, targets);
  const reportChange: Change = { op: 'update', entity: 'report', id, expectedVersion, patch: given(patch, NARRATIVE) };
  await commitOrStale(ctx, id, actor, [...lineChanges, reportChange], period);
  return getReport(ctx, actor, id);
}

/**
 * submit (its office's focal points) | accept | return (the Gender Unit, never the submitter;
 * a return needs a comment). `expectedVersion` when the caller sent If-Match.
 */
export async function transitionReport(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  action: ReportAction,
  body: unknown,
  expectedVersion?: number,
): Promise<ReportView> {
  const { comment } = parse(transitionInput, body ?? {}, 'request');
  const report = await load(ctx, 'report', id);
  await authorize(ctx, actor, action === 'submit' ? 'submit-report' : 'review-report', { officeId: report.officeId });
  const period = await load(ctx, 'period', report.periodId);
  assertOpen(period);
  if (!canTransitionReport(report.status, action))
    throw new StateError(`A ${report.status} report cannot be ${PAST[action]}.`, 'report-status', { status: report.status });
  if (expectedVersion !== undefined && report.version !== expectedVersion) await throwStale(ctx, id);
  const patch = transitionPatch(report, period, action, { by: actor.email, at: nowIso(ctx), comment });
  await commitOrStale(ctx, id, actor, [{ op: 'update', entity: 'report', id, expectedVersion: expectedVersion ?? report.version, patch }], period);
  return getReport(ctx, actor, id);
}

const PAST: Readonly<Record<ReportAction, string>> = { submit: 'submitted', accept: 'accepted', return: 'returned' };

function assertOpen(period: Period): void {
  if (period.status === 'closed') throw new StateError(`The period ${period.label} is closed; its reports can no longer change.`, 'period-closed');
}

function openGuard(period: Period): PeriodGuard {
  return { periodId: period.id, statuses: ['open'] };
}

async function commitOrStale(ctx: ServiceContext, id: string, actor: Actor, changes: readonly Change[], period: Period): Promise<void> {
  try {
    await ctx.store.commit({ actor: actor.email, at: nowIso(ctx), changes, periodGuards: [openGuard(period)] });
  } catch (error) {
    if (error instanceof ConflictError && error.kind === 'stale') await throwStale(ctx, id);
    // The period closed between the read and the write: say so as the read would have.
    if (error instanceof StateError && error.code === undefined) assertOpen(await load(ctx, 'period', period.id));
    throw error;
  }
}

/** 412 with the report as it is now, so that the caller can merge and retry. */
async function throwStale(ctx: ServiceContext, id: string): Promise<never> {
  const contents = await ctx.store.getReportContents(id);
  if (!contents) throw new NotFoundError('report', id);
  throw new ConflictError('The report was changed by someone else; here it is as it is now.', 'report', id, await reportViewOf(ctx, contents));
}

async function targetsOf(ctx: ServiceContext, report: ProgressReport, period: Period): Promise<Map<string, Target>> {
  const contents = await ctx.store.listPlanContents({ officeId: report.officeId, cycle: period.cycle });
  return new Map(contents.flatMap((c) => c.targets.map((t) => [t.id, t] as const)));
}

type LinePatch = NonNullable<ReportPatch['lines']>[number];

/**
 * One update per line named, each at the version read. For a sex-disaggregated target the
 * figure is given as women and men and the value is their sum; women and men are refused for
 * any other target.
 */
function lineUpdates(patches: readonly LinePatch[], lines: readonly ReportLine[], targets: ReadonlyMap<string, Target>): Change[] {
  const problems: FieldProblem[] = [];
  const changes: Change[] = [];
  patches.forEach((p, i) => {
    const line = lines.find((l) => l.targetId === p.targetId);
    if (!line) {
      problems.push({ field: `lines.${i}.targetId`, code: 'invalid', message: 'is not a target of this report' });
      return;
    }
    const target = targets.get(p.targetId);
    const bySex = target !== undefined && isSexDisaggregated(target);
    const figuresGiven = p.women !== undefined || p.men !== undefined;
    if (!bySex && figuresGiven && (p.women != null || p.men != null)) {
      problems.push({ field: `lines.${i}.women`, code: 'invalid', message: 'only a sex-disaggregated target reports women and men' });
      return;
    }
    if (bySex && p.value !== undefined && p.value !== null && !figuresGiven) {
      problems.push({ field: `lines.${i}.women`, code: 'women-and-men', message: 'give women and men; the total is their sum' });
      return;
    }
    const valueProblem = target && indicatorValueProblem(target, p.value, `lines.${i}.value`);
    if (valueProblem) {
      problems.push(valueProblem);
      return;
    }
    const patch: RecordPatch<'reportLine'> = given(p, LINE_FIELDS);
    if (bySex && figuresGiven) patch.value = totalOf({ value: p.value, women: p.women, men: p.men });
    changes.push({ op: 'update', entity: 'reportLine', id: line.id, expectedVersion: line.version, patch });
  });
  if (problems.length > 0) throw new ValidationError('Invalid report', problems);
  return changes;
}

const NARRATIVE = ['summary', 'achievements', 'challenges', 'supportNeeded', 'nextSteps'] as const;
const LINE_FIELDS = ['value', 'women', 'men', 'status', 'comment'] as const;

/** The fields that were given: a patch leaves out what it does not change (null clears a field). */
function given<T, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
