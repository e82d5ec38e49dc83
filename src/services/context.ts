// What every service function receives: the store, the clock, the id generator, the
// directory (people's names) and the export library, passed in by the composition root; and
// the lookups they share.

import { randomUUID } from 'node:crypto';
import { dayOf } from '../domain/dates';
import { NotFoundError } from '../domain/errors';
import type { EntityName, EntityTypes } from '../domain/model';
import type { PlanStore } from '../store/plan-store';
import { may, type Action, type PermissionObject } from '../domain/permissions';
import { requirePermission } from './access';
import { staticDirectory, type Directory } from './directory';
import type { ExportLibrary } from './export-library';
import type { Actor, Identity } from './identity';

export interface ServiceContext {
  readonly store: PlanStore;
  readonly clock: () => Date;
  readonly newId: () => string;
  /** Who people are: display names for exports, answers and cards, and the people picker. */
  readonly directory: Directory;
  /** Where exports are filed (the SharePoint document library); null when the store has none. */
  readonly library: ExportLibrary | null;
}

export function serviceContext(
  store: PlanStore,
  clock: () => Date = () => new Date(),
  newId: () => string = randomUUID,
  directory: Directory = staticDirectory([]),
  library: ExportLibrary | null = null,
): ServiceContext {
  return { store, clock, newId, directory, library };
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

/**
 * The permission table's decision for the actor, with her target ownership looked up only
 * where owning a target could change the answer (target owners read the plans).
 */
export async function authorize(ctx: ServiceContext, actor: Actor, action: Action, object: PermissionObject = {}): Promise<void> {
  const ownershipMatters = !may(actor, action, object) && may({ ...actor, ownsTargets: true }, action, object);
  requirePermission(ownershipMatters ? { ...actor, ownsTargets: await ownsAnyTarget(ctx, actor) } : actor, action, object);
}

/** Reading plans and dashboards is open to anyone with a role, an office or a target of their own. */
export async function requireReader(ctx: ServiceContext, actor: Actor): Promise<void> {
  await authorize(ctx, actor, 'read');
}

export async function ownsAnyTarget(ctx: ServiceContext, actor: Actor): Promise<boolean> {
  return (await ctx.store.queryTargets({ owner: actor.email })).length > 0;
}

export async function load<E extends EntityName>(ctx: ServiceContext, entity: E, id: string): Promise<EntityTypes[E]> {
  const record = await ctx.store.get(entity, id);
  if (!record) throw new NotFoundError(entity, id);
  return record;
}
