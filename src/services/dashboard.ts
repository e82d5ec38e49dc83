// The dashboard's roll-ups for one cycle: the department, each office (with its workflow
// stage), each pillar, paragraph and functional area, and the overdue list.

import { FUNCTIONAL_AREAS, PARAGRAPHS, PILLARS, type PlanStatus } from '../domain/catalogues';
import {
  daysOverdue,
  emptyRollup,
  isOverdue,
  officeStage,
  rollup,
  rollupBy,
  targetsInContext,
  type OfficeStage,
  type Rollup,
} from '../domain/derive';
import { cycle as cycleSchema, parse } from '../domain/schemas';
import { requireReader, today, type ServiceContext } from './context';
import type { Actor } from './identity';

export interface Dashboard {
  cycle: string | null;
  cycles: string[];
  asOf: string;
  department: Rollup;
  offices: { officeId: string; code: string; name: string; planId: string | null; planStatus: PlanStatus | null; stage: OfficeStage; rollup: Rollup }[];
  byPillar: { pillar: string; rollup: Rollup }[];
  byParagraph: { paragraph: number; rollup: Rollup }[];
  byFunctionalArea: { functionalArea: string; rollup: Rollup }[];
  overdue: { targetId: string; planId: string; officeCode: string; ref: string; description: string; owner: string; dueDate: string; daysOverdue: number; status: string }[];
}

export async function dashboard(ctx: ServiceContext, actor: Actor, rawCycle?: unknown): Promise<Dashboard> {
  await requireReader(ctx, actor);
  const allPlans = await ctx.store.listPlans();
  const cycles = [...new Set(allPlans.map((p) => p.cycle))].sort();
  const cycle = rawCycle === undefined ? (cycles.at(-1) ?? null) : parse(cycleSchema, rawCycle, 'cycle');
  const [contents, offices] = await Promise.all([
    cycle ? ctx.store.listPlanContents({ cycle }) : Promise.resolve([]),
    ctx.store.listOffices(),
  ]);
  const day = today(ctx);
  const items = targetsInContext(contents);
  const planByOffice = new Map(contents.map((c) => [c.plan.officeId, c]));
  const officeCode = new Map(offices.map((o) => [o.id, o.code]));
  const byPillar = rollupBy(items, (t) => [t.pillar], day);
  const byParagraph = rollupBy(items, (t) => t.paragraphs, day);
  const byArea = rollupBy(items, (t) => [t.functionalArea], day);
  return {
    cycle,
    cycles,
    asOf: day,
    department: rollup(contents.flatMap((c) => c.targets), day),
    offices: offices.map((o) => {
      const c = planByOffice.get(o.id);
      return {
        officeId: o.id,
        code: o.code,
        name: o.name,
        planId: c?.plan.id ?? null,
        planStatus: c?.plan.status ?? null,
        stage: officeStage(o.milestones, c?.plan.status),
        rollup: c ? rollup(c.targets, day) : emptyRollup(),
      };
    }),
    byPillar: PILLARS.map((pillar) => ({ pillar, rollup: byPillar.get(pillar) ?? emptyRollup() })),
    byParagraph: PARAGRAPHS.map((p) => ({ paragraph: p.number, rollup: byParagraph.get(p.number) ?? emptyRollup() })),
    byFunctionalArea: FUNCTIONAL_AREAS.flatMap((functionalArea) => {
      const rollup = byArea.get(functionalArea);
      return rollup ? [{ functionalArea, rollup }] : [];
    }),
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
