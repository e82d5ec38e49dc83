// The rules of a commit, whatever the storage: stale versions, missing or foreign parents,
// children left behind, fixed fields, plan guards, the plan version that moves with its
// tree, and the audit events. An adapter reads through a CommitView and applies the writes
// this returns within its own transaction (SQLite) or emulation of one (SharePoint).

import { ConflictError, NotFoundError, StateError } from '../domain/errors';
import { UNAUDITED_ENTITIES, type EntityName, type EntityTypes, type WorkPlan } from '../domain/model';
import type { Change, CommitRequest } from './plan-store';
import { RELATIONS, officeOf, type Relation } from './relations';

type AnyRecord = EntityTypes[EntityName];

export interface CommitView {
  get<E extends EntityName>(entity: E, id: string): EntityTypes[E] | undefined;
  /** Ids of the records of `entity` whose parent is `parentId`. */
  childIds(entity: EntityName, parentId: string): string[];
}

export interface PlannedWrite {
  entity: EntityName;
  op: 'create' | 'update' | 'delete';
  id: string;
  before: AnyRecord | null;
  after: AnyRecord | null;
  /** True for the plan version that moves because something below it changed. */
  bump: boolean;
}

export interface PlannedAudit {
  entity: EntityName;
  entityId: string;
  officeId: string | null;
  action: 'create' | 'update' | 'delete';
  before: AnyRecord | null;
  after: AnyRecord | null;
}

export interface CommitPlan {
  writes: PlannedWrite[];
  audit: PlannedAudit[];
  /** The stored record after each change, in order; null for a delete. */
  records: (AnyRecord | null)[];
}

export function planCommit({ at, changes, guards = [] }: CommitRequest, base: CommitView): CommitPlan {
  const overlay = new Map<string, AnyRecord | null>();
  const key = (entity: EntityName, id: string) => `${entity}:${id}`;
  const get = <E extends EntityName>(entity: E, id: string): EntityTypes[E] | undefined => {
    const k = key(entity, id);
    return (overlay.has(k) ? (overlay.get(k) ?? undefined) : base.get(entity, id)) as EntityTypes[E] | undefined;
  };
  const childIds = (entity: EntityName, parentId: string): string[] => {
    const rel = RELATIONS[entity] as Relation<EntityName>;
    const ids = new Set(base.childIds(entity, parentId));
    for (const [k, record] of overlay) {
      if (!k.startsWith(`${entity}:`)) continue;
      const id = k.slice(entity.length + 1);
      if (record && rel.parent?.key(record) === parentId) ids.add(id);
      else ids.delete(id);
    }
    return [...ids];
  };

  for (const guard of guards) {
    const plan = get('plan', guard.planId);
    if (!plan) throw new NotFoundError('plan', guard.planId);
    if (!guard.statuses.includes(plan.status)) {
      throw new StateError(`The plan is ${plan.status}; this change needs it to be ${guard.statuses.join(' or ')}.`);
    }
  }

  const writes: PlannedWrite[] = [];
  const touchedPlans = new Set<string>();
  const changedPlans = new Set<string>();
  const records = changes.map((change) => {
    const write = planChange(change, at, get, childIds);
    writes.push(write);
    overlay.set(key(write.entity, write.id), write.after);
    const rel = RELATIONS[write.entity] as Relation<EntityName>;
    const planId = rel.planOf?.((write.after ?? write.before)!);
    if (planId) (write.entity === 'plan' ? changedPlans : touchedPlans).add(planId);
    return write.after;
  });

  // The plan's version stands for its whole tree: any change below it moves it on, once.
  for (const planId of touchedPlans) {
    if (changedPlans.has(planId)) continue;
    const plan = get('plan', planId);
    if (!plan) continue;
    const after = { ...plan, version: plan.version + 1, updatedAt: at };
    writes.push({ entity: 'plan', op: 'update', id: planId, before: plan, after, bump: true });
    overlay.set(key('plan', planId), after);
  }

  const planOf = (id: string) => get('plan', id) ?? (writes.find((w) => w.entity === 'plan' && w.id === id)?.before as WorkPlan | undefined);
  const audit = writes
    .filter((w) => !w.bump && !UNAUDITED_ENTITIES.includes(w.entity))
    .map((w) => ({
      entity: w.entity,
      entityId: w.id,
      officeId: officeOf(w.entity, (w.after ?? w.before)!, planOf),
      action: w.op,
      before: w.before,
      after: w.after,
    }));
  return { writes, audit, records };
}

function planChange(
  change: Change,
  at: string,
  get: <E extends EntityName>(entity: E, id: string) => EntityTypes[E] | undefined,
  childIds: (entity: EntityName, parentId: string) => string[],
): PlannedWrite {
  const rel = RELATIONS[change.entity] as Relation<EntityName>;
  if (change.op === 'create') {
    if (get(change.entity, change.record.id)) {
      throw new ConflictError(`Another ${change.entity} already has the identifier ${change.record.id}.`, change.entity, change.record.id);
    }
    const after = { ...change.record, version: 1, createdAt: at, updatedAt: at } as AnyRecord;
    checkParent(rel, after, get);
    return { entity: change.entity, op: 'create', id: after.id, before: null, after, bump: false };
  }
  const current = get(change.entity, change.id);
  if (!current) throw new NotFoundError(change.entity, change.id);
  if (current.version !== change.expectedVersion) {
    throw new ConflictError(
      `The ${change.entity} was changed by someone else (version ${current.version}, not ${change.expectedVersion}).`,
      change.entity,
      change.id,
      current,
    );
  }
  if (change.op === 'delete') {
    if (rel.child && childIds(rel.child, change.id).length > 0) {
      throw new StateError(`The ${change.entity} still has ${rel.child} records; delete them first.`);
    }
    return { entity: change.entity, op: 'delete', id: change.id, before: current, after: null, bump: false };
  }
  const patch = Object.fromEntries(Object.entries(change.patch).filter(([, v]) => v !== undefined));
  for (const field of rel.fixed) {
    const value = patch[field as string];
    if (value !== undefined && value !== current[field as keyof AnyRecord]) {
      throw new StateError(`The ${change.entity}'s ${String(field)} cannot be changed.`);
    }
  }
  const after = { ...current, ...patch, id: current.id, version: current.version + 1, createdAt: current.createdAt, updatedAt: at } as AnyRecord;
  return { entity: change.entity, op: 'update', id: change.id, before: current, after, bump: false };
}

function checkParent(rel: Relation<EntityName>, record: AnyRecord, get: <E extends EntityName>(entity: E, id: string) => EntityTypes[E] | undefined): void {
  if (!rel.parent) return;
  const parentId = rel.parent.key(record);
  const parent = get(rel.parent.entity, parentId);
  if (!parent) throw new NotFoundError(rel.parent.entity, parentId);
  const parentPlan = (RELATIONS[rel.parent.entity] as Relation<EntityName>).planOf;
  if (parentPlan && rel.planOf && parentPlan(parent) !== rel.planOf(record)) {
    throw new StateError(`The ${rel.parent.entity} ${parentId} belongs to another plan.`);
  }
}
