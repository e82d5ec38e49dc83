// The scorecard criteria as a form: one row per criterion, in the domain's order, its
// thresholds as typed (text in the user's locale, so that "2,5" in French or a cleared field
// can be told apart), checked with the server's own schema (src/domain/scorecard-criteria.ts).

import type { Criterion } from '../../../contract';
import { CRITERION_IDS, DEFAULT_CRITERIA, type CriterionId } from '../../../domain/scorecard-criteria';
import { scorecardCriteriaInput } from '../../../domain/scorecard-inputs';
import { formatLocaleNumber, parseLocaleNumber } from '../../forms/validation';

export { scorecardCriteriaInput };

export const THRESHOLDS = ['approaches', 'meets', 'exceeds'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

export interface CriterionRow {
  id: CriterionId;
  enabled: boolean;
  thresholds: Record<Threshold, string>;
}

/** A field of the set, as the conflict view names it: `targets-overdue.meets`. */
export interface CriterionField {
  id: CriterionId;
  field: 'enabled' | Threshold;
}

/** Every field of the set, in the form's order (criterion by criterion). */
export const CRITERION_FIELDS: readonly CriterionField[] = CRITERION_IDS.flatMap((id) => (['enabled', ...THRESHOLDS] as const).map((field) => ({ id, field })));

/** The stored criteria by id (any order, one missing reads as its default). */
function byId(criteria: readonly Criterion[]): Map<CriterionId, Criterion> {
  const known = new Map<CriterionId, Criterion>(DEFAULT_CRITERIA.map((c) => [c.id, c]));
  for (const c of criteria) known.set(c.id, c);
  return known;
}

/** The criteria in the domain's order: the order the form, the request and its errors share. */
export function orderedCriteria(criteria: readonly Criterion[]): Criterion[] {
  const known = byId(criteria);
  return CRITERION_IDS.flatMap((id) => {
    const c = known.get(id);
    return c ? [c] : [];
  });
}

export function formOf(criteria: readonly Criterion[], locale: string): CriterionRow[] {
  return orderedCriteria(criteria).map((c) => ({
    id: c.id,
    enabled: c.enabled,
    thresholds: {
      approaches: formatLocaleNumber(c.approaches, locale),
      meets: formatLocaleNumber(c.meets, locale),
      exceeds: formatLocaleNumber(c.exceeds, locale),
    },
  }));
}

/** A threshold as typed: a cleared field is NaN, which the schema reports as "enter a number". */
const figure = (text: string, locale: string) => parseLocaleNumber(text, locale) ?? Number.NaN;

/** The body of PUT /api/scorecard-criteria, from the form (field errors come back as criteria.N.meets). */
export function bodyOf(rows: readonly CriterionRow[], locale: string): { criteria: Record<string, unknown>[] } {
  return {
    criteria: rows.map((r) => ({
      id: r.id,
      enabled: r.enabled,
      approaches: figure(r.thresholds.approaches, locale),
      meets: figure(r.thresholds.meets, locale),
      exceeds: figure(r.thresholds.exceeds, locale),
    })),
  };
}

/** The key of a field in the form's errors, as validation and the server's 400 name it. */
export const errorKey = (index: number, field: 'enabled' | Threshold) => `criteria.${index}.${field}`;

const valueOf = (criterion: Record<string, unknown> | undefined, field: CriterionField['field']): unknown => criterion?.[field];

function indexed(criteria: readonly Record<string, unknown>[]): Map<unknown, Record<string, unknown>> {
  return new Map(criteria.map((c) => [c.id, c]));
}

/** The fields that differ between two sets, in the form's order. */
export function changedCriterionFields(from: readonly Record<string, unknown>[], to: readonly Record<string, unknown>[]): CriterionField[] {
  const a = indexed(from);
  const b = indexed(to);
  return CRITERION_FIELDS.filter(({ id, field }) => !Object.is(valueOf(a.get(id), field), valueOf(b.get(id), field)));
}

/** The value of one field in a set, for the conflict view. */
export function criterionValue(criteria: readonly Record<string, unknown>[], { id, field }: CriterionField): unknown {
  return valueOf(indexed(criteria).get(id), field);
}

/** The user's changes (from `base`) written over `theirs`: what "keep my changes" sends. */
export function mergeMine(
  base: readonly Criterion[],
  mine: readonly Record<string, unknown>[],
  theirs: readonly Criterion[],
): { criteria: Record<string, unknown>[] } {
  const merged: Record<string, unknown>[] = orderedCriteria(theirs).map((c) => ({ ...c }));
  const rows = indexed(merged);
  for (const change of changedCriterionFields(base, mine)) {
    const row = rows.get(change.id);
    if (row) row[change.field] = criterionValue(mine, change);
  }
  return { criteria: merged };
}
