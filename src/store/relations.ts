// How entities hang together, whatever the storage: each record's parent (which must exist,
// in the same plan), the fields that fix where a record lives, the plan it belongs to, and
// the children that must go before their parent.
//
// Relations name fields rather than hold accessor functions, so that one entity's relation
// is also a plain `Relation` and code that walks any entity needs no cast.

import type { EntityName, EntityTypes } from '../domain/model';

/** The fields of a record that hold a string (the ones a relation may point through). */
type StringField<T> = { [K in keyof T]-?: T[K] extends string ? K : never }[keyof T] & string;

export interface Relation {
  /** The parent entity and the field of this record that holds the parent's id. */
  parent?: { entity: EntityName; field: string };
  /** Fields that identify where a record lives; an update may not change them. */
  fixed: readonly string[];
  /** The field that holds the plan a record belongs to (its own id for a plan). */
  planField?: string;
  /** The entity whose records name this one as parent. */
  child?: EntityName;
  /** Fields the audit leaves out: bulk that the record itself keeps (the audit says what happened, not everything it holds). */
  auditOmits?: readonly string[];
}

/** The relation of one entity, its field names checked against the entity's type. */
interface RelationOf<E extends EntityName> extends Relation {
  parent?: { entity: EntityName; field: StringField<EntityTypes[E]> };
  fixed: readonly (keyof EntityTypes[E] & string)[];
  planField?: StringField<EntityTypes[E]>;
  auditOmits?: readonly (keyof EntityTypes[E] & string)[];
}

export const RELATIONS: { readonly [E in EntityName]: RelationOf<E> } = {
  office: { fixed: [], child: 'plan' },
  plan: { parent: { entity: 'office', field: 'officeId' }, fixed: ['officeId'], planField: 'id', child: 'objective' },
  objective: { parent: { entity: 'plan', field: 'planId' }, fixed: ['planId'], planField: 'planId', child: 'activity' },
  activity: { parent: { entity: 'objective', field: 'objectiveId' }, fixed: ['planId', 'objectiveId'], planField: 'planId', child: 'target' },
  target: { parent: { entity: 'activity', field: 'activityId' }, fixed: ['planId', 'activityId'], planField: 'planId', child: 'checkin' },
  checkin: { parent: { entity: 'target', field: 'targetId' }, fixed: ['planId', 'targetId'], planField: 'planId' },
  conversation: { fixed: [] },
  reminder: { fixed: ['kind', 'recipient', 'period'] },
  setting: { fixed: [] },
  lease: { fixed: [] },
  // Monitoring: a cycle's periods, a period's reports, a report's lines. The office of a
  // report is checked by the services (the office's focal points), not as a parent here.
  cycle: { fixed: [], child: 'period' },
  period: { parent: { entity: 'cycle', field: 'cycle' }, fixed: ['cycle', 'start', 'end'], child: 'report' },
  report: { parent: { entity: 'period', field: 'periodId' }, fixed: ['officeId', 'periodId'], child: 'reportLine' },
  reportLine: { parent: { entity: 'report', field: 'reportId' }, fixed: ['reportId', 'targetId'] },
  // The scorecard (issue 15): one per office and closed period, its remedial actions under it.
  scorecard: { parent: { entity: 'period', field: 'periodId' }, fixed: ['periodId', 'officeId'], child: 'remedialAction' },
  remedialAction: { parent: { entity: 'scorecard', field: 'scorecardId' }, fixed: ['scorecardId', 'officeId', 'criterion'] },
  // The planning process (issue 16): findings and workshops name their offices; the services check them.
  finding: { fixed: [] },
  workshop: { fixed: ['kind'] },
  // A plan's endorsed revisions (plan-lifecycle): frozen trees under the plan, never changed once written.
  // The audit records that revision n was frozen, by whom and when; the tree is read from the revision list.
  planRevision: {
    parent: { entity: 'plan', field: 'planId' },
    fixed: ['planId', 'revision', 'endorsedAt', 'endorsedBy', 'tree'],
    planField: 'planId',
    auditOmits: ['tree'],
  },
};

/** The relation of an entity, as the shape that fits every entity. */
export function relationOf(entity: EntityName): Relation {
  return RELATIONS[entity];
}

/** The value of one field of a record, read by name. */
export function fieldOf(record: object, field: string): unknown {
  return Object.getOwnPropertyDescriptor(record, field)?.value;
}

/** The string in one field of a record; undefined when the field is absent or not a string. */
export function stringFieldOf(record: object, field: string): string | undefined {
  const value = fieldOf(record, field);
  return typeof value === 'string' ? value : undefined;
}

/** The id of the record's parent, for an entity that has one. */
export function parentIdOf(entity: EntityName, record: object): string | undefined {
  const parent = relationOf(entity).parent;
  return parent ? stringFieldOf(record, parent.field) : undefined;
}

/** The plan a record belongs to, for an entity that belongs to one. */
export function planIdOf(entity: EntityName, record: object): string | undefined {
  const field = relationOf(entity).planField;
  return field ? stringFieldOf(record, field) : undefined;
}

/** The office whose data a record is, for the audit trail: through its plan, or its report for a report line. */
export function officeOf(
  entity: EntityName,
  record: object,
  plan: (id: string) => { officeId: string } | undefined,
  report: (id: string) => { officeId: string } | undefined = () => undefined,
): string | null {
  if (entity === 'office') return stringFieldOf(record, 'id') ?? null;
  if (entity === 'plan' || entity === 'report' || entity === 'scorecard' || entity === 'remedialAction') return stringFieldOf(record, 'officeId') ?? null;
  if (entity === 'finding') return stringFieldOf(record, 'officeId') ?? null;
  if (entity === 'workshop') return firstOfficeOf(record);
  if (entity === 'reportLine') return report(stringFieldOf(record, 'reportId') ?? '')?.officeId ?? null;
  const planId = stringFieldOf(record, 'planId');
  return planId ? (plan(planId)?.officeId ?? null) : null;
}

/** A workshop's audit events go to its first office (none for a pilot of the whole department). */
function firstOfficeOf(record: object): string | null {
  const offices = fieldOf(record, 'officeIds');
  const first: unknown = Array.isArray(offices) ? offices[0] : undefined;
  return typeof first === 'string' ? first : null;
}
