// Progress: check-ins posted by target owners and focal points, and the target queries
// behind "my targets", "overdue" and "due before", read a page at a time.

import { targetQuery as contractTargetQuery, type TargetSummary, type TargetSummaryPage } from '../contract/targets';
import { daysOverdue, isOverdue, progressOf } from '../domain/derive';
import { ConflictError, NotFoundError, StateError, ValidationError } from '../domain/errors';
import type { CheckIn, Target } from '../domain/model';
import { periodOf } from '../domain/monitoring';
import { indicatorValueProblem, isSexDisaggregated, totalOf } from '../domain/monitoring-derive';
import { checkInInput, parse, type CheckInInput } from '../domain/schemas';
import { REPORTABLE_PLAN_STATUSES } from '../domain/workflow';
import { refuseArchived } from '../domain/plan-lifecycle';
import { requirePermission } from './access';
import { load, nowIso, requireReader, today, type ServiceContext } from './context';
import type { Actor } from './identity';
import { officeByCode } from './offices';
import { cursorSchema, encodeCursor } from './target-cursor';

const CHECK_IN_ATTEMPTS = 3;

/** Records a check-in and moves the target's status and progress on, in one commit. */
export async function recordCheckIn(ctx: ServiceContext, actor: Actor, targetId: string, body: unknown): Promise<CheckIn> {
  const input = parse(checkInInput, body, 'check-in');
  const day = today(ctx);
  const date = input.date ?? day;
  if (date > day) throw new ValidationError('Invalid check-in', [{ field: 'date', code: 'in-the-future', message: 'must not be in the future' }]);
  for (let attempt = 1; ; attempt++) {
    // Read together: on SharePoint the target with its plan and the periods cost three requests, where one after the other cost four.
    const [found, periods] = await Promise.all([ctx.store.getTargetWithPlan(targetId), ctx.store.listPeriods()]);
    if (!found) throw new NotFoundError('target', targetId);
    const { target, plan } = found;
    requirePermission(actor, 'check-in', { officeId: plan.officeId, owner: target.owner });
    refuseArchived(plan);
    if (!REPORTABLE_PLAN_STATUSES.includes(plan.status)) throw new StateError(`Progress cannot be reported on a ${plan.status} plan.`);
    const figures = sexFiguresOf(target, input);
    // A check-in belongs to the period its date falls in; a closed period's figures are frozen.
    const period = periodOf(
      date,
      periods.filter((p) => p.cycle === plan.cycle),
    );
    if (period?.status === 'closed') throw new StateError(`The period ${period.label} is closed; a check-in dated ${date} would change it.`, 'period-closed');
    const record = {
      id: ctx.newId(),
      planId: plan.id,
      targetId,
      date,
      ...figures,
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
            ? [
                {
                  op: 'update' as const,
                  entity: 'target' as const,
                  id: targetId,
                  expectedVersion: target.version,
                  patch: { status: input.status, progress: progressOf({ ...input, value: figures.value }, target), lastCheckInAt: date },
                },
              ]
            : []),
        ],
        guards: [{ planId: plan.id, statuses: REPORTABLE_PLAN_STATUSES }],
        periodGuards: period ? [{ periodId: period.id, statuses: ['open'] }] : [],
      });
      return records[0];
    } catch (error) {
      // Someone changed the target meanwhile; a check-in only appends, so it is safe to try again.
      if (!(error instanceof ConflictError && error.kind === 'stale') || attempt >= CHECK_IN_ATTEMPTS) throw error;
    }
  }
}

/**
 * The value, women and men a check-in stores: for a sex-disaggregated target the value is
 * women + men and is never typed alone; any other target counts no women and men.
 */
