// The rules of a commit, whatever the storage: stale versions, missing or foreign parents,
// children left behind, fixed fields, plan and period guards, the plan version that moves
// with its tree (and a report's with its lines), and the audit events. An adapter reads through a CommitView and applies the writes
// this returns within its own transaction (SQLite) or emulation of one (SharePoint).

import { ConflictError, NotFoundError, StateError } from '../domain/errors';
import { UNAUDITED_ENTITIES, type EntityName, type EntityTypes, type WorkPlan } from '../domain/model';
import { requirePlanStatus } from '../domain/plan-lifecycle';
import type { Change, CommitRequest, ResultsOf } from './plan-store';
import { fieldOf, officeOf, parentIdOf, planIdOf, relationOf, stringFieldOf, type Relation } from './relations';

type AnyRecord = EntityTypes[EntityName];

export interface CommitView {
  get(entity: EntityName, id: string): AnyRecord | undefined;
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
  /** The record before and after, without the fields its relation keeps out of the audit (auditOmits). */
  before: object | null;
  after: object | null;
}

export interface CommitPlan<C extends readonly Change[] = readonly Change[]> {
  writes: PlannedWrite[];
  audit: PlannedAudit[];
  /** The stored record after each change, in order; null for a delete. */
  records: ResultsOf<C>;
}

export function planCommit<C extends readonly Change[]>({ at, changes, guards = [], periodGuards = [] }: CommitRequest<C>, base: CommitView): CommitPlan<C> {
  const overlay = new Map<string, AnyRecord | null>();
  const plans = new Map<string, WorkPlan | null>();
  const key = (entity: EntityName, id: string) => `${entity}:${id}`;
  const get = (entity: EntityName, id: string): AnyRecord | undefined => {
    const k = key(entity, id);
    return overlay.has(k) ? (overlay.get(k) ?? undefined) : base.get(entity, id);
  };
  const getPlan = (id: string): WorkPlan | undefined => {
    if (plans.has(id)) return plans.get(id) ?? undefined;
    const plan = base.get('plan', id);
    return plan && isPlan(plan) ? plan : undefined;
  };
  const remember = (write: PlannedWrite) => {
    overlay.set(key(write.entity, write.id), write.after);
    if (write.entity === 'plan') plans.set(write.id, planOfRecord(write.after ?? undefined) ?? null);
  };
  const childIds = (entity: EntityName, parentId: string): string[] => {
    const ids = new Set(base.childIds(entity, parentId));
    for (const [k, record] of overlay) {
      if (!k.startsWith(`${entity}:`)) continue;
      const id = k.slice(entity.length + 1);
      if (record && parentIdOf(entity, record) === parentId) ids.add(id);
      else ids.delete(id);
    }
    return [...ids];
  };

  for (const guard of guards) {
    const plan = getPlan(guard.planId);
    if (!plan) throw new NotFoundError('plan', guard.planId);
    // With the reason's code (plan-archived, plan-status), as the services refuse it before they commit.
    requirePlanStatus(plan, guard.statuses, 'changed this way');
  }

  for (const guard of periodGuards) {
    const period = base.get('period', guard.periodId);
    if (!period || !('label' in period)) throw new NotFoundError('period', guard.periodId);
    if (!guard.statuses.includes(period.status)) {
      throw new StateError(`The period ${period.label} is ${period.status}; this change needs it to be ${guard.statuses.join(' or ')}.`);
    }
  }

  const writes: PlannedWrite[] = [];
  const touchedPlans = new Set<string>();
  const changedPlans = new Set<string>();
  const records = changes.map((change) => {
    const write = planChange(change, at, get, childIds);
    writes.push(write);
    remember(write);
    const record = write.after ?? write.before;
    const planId = record && planIdOf(write.entity, record);
    if (planId) (write.entity === 'plan' ? changedPlans : touchedPlans).add(planId);
    return write.after;
  });

  // The plan's version stands for its whole tree: any change below it moves it on, once.
  for (const planId of touchedPlans) {
    if (changedPlans.has(planId)) continue;
    const plan = getPlan(planId);
    if (!plan) continue;
    const after = { ...plan, version: plan.version + 1, updatedAt: at };
    const bump: PlannedWrite = { entity: 'plan', op: 'update', id: planId, before: plan, after, bump: true };
    writes.push(bump);
    remember(bump);
  }

  // Likewise a report's version stands for its lines (its ETag covers them), and moves last:
  // a SharePoint reader that meets a commit halfway holds the old version, so its write is stale.
  const changedReports = new Set(writes.filter((w) => w.entity === 'report').map((w) => w.id));
  const touchedReports = new Set(writes.filter((w) => w.entity === 'reportLine').map((w) => stringFieldOf(w.after ?? w.before ?? {}, 'reportId') ?? ''));
  for (const reportId of touchedReports) {
    const report = changedReports.has(reportId) ? undefined : get('report', reportId);
    if (!report) continue;
    const bump: PlannedWrite = {
      entity: 'report',
      op: 'update',
      id: reportId,
      before: report,
      after: { ...report, version: report.version + 1, updatedAt: at },
      bump: true,
    };
    writes.push(bump);
    remember(bump);
  }

  const reportOf = (id: string) => {
    const report = get('report', id) ?? writes.find((w) => w.entity === 'report' && w.id === id)?.before ?? undefined;
    const officeId = report && stringFieldOf(report, 'officeId');
    return officeId ? { officeId } : undefined;
  };
  const planOf = (id: string) => getPlan(id) ?? planOfRecord(writes.find((w) => w.entity === 'plan' && w.id === id)?.before ?? undefined);
  const audit = writes
    .filter((w) => !w.bump && !UNAUDITED_ENTITIES.includes(w.entity))
    .map((w) => {
      const record = w.after ?? w.before;
      return {
        entity: w.entity,
        entityId: w.id,
        officeId: record && officeOf(w.entity, record, planOf, reportOf),
        action: w.op,
        before: auditImage(w.entity, w.before),
        after: auditImage(w.entity, w.after),
      };
    });
  if (!answersChanges(changes, records)) throw new Error('The commit planner lost track of a change.');
  return { writes, audit, records };
}

