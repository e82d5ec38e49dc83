// What changed between two revisions of a plan (an amendment against the endorsed revision it
// amends): items added, removed and changed, matched by their id (an amendment edits the same
// records), with the planned fields that changed, before and after. Pure: two trees in, a diff out.

import { compareRefs } from './derive';
import type { Activity, Objective, PlanContents, Target, WorkPlan } from './model';

export const DIFF_ENTITIES = ['plan', 'objective', 'activity', 'target'] as const;
export type DiffEntity = (typeof DIFF_ENTITIES)[number];

/**
 * The fields an amendment changes, per entity. Progress (a target's progress, its last check-in
 * and its status) moves with check-ins on the live targets, not with the plan, so it is not
 * compared, except a target dropped or taken up again: dropping a target is a decision of the plan.
 */
export const PLANNED_FIELDS = {
  plan: ['title'],
  objective: ['ref', 'title', 'pillar', 'paragraphs', 'functionalArea', 'findingIds'],
  activity: ['ref', 'title', 'owner', 'start', 'end', 'resources'],
  target: [
    'ref',
    'description',
    'indicator',
    'unit',
    'baseline',
    'targetValue',
    'dueDate',
    'owner',
    'meansOfVerification',
    'indicatorType',
    'disaggregation',
    'milestones',
  ],
} as const satisfies {
  plan: readonly (keyof WorkPlan)[];
  objective: readonly (keyof Objective)[];
  activity: readonly (keyof Activity)[];
  target: readonly (keyof Target)[];
};

/** One item of the diff: what it is and how people know it (its reference and title). */
export interface DiffItem {
  entity: DiffEntity;
  id: string;
  /** The human reference ("1.2.a"); '' for the plan itself. */
  ref: string;
  /** The item's title (a target's description). */
  label: string;
}

export interface FieldChange {
  field: string;
  /** The value before and after, as stored (null for an absent value). */
  before: unknown;
  after: unknown;
}

export interface ChangedItem extends DiffItem {
  fields: FieldChange[];
}

export interface PlanDiff {
  added: DiffItem[];
  removed: DiffItem[];
  changed: ChangedItem[];
}

/** The plan data a diff compares: the plan record and its items, as stored or as frozen in a revision. */
export type DiffTree = Pick<PlanContents, 'plan' | 'objectives' | 'activities' | 'targets'>;

/** The diff from `from` (e.g. the endorsed revision) to `to` (e.g. the amendment), items in the order of their references. */
export function diffPlans(from: DiffTree, to: DiffTree): PlanDiff {
  const before = itemsOf(from);
  const after = itemsOf(to);
  const diff: PlanDiff = { added: [], removed: [], changed: [] };
  for (const [key, item] of after) {
    const old = before.get(key);
    if (!old) {
      diff.added.push(item.head);
      continue;
    }
    const fields = changedFields(item.entity, old.record, item.record);
    if (fields.length > 0) diff.changed.push({ ...item.head, fields });
  }
  for (const [key, item] of before) if (!after.has(key)) diff.removed.push(item.head);
  for (const list of [diff.added, diff.removed, diff.changed]) list.sort(compareItems);
  return diff;
}

interface Entry {
  entity: DiffEntity;
  head: DiffItem;
  record: object;
}

function itemsOf(tree: DiffTree): Map<string, Entry> {
  const items = new Map<string, Entry>();
  const add = (entity: DiffEntity, record: { id: string }, ref: string, label: string) =>
    items.set(`${entity}:${record.id}`, { entity, record, head: { entity, id: record.id, ref, label } });
  add('plan', tree.plan, '', tree.plan.title);
  for (const o of tree.objectives) add('objective', o, o.ref, o.title);
  for (const a of tree.activities) add('activity', a, a.ref, a.title);
  for (const t of tree.targets) add('target', t, t.ref, t.description);
  return items;
}

function changedFields(entity: DiffEntity, before: object, after: object): FieldChange[] {
  const fields: readonly string[] = PLANNED_FIELDS[entity];
  const changes = fields.flatMap((field): FieldChange[] => {
    const [b, a] = [valueOf(before, field), valueOf(after, field)];
    return sameValue(b, a) ? [] : [{ field, before: b, after: a }];
  });
  if (entity === 'target') {
    const [b, a] = [valueOf(before, 'status'), valueOf(after, 'status')];
    if ((b === 'dropped' || a === 'dropped') && b !== a) changes.push({ field: 'status', before: b, after: a });
  }
  return changes;
}

/** A field's value, an absent one as null (a target without milestones reads the same as one with none set). */
function valueOf(record: object, field: string): unknown {
  const value: unknown = Object.getOwnPropertyDescriptor(record, field)?.value;
  return value === undefined ? null : value;
}

/** Values as JSON compares them: the records are JSON, arrays and objects by their contents. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const ENTITY_ORDER: Readonly<Record<DiffEntity, number>> = { plan: 0, objective: 1, activity: 2, target: 3 };

function compareItems(a: DiffItem, b: DiffItem): number {
  return compareRefs(a.ref, b.ref) || ENTITY_ORDER[a.entity] - ENTITY_ORDER[b.entity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
