// Objectives, activities and targets: created, changed and deleted by the office's focal
// point while the plan is a draft or returned. Every write carries a guard on the plan's
// status, checked inside the store's transaction, so an edit cannot slip into a plan that
// was submitted a moment earlier.

import { nextActivityRef, nextObjectiveRef, nextTargetRef } from '../domain/refs';
import type { Activity, EntityName, Objective, PlanContents, Target, WorkPlan } from '../domain/model';
import { activityInput, activityPatch, objectiveInput, objectivePatch, parse, targetInput, targetPatch } from '../domain/schemas';
import { EDITABLE_PLAN_STATUSES } from '../domain/workflow';
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '../domain/errors';
import type { Change, ResultOf, ResultsOf } from '../store/plan-store';
import { requirePermission } from './access';
import { load, nowIso, type ServiceContext } from './context';
import type { Actor } from './identity';
import { checkFindingIds } from './process/process-links';

type ItemEntity = 'objective' | 'activity' | 'target';

async function editablePlan(ctx: ServiceContext, actor: Actor, planId: string): Promise<PlanContents> {
  const contents = await ctx.store.getPlanContents(planId);
  if (!contents) throw new NotFoundError('plan', planId);
  requirePermission(actor, 'edit-plan', { officeId: contents.plan.officeId });
  return contents;
}

async function commitToPlan<const C extends readonly Change[]>(ctx: ServiceContext, actor: Actor, plan: WorkPlan, changes: C): Promise<ResultsOf<C>> {
  const { records } = await ctx.store.commit({
    actor: actor.email,
    at: nowIso(ctx),
    changes,
    guards: [{ planId: plan.id, statuses: EDITABLE_PLAN_STATUSES }],
  });
  return records;
}

/**
 * Commits a new item whose reference the server assigns when the caller named none. Two
 * writers (two requests, two instances on one database) adding to the same parent at once
 * both read the same references and pick the same next one; the store's unique key on
 * (plan, ref) refuses the second. That refusal is no conflict of user data — nobody's edit is
 * lost — so the write reads the plan again and takes the next free reference, up to
 * REF_RETRIES times (each round at least one racing writer wins, so that many writers on one
 * parent all get through). A reference the caller chose is never replaced: its duplicate
 * stays a 409.
 */
async function createWithRef<const C extends CreateChange>(
  ctx: ServiceContext,
  actor: Actor,
  planId: string,
  chosenRef: string | undefined,
  build: (contents: PlanContents) => C,
): Promise<ResultOf<C>> {
  for (let attempt = 1; ; attempt++) {
    const contents = await editablePlan(ctx, actor, planId);
    const change = build(contents);
    try {
      const [created] = await commitToPlan(ctx, actor, contents.plan, [change]);
      return created;
    } catch (error) {
      const refTaken = error instanceof ConflictError && error.kind === 'duplicate' && error.entity === change.entity;
      if (!refTaken || chosenRef !== undefined || attempt >= REF_RETRIES) throw error;
    }
  }
}

type CreateChange = Extract<Change, { op: 'create' }>;
const REF_RETRIES = 10;

export async function createObjective(ctx: ServiceContext, actor: Actor, planId: string, body: unknown): Promise<Objective> {
  const input = parse(objectiveInput, body, 'objective');
  if (input.findingIds) await checkFindingIds(ctx, (await load(ctx, 'plan', planId)).officeId, input.findingIds);
  const id = ctx.newId();
  return createWithRef(ctx, actor, planId, input.ref, ({ objectives }) => ({
    op: 'create',
    entity: 'objective',
    record: { ...input, id, planId, ref: input.ref ?? nextObjectiveRef(objectives.map((o) => o.ref)) },
  }));
}

export async function createActivity(ctx: ServiceContext, actor: Actor, objectiveId: string, body: unknown): Promise<Activity> {
  const input = parse(activityInput, body, 'activity');
  const objective = await load(ctx, 'objective', objectiveId);
  const id = ctx.newId();
  return createWithRef(ctx, actor, objective.planId, input.ref, ({ activities }) => ({
    op: 'create',
    entity: 'activity',
    record: {
      id,
      planId: objective.planId,
      objectiveId,
      ref:
        input.ref ??
        nextActivityRef(
          objective.ref,
          activities.map((a) => a.ref),
        ),
      title: input.title,
      owner: input.owner ?? null,
      start: input.start ?? null,
      end: input.end ?? null,
      resources: input.resources ?? null,
    },
  }));
}

