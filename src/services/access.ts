// Who may do what: the rules of DESIGN.md's role table, in one place, used by every service.
// The HTTP API, the bot and the CLI all reach the data through the services, so a rule
// enforced here is enforced everywhere.

import { ForbiddenError } from '../domain/errors';
import type { Target, WorkPlan } from '../domain/model';
import type { Actor, ProductRole } from './identity';

export const hasRole = (actor: Actor, role: ProductRole) => actor.roles.includes(role);
export const isGenderUnit = (actor: Actor) => hasRole(actor, 'gender-unit');
export const isFocalPointOf = (actor: Actor, officeId: string) => actor.focalOfficeIds.includes(officeId);
export const ownsTarget = (actor: Actor, target: Pick<Target, 'owner'>) => target.owner === actor.email;

/** Reading plans and dashboards: any role, any focal point; target owners through `ownsAnyTarget`. */
export function mayReadAll(actor: Actor, ownsAnyTarget: boolean): boolean {
  return actor.roles.length > 0 || actor.focalOfficeIds.length > 0 || ownsAnyTarget;
}

export function requireRead(actor: Actor, ownsAnyTarget: boolean): void {
  if (!mayReadAll(actor, ownsAnyTarget)) {
    throw new ForbiddenError('You have no role in the action plan; ask the Gender Unit for access.');
  }
}

export function requireOfficeManager(actor: Actor): void {
  if (!isGenderUnit(actor) && !hasRole(actor, 'admin')) {
    throw new ForbiddenError('Only the Gender Unit or an administrator manages offices.');
  }
}

export function requirePlanCreator(actor: Actor, officeId: string): void {
  if (!isGenderUnit(actor) && !isFocalPointOf(actor, officeId)) {
    throw new ForbiddenError("Only the office's focal point or the Gender Unit can start its work plan.");
  }
}

/** Editing objectives, activities and targets, and submitting: the office's own focal points. */
export function requirePlanEditor(actor: Actor, plan: Pick<WorkPlan, 'officeId'>): void {
  if (!isFocalPointOf(actor, plan.officeId)) {
    throw new ForbiddenError("Only the office's focal point can change its work plan.");
  }
}

export function requireReviewer(actor: Actor): void {
  if (!isGenderUnit(actor)) throw new ForbiddenError('Only the Gender Unit reviews, endorses and returns plans.');
}

/** Check-ins: the target's owner or a focal point of its office. */
export function requireReporter(actor: Actor, target: Pick<Target, 'owner'>, plan: Pick<WorkPlan, 'officeId'>): void {
  if (!ownsTarget(actor, target) && !isFocalPointOf(actor, plan.officeId)) {
    throw new ForbiddenError("Only the target's owner or the office's focal point can report progress on it.");
  }
}

/** Audit trail: the Gender Unit and administrators see all of it, focal points their office's. */
export function auditScope(actor: Actor): { all: true } | { officeIds: readonly string[] } {
  if (isGenderUnit(actor) || hasRole(actor, 'admin')) return { all: true };
  if (actor.focalOfficeIds.length > 0) return { officeIds: actor.focalOfficeIds };
  throw new ForbiddenError('Only the Gender Unit, administrators and focal points read the audit trail.');
}
