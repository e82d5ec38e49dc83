// The office scorecard (issue 15): per office and period, each criterion rated on the UN-SWAP
// scale from the office's figures (rateOffice, pure), overridable by the Gender Unit with a
// justification, and a remedial action for every rating below "meets requirements". The
// figures themselves come from scorecard-figures.ts; the criteria from scorecard-criteria.ts.

import { StateError } from './errors';
import { CRITERION_RULES, type Criterion, type CriterionId } from './scorecard-criteria';
import type { Versioned } from './versioned';

/** The UN-SWAP scale, lowest first (not applicable stands apart: nothing to rate). */
export const RATINGS = ['not-applicable', 'missing', 'approaches', 'meets', 'exceeds'] as const;
export type Rating = (typeof RATINGS)[number];

/** The ratings as words, as UN-SWAP writes them. */
export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  'not-applicable': 'Not applicable',
  missing: 'Missing',
  approaches: 'Approaches requirements',
  meets: 'Meets requirements',
  exceeds: 'Exceeds requirements',
};

/** Ratings that call for a remedial action. */
export const BELOW_MEETS: readonly Rating[] = ['missing', 'approaches'];

export const REMEDIAL_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type RemedialStatus = (typeof REMEDIAL_STATUSES)[number];

/** A remedial action's status as a word (the API's statusLabel, the bot's cards). */
export const REMEDIAL_STATUS_LABELS: Readonly<Record<RemedialStatus, string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** The Gender Unit's rating in place of the computed one, and why. */
export interface RatingOverride {
  rating: Rating;
  justification: string;
  by: string;
  at: string;
}

/** One criterion of one office's scorecard. */
export interface CriterionRating {
  criterion: CriterionId;
  /** The figure measured (see CRITERION_RULES), null when there was nothing to measure. */
  value: number | null;
  /** What the rules give. */
  computed: Rating;
  override: RatingOverride | null;
}

/** An office's scorecard for a closed period, stored when first read so that it never moves. */
export interface Scorecard extends Versioned {
  /** `${periodId}_${officeId}`: one per office and period. */
  id: string;
  periodId: string;
  officeId: string;
  /** The criteria as they were when the ratings were computed. */
  criteria: Criterion[];
  ratings: CriterionRating[];
}

/** What an office undertakes for a rating below "meets requirements". */
export interface RemedialAction extends Versioned {
  scorecardId: string;
  /** The scorecard's office, for the focal points' permission and the audit trail. */
  officeId: string;
  criterion: CriterionId;
  steps: string;
  /** The timeline: done by this day. */
  due: string;
  /** Who is responsible (an e-mail). */
  responsible: string;
  resources: string | null;
  status: RemedialStatus;
}

/** The figures an office's ratings are computed from, one per criterion. */
export type OfficeFigures = Readonly<Record<CriterionId, FigureOutcome>>;

/** A measured figure, or why there is none: not applicable (nothing asked), or missing (asked and not given). */
export type FigureOutcome = { value: number } | { missing: true } | { notApplicable: true };

/** The rating of one figure by one criterion's thresholds. */
export function rate(criterion: Criterion, outcome: FigureOutcome): Rating {
  if (!criterion.enabled || 'notApplicable' in outcome) return 'not-applicable';
  if ('missing' in outcome) return 'missing';
  const higher = CRITERION_RULES[criterion.id].better === 'higher';
  const reaches = (bound: number) => (higher ? outcome.value >= bound : outcome.value <= bound);
  if (reaches(criterion.exceeds)) return 'exceeds';
  if (reaches(criterion.meets)) return 'meets';
  if (reaches(criterion.approaches)) return 'approaches';
  return 'missing';
}

/** Rates an office by every criterion, in the criteria's order. */
export function rateOffice(criteria: readonly Criterion[], figures: OfficeFigures): CriterionRating[] {
  return criteria.map((criterion) => {
    const outcome = figures[criterion.id];
    return { criterion: criterion.id, value: 'value' in outcome ? outcome.value : null, computed: rate(criterion, outcome), override: null };
  });
}

/** The rating that counts: the override when there is one. */
export function effectiveRating(rating: Pick<CriterionRating, 'computed' | 'override'>): Rating {
  return rating.override?.rating ?? rating.computed;
}

/** The ratings with one criterion overridden (a StateError for a criterion the scorecard does not rate). */
export function overrideRating(ratings: readonly CriterionRating[], criterion: CriterionId, override: RatingOverride): CriterionRating[] {
  if (!ratings.some((r) => r.criterion === criterion)) throw new StateError(`This scorecard does not rate ${criterion}.`);
  return ratings.map((r) => (r.criterion === criterion ? { ...r, override } : r));
}

/** Whether a remedial action may be opened for this rating: only below "meets requirements". */
export function needsRemedialAction(rating: Pick<CriterionRating, 'computed' | 'override'>): boolean {
  return BELOW_MEETS.includes(effectiveRating(rating));
}

/** The id of an office's scorecard for a period: deterministic, so that two first reads store it once. */
export function scorecardIdOf(periodId: string, officeId: string): string {
  return `${periodId}_${officeId}`;
}
