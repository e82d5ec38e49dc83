// The scorecard's part of the progress report: each office's ratings for the period (the rating
// that counts, in words; the figure it was computed from; an override with who made it and why)
// and its remedial actions, from the scorecards the API sends (stored for a closed period, so
// they never move; live for the open one). Pure: the views already carry names and words.

import type { ScorecardView } from '../contract/scorecard';
import { RATING_LABELS, type Rating, type RemedialStatus } from '../domain/scorecard';
import { CRITERION_IDS, CRITERION_RULES, type CriterionId, type CriterionRule } from '../domain/scorecard-criteria';

/** One criterion of an office's scorecard as the report shows it. */
export interface RatingLine {
  criterion: CriterionId;
  label: string;
  /** The rating that counts: the override where there is one. */
  rating: Rating;
  ratingLabel: string;
  /** The figure with its unit ("82.5%", "−3 days"), empty where there was nothing to measure. */
  figure: string;
  /** What the figure is, in words. */
  measure: string;
  override: { computedLabel: string; justification: string; by: string; on: string } | null;
}

/** One remedial action, with the person responsible by display name and its status in words. */
export interface RemedialLine {
  criterion: CriterionId;
  criterionLabel: string;
  steps: string;
  due: string;
  responsible: string;
  resources: string | null;
  status: RemedialStatus;
  statusLabel: string;
}

export interface OfficeScorecard {
  source: ScorecardView['source'];
  ratings: RatingLine[];
  actions: RemedialLine[];
}

/** The criteria any scorecard of the report rates, in the criteria's order: the Scorecard sheet's columns. */
export function ratedCriteria(cards: readonly OfficeScorecard[]): { id: CriterionId; label: string }[] {
  const rated = new Set(cards.flatMap((c) => c.ratings.map((r) => r.criterion)));
  return CRITERION_IDS.filter((id) => rated.has(id)).map((id) => ({ id, label: CRITERION_RULES[id].label }));
}

export function officeScorecard(view: ScorecardView): OfficeScorecard {
  const order = (id: CriterionId) => CRITERION_IDS.indexOf(id);
  return {
    source: view.source,
    ratings: view.ratings.map((r) => ({
      criterion: r.criterion,
      label: r.label,
      rating: r.rating,
      ratingLabel: RATING_LABELS[r.rating],
      figure: figureOf(r.value, CRITERION_RULES[r.criterion]),
      measure: CRITERION_RULES[r.criterion].measure,
      override: r.override && {
        computedLabel: r.computedLabel,
        justification: r.override.justification,
        by: r.override.byName,
        on: r.override.at.slice(0, 10),
      },
    })),
    // The store lists them by due date; the report groups them by criterion, keeping that order within one.
    actions: view.ratings
      .flatMap((r) => r.remedialActions)
      .sort((a, b) => order(a.criterion) - order(b.criterion) || a.due.localeCompare(b.due) || a.id.localeCompare(b.id))
      .map((a) => ({
        criterion: a.criterion,
        criterionLabel: CRITERION_RULES[a.criterion].label,
        steps: a.steps,
        due: a.due,
        responsible: a.responsibleName,
        resources: a.resources,
        status: a.status,
        statusLabel: a.statusLabel,
      })),
  };
}

/** A figure with its unit, as a reader says it: "82.5%", "−3 days", "1 person". */
export function figureOf(value: number | null, rule: Pick<CriterionRule, 'unit'>): string {
  if (value === null) return '';
  const n = value < 0 ? `−${-value}` : String(value);
  if (rule.unit === 'percent') return `${n}%`;
  if (rule.unit === 'days') return `${n} ${Math.abs(value) === 1 ? 'day' : 'days'}`;
  return `${n} ${Math.abs(value) === 1 ? 'person' : 'people'}`;
}

/** Why a rating is what it is: what was measured and the figure, and the override with its reason. */
export function ratingBasis(line: RatingLine): string {
  const measure = `${line.measure.charAt(0).toUpperCase()}${line.measure.slice(1)}`;
  const measured = line.figure ? `${measure}: ${line.figure}` : line.rating === 'not-applicable' ? 'Nothing to measure' : `${measure}: not reported`;
  if (!line.override) return measured;
  return `Overridden by ${line.override.by} on ${line.override.on} (computed: ${line.override.computedLabel}): ${line.override.justification}\n${measured}`;
}

/** The ratings' colours: green to red along the scale, grey for not applicable. Colour adds to the words, never replaces them. */
export const RATING_FILLS: Readonly<Record<Rating, string>> = {
  exceeds: 'A9D08E',
  meets: 'C6EFCE',
  approaches: 'FFEB9C',
  missing: 'FFC7CE',
  'not-applicable': 'EDEDED',
};
