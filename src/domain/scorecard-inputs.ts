// What the Gender Unit and the focal points send about a scorecard: the criteria (parsed with
// their defaults), an override of one rating (with a justification that shows), a remedial
// action, a change to one. Strict objects, every text through the visible-text rules (schemas.ts).

import { z } from 'zod';
import { CRITERION_IDS, criteriaSchema, DEFAULT_CRITERIA, storedCriteriaSchema, type Criterion } from './scorecard-criteria';
import { RATINGS, REMEDIAL_STATUSES } from './scorecard';
import { calendarDate, email, officeCode, optionalText, parse, text } from './schemas';

/**
 * Parses the stored criteria (ValidationError naming the field): the defaults when none are
 * stored, and a set saved before a criterion was added completed with that criterion's default.
 */
export function parseCriteria(value: unknown): Criterion[] {
  if (value === undefined || value === null) return DEFAULT_CRITERIA.map((c) => ({ ...c }));
  return parse(storedCriteriaSchema, value, 'scorecard criteria');
}

/** PUT /api/scorecard-criteria: every criterion once (the missing ones named). */
export const scorecardCriteriaInput = z.strictObject({ criteria: criteriaSchema });

/** PATCH /api/scorecards/{id}/ratings/{criterion} */
export const ratingOverrideInput = z.strictObject({
  rating: z.enum(RATINGS),
  justification: text(4000),
});

/** POST /api/scorecards/{id}/remedial-actions */
export const remedialActionInput = z.strictObject({
  criterion: z.enum(CRITERION_IDS),
  steps: text(4000),
  due: calendarDate,
  responsible: email,
  resources: optionalText(2000),
});

/** PATCH /api/remedial-actions/{id}: the focal points may change status and steps only. */
export const remedialActionPatch = z.strictObject({
  steps: text(4000).optional(),
  due: calendarDate.optional(),
  responsible: email.optional(),
  resources: optionalText(2000),
  status: z.enum(REMEDIAL_STATUSES).optional(),
});

/** The fields a focal point of the office may change; the rest are the Gender Unit's. */
export const FOCAL_POINT_REMEDIAL_FIELDS = ['steps', 'status'] as const;

export const scorecardQuery = z.strictObject({ period: z.string().min(1).max(100), office: officeCode.optional() });

/** The criterion named in a path (/api/scorecards/{id}/ratings/{criterion}). */
export const criterionPath = z.strictObject({ criterion: z.enum(CRITERION_IDS) });

export type ScorecardCriteriaInput = z.input<typeof scorecardCriteriaInput>;
export type RatingOverrideInput = z.infer<typeof ratingOverrideInput>;
export type RemedialActionInput = z.infer<typeof remedialActionInput>;
export type RemedialActionPatch = z.infer<typeof remedialActionPatch>;
export type ScorecardQuery = z.infer<typeof scorecardQuery>;
