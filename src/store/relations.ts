// How entities hang together, whatever the storage: each record's parent (which must exist,
// in the same plan), the fields that fix where a record lives, the plan it belongs to, and
// the children that must go before their parent.

import type { EntityName, EntityTypes, WorkPlan } from '../domain/model';

export interface Relation<E extends EntityName> {
  parent?: { entity: EntityName; key: (record: EntityTypes[E]) => string };
  /** Fields that identify where a record lives; an update may not change them. */
  fixed: readonly (keyof EntityTypes[E])[];
  /** The plan a record belongs to (its own id for a plan). */
  planOf?: (record: EntityTypes[E]) => string;
  /** The entity whose records name this one as parent. */
  child?: EntityName;
}

export const RELATIONS: { [E in EntityName]: Relation<E> } = {
  office: { fixed: [], child: 'plan' },
  plan: { parent: { entity: 'office', key: (r) => r.officeId }, fixed: ['officeId'], planOf: (r) => r.id, child: 'objective' },
  objective: { parent: { entity: 'plan', key: (r) => r.planId }, fixed: ['planId'], planOf: (r) => r.planId, child: 'activity' },
  activity: { parent: { entity: 'objective', key: (r) => r.objectiveId }, fixed: ['planId', 'objectiveId'], planOf: (r) => r.planId, child: 'target' },
  target: { parent: { entity: 'activity', key: (r) => r.activityId }, fixed: ['planId', 'activityId'], planOf: (r) => r.planId, child: 'checkin' },
  checkin: { parent: { entity: 'target', key: (r) => r.targetId }, fixed: ['planId', 'targetId'], planOf: (r) => r.planId },
  conversation: { fixed: [] },
  reminder: { fixed: ['kind', 'recipient', 'period'] },
  setting: { fixed: [] },
  lease: { fixed: [] },
};

/** The office whose data a record is, for the audit trail. */
export function officeOf(entity: EntityName, record: EntityTypes[EntityName], plan: (id: string) => WorkPlan | undefined): string | null {
  if (entity === 'office') return record.id;
  if (entity === 'plan') return (record as WorkPlan).officeId;
  const planId = (record as { planId?: string }).planId;
  return planId ? (plan(planId)?.officeId ?? null) : null;
}
