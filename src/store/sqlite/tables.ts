// How each entity maps to its table: the columns kept beside the JSON record, and the
// parent that must exist (and belong to the same plan) for a record to be created.

import type { EntityName, EntityTypes } from '../../domain/model';

export interface TableSpec<E extends EntityName> {
  table: string;
  columns: (record: EntityTypes[E]) => Record<string, string | number>;
  parent?: { entity: EntityName; key: (record: EntityTypes[E]) => string };
  /** Fields that identify where a record lives; an update may not change them. */
  fixed: readonly (keyof EntityTypes[E])[];
  /** The plan a record belongs to (its own id for a plan), for the plan's version and the audit trail. */
  planOf?: (record: EntityTypes[E]) => string;
}

export const TABLES: { [E in EntityName]: TableSpec<E> } = {
  office: { table: 'offices', columns: (r) => ({ code: r.code }), fixed: [] },
  plan: {
    table: 'plans',
    columns: (r) => ({ office_id: r.officeId, cycle: r.cycle, status: r.status }),
    parent: { entity: 'office', key: (r) => r.officeId },
    fixed: ['officeId'],
    planOf: (r) => r.id,
  },
  objective: {
    table: 'objectives',
    columns: (r) => ({ plan_id: r.planId, ref: r.ref }),
    parent: { entity: 'plan', key: (r) => r.planId },
    fixed: ['planId'],
    planOf: (r) => r.planId,
  },
  activity: {
    table: 'activities',
    columns: (r) => ({ plan_id: r.planId, objective_id: r.objectiveId, ref: r.ref }),
    parent: { entity: 'objective', key: (r) => r.objectiveId },
    fixed: ['planId', 'objectiveId'],
    planOf: (r) => r.planId,
  },
  target: {
    table: 'targets',
    columns: (r) => ({ plan_id: r.planId, activity_id: r.activityId, ref: r.ref, owner: r.owner, due_date: r.dueDate, status: r.status }),
    parent: { entity: 'activity', key: (r) => r.activityId },
    fixed: ['planId', 'activityId'],
    planOf: (r) => r.planId,
  },
  checkin: {
    table: 'checkins',
    columns: (r) => ({ plan_id: r.planId, target_id: r.targetId, date: r.date }),
    parent: { entity: 'target', key: (r) => r.targetId },
    fixed: ['planId', 'targetId'],
    planOf: (r) => r.planId,
  },
  conversation: { table: 'conversations', columns: (r) => ({ active: r.active ? 1 : 0, user_email: (r.userEmail ?? '').toLowerCase() }), fixed: [] },
  reminder: { table: 'reminders', columns: (r) => ({ created_at: r.createdAt, status: r.status }), fixed: ['kind', 'recipient', 'period'] },
  setting: { table: 'settings', columns: () => ({}), fixed: [] },
  lease: { table: 'leases', columns: () => ({}), fixed: [] },
};

/** Children that must be deleted before their parent. */
export const CHILDREN: Partial<Record<EntityName, { table: string; column: string }>> = {
  office: { table: 'plans', column: 'office_id' },
  plan: { table: 'objectives', column: 'plan_id' },
  objective: { table: 'activities', column: 'objective_id' },
  activity: { table: 'targets', column: 'activity_id' },
  target: { table: 'checkins', column: 'target_id' },
};