/** A record as the audit keeps it: without the bulk its relation leaves to the record itself (a revision's frozen tree). */
function auditImage(entity: EntityName, record: AnyRecord | null): object | null {
  const omitted = relationOf(entity).auditOmits ?? [];
  if (!record || omitted.length === 0) return record;
  return Object.fromEntries(Object.entries(record).filter(([field]) => !omitted.includes(field)));
}

/** True when `records` answer `changes` position by position: null for a delete, else the record with the change's id. */
function answersChanges<C extends readonly Change[]>(changes: C, records: readonly (AnyRecord | null)[]): records is ResultsOf<C> {
  return (
    records.length === changes.length &&
    changes.every((change, i) => {
      const record = records[i];
      if (change.op === 'delete') return record === null;
      return record !== null && record !== undefined && record.id === (change.op === 'create' ? change.record.id : change.id);
    })
  );
}

/** A plan among records of any entity: only plans carry a workflow history. */
function isPlan(record: AnyRecord): record is WorkPlan {
  return 'history' in record && 'officeId' in record;
}

function planOfRecord(record: AnyRecord | undefined): WorkPlan | undefined {
  return record && isPlan(record) ? record : undefined;
}

function planChange(
  change: Change,
  at: string,
  get: (entity: EntityName, id: string) => AnyRecord | undefined,
  childIds: (entity: EntityName, parentId: string) => string[],
): PlannedWrite {
  const rel = relationOf(change.entity);
  if (change.op === 'create') {
    if (get(change.entity, change.record.id)) {
      throw new ConflictError(`Another ${change.entity} already has the identifier ${change.record.id}.`, change.entity, change.record.id);
    }
    const after: AnyRecord = { ...change.record, version: 1, createdAt: at, updatedAt: at };
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
    const value = patch[field];
    if (value !== undefined && value !== fieldOf(current, field)) {
      throw new StateError(`The ${change.entity}'s ${field} cannot be changed.`);
    }
  }
  const after = Object.assign({ ...current }, patch, { id: current.id, version: current.version + 1, createdAt: current.createdAt, updatedAt: at });
  return { entity: change.entity, op: 'update', id: change.id, before: current, after, bump: false };
}

function checkParent(rel: Relation, record: AnyRecord, get: (entity: EntityName, id: string) => AnyRecord | undefined): void {
  if (!rel.parent) return;
  const parentId = stringFieldOf(record, rel.parent.field) ?? '';
  const parent = get(rel.parent.entity, parentId);
  if (!parent) throw new NotFoundError(rel.parent.entity, parentId);
  const parentPlan = planIdOf(rel.parent.entity, parent);
  const ownPlan = rel.planField ? stringFieldOf(record, rel.planField) : undefined;
  if (parentPlan !== undefined && ownPlan !== undefined && parentPlan !== ownPlan) {
    throw new StateError(`The ${rel.parent.entity} ${parentId} belongs to another plan.`);
  }
}
