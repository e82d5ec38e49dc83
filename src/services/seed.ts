// Loading a prepared data set (the demo data) into an empty store: the offices in one commit,
// then each plan with everything under it in one commit, so a crash leaves whole plans only;
// then the monitoring: the cycle with its periods, each report with its lines, and the closes
// of the periods that are closed (each writes its snapshot and closes the period at once);
// last, through the scorecard services as a Gender Unit member, the ratings of a closed period
// (stored by the first read), overrides and remedial actions.

import { StateError } from '../domain/errors';
import type { NewRecord } from '../domain/model';
import type { SnapshotRow } from '../domain/monitoring';
import type { Rating, RemedialStatus } from '../domain/scorecard';
import type { CriterionId } from '../domain/scorecard-criteria';
import type { ServiceContext } from './context';
import { nowIso } from './context';
import type { Actor } from './identity';
import { createRemedialAction, updateRemedialAction } from './scorecard/remedial-actions';
import { listScorecards, overrideRating } from './scorecard/scorecards';

export interface SeedPlan {
  plan: NewRecord<'plan'>;
  objectives: NewRecord<'objective'>[];
  activities: NewRecord<'activity'>[];
  targets: NewRecord<'target'>[];
  checkins: NewRecord<'checkin'>[];
}

export interface SeedMonitoring {
  cycle: NewRecord<'cycle'>;
  periods: NewRecord<'period'>[];
  reports: NewRecord<'report'>[];
  lines: NewRecord<'reportLine'>[];
  /** Periods closed in this order, with the rows their snapshot freezes. */
  closes: { periodId: string; rows: Omit<SnapshotRow, 'periodId'>[]; forced: boolean; missingOffices: string[]; actor: string; at: string }[];
}

/** What the Gender Unit does with a closed period's scorecards once the rules have rated them. */
export interface SeedScorecards {
  periodId: string;
  ratedBy: { email: string; name: string };
  overrides: { officeId: string; criterion: CriterionId; rating: Rating; justification: string }[];
  remedialActions: {
    officeId: string;
    criterion: CriterionId;
    steps: string;
    due: string;
    responsible: string;
    resources: string | null;
    status: RemedialStatus;
  }[];
}

export interface SeedDataset {
  offices: NewRecord<'office'>[];
  plans: SeedPlan[];
  /** The needs assessment's findings and the workshops, stored before the plans that cite and link them. */
  process?: { findings: NewRecord<'finding'>[]; workshops: NewRecord<'workshop'>[] };
  monitoring?: SeedMonitoring;
  scorecards?: SeedScorecards;
}

export const SEED_ACTOR = 'seed@action-plan';

export async function seedDataset(ctx: ServiceContext, data: SeedDataset): Promise<{ offices: number; plans: number; targets: number }> {
  if (!(await ctx.store.isEmpty())) throw new StateError('The store already holds data; demo data is only loaded into an empty store.');
  const at = nowIso(ctx);
  await ctx.store.commit({
    actor: SEED_ACTOR,
    at,
    changes: data.offices.map((record) => ({ op: 'create', entity: 'office', record })),
  });
  if (data.process) {
    await ctx.store.commit({
      actor: SEED_ACTOR,
      at,
      changes: [
        ...data.process.findings.map((record) => ({ op: 'create' as const, entity: 'finding' as const, record })),
        ...data.process.workshops.map((record) => ({ op: 'create' as const, entity: 'workshop' as const, record })),
      ],
    });
  }
  for (const p of data.plans) {
    await ctx.store.commit({
      actor: SEED_ACTOR,
      at,
      changes: [
        { op: 'create', entity: 'plan', record: p.plan },
        ...p.objectives.map((record) => ({ op: 'create' as const, entity: 'objective' as const, record })),
        ...p.activities.map((record) => ({ op: 'create' as const, entity: 'activity' as const, record })),
        ...p.targets.map((record) => ({ op: 'create' as const, entity: 'target' as const, record })),
        ...p.checkins.map((record) => ({ op: 'create' as const, entity: 'checkin' as const, record })),
      ],
    });
  }
  if (data.monitoring) await seedMonitoring(ctx, data.monitoring, at);
  if (data.scorecards) await seedScorecards(ctx, data.scorecards);
  return { offices: data.offices.length, plans: data.plans.length, targets: data.plans.reduce((n, p) => n + p.targets.length, 0) };
}

async function seedMonitoring(ctx: ServiceContext, m: SeedMonitoring, at: string): Promise<void> {
  await ctx.store.commit({
    actor: SEED_ACTOR,
    at,
    changes: [{ op: 'create', entity: 'cycle', record: m.cycle }, ...m.periods.map((record) => ({ op: 'create' as const, entity: 'period' as const, record }))],
  });
  for (const report of m.reports) {
    await ctx.store.commit({
      actor: SEED_ACTOR,
      at,
      changes: [
        { op: 'create', entity: 'report', record: report },
        ...m.lines.filter((l) => l.reportId === report.id).map((record) => ({ op: 'create' as const, entity: 'reportLine' as const, record })),
      ],
    });
  }
  for (const close of m.closes) {
    const period = await ctx.store.get('period', close.periodId);
    if (!period) throw new StateError(`The demo period ${close.periodId} was not created.`);
    await ctx.store.writeSnapshot({ ...close, expectedVersion: period.version });
  }
}

/**
 * Rates the offices as the first read does (which stores the scorecards), then overrides and
 * opens remedial actions as the given Gender Unit member would. An action for a criterion the
 * rules do not rate below "meets" is left out rather than refused: the demo's ratings come from
 * data dated relative to today, and a start on an unusual day must not fail for it.
 */
async function seedScorecards(ctx: ServiceContext, s: SeedScorecards): Promise<void> {
  const actor: Actor = { id: s.ratedBy.email, email: s.ratedBy.email, name: s.ratedBy.name, roles: ['gender-unit'], focalOfficeIds: [] };
  const cardOf = async (officeId: string) => {
    const { scorecards } = await listScorecards(ctx, actor, { period: s.periodId });
    const card = scorecards.find((c) => c.office.id === officeId);
    if (!card?.id || card.version === null) throw new StateError(`The demo office ${officeId} has no stored scorecard for ${s.periodId}.`);
    return { ...card, id: card.id, version: card.version };
  };
  for (const o of s.overrides) {
    const card = await cardOf(o.officeId);
    if (!card.ratings.some((r) => r.criterion === o.criterion && r.computed !== o.rating)) continue;
    await overrideRating(ctx, actor, card.id, o.criterion, { rating: o.rating, justification: o.justification }, card.version);
  }
  for (const { officeId, status, ...input } of s.remedialActions) {
    const card = await cardOf(officeId);
    if (!card.ratings.some((r) => r.criterion === input.criterion && r.needsRemedialAction)) continue;
    const action = await createRemedialAction(ctx, actor, card.id, input);
    if (status !== action.status) await updateRemedialAction(ctx, actor, action.id, { status }, action.version);
  }
}
