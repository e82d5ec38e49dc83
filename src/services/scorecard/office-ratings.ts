// Rating the offices for one period: the figures of a closed period come from its snapshot
// (frozen at the close), those of the open period from the rows a close would freeze now;
// beside them the office's report, its plan's endorsement and functional areas, its focal points
// and the department's workshops (read here only: the one list the scorecard adds to its reads).

import type { NewRecord, Office } from '../../domain/model';
import { cycleSpan, type Period } from '../../domain/monitoring';
import { isSexDisaggregated } from '../../domain/monitoring-derive';
import { rateOffice, scorecardIdOf } from '../../domain/scorecard';
import type { Criterion } from '../../domain/scorecard-criteria';
import { officeFigures } from '../../domain/scorecard-figures';
import { NotFoundError } from '../../domain/errors';
import { today, type ServiceContext } from '../context';
import { periodFigures } from '../monitoring/period-figures';

/** The scorecards of `offices` for `period` by `criteria`, as they would be stored. */
export async function rateOffices(
  ctx: ServiceContext,
  period: Period,
  offices: readonly Office[],
  criteria: readonly Criterion[],
): Promise<NewRecord<'scorecard'>[]> {
  const day = today(ctx);
  const [rows, cycle, plans, reports, workshops] = await Promise.all([
    rowsOf(ctx, period, day),
    ctx.store.get('cycle', period.cycle),
    ctx.store.listPlanContents({ cycle: period.cycle }),
    ctx.store.listReports({ periodId: period.id }),
    ctx.store.listWorkshops(),
  ]);
  const cycleStart = cycle?.start ?? cycleSpan(period.cycle).start;
  const sexDisaggregated = new Set(plans.flatMap((p) => p.targets.filter(isSexDisaggregated).map((t) => t.id)));
  return offices.map((office) => {
    const contents = plans.find((p) => p.plan.officeId === office.id);
    const figures = officeFigures({
      period,
      cycleStart,
      office,
      plan: contents?.plan,
      rows,
      report: reports.find((r) => r.officeId === office.id),
      sexDisaggregated,
      today: day,
      planFunctions: contents?.objectives.map((o) => o.functionalArea) ?? [],
      workshops,
    });
    return {
      id: scorecardIdOf(period.id, office.id),
      periodId: period.id,
      officeId: office.id,
      criteria: criteria.map((c) => ({ ...c })),
      ratings: rateOffice(criteria, figures),
    };
  });
}

async function rowsOf(ctx: ServiceContext, period: Period, day: string) {
  if (period.status !== 'closed') return (await periodFigures(ctx.store, period, day)).rows;
  const snapshot = await ctx.store.getSnapshot(period.id, { scopes: ['target', 'office'] });
  if (!snapshot) throw new NotFoundError('snapshot', period.id);
  return snapshot.rows;
}
