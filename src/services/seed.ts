// Loading a prepared data set (the demo data) into an empty store: the offices in one commit,
// then each plan with everything under it in one commit, so a crash leaves whole plans only.

import { StateError } from '../domain/errors';
import type { NewRecord } from '../domain/model';
import type { ServiceContext } from './context';
import { nowIso } from './context';

export interface SeedPlan {
  plan: NewRecord<'plan'>;
  objectives: NewRecord<'objective'>[];
  activities: NewRecord<'activity'>[];
  targets: NewRecord<'target'>[];
  checkins: NewRecord<'checkin'>[];
}

export interface SeedDataset {
  offices: NewRecord<'office'>[];
  plans: SeedPlan[];
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
  return { offices: data.offices.length, plans: data.plans.length, targets: data.plans.reduce((n, p) => n + p.targets.length, 0) };
}
