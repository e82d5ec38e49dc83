// The office scorecard (issue 15) as the API sends it: the criteria and their rules, each
// office's ratings for a period with the rating as words, whether the Gender Unit overrode it
// (by whom, why), and the remedial actions for ratings below "meets". The request bodies are
// the domain's (scorecard-inputs.ts); the routes are in scorecard-routes.ts.

import { z } from 'zod';
import { CRITERION_IDS, type Criterion as DomainCriterion } from '../domain/scorecard-criteria';
import { RATINGS, REMEDIAL_STATUSES, type RemedialAction as DomainRemedialAction } from '../domain/scorecard';
import type { Agrees } from './entities';
import { officeRef, periodStatus } from './monitoring';
import { contractSchemas } from './registry';

import { scorecardCriteriaInput as criteriaInput } from '../domain/scorecard-inputs';

export { ratingOverrideInput, remedialActionInput, remedialActionPatch, scorecardQuery } from '../domain/scorecard-inputs';
export type { RatingOverrideInput, RemedialActionInput, RemedialActionPatch, ScorecardCriteriaInput, ScorecardQuery } from '../domain/scorecard-inputs';

export const rating = z.enum(RATINGS).register(contractSchemas, { id: 'Rating' });
export const criterionId = z.enum(CRITERION_IDS).register(contractSchemas, { id: 'CriterionId' });
export const remedialStatus = z.enum(REMEDIAL_STATUSES).register(contractSchemas, { id: 'RemedialStatus' });

/** One criterion as the Gender Unit sets it. */
export const criterion = z
  .object({ id: criterionId, enabled: z.boolean(), approaches: z.number(), meets: z.number(), exceeds: z.number() })
  .register(contractSchemas, { id: 'Criterion' });
export type Criterion = z.infer<typeof criterion>;

/** What a criterion measures, and which way is better. */
export const criterionRule = z
  .object({ label: z.string(), measure: z.string(), unit: z.enum(['days', 'percent', 'people']), better: z.enum(['higher', 'lower']) })
  .register(contractSchemas, { id: 'CriterionRule' });

/** GET /api/scorecard-criteria (ETag its version, "0" while the defaults apply). */
export const scorecardCriteria = z
  .object({ criteria: z.array(criterion), rules: z.record(criterionId, criterionRule) })
  .register(contractSchemas, { id: 'ScorecardCriteria' });
export type ScorecardCriteria = z.infer<typeof scorecardCriteria>;

/** PUT /api/scorecard-criteria: every criterion once (enabled defaults to true). */
export const scorecardCriteriaInput = criteriaInput.register(contractSchemas, { id: 'ScorecardCriteriaInput' });

const remedialActionFields = {
  id: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  scorecardId: z.string(),
  officeId: z.string(),
  criterion: criterionId,
  steps: z.string(),
  due: z.string(),
  responsible: z.string(),
  resources: z.string().nullable(),
  status: remedialStatus,
};
export const remedialActionRecord = z.object(remedialActionFields);

/** A remedial action with the responsible person's name and its status in words. ETag its version. */
export const remedialActionView = z
  .object({ ...remedialActionFields, responsibleName: z.string(), statusLabel: z.string() })
  .register(contractSchemas, { id: 'RemedialAction' });
export type RemedialActionView = z.infer<typeof remedialActionView>;

export const ratingOverride = z
  .object({ rating, ratingLabel: z.string(), justification: z.string(), by: z.string(), byName: z.string(), at: z.string() })
  .register(contractSchemas, { id: 'RatingOverride' });

/** One criterion of an office's scorecard: the figure, the computed rating, the override, the rating that counts. */
export const criterionRatingView = z
  .object({
    criterion: criterionId,
    label: z.string(),
    /** The figure measured (see the criterion's rule), null when there was nothing to measure. */
    value: z.number().nullable(),
    unit: z.enum(['days', 'percent', 'people']),
    computed: rating,
    computedLabel: z.string(),
    /** The rating that counts: the override when there is one. */
    rating,
    ratingLabel: z.string(),
    overridden: z.boolean(),
    override: ratingOverride.nullable(),
    /** Below "meets requirements": a remedial action is expected. */
    needsRemedialAction: z.boolean(),
    remedialActions: z.array(remedialActionView),
  })
  .register(contractSchemas, { id: 'CriterionRating' });
export type CriterionRatingView = z.infer<typeof criterionRatingView>;

/**
 * An office's scorecard for a period. `stored` for a closed period (rated once, from its
 * snapshot; `id` and `version` for overrides and remedial actions); `live` for an open one,
 * computed on each read, with no id: nothing of it is kept or overridden until the period closes.
 */
export const scorecardView = z
  .object({
    id: z.string().nullable(),
    version: z.number().int().nullable(),
    source: z.enum(['stored', 'live']),
    periodId: z.string(),
    office: officeRef,
    ratings: z.array(criterionRatingView),
  })
  .register(contractSchemas, { id: 'Scorecard' });
export type ScorecardView = z.infer<typeof scorecardView>;

/** GET /api/scorecards?period=P[&office=CODE] */
export const scorecardList = z
  .object({
    period: z.object({ id: z.string(), label: z.string(), status: periodStatus }),
    source: z.enum(['stored', 'live']),
    scorecards: z.array(scorecardView),
  })
  .register(contractSchemas, { id: 'ScorecardList' });
export type ScorecardList = z.infer<typeof scorecardList>;

type RemedialActionRecord = z.infer<typeof remedialActionRecord>;

/** The schemas above and the domain types they mirror may not drift: this fails to compile when they do. */
export const SCORECARD_AGREES_WITH_DOMAIN: [Agrees<Criterion, DomainCriterion>, Agrees<RemedialActionRecord, DomainRemedialAction>] = [true, true];
