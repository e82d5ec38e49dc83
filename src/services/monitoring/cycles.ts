// Reporting cycles: listed for every reader, created by the Gender Unit (or an administrator);
// creating a cycle creates its calendar-aligned periods (domain/monitoring.ts periodsOf) in the
// same commit, so a cycle never exists without them.

import type { CycleSummary } from '../../contract/monitoring';
import { StateError, ValidationError } from '../../domain/errors';
import type { Cycle } from '../../domain/monitoring';
import { cycleSpan, periodsOf } from '../../domain/monitoring';
import { cycleInput, parse } from '../../domain/schemas';
import { authorize, nowIso, type ServiceContext } from '../context';
import type { Actor } from '../identity';
import { summarisePeriods } from './periods';

export type { CycleSummary };

/** More periods than this is a mistake (a 10-year cycle reported quarterly), not a plan. */
export const MAX_PERIODS = 40;

/** Every cycle with its periods, newest first. */
export async function listCycles(ctx: ServiceContext, actor: Actor): Promise<CycleSummary[]> {
  await authorize(ctx, actor, 'read-reports');
  const [cycles, periods] = await Promise.all([ctx.store.listCycles(), ctx.store.listPeriods()]);
  const summaries = await summarisePeriods(ctx, periods);
  return [...cycles].reverse().map((cycle) =>
    summaryOf(
      cycle,
      summaries.filter((p) => p.cycle === cycle.id),
    ),
  );
}

/** Creates a cycle (body: cycleInput) and its periods; 409 (cycle-exists) when the code is taken. */
export async function createCycle(ctx: ServiceContext, actor: Actor, body: unknown): Promise<CycleSummary> {
  await authorize(ctx, actor, 'create-cycle');
  const input = parse(cycleInput, body, 'cycle');
  const span = cycleSpan(input.code, input.start, input.end);
  const drafts = periodsOf({ id: input.code, ...span, periodicity: input.periodicity, reportDueDays: input.reportDueDays });
  if (drafts.length > MAX_PERIODS) {
    throw new ValidationError('Invalid cycle', [
      { field: 'periodicity', code: 'too-many', params: { max: MAX_PERIODS }, message: `gives ${drafts.length} periods; at most ${MAX_PERIODS}` },
    ]);
  }
  if (await ctx.store.get('cycle', input.code)) throw new StateError(`A cycle ${input.code} exists already.`, 'cycle-exists', { cycle: input.code });
  const { records } = await ctx.store.commit({
    actor: actor.email,
    at: nowIso(ctx),
    changes: [
      { op: 'create', entity: 'cycle', record: { id: input.code, ...span, periodicity: input.periodicity, reportDueDays: input.reportDueDays } },
      ...drafts.map((draft) => ({
        op: 'create' as const,
        entity: 'period' as const,
        record: { ...draft, status: 'open' as const, closedAt: null, closedBy: null, forced: false, missingOffices: [], snapshotRows: 0, closing: null },
      })),
    ],
  });
  const [cycle, ...periods] = records;
  return summaryOf(cycle, await summarisePeriods(ctx, periods));
}

function summaryOf(cycle: Cycle, periods: CycleSummary['periods']): CycleSummary {
  return {
    code: cycle.id,
    version: cycle.version,
    start: cycle.start,
    end: cycle.end,
    periodicity: cycle.periodicity,
    reportDueDays: cycle.reportDueDays,
    periods,
  };
}
