// Work plans: summaries, the whole tree, creation, and the review workflow
// (submit by the office's focal point; endorse and return by the Gender Unit).

import type { PlanQuery, PlanSummary } from '../contract/plans';
import type { PlanStatus } from '../domain/catalogues';
import { dayOf } from '../domain/dates';
import { buildPlanTree, rollup, type PlanTree } from '../domain/derive';
import { ConflictError, NotFoundError } from '../domain/errors';
import type { Office, OfficeMilestones, WorkPlan } from '../domain/model';
import { cycle as cycleSchema, officeCode, parse, planInput, planPatch, transitionInput } from '../domain/schemas';
import { EDITABLE_PLAN_STATUSES, transition, type PlanAction } from '../domain/workflow';
import { frozenRevision } from '../domain/plan-lifecycle';
import type { Change } from '../store/plan-store';
import { requirePermission } from './access';
import { load, nowIso, requireReader, today, type ServiceContext } from './context';
import type { Actor } from './identity';
import { officeByCode } from './offices';
import { checkWorkshopLink } from './process/process-links';

export type { PlanQuery, PlanSummary };

export async function listPlans(ctx: ServiceContext, actor: Actor, query: PlanQuery): Promise<PlanSummary[]> {
  await requireReader(ctx, actor);
  const office = query.office ? await officeByCode(ctx, parse(officeCode, query.office, 'office')) : undefined;
  const cycle = query.cycle ? parse(cycleSchema, query.cycle, 'cycle') : undefined;
  const [contents, offices] = await Promise.all([ctx.store.listPlanContents({ officeId: office?.id, cycle }), ctx.store.listOffices()]);
  const officeById = new Map(offices.map((o) => [o.id, o]));
  const day = today(ctx);
  return contents.map(({ plan, targets }) => {
    const o = officeById.get(plan.officeId);
    return { ...plan, officeCode: o?.code ?? '', officeName: o?.name ?? '', rollup: rollup(targets, day) };
  });
}

/** The plan record alone (no tree), for callers that only need its version. */
export async function getPlanHead(ctx: ServiceContext, actor: Actor, id: string): Promise<WorkPlan> {
  await requireReader(ctx, actor);
  return load(ctx, 'plan', id);
}

export async function getPlanTree(ctx: ServiceContext, actor: Actor, id: string): Promise<PlanTree> {
  await requireReader(ctx, actor);
  const contents = await ctx.store.getPlanContents(id);
  if (!contents) throw new NotFoundError('plan', id);
  return buildPlanTree(contents, today(ctx));
}

export async function createPlan(ctx: ServiceContext, actor: Actor, body: unknown): Promise<WorkPlan> {
  const input = parse(planInput, body, 'plan');
  const office = await officeByCode(ctx, input.office);
  requirePermission(actor, 'create-plan', { officeId: office.id });
  const { records } = await ctx.store.commit({
    actor: actor.email,
    at: nowIso(ctx),
    changes: [
      {
        op: 'create',
        entity: 'plan',
        record: {
          id: ctx.newId(),
          officeId: office.id,
          cycle: input.cycle,
          title: input.title ?? `${office.name} — SCR 1325 work plan ${input.cycle}`,
          status: 'draft',
          reviewComment: null,
          history: [],
          revision: 1,
          sourcePlanId: null,
        },
      },
    ],
  });
  return records[0];
}

export async function updatePlan(ctx: ServiceContext, actor: Actor, id: string, body: unknown, expectedVersion: number): Promise<WorkPlan> {
  const patch = parse(planPatch, body, 'plan');
  const plan = await load(ctx, 'plan', id);
  requirePermission(actor, 'edit-plan', { officeId: plan.officeId });
  await checkWorkshopLink(ctx, plan.officeId, patch.workshopId);
  const { records } = await ctx.store.commit({
    actor: actor.email,
    at: nowIso(ctx),
    changes: [{ op: 'update', entity: 'plan', id, expectedVersion, patch }],
    guards: [{ planId: id, statuses: EDITABLE_PLAN_STATUSES }],
  });
  return records[0];
}

const OFFICE_RETRIES = 3;

/** Moves a plan through the workflow and records the milestone on its office, in one commit. */
export async function transitionPlan(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  action: PlanAction,
  body: unknown,
  expectedVersion: number,
): Promise<WorkPlan> {
  const { comment } = parse(transitionInput, body ?? {}, 'request');
  const contents = await ctx.store.getPlanContents(id);
  if (!contents) throw new NotFoundError('plan', id);
  const { plan, targets } = contents;
  requirePermission(actor, action === 'submit' ? 'submit-plan' : 'decide-plan', { officeId: plan.officeId });
  const at = nowIso(ctx);
  // The target count is read with the plan; the commit below is conditional on the plan's
  // version, which moves with any change to its targets, so the count cannot go stale.
  const patch = transition(plan, action, { by: actor.email, at, comment, targets: targets.length });
  const milestone = patch.status && milestoneFor(patch.status);
  // Every endorsement freezes the plan's whole tree as its revision (plan-lifecycle.ts), in the same commit.
  const freeze: Change[] =
    action === 'endorse' ? [{ op: 'create', entity: 'planRevision', record: frozenRevision(contents, { ...plan, ...patch }, { by: actor.email, at }) }] : [];
  for (let attempt = 1; ; attempt++) {
    const officeChanges: Change[] = [];
    if (milestone) {
      const office: Office = await load(ctx, 'office', plan.officeId);
      officeChanges.push({
        op: 'update',
        entity: 'office',
        id: office.id,
        expectedVersion: office.version,
        patch: { milestones: { ...office.milestones, [milestone]: dayOf(ctx.clock()) } },
      });
    }
    try {
      const { records } = await ctx.store.commit({
        actor: actor.email,
        at,
        changes: [{ op: 'update', entity: 'plan', id, expectedVersion, patch }, ...freeze, ...officeChanges],
      });
      return records[0];
    } catch (error) {
      // The office record is only a by-product of the transition: if someone edited it
      // meanwhile, read it again rather than fail the reviewer's action.
      const officeMoved = error instanceof ConflictError && error.kind === 'stale' && error.entity === 'office';
      if (!officeMoved || attempt >= OFFICE_RETRIES) throw error;
    }
  }
}

function milestoneFor(status: PlanStatus): keyof OfficeMilestones | undefined {
  if (status === 'submitted') return 'planSubmitted';
  if (status === 'endorsed') return 'planEndorsed';
  return undefined;
}

/**
 * The ETag of a plan tree: its version, which moves on with any change anywhere in the tree,
 * and the day, on which its derived values (overdue, days overdue) depend. If-Match compares
 * only the version part.
 */
export function planTreeEtag(plan: Pick<WorkPlan, 'version'>, day: string): string {
  return `"${plan.version}-${day.replaceAll('-', '')}"`;
}
