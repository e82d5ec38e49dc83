// One target with what a card about it needs: its office and plan, whether it is overdue,
// and whether the caller may report progress on it (the same rule recordCheckIn enforces).

import { daysOverdue, isOverdue } from '../domain/derive';
import type { Target } from '../domain/model';
import { REPORTABLE_PLAN_STATUSES } from '../domain/workflow';
import { may } from '../domain/permissions';
import { load, requireReader, today, type ServiceContext } from './context';
import type { Actor } from './identity';

export interface TargetDetail {
  target: Target;
  officeId: string;
  officeCode: string;
  officeName: string;
  planStatus: string;
  cycle: string;
  overdue: boolean;
  daysOverdue: number;
  /** The caller owns the target or is a focal point of its office, and the plan takes progress. */
  mayReport: boolean;
}

export async function getTargetDetail(ctx: ServiceContext, actor: Actor, targetId: string): Promise<TargetDetail> {
  await requireReader(ctx, actor);
  const target = await load(ctx, 'target', targetId);
  return describeTarget(ctx, actor, target);
}

/** The detail of a target already read (e.g. by a reminder sweep, acting for its owner). */
export async function describeTarget(ctx: ServiceContext, actor: Actor | null, target: Target): Promise<TargetDetail> {
  const plan = await load(ctx, 'plan', target.planId);
  const office = await load(ctx, 'office', plan.officeId);
  const day = today(ctx);
  const reportable = REPORTABLE_PLAN_STATUSES.includes(plan.status);
  return {
    target,
    officeId: office.id,
    officeCode: office.code,
    officeName: office.name,
    planStatus: plan.status,
    cycle: plan.cycle,
    overdue: isOverdue(target, day),
    daysOverdue: daysOverdue(target, day),
    mayReport: !!actor && reportable && may(actor, 'check-in', { officeId: plan.officeId, owner: target.owner }),
  };
}
