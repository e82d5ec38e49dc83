// Reporting periods: the state of their reports, the close that freezes the snapshot (the
// Gender Unit's, in order, once the period has ended and every expected office handed in its
// report, or with an explicit force that records who did not), and the snapshot itself.

import type { ClosePeriodResult, OfficeRef, PeriodListQuery, PeriodSummary, SnapshotHeader, SnapshotView } from '../../contract/monitoring';
import { periodListQuery } from '../../contract/monitoring';
import { NotFoundError, StateError } from '../../domain/errors';
import type { Office } from '../../domain/model';
import type { Period } from '../../domain/monitoring';
import { reportTimeliness } from '../../domain/monitoring-derive';
import { hasEndorsedRevision } from '../../domain/plan-lifecycle';
import { closePeriodInput, parse } from '../../domain/schemas';
import { authorize, load, nowIso, today, type ServiceContext } from '../context';
import type { Actor } from '../identity';
import { missingOffices, periodFigures } from './period-figures';

export type { ClosePeriodResult, PeriodListQuery, PeriodSummary, SnapshotView };

export async function listPeriods(ctx: ServiceContext, actor: Actor, query: PeriodListQuery): Promise<PeriodSummary[]> {
  await authorize(ctx, actor, 'read-reports');
  const { cycle } = parse(periodListQuery, query, 'query');
  if (cycle !== undefined) await load(ctx, 'cycle', cycle);
  return summarisePeriods(ctx, await ctx.store.listPeriods(cycle));
}

/** Periods with the state of their reports; the expected offices are those with an endorsed plan in the cycle. */
export async function summarisePeriods(ctx: ServiceContext, periods: readonly Period[]): Promise<PeriodSummary[]> {
  if (periods.length === 0) return [];
  const [offices, plans, reports] = await Promise.all([ctx.store.listOffices(), ctx.store.listPlans(), ctx.store.listReports()]);
  const officeById = new Map(offices.map((o) => [o.id, o]));
  const names = await ctx.directory.namesOf(periods.flatMap((p) => (p.closedBy ? [p.closedBy] : [])));
  const day = today(ctx);
  return periods.map((period): PeriodSummary => {
    const expectedIds = new Set(plans.filter((p) => p.cycle === period.cycle && hasEndorsedRevision(p)).map((p) => p.officeId));
    const expected = offices.filter((o) => expectedIds.has(o.id));
    const ofPeriod = reports.filter((r) => r.periodId === period.id);
    const missing =
      period.status === 'closed'
        ? period.missingOffices.map((id) => officeRefOf(officeById.get(id), id))
        : missingOffices(expected, ofPeriod).map((o) => officeRefOf(o, o.id));
    const count = (status: string) => ofPeriod.filter((r) => r.status === status).length;
    return {
      id: period.id,
      version: period.version,
      cycle: period.cycle,
      label: period.label,
      start: period.start,
      end: period.end,
      reportDue: period.reportDue,
      status: period.status,
      closedAt: period.closedAt,
      closedBy: period.closedBy,
      closedByName: period.closedBy ? (names.get(period.closedBy) ?? period.closedBy) : null,
      forced: period.forced,
      reports: {
        expected: expected.length,
        draft: count('draft'),
        submitted: count('submitted'),
        accepted: count('accepted'),
        returned: count('returned'),
        missing: missing.length,
        late: ofPeriod.filter((r) => reportTimeliness(r, period, day) === 'late').length,
      },
      missingOffices: missing,
    };
  });
}

/**
 * Closes a period and freezes its figures. Refused (409, with a code) when it is closed
 * already, has not ended, follows a period still open, or when expected offices have not
 * handed in their report and `force` is not given; a forced close records those offices.
 */
