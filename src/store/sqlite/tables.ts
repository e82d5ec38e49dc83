// How each entity maps to its SQLite table: the columns kept beside the JSON record (for
// queries and constraints) and the column that names the record's parent.

import type { EntityName, EntityTypes } from '../../domain/model';

export interface TableSpec<E extends EntityName> {
  table: string;
  columns: (record: EntityTypes[E]) => Record<string, string | number>;
  parentColumn?: string;
}

export const TABLES: { [E in EntityName]: TableSpec<E> } = {
  office: { table: 'offices', columns: (r) => ({ code: r.code }) },
  plan: { table: 'plans', columns: (r) => ({ office_id: r.officeId, cycle: r.cycle, status: r.status }), parentColumn: 'office_id' },
  objective: { table: 'objectives', columns: (r) => ({ plan_id: r.planId, ref: r.ref }), parentColumn: 'plan_id' },
  activity: { table: 'activities', columns: (r) => ({ plan_id: r.planId, objective_id: r.objectiveId, ref: r.ref }), parentColumn: 'objective_id' },
  target: {
    table: 'targets',
    columns: (r) => ({ plan_id: r.planId, activity_id: r.activityId, ref: r.ref, owner: r.owner, due_date: r.dueDate, status: r.status }),
    parentColumn: 'activity_id',
  },
  checkin: { table: 'checkins', columns: (r) => ({ plan_id: r.planId, target_id: r.targetId, date: r.date }), parentColumn: 'target_id' },
  conversation: { table: 'conversations', columns: (r) => ({ active: r.active ? 1 : 0, user_email: (r.userEmail ?? '').toLowerCase() }) },
  reminder: { table: 'reminders', columns: (r) => ({ created_at: r.createdAt, status: r.status }) },
  setting: { table: 'settings', columns: () => ({}) },
  lease: { table: 'leases', columns: () => ({}) },
};
