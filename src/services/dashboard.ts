// The dashboard's roll-ups for one cycle: the department, each office (with its workflow
// stage), each pillar, paragraph and functional area (domain/rollups.ts, the same figures as
// the exports), and the overdue list.

import type { Dashboard } from '../contract/department';
import { buildPlanTree, daysOverdue, emptyRollup, isOverdue, officeStage, targetsInContext } from '../domain/derive';
import { departmentRollups } from '../domain/rollups';
import { cycle as cycleSchema, parse } from '../domain/schemas';
import { requireReader, today, type ServiceContext } from './context';
import { plansOfRecord } from './plan-revisions';
import type { Actor } from './identity';

export type { Dashboard };

export async function dashboard(ctx: ServiceContext, actor: Actor, rawCycle?: unknown): Promise<Dashboard> {
  await requireReader(ctx, actor);
  const allPlans = await ctx.store.listPlans();
  const cycles = [...new Set(allPlans.map((p) => p.cycle))].sort();
  const cycle = rawCycle === undefined ? (cycles.at(-1) ?? null) : parse(cycleSchema, rawCycle, 'cycle');
  // A plan under amendment counts as its last endorsed revision until the amendment is endorsed.
  const [contents, offices] = await Promise.all([
    cycle ? ctx.store.listPlanContents({ cycle }).then((c) => plansOfRecord(ctx.store, c)) : Promise.resolve([]),
    ctx.store.listOffices(),
  ]);
  const day = today(ctx);
  const items = targetsInContext(contents);
  const trees = contents.map((c) => buildPlanTree(c, day));
  const treeByOffice = new Map(trees.map((t) => [t.officeId, t]));
  const officeCode = new Map(offices.map((o) => [o.id, o.code]));
  const rollups = departmentRollups(trees, day);
  return {
    cycle,
    cycles,
    asOf: day,
    department: rollups.totals.rollup,
    offices: offices.map((o) => {
      const tree = treeByOffice.get(o.id);
      return {
        officeId: o.id,
        code: o.code,
        name: o.name,
        planId: tree?.id ?? null,
        planStatus: tree?.status ?? null,
        stage: officeStage(o.milestones, tree?.status),
        rollup: tree?.rollup ?? emptyRollup(),
      };
    }),
    byPillar: rollups.byPillar.map(({ pillar, rollup }) => ({ pillar, rollup })),
    byParagraph: rollups.byParagraph.map(({ paragraph, rollup }) => ({ paragraph, rollup })),
    // A functional area shows once a target falls under it (an objective alone is not progress).
    byFunctionalArea: rollups.byFunctionalArea.filter((line) => line.targets > 0).map(({ functionalArea, rollup }) => ({ functionalArea, rollup })),
    overdue: items
      .filter((i) => isOverdue(i.target, day))
      .map(({ target: t, officeId }) => ({
        targetId: t.id,
        planId: t.planId,
        officeCode: officeCode.get(officeId) ?? '',
        ref: t.ref,
        description: t.description,
        owner: t.owner,
        dueDate: t.dueDate,
        daysOverdue: daysOverdue(t, day),
        status: t.status,
      }))
      .sort((a, b) => b.daysOverdue - a.daysOverdue || a.officeCode.localeCompare(b.officeCode)),
  };
}