export async function createTarget(ctx: ServiceContext, actor: Actor, activityId: string, body: unknown): Promise<Target> {
  const input = parse(targetInput, body, 'target');
  const activity = await load(ctx, 'activity', activityId);
  if (input.milestones && input.milestones.length > 0) await checkMilestones(ctx, await load(ctx, 'plan', activity.planId), input.milestones);
  const id = ctx.newId();
  return createWithRef(ctx, actor, activity.planId, input.ref, ({ targets }) => ({
    op: 'create',
    entity: 'target',
    record: {
      id,
      planId: activity.planId,
      activityId,
      ref:
        input.ref ??
        nextTargetRef(
          activity.ref,
          targets.map((t) => t.ref),
        ),
      description: input.description,
      indicator: input.indicator,
      unit: input.unit ?? null,
      baseline: input.baseline ?? null,
      targetValue: input.targetValue ?? null,
      dueDate: input.dueDate,
      owner: input.owner,
      meansOfVerification: input.meansOfVerification ?? null,
      status: input.status ?? 'not-started',
      progress: input.status === 'achieved' ? 100 : 0,
      lastCheckInAt: null,
      // Monitoring fields only when given: a target without them reads as a number, not disaggregated.
      ...(input.indicatorType ? { indicatorType: input.indicatorType } : {}),
      ...(input.disaggregation ? { disaggregation: input.disaggregation } : {}),
      ...(input.milestones ? { milestones: input.milestones } : {}),
    },
  }));
}

/** A milestone names a period of the plan's cycle (400 naming the milestone otherwise). */
async function checkMilestones(ctx: ServiceContext, plan: WorkPlan, milestones: readonly { periodId: string }[] | undefined): Promise<void> {
  if (!milestones || milestones.length === 0) return;
  const periods = new Set((await ctx.store.listPeriods(plan.cycle)).map((p) => p.id));
  const problems = milestones.flatMap((m, i): FieldProblem[] =>
    periods.has(m.periodId) ? [] : [{ field: `milestones.${i}.periodId`, code: 'choice', message: `is not a period of the cycle ${plan.cycle}` }],
  );
  if (problems.length > 0) throw new ValidationError('Invalid target', problems);
}

/**
 * An item and the plan it belongs to, the plan only (an edit needs its office for the
 * permission and its id for the commit's status guard, not the plan's contents): a target
 * with its plan in one store call, as the check-in reads it.
 */
async function itemWithPlan(ctx: ServiceContext, entity: ItemEntity, id: string): Promise<{ item: Objective | Activity | Target; plan: WorkPlan }> {
  if (entity === 'target') {
    const found = await ctx.store.getTargetWithPlan(id);
    if (!found) throw new NotFoundError('target', id);
    return { item: found.target, plan: found.plan };
  }
  const item = await load(ctx, entity, id);
  return { item, plan: await load(ctx, 'plan', item.planId) };
}

/** The update of one item, its patch checked against the entity's schema. */
function itemUpdate(entity: ItemEntity, id: string, expectedVersion: number, body: unknown) {
  const update = { op: 'update', id, expectedVersion } as const;
  switch (entity) {
    case 'objective':
      return { ...update, entity, patch: parse(objectivePatch, body, entity) };
    case 'activity':
      return { ...update, entity, patch: parse(activityPatch, body, entity) };
    case 'target': {
      const patch = parse(targetPatch, body, entity);
      return { ...update, entity, patch: patch.status === 'achieved' ? { ...patch, progress: 100 } : patch };
    }
  }
}

export async function updateItem(
  ctx: ServiceContext,
  actor: Actor,
  entity: ItemEntity,
  id: string,
  body: unknown,
  expectedVersion: number,
): Promise<Objective | Activity | Target> {
  const change = itemUpdate(entity, id, expectedVersion, body);
  const { item, plan } = await itemWithPlan(ctx, entity, id);
  requirePermission(actor, 'edit-plan', { officeId: plan.officeId });
  if (change.entity === 'target') await checkMilestones(ctx, plan, change.patch.milestones);
  if (change.entity === 'objective') await checkFindingIds(ctx, plan.officeId, change.patch.findingIds);
  if (change.entity === 'activity') {
    const merged: Partial<Activity> = { ...item, ...change.patch };
    if (merged.start && merged.end && merged.start > merged.end) {
      throw new ValidationError('Invalid activity', [{ field: 'end', code: 'end-before-start', message: 'must not be before the start' }]);
    }
  }
  const [record] = await commitToPlan(ctx, actor, plan, [change]);
  return record;
}

/** Deletes an item with everything under it (check-ins included), children first, in one commit. */
export async function deleteItem(ctx: ServiceContext, actor: Actor, entity: ItemEntity, id: string, expectedVersion: number): Promise<void> {
  const item = await load(ctx, entity, id);
  const contents = await editablePlan(ctx, actor, item.planId);
  const activities = entity === 'objective' ? contents.activities.filter((a) => a.objectiveId === id) : [];
  const activityIds = new Set(entity === 'activity' ? [id] : activities.map((a) => a.id));
  const targets = entity === 'target' ? [] : contents.targets.filter((t) => activityIds.has(t.activityId));
  const targetIds = entity === 'target' ? [id] : targets.map((t) => t.id);
  const checkIns = await ctx.store.listCheckInsOf(targetIds);
  const remove = (e: EntityName, r: { id: string; version: number }): Change => ({ op: 'delete', entity: e, id: r.id, expectedVersion: r.version });
  await commitToPlan(ctx, actor, contents.plan, [
    ...checkIns.map((c) => remove('checkin', c)),
    ...targets.map((t) => remove('target', t)),
    ...activities.map((a) => remove('activity', a)),
    { op: 'delete', entity, id, expectedVersion },
  ]);
}
