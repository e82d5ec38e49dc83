// Trends over a cycle, per period: targets by status, overdue, milestones met and missed,
// reports on time, late and missing. A closed period reads its snapshot (so its figures never
// move); the open one (the first not closed: periods close in order) is computed as a close
// would compute it now; later periods have nothing to show yet and are left out.

import type { Trends, TrendsQuery } from '../../contract/monitoring';
import { trendsQuery } from '../../contract/monitoring';
import type { Period, SnapshotCounts, SnapshotRow } from '../../domain/monitoring';
import { parse } from '../../domain/schemas';
import { authorize, load, today, type ServiceContext } from '../context';
import type { Actor } from '../identity';
import { periodFigures } from './period-figures';

export type { Trends, TrendsQuery };

type TrendPeriod = Trends['periods'][number];

export async function getTrends(ctx: ServiceContext, actor: Actor, query: TrendsQuery): Promise<Trends> {
  await authorize(ctx, actor, 'read-reports');
  const input = parse(trendsQuery, query, 'query');
  const cycle = input.cycle !== undefined ? (await load(ctx, 'cycle', input.cycle)).id : (await ctx.store.listCycles()).at(-1)?.id;
  if (cycle === undefined) return { cycle: null, periods: [] };
  const periods = await ctx.store.listPeriods(cycle);
  const trend: TrendPeriod[] = [];
  for (const period of periods) {
    if (period.status === 'closed') {
      // The office rows only count the offices expected to report; no target rows are read.
      const snapshot = await ctx.store.getSnapshot(period.id, { scopes: ['department', 'office'] });
      if (snapshot) trend.push(trendOf(period, 'snapshot', snapshot.rows));
      continue;
    }
    trend.push(trendOf(period, 'live', (await periodFigures(ctx.store, period, today(ctx))).rows));
    break;
  }
  return { cycle, periods: trend };
}

function trendOf(period: Period, source: TrendPeriod['source'], rows: readonly SnapshotRow[]): TrendPeriod {
  const c: SnapshotCounts = rows.find((r) => r.scope === 'department')?.counts ?? EMPTY;
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
    milestones: { met: c.milestonesMet, missed: c.milestonesMissed, due: c.milestonesMet + c.milestonesMissed },
    reports: { expected: rows.filter((r) => r.scope === 'office').length, onTime: c.reportsOnTime, late: c.reportsLate, missing: c.reportsMissing },
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
