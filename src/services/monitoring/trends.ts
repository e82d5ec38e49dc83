// Trends over a cycle, per period: targets by status, overdue, milestones met and missed,
// reports on time, late and missing, for the department or one office, with each office's
// milestones (the milestones-per-office chart). A closed period reads its snapshot's department
// and office rows (so its figures never move, and no target row is read); the open one (the
// first not closed: periods close in order) is computed as a close would compute it now; later
// periods have nothing to show yet and are left out.

import type { Trends, TrendsQuery } from '../../contract/monitoring';
import { trendsQuery } from '../../contract/monitoring';
import type { Office } from '../../domain/model';
import type { Period, SnapshotCounts, SnapshotRow } from '../../domain/monitoring';
import { parse } from '../../domain/schemas';
import { authorize, load, today, type ServiceContext } from '../context';
import type { Actor } from '../identity';
import { officeByCode } from '../offices';
import { periodFigures } from './period-figures';

export type { Trends, TrendsQuery };

type TrendPeriod = Trends['periods'][number];

export async function getTrends(ctx: ServiceContext, actor: Actor, query: TrendsQuery): Promise<Trends> {
  return (await prepareTrends(ctx, actor, query)).read();
}

export interface PreparedTrends {
  /**
   * Everything the trends depend on, read in a few small reads: the cycle, the office asked
   * for (none: the department), each period's version and status (a closed period's snapshot
   * never changes), the offices' versions (the answer names them), and for the open period
   * the day, the version and status of each plan of the cycle (a plan's version moves on with
   * any change below it, check-ins included) and of each of the period's reports (an accepted
   * report's lines can no longer change). The same stamp
   * means the same trends, so a server may keep them by it; any commit that could move the
   * figures moves the stamp, so an edit shows in the next read.
   */
  stamp: string;
  read(): Promise<Trends>;
}

/** Checks the caller and the query, and reads what the trends depend on, without the figures. */
export async function prepareTrends(ctx: ServiceContext, actor: Actor, query: TrendsQuery): Promise<PreparedTrends> {
  const input = parse(trendsQuery, query, 'query');
  // The office first: an unknown code is a 404, and the caller's right is checked where the figures land.
  const office = input.office !== undefined ? await officeByCode(ctx, input.office) : undefined;
  await authorize(ctx, actor, 'read-reports', office ? { officeId: office.id } : {});
  const scope = office ? { id: office.id, code: office.code, name: office.name } : null;
  const cycle = input.cycle !== undefined ? (await load(ctx, 'cycle', input.cycle)).id : (await ctx.store.listCycles()).at(-1)?.id;
  if (cycle === undefined) return { stamp: JSON.stringify([null, scope]), read: () => Promise.resolve({ cycle: null, office: scope, periods: [] }) };
  const [periods, offices] = await Promise.all([ctx.store.listPeriods(cycle), ctx.store.listOffices()]);
  // Periods close in order: the first not closed is computed live, and later ones are left out.
  const open = periods.find((p) => p.status !== 'closed');
  const shown = open ? periods.slice(0, periods.indexOf(open) + 1) : periods;
  const day = today(ctx);
  const live = open
    ? await Promise.all([ctx.store.listPlans({ cycle }), ctx.store.listReports({ periodId: open.id })]).then(([plans, reports]) => [
        day,
        plans.map((p) => `${p.id}:${p.version}:${p.status}`),
        reports.map((r) => `${r.id}:${r.version}:${r.status}`),
      ])
    : [];
  // The offices' versions count for closed periods too: the answer names them.
  const stamp = JSON.stringify([
    cycle,
    scope?.id ?? null,
    shown.map((p) => `${p.id}:${p.version}:${p.status}`),
    offices.map((o) => `${o.id}:${o.version}`),
    live,
  ]);
  const officeById = new Map(offices.map((o) => [o.id, o]));
  const read = async (): Promise<Trends> => {
    const trend: TrendPeriod[] = [];
    for (const period of shown) {
      const rows =
        period.status === 'closed'
          ? // The office rows only count the offices expected to report; no target rows are read.
            (await ctx.store.getSnapshot(period.id, { scopes: ['department', 'office'] }))?.rows
          : (await periodFigures(ctx.store, period, day)).rows;
      if (!rows) continue;
      const point = trendOf(period, period.status === 'closed' ? 'snapshot' : 'live', rows, officeById, scope?.id);
      if (point) trend.push(point);
    }
    return { cycle, office: scope, periods: trend };
  };
  return { stamp, read };
}

/**
 * One period's point from its department and office rows: the department's counts, or with
 * `officeId` that office's (none when the office was not expected to report in the period).
 */
function trendOf(
  period: Period,
  source: TrendPeriod['source'],
  rows: readonly SnapshotRow[],
  officeById: ReadonlyMap<string, Office>,
  officeId: string | undefined,
): TrendPeriod | undefined {
  const officeRows = rows.filter((r) => r.scope === 'office' && (officeId === undefined || r.key === officeId));
  if (officeId !== undefined && officeRows.length === 0) return undefined;
  const own = officeId === undefined ? rows.find((r) => r.scope === 'department') : officeRows[0];
  const offices = officeRows
    .map((r) => {
      const o = officeById.get(r.key);
      const c = r.counts ?? EMPTY;
      // An office removed since the close still shows, by its id.
      return { code: o?.code ?? r.key, name: o?.name ?? r.key, milestones: milestonesOf(c) };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  return { ...figuresOf(period, source, own?.counts ?? EMPTY, officeRows.length), offices };
}

function milestonesOf(c: SnapshotCounts): TrendPeriod['milestones'] {
  return { met: c.milestonesMet, missed: c.milestonesMissed, due: c.milestonesMet + c.milestonesMissed };
}

function figuresOf(period: Period, source: TrendPeriod['source'], c: SnapshotCounts, expected: number): Omit<TrendPeriod, 'offices'> {
  const s = c.byStatus;
  return {
    periodId: period.id,
    label: period.label,
    status: period.status,
    source,
    targets: {
      achieved: s.achieved,
      onTrack: s['on-track'],
      atRisk: s['at-risk'],
      offTrack: s['off-track'],
      notStarted: s['not-started'],
      dropped: s.dropped,
      overdue: c.overdue,
      total: c.targets,
    },
    milestones: milestonesOf(c),
    reports: { expected, onTime: c.reportsOnTime, late: c.reportsLate, missing: c.reportsMissing },
  };
}

const EMPTY: SnapshotCounts = {
  targets: 0,
  byStatus: { 'not-started': 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, achieved: 0, dropped: 0 },
  overdue: 0,
  milestonesMet: 0,
  milestonesMissed: 0,
  reportsOnTime: 0,
  reportsLate: 0,
  reportsMissing: 0,
};
