// A plan through its whole life (issue 16), one function per user action: amend an endorsed
// plan (a new revision in draft, the endorsed one frozen), archive it at the end of its cycle
// (the workflow's archive, plans.ts), and start the next cycle's plan from it, with a preview.
// Each writes one commit: all of it or nothing, on either store.

import { nextCycleInput, type NextCyclePreview } from '../contract/lifecycle';
import { cycleSpan } from '../domain/monitoring';
import { ConflictError, NotFoundError, StateError } from '../domain/errors';
import type { Office, WorkPlan } from '../domain/model';
import { amendment, frozenRevision, lastEndorsement, nextCyclePlan, requirePlanStatus, revisionId, revisionOf, type NextCycle } from '../domain/plan-lifecycle';
import { parse, transitionInput } from '../domain/schemas';
import type { Change } from '../store/plan-store';
import { requirePermission } from './access';
import { load, nowIso, type ServiceContext } from './context';
import type { Actor } from './identity';
import { transitionPlan } from './plans';

/**
 * Reopens an endorsed plan as its next revision, in draft. The endorsed revision is frozen in
 * the same commit when it is not already (a plan endorsed before revisions were kept).
 */
export async function amendPlan(ctx: ServiceContext, actor: Actor, planId: string, body: unknown, expectedVersion: number): Promise<WorkPlan> {
  const { comment } = parse(transitionInput, body ?? {}, 'request');
  const contents = await ctx.store.getPlanContents(planId);
  if (!contents) throw new NotFoundError('plan', planId);
  const { plan } = contents;
  requirePermission(actor, 'amend-plan', { officeId: plan.officeId });
  const at = nowIso(ctx);
  const patch = amendment(plan, { by: actor.email, at, comment: comment ?? null });
  const frozen = await ctx.store.get('planRevision', revisionId(plan.id, revisionOf(plan)));
  const freeze: Change[] = frozen
    ? []
    : [
        {
          op: 'create',
          entity: 'planRevision',
          record: frozenRevision(contents, plan, lastEndorsement(plan) ?? { by: plan.history.at(-1)?.by ?? actor.email, at: plan.updatedAt }),
        },
      ];
  const { records } = await ctx.store.commit({
    actor: actor.email,
    at,
    changes: [{ op: 'update', entity: 'plan', id: planId, expectedVersion, patch }, ...freeze],
  });
  return records[0];
}

/** The end of a plan's cycle: endorsed → archived (the Gender Unit), read-only from then on. */
export async function archivePlan(ctx: ServiceContext, actor: Actor, planId: string, body: unknown, expectedVersion: number): Promise<WorkPlan> {
  return transitionPlan(ctx, actor, planId, 'archive', body, expectedVersion);
}

/** What starting the next cycle from a plan would copy, with the records it would write. */
async function planNextCycle(ctx: ServiceContext, actor: Actor, sourceId: string, body: unknown) {
  const input = parse(nextCycleInput, body, 'next cycle');
  const source = await ctx.store.getPlanContents(sourceId);
  if (!source) throw new NotFoundError('plan', sourceId);
  const office: Office = await load(ctx, 'office', source.plan.officeId);
  requirePermission(actor, 'create-plan', { officeId: office.id });
  requirePlanStatus(source.plan, ['endorsed', 'archived'], 'carried into a next cycle');
  const cycle = await nextCycleOf(ctx, input.cycle);
  const existing = (await ctx.store.listPlans({ officeId: office.id, cycle: cycle.code }))[0];
  if (existing) throw planExists(office, cycle.code, existing.id);
  const title = input.title ?? nextTitle(source.plan, office, cycle.code);
  const next = nextCyclePlan(source, cycle, title, ctx.newId);
  const checkIns = await ctx.store.listCheckInsOf(next.targets.flatMap((t) => (t.sourceId ? [t.sourceId] : [])));
  const preview: NextCyclePreview = {
    sourcePlanId: sourceId,
    office: { id: office.id, code: office.code, name: office.name },
    cycle,
    title,
    copied: next.copied,
    notCopied: next.notCopied,
    checkInsNotCopied: checkIns.length,
  };
  return { office, next, preview };
}

/** POST /api/plans/{id}/next-cycle?preview=true: what would be copied; nothing is written. */
export async function previewNextCycle(ctx: ServiceContext, actor: Actor, sourceId: string, body: unknown): Promise<NextCyclePreview> {
  return (await planNextCycle(ctx, actor, sourceId, body)).preview;
}

/** POST /api/plans/{id}/next-cycle: the next cycle's draft plan with everything copied, in one commit. */
export async function startNextCycle(
  ctx: ServiceContext,
  actor: Actor,
  sourceId: string,
  body: unknown,
): Promise<{ plan: WorkPlan; preview: NextCyclePreview }> {
  const { office, next, preview } = await planNextCycle(ctx, actor, sourceId, body);
  const changes: Change[] = [
    { op: 'create', entity: 'plan', record: next.plan },
    ...next.objectives.map((record): Change => ({ op: 'create', entity: 'objective', record })),
    ...next.activities.map((record): Change => ({ op: 'create', entity: 'activity', record })),
    ...next.targets.map((record): Change => ({ op: 'create', entity: 'target', record })),
  ];
  try {
    await ctx.store.commit({ actor: actor.email, at: nowIso(ctx), changes });
  } catch (error) {
    // Another plan for the office and cycle was made meanwhile: the store's unique key refused this one.
    if (error instanceof ConflictError && error.kind === 'duplicate' && error.entity === 'plan') {
      const other = (await ctx.store.listPlans({ officeId: office.id, cycle: next.plan.cycle }))[0];
      throw planExists(office, next.plan.cycle, other?.id ?? '');
    }
    throw error;
  }
  return { plan: await load(ctx, 'plan', next.plan.id), preview };
}

/**
 * The cycle to start: a registered cycle (its own first and last day), else a year span
 * ("2008-2009", the input schema checks the shape) from its first to its last day.
 */
async function nextCycleOf(ctx: ServiceContext, code: string): Promise<NextCycle & { registered: boolean }> {
  const registered = await ctx.store.get('cycle', code);
  if (registered) return { code, start: registered.start, end: registered.end, registered: true };
  return { code, ...cycleSpan(code), registered: false };
}

function planExists(office: Office, cycle: string, planId: string): StateError {
  return new StateError(`${office.name} already has a plan for ${cycle}.`, 'plan-exists', { office: office.code, cycle, planId });
}

/** The source's title with its cycle replaced, when it names it; else the default title of a new plan. */
function nextTitle(source: WorkPlan, office: Office, cycle: string): string {
  return source.title.includes(source.cycle) ? source.title.replaceAll(source.cycle, cycle) : `${office.name} — SCR 1325 work plan ${cycle}`;
}