export async function closePeriod(ctx: ServiceContext, actor: Actor, id: string, body: unknown): Promise<ClosePeriodResult> {
  const { force } = parse(closePeriodInput, body ?? {}, 'request');
  await authorize(ctx, actor, 'close-period');
  const period = await load(ctx, 'period', id);
  if (period.status === 'closed') throw new StateError(`The period ${period.label} is closed already.`, 'period-closed');
  const day = today(ctx);
  if (day <= period.end)
    throw new StateError(`The period ${period.label} ends on ${period.end}; it can be closed from the day after.`, 'period-not-ended', { end: period.end });
  const earlier = (await ctx.store.listPeriods(period.cycle)).find((p) => p.start < period.start && p.status !== 'closed');
  if (earlier) throw new StateError(`Close ${earlier.label} first: periods close in order.`, 'earlier-period-open', { period: earlier.label });
  const figures = await periodFigures(ctx.store, period, day);
  const missing = missingOffices(figures.expected, figures.reports);
  if (missing.length > 0 && !force) {
    const codes = missing.map((o) => o.code).join(', ');
    throw new StateError(`No submitted report yet from ${codes}; close with force to record them as missing.`, 'reports-missing', { offices: codes });
  }
  const closed = await ctx.store.writeSnapshot({
    periodId: id,
    expectedVersion: period.version,
    rows: figures.rows.map(({ periodId: _periodId, ...row }) => row),
    forced: missing.length > 0,
    missingOffices: missing.map((o) => o.id),
    actor: actor.email,
    at: nowIso(ctx),
  });
  const [summary] = await summarisePeriods(ctx, [closed]);
  if (!summary) throw new NotFoundError('period', id);
  return { period: summary, snapshot: headerOf(summary) };
}

/** A closed period's frozen figures; 404 with code period-open while it is open. */
export async function getSnapshot(ctx: ServiceContext, actor: Actor, id: string): Promise<SnapshotView> {
  await authorize(ctx, actor, 'read-reports');
  const period = await load(ctx, 'period', id);
  const snapshot = await ctx.store.getSnapshot(id);
  if (!snapshot) throw new NotFoundError('snapshot', id, 'period-open', `The period ${period.label} is open: it has no snapshot until it is closed.`);
  const [summary] = await summarisePeriods(ctx, [snapshot.period]);
  const [offices, contents] = await Promise.all([ctx.store.listOffices(), ctx.store.listPlanContents({ cycle: period.cycle })]);
  const officeById = new Map(offices.map((o) => [o.id, o]));
  const targetById = new Map(contents.flatMap((c) => c.targets.map((t) => [t.id, t] as const)));
  const department = snapshot.rows.find((r) => r.scope === 'department');
  if (!summary || !department) throw new NotFoundError('snapshot', id);
  const codeOf = (officeId: string | null) => (officeId ? (officeById.get(officeId)?.code ?? officeId) : '');
  return {
    header: headerOf(summary),
    department,
    offices: snapshot.rows
      .filter((r) => r.scope === 'office')
      .map((r) => ({ ...r, officeCode: codeOf(r.officeId), officeName: (r.officeId ? officeById.get(r.officeId)?.name : undefined) ?? codeOf(r.officeId) }))
      .sort((a, b) => a.officeCode.localeCompare(b.officeCode)),
    targets: snapshot.rows
      .filter((r) => r.scope === 'target')
      .map((r) => {
        const target = targetById.get(r.key);
        return { ...r, officeCode: codeOf(r.officeId), ref: target?.ref ?? null, description: target?.description ?? null };
      })
      .sort((a, b) => a.officeCode.localeCompare(b.officeCode) || (a.ref ?? '').localeCompare(b.ref ?? '', undefined, { numeric: true })),
  };
}

function headerOf(period: PeriodSummary): SnapshotHeader {
  return {
    periodId: period.id,
    closedAt: period.closedAt ?? '',
    closedBy: period.closedBy ?? '',
    closedByName: period.closedByName ?? '',
    forced: period.forced,
    missingOffices: period.missingOffices,
  };
}

/** An office as monitoring answers name it (by its id when it was removed since). */
export function officeRefOf(office: Office | undefined, id: string): OfficeRef {
  return office ? { id: office.id, code: office.code, name: office.name } : { id, code: id, name: id };
}
