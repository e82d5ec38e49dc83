// What every service function receives: the store, the clock, the id generator and the
// directory (people's names), passed in by the composition root, and the lookups they share.

import { randomUUID } from 'node:crypto';
import { dayOf } from '../domain/dates';
import { NotFoundError } from '../domain/errors';
import type { EntityName, EntityTypes } from '../domain/model';
import type { PlanStore } from '../store/plan-store';
import { mayReadAll, requireRead } from './access';
import { staticDirectory, type Directory } from './directory';
import type { Actor, Identity } from './identity';

export interface ServiceContext {
  readonly store: PlanStore;
  readonly clock: () => Date;
  readonly newId: () => string;
  /** Who people are: display names for exports, answers and cards, and the people picker. */
  readonly directory: Directory;
}

export function serviceContext(
  store: PlanStore,
  clock: () => Date = () => new Date(),
  newId: () => string = randomUUID,
  directory: Directory = staticDirectory([]),
): ServiceContext {
  return { store, clock, newId, directory };
}

export function today(ctx: ServiceContext): string {
  return dayOf(ctx.clock());
}

export function nowIso(ctx: ServiceContext): string {
  return ctx.clock().toISOString();
}

/** Adds what the data says about the caller (the offices they are focal point of). */
export async function resolveActor(ctx: ServiceContext, identity: Identity): Promise<Actor> {
  const offices = await ctx.store.listOffices();
  const email = identity.email.toLowerCase();
  return {
    ...identity,
    email,
    focalOfficeIds: offices.filter((o) => o.focalPoints.includes(email)).map((o) => o.id),
  };
}

/** Reading plans and dashboards is open to anyone with a role, an office or a target of their own. */
export async function requireReader(ctx: ServiceContext, actor: Actor): Promise<void> {
  if (mayReadAll(actor, false)) return;
  requireRead(actor, await ownsAnyTarget(ctx, actor));
}

export async function ownsAnyTarget(ctx: ServiceContext, actor: Actor): Promise<boolean> {
  return (await ctx.store.queryTargets({ owner: actor.email })).length > 0;
}

export async function load<E extends EntityName>(ctx: ServiceContext, entity: E, id: string): Promise<EntityTypes[E]> {
  const record = await ctx.store.get(entity, id);
  if (!record) throw new NotFoundError(entity, id);
  return record;
}
