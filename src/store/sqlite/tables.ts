// How each entity maps to its SQLite table: the columns kept beside the JSON record (for
// queries and constraints) and the column that names the record's parent.
//
// Columns name the record field they mirror, so that one entity's table is also a plain
// `TableSpec` and the store writes any entity without a cast.

import type { EntityName, EntityTypes } from '../../domain/model';
import { fieldOf } from '../relations';

export interface ColumnSpec {
  column: string;
  field: string;
  /** Kept in lower case, an absent value as '' (for case-insensitive lookups by e-mail). */
  lowerCase?: boolean;
}

export interface TableSpec {
  table: string;
  columns: readonly ColumnSpec[];
  parentColumn?: string;
}

/** One entity's table, its fields checked against the entity's type. */
interface TableOf<E extends EntityName> extends TableSpec {
  columns: readonly (ColumnSpec & { field: keyof EntityTypes[E] & string })[];
}

export const TABLES: { readonly [E in EntityName]: TableOf<E> } = {
  office: { table: 'offices', columns: [{ column: 'code', field: 'code' }] },
  plan: {
    table: 'plans',
    columns: [
      { column: 'office_id', field: 'officeId' },
      { column: 'cycle', field: 'cycle' },
      { column: 'status', field: 'status' },
    ],
    parentColumn: 'office_id',
  },
  objective: {
    table: 'objectives',
    columns: [
      { column: 'plan_id', field: 'planId' },
      { column: 'ref', field: 'ref' },
    ],
    parentColumn: 'plan_id',
  },
  activity: {
    table: 'activities',
    columns: [
      { column: 'plan_id', field: 'planId' },
      { column: 'objective_id', field: 'objectiveId' },
      { column: 'ref', field: 'ref' },
    ],
    parentColumn: 'objective_id',
  },
  target: {
    table: 'targets',
    columns: [
      { column: 'plan_id', field: 'planId' },
      { column: 'activity_id', field: 'activityId' },
      { column: 'ref', field: 'ref' },
      { column: 'owner', field: 'owner' },
      { column: 'due_date', field: 'dueDate' },
      { column: 'status', field: 'status' },
    ],
    parentColumn: 'activity_id',
  },
  checkin: {
    table: 'checkins',
    columns: [
      { column: 'plan_id', field: 'planId' },
      { column: 'target_id', field: 'targetId' },
      { column: 'date', field: 'date' },
    ],
    parentColumn: 'target_id',
  },
  conversation: {
    table: 'conversations',
    columns: [
      { column: 'active', field: 'active' },
      { column: 'user_email', field: 'userEmail', lowerCase: true },
    ],
  },
  reminder: {
    table: 'reminders',
    columns: [
      { column: 'created_at', field: 'createdAt' },
      { column: 'status', field: 'status' },
    ],
  },
  setting: { table: 'settings', columns: [] },
  lease: { table: 'leases', columns: [] },
  cycle: { table: 'cycles', columns: [{ column: 'start', field: 'start' }] },
  period: {
    table: 'periods',
    columns: [
      { column: 'cycle', field: 'cycle' },
      { column: 'start', field: 'start' },
      { column: 'status', field: 'status' },
    ],
    parentColumn: 'cycle',
  },
  report: {
    table: 'reports',
    columns: [
      { column: 'period_id', field: 'periodId' },
      { column: 'office_id', field: 'officeId' },
      { column: 'status', field: 'status' },
    ],
    parentColumn: 'period_id',
  },
  reportLine: {
    table: 'report_lines',
    columns: [
      { column: 'report_id', field: 'reportId' },
      { column: 'target_id', field: 'targetId' },
    ],
    parentColumn: 'report_id',
  },
  scorecard: {
    table: 'scorecards',
    columns: [
      { column: 'period_id', field: 'periodId' },
      { column: 'office_id', field: 'officeId' },
    ],
    parentColumn: 'period_id',
  },
  remedialAction: {
    table: 'remedial_actions',
    columns: [
      { column: 'scorecard_id', field: 'scorecardId' },
      { column: 'office_id', field: 'officeId' },
      { column: 'status', field: 'status' },
      { column: 'due', field: 'due' },
    ],
    parentColumn: 'scorecard_id',
  },
  finding: { table: 'findings', columns: [{ column: 'office_id', field: 'officeId' }] },
  workshop: {
    table: 'workshops',
    columns: [
      { column: 'kind', field: 'kind' },
      { column: 'start', field: 'start' },
    ],
  },
  planRevision: {
    table: 'plan_revisions',
    columns: [
      { column: 'plan_id', field: 'planId' },
      { column: 'revision', field: 'revision' },
    ],
    parentColumn: 'plan_id',
  },
};

/** The table of an entity, as the shape that fits every entity. */
export function tableOf(entity: EntityName): TableSpec {
  return TABLES[entity];
}

/** The column values of a record under its table: booleans as 1 or 0, as SQLite keeps them. */
export function columnValues(spec: TableSpec, record: object): Record<string, string | number | null> {
  const values: Record<string, string | number | null> = {};
  for (const c of spec.columns) {
    const value = fieldOf(record, c.field);
    if (c.lowerCase) values[c.column] = (typeof value === 'string' ? value : '').toLowerCase();
    else if (typeof value === 'boolean') values[c.column] = value ? 1 : 0;
    else values[c.column] = typeof value === 'string' || typeof value === 'number' ? value : null;
  }
  return values;
}
