// The three kinds of plan item as forms: which API fields each edits, how a record becomes
// form values (text, as typed) and form values become the API's values again, and which of
// the domain's schemas checks a new item and a change.

import type { z } from 'zod';
import { activityInput, activityPatch, objectiveInput, objectivePatch, targetInput, targetPatch } from '../../../domain/schemas';
import type { Activity, Objective, Target } from '../../../contract';
import { formatLocaleNumber, optionalText, parseLocaleNumber } from '../../forms/validation';

export type ItemKind = 'objective' | 'activity' | 'target';
export type ItemRecord = Objective | Activity | Target;

/**
 * Form values: text as typed, or the list of chosen paragraphs. A target's milestones are one
 * text field per period, keyed MILESTONE_PREFIX + the period's id.
 */
export type FormValues = Record<string, string | number[] | string[]>;

/** The form key of a target's milestone for a period. */
export const MILESTONE_PREFIX = 'milestone:';
/** Values as the API reads and writes them. */
export type ApiValues = Record<string, unknown>;

export interface ItemFormSpec {
  kind: ItemKind;
  /** Collection path under /api, and the parent's collection for creation. */
  path: 'objectives' | 'activities' | 'targets';
  parentPath: 'plans' | 'objectives' | 'activities';
  fields: readonly string[];
  /** What a field absent from a record means (a target made before monitoring has no indicator type). */
  defaults?: ApiValues;
  inputSchema: z.ZodType;
  patchSchema: z.ZodType;
  empty(defaults: { owner: string }): FormValues;
  fromRecord(record: ApiValues, locale: string): FormValues;
  toApi(values: FormValues, locale: string): ApiValues;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
/** A list of ids (an objective's findings), sorted so that the same choice compares equal. */
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').sort() : []);
const str = (values: FormValues, f: string) => text(values[f]);

export const OBJECTIVE_FORM: ItemFormSpec = {
  kind: 'objective',
  path: 'objectives',
  parentPath: 'plans',
  fields: ['title', 'pillar', 'paragraphs', 'functionalArea', 'findingIds'],
  defaults: { findingIds: [] },
  inputSchema: objectiveInput,
  patchSchema: objectivePatch,
  empty: () => ({ title: '', pillar: '', paragraphs: [], functionalArea: '', findingIds: [] }),
  fromRecord: (r) => ({
    title: text(r.title),
    pillar: text(r.pillar),
    paragraphs: [...((r.paragraphs as number[]) ?? [])],
    functionalArea: text(r.functionalArea),
    findingIds: ids(r.findingIds),
  }),
  toApi: (v) => ({
    title: str(v, 'title'),
    pillar: str(v, 'pillar'),
    paragraphs: [...(v.paragraphs as number[])].sort((a, b) => a - b),
    functionalArea: str(v, 'functionalArea'),
    findingIds: ids(v.findingIds),
  }),
};

export const ACTIVITY_FORM: ItemFormSpec = {
  kind: 'activity',
  path: 'activities',
  parentPath: 'objectives',
  fields: ['title', 'owner', 'start', 'end', 'resources'],
  inputSchema: activityInput,
  patchSchema: activityPatch,
  empty: ({ owner }) => ({ title: '', owner, start: '', end: '', resources: '' }),
  fromRecord: (r) => ({ title: text(r.title), owner: text(r.owner), start: text(r.start), end: text(r.end), resources: text(r.resources) }),
  toApi: (v) => ({
    title: str(v, 'title'),
    owner: optionalText(str(v, 'owner'))?.trim().toLowerCase() ?? null,
    start: optionalText(str(v, 'start')),
    end: optionalText(str(v, 'end')),
    resources: optionalText(str(v, 'resources')),
  }),
};

export const TARGET_FORM: ItemFormSpec = {
  kind: 'target',
  path: 'targets',
  parentPath: 'activities',
  fields: [
    'description',
    'indicator',
    'unit',
    'baseline',
    'targetValue',
    'dueDate',
    'owner',
    'meansOfVerification',
    'status',
    'indicatorType',
    'disaggregation',
    'milestones',
  ],
  defaults: { indicatorType: 'number', disaggregation: 'none', milestones: [] },
  inputSchema: targetInput,
  patchSchema: targetPatch,
  empty: ({ owner }) => ({
    description: '',
    indicator: '',
    unit: '',
    baseline: '',
    targetValue: '',
    dueDate: '',
    owner,
    meansOfVerification: '',
    status: 'not-started',
    indicatorType: 'number',
    disaggregation: 'none',
  }),
  fromRecord: (r, locale) => ({
    description: text(r.description),
    indicator: text(r.indicator),
    unit: text(r.unit),
    baseline: formatLocaleNumber(r.baseline as number | null, locale),
    targetValue: formatLocaleNumber(r.targetValue as number | null, locale),
    dueDate: text(r.dueDate),
    owner: text(r.owner),
    meansOfVerification: text(r.meansOfVerification),
    status: text(r.status),
    indicatorType: text(r.indicatorType) || 'number',
    disaggregation: text(r.disaggregation) || 'none',
    ...milestoneValuesOf(r.milestones, locale),
  }),
  toApi: (v, locale) => ({
    description: str(v, 'description'),
    indicator: str(v, 'indicator'),
    unit: optionalText(str(v, 'unit')),
    baseline: parseLocaleNumber(str(v, 'baseline'), locale),
    targetValue: parseLocaleNumber(str(v, 'targetValue'), locale),
    dueDate: str(v, 'dueDate'),
    owner: str(v, 'owner').trim().toLowerCase(),
    meansOfVerification: optionalText(str(v, 'meansOfVerification')),
    status: str(v, 'status'),
    indicatorType: str(v, 'indicatorType'),
    disaggregation: str(v, 'disaggregation'),
    milestones: milestonesOf(v, locale),
  }),
};

/** A target's milestones as form fields, one per period that has one. */
function milestoneValuesOf(milestones: unknown, locale: string): FormValues {
  const values: FormValues = {};
  if (!Array.isArray(milestones)) return values;
  for (const m of milestones) {
    if (typeof m === 'object' && m !== null && 'periodId' in m && 'value' in m && typeof m.periodId === 'string' && typeof m.value === 'number') {
      values[MILESTONE_PREFIX + m.periodId] = formatLocaleNumber(m.value, locale);
    }
  }
  return values;
}

/** The milestones typed in the form, blanks left out, in period order (period ids sort so). */
function milestonesOf(values: FormValues, locale: string): { periodId: string; value: number | null }[] {
  return Object.keys(values)
    .filter((key) => key.startsWith(MILESTONE_PREFIX) && str(values, key).trim() !== '')
    .sort()
    .map((key) => ({ periodId: key.slice(MILESTONE_PREFIX.length), value: parseLocaleNumber(str(values, key), locale) }));
}

export const ITEM_FORMS: Record<ItemKind, ItemFormSpec> = { objective: OBJECTIVE_FORM, activity: ACTIVITY_FORM, target: TARGET_FORM };

/** The API values of a record, for the fields the form edits. */
export function apiValuesOf(spec: ItemFormSpec, record: ApiValues): ApiValues {
  return Object.fromEntries(spec.fields.map((f) => [f, record[f] ?? spec.defaults?.[f] ?? null]));
}

export function sameValue(a: unknown, b: unknown): boolean {
  // Milestones are objects: the same when they say the same (in period order, as the form sends them).
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i] || JSON.stringify(x) === JSON.stringify(b[i]));
  const blank = (x: unknown) => x === undefined || x === null || x === '';
  if (blank(a) && blank(b)) return true;
  return Object.is(a, b);
}

/** The fields whose value differs between two sets of API values. */
export function changedFields(spec: ItemFormSpec, from: ApiValues, to: ApiValues): string[] {
  return spec.fields.filter((f) => !sameValue(normalise(from[f]), normalise(to[f])));
}

/** Sorted paragraph lists compare equal whatever order they were chosen in. */
function normalise(value: unknown): unknown {
  return Array.isArray(value) ? [...(value as number[])].sort((a, b) => a - b) : value;
}

/** Only the fields the user changed: a change never rewrites what someone else changed meanwhile. */
export function patchOf(spec: ItemFormSpec, base: ApiValues, mine: ApiValues): ApiValues {
  return Object.fromEntries(changedFields(spec, base, mine).map((f) => [f, mine[f]]));
}
