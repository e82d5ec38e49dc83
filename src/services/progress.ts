// Progress: check-ins posted by target owners and focal points, and the target queries
// behind "my targets", "overdue" and "due before".

import { compareRefs, daysOverdue, isOverdue, progressOf } from '../domain/derive';
import { ConflictError, StateError, ValidationError } from '../domain/errors';
import type { CheckIn, Target } from '../domain/model';
import { calendarDate, checkInInput, cycle as cycleSchema, email, officeCode, parse } from '../domain/schemas';
import { REPORTABLE_PLAN_STATUSES } from '../domain/workflow';
import { z } from 'zod';
import { requireReporter } from './access';
import { load, nowIso, requireReader, today, type ServiceContext } from './context';
import type { Actor } from './identity';
import { officeByCode } from './offices';

const CHECK_IN_ATTEMPTS = 3;

/** Records a check-in and moves the target's status and progress on, in one commit. */
export async function recordCheckIn(ctx: ServiceContext, actor: Actor, targetId: string, body: unknown): Promise<CheckIn> {
  const input = parse(checkInInput, body, 'check-in');
  const day = today(ctx);
  const date = input.date ?? day;
  if (date > day) throw new ValidationError('Invalid check-in', [{ field: 'date', message: 'must not be in the future' }]);
  for (let attempt = 1; ; attempt++) {
    const target = await load(ctx, 'target', targetId);
    const plan = await load(ctx, 'plan', target.planId);
    requireReporter(actor, target, plan);
    if (!REPORTABLE_PLAN_STATUSES.includes(plan.status)) throw new StateError(`Progress cannot be reported on a ${plan.status} plan.`);
    const record = {
      id: ctx.newId(),
      planId: plan.id,
      targetId,
      date,
      value: input.value ?? null,
      percent: input.percent ?? null,
      status: input.status,
      note: input.note ?? null,
      evidenceUrl: input.evidenceUrl ?? null,
      author: actor.email,
    };
    // A back-dated check-in joins the history without overriding a newer one.
    const isLatest = !target.lastCheckInAt || date >= target.lastCheckInAt.slice(0, 10);
    try {
      const { records } = await ctx.store.commit({
        actor: actor.email,
        at: nowIso(ctx),
        changes: [
          { op: 'create', entity: 'checkin', record },
          ...(isLatest
            ? [{
                op: 'update' as const,
                entity: 'target' as const,
                id: targetId,
                expectedVersion: target.version,
                patch: { status: input.status, progress: progressOf(input, target), lastCheckInAt: date },
              }]
            : []),
        ],
        guards: [{ planId: plan.id, statuses: REPORTABLE_PLAN_STATUSES }],
      });
      return records[0] as CheckIn;
    } catch (error) {
      // Someone changed the target meanwhile; a check-in only appends, so it is safe to try again.
      if (!(error instanceof ConflictError && error.kind === 'stale') || attempt >= CHECK_IN_ATTEMPTS) throw error;
    }
  }
}

export async function listCheckIns(ctx: ServiceContext, actor: Actor, targetId: string): Promise<CheckIn[]> {
  await requireReader(ctx, actor);
  await load(ctx, 'target', targetId);
  return ctx.store.listCheckIns(targetId);
}

export const targetQuery = z.strictObject({
  owner: z.union([z.literal('me'), email]).optional(),
  office: officeCode.optional(),
  cycle: cycleSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  dueBefore: calendarDate.optional(),
});

export interface TargetSummary extends Target {
  officeId: string;
  officeCode: string;
  cycle: string;
  planStatus: string;
  overdue: boolean;
  daysOverdue: number;
}

/** Targets of live (not archived) plans matching the query; overdue ones first, most overdue at the top. */
export async function queryTargets(ctx: ServiceContext, actor: Actor, rawQuery: unknown): Promise<TargetSummary[]> {
  const query = parse(targetQuery, rawQuery, 'query');
  await requireReader(ctx, actor);
  const office = query.office ? await officeByCode(ctx, query.office) : undefined;
  const plans = await ctx.store.listPlans({
    officeId: office?.id,
    cycle: query.cycle,
    statuses: REPORTABLE_PLAN_STATUSES,
  });
  const offices = new Map((await ctx.store.listOffices()).map((o) => [o.id, o]));
  const planById = new Map(plans.map((p) => [p.id, p]));
  const day = today(ctx);
  const overdueOnly = query.overdue === 'true';
  const targets = await ctx.store.queryTargets({
    planIds: plans.map((p) => p.id),
    owner: query.owner === 'me' ? actor.email : query.owner,
    dueBefore: overdueOnly ? minDate(day, query.dueBefore) : query.dueBefore,
    openOnly: overdueOnly || undefined,
  });
  return targets
    .filter((t) => query.overdue !== 'false' || !isOverdue(t, day))
    .map((t): TargetSummary => {
      const plan = planById.get(t.planId)!;
      // The targets were just read for this request, so they are extended in place (spreading
      // a thousand records is measurably slower on this hot path).
      return Object.assign(t, {
        officeId: plan.officeId,
        officeCode: offices.get(plan.officeId)?.code ?? '',
        cycle: plan.cycle,
        planStatus: plan.status,
        overdue: isOverdue(t, day),
        daysOverdue: daysOverdue(t, day),
      });
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue || compareText(a.dueDate, b.dueDate) || compareText(a.officeCode, b.officeCode) || compareRefs(a.ref, b.ref));
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const minDate = (a: string, b?: string) => (b && b < a ? b : a);