function sexFiguresOf(target: Target, input: CheckInInput): Pick<CheckIn, 'value' | 'women' | 'men'> {
  const women = input.women ?? null;
  const men = input.men ?? null;
  const valueProblem = indicatorValueProblem(target, input.value);
  if (valueProblem) throw new ValidationError('Invalid check-in', [valueProblem]);
  if (!isSexDisaggregated(target)) {
    if (women !== null || men !== null)
      throw new ValidationError('Invalid check-in', [{ field: 'women', code: 'invalid', message: 'only a sex-disaggregated target counts women and men' }]);
    return { value: input.value ?? null };
  }
  if (women === null && input.value != null) {
    throw new ValidationError('Invalid check-in', [{ field: 'women', code: 'women-and-men', message: 'give women and men; the value is their sum' }]);
  }
  return { value: totalOf({ value: input.value, women, men }), women, men };
}

export async function listCheckIns(ctx: ServiceContext, actor: Actor, targetId: string): Promise<CheckIn[]> {
  await requireReader(ctx, actor);
  await load(ctx, 'target', targetId);
  return ctx.store.listCheckIns(targetId);
}

export { TARGET_PAGE_DEFAULT, TARGET_PAGE_MAX, type TargetSummary, type TargetSummaryPage } from '../contract/targets';

/** The contract's query, with the cursor read back into the position it names. */
export const targetQuery = contractTargetQuery.extend({ cursor: cursorSchema.optional() });

/**
 * Targets of live (not archived) plans matching the query, a page at a time: the overdue
 * first (most overdue at the top), then the rest by due date; ties by id, so that pages never
 * overlap or skip.
 */
export async function queryTargets(ctx: ServiceContext, actor: Actor, rawQuery: unknown): Promise<TargetSummaryPage> {
  return (await prepareTargetQuery(ctx, actor, rawQuery)).read();
}

export interface PreparedTargetQuery {
  /**
   * Everything the page depends on besides the targets themselves: the query (its owner
   * resolved), the day, each live plan's version (which moves on with any change below the
   * plan) and the office codes. The same stamp means the same page, so a server may keep
   * pages by it.
   */
  stamp: string;
  read(): Promise<TargetSummaryPage>;
}

/** Checks the caller and the query, and reads what the page depends on, without the page. */
export async function prepareTargetQuery(ctx: ServiceContext, actor: Actor, rawQuery: unknown): Promise<PreparedTargetQuery> {
  const query = parse(targetQuery, rawQuery, 'query');
  await requireReader(ctx, actor);
  const office = query.office ? await officeByCode(ctx, query.office) : undefined;
  const [plans, offices] = await Promise.all([
    ctx.store.listPlans({ officeId: office?.id, cycle: query.cycle, statuses: REPORTABLE_PLAN_STATUSES }),
    ctx.store.listOffices(),
  ]);
  const planById = new Map(plans.map((p) => [p.id, p]));
  const codeOf = new Map(offices.map((o) => [o.id, o.code]));
  const day = today(ctx);
  const owner = query.owner === 'me' ? actor.email : query.owner;
  const stamp = JSON.stringify([
    { ...query, owner, cursor: query.cursor ?? null },
    day,
    plans.map((p) => `${p.id}:${p.version}`),
    offices.map((o) => `${o.id}:${o.code}`),
  ]);
  const read = async (): Promise<TargetSummaryPage> => {
    const page = await ctx.store.pageTargets({
      planIds: plans.map((p) => p.id),
      owner,
      dueBefore: query.dueBefore,
      today: day,
      overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
      limit: query.limit,
      after: query.cursor,
    });
    const items = page.items.flatMap((t): TargetSummary[] => {
      const plan = planById.get(t.planId);
      if (!plan) return [];
      // The targets were just read for this request, so they are extended in place.
      return [
        Object.assign(t, {
          officeId: plan.officeId,
          officeCode: codeOf.get(plan.officeId) ?? '',
          cycle: plan.cycle,
          planStatus: plan.status,
          overdue: isOverdue(t, day),
          daysOverdue: daysOverdue(t, day),
        }),
      ];
    });
    return { items, total: page.total, nextCursor: page.next && encodeCursor(page.next) };
  };
  return { stamp, read };
}
