// The scorecard and its remedial actions as the API sends them: ratings as words, the rule's
// label and unit beside each figure, overrides with who made them (by name), and each
// criterion's remedial actions with the responsible person's name.

import type { CriterionRatingView, RemedialActionView, ScorecardView } from '../../contract/scorecard';
import type { NewRecord, Office } from '../../domain/model';
import { effectiveRating, needsRemedialAction, RATING_LABELS, REMEDIAL_STATUS_LABELS, type RemedialAction, type Scorecard } from '../../domain/scorecard';
import { CRITERION_RULES } from '../../domain/scorecard-criteria';
import type { ServiceContext } from '../context';
import { officeRefOf } from '../monitoring/periods';

/** A stored scorecard (with its version) or a live one (without). */
export type RatedOffice = NewRecord<'scorecard'> & { version?: number };

export async function scorecardViews(
  ctx: ServiceContext,
  cards: readonly RatedOffice[],
  offices: readonly Office[],
  actions: readonly RemedialAction[],
): Promise<ScorecardView[]> {
  const emails = [...cards.flatMap((c) => c.ratings.flatMap((r) => (r.override ? [r.override.by] : []))), ...actions.map((a) => a.responsible)];
  const names = await ctx.directory.namesOf(emails);
  const nameOf = (email: string) => names.get(email) ?? email;
  const officeById = new Map(offices.map((o) => [o.id, o]));
  return cards.map((card) => {
    const stored = isStored(card);
    const ratings = card.ratings.map((r): CriterionRatingView => {
      const rule = CRITERION_RULES[r.criterion];
      const rating = effectiveRating(r);
      return {
        criterion: r.criterion,
        label: rule.label,
        value: r.value,
        unit: rule.unit,
        computed: r.computed,
        computedLabel: RATING_LABELS[r.computed],
        rating,
        ratingLabel: RATING_LABELS[rating],
        overridden: r.override !== null,
        override: r.override && { ...r.override, ratingLabel: RATING_LABELS[r.override.rating], byName: nameOf(r.override.by) },
        needsRemedialAction: needsRemedialAction(r),
        remedialActions: actions.filter((a) => a.scorecardId === card.id && a.criterion === r.criterion).map((a) => actionView(a, nameOf)),
      };
    });
    return {
      id: stored ? card.id : null,
      version: stored ? card.version : null,
      source: stored ? 'stored' : 'live',
      periodId: card.periodId,
      office: officeRefOf(officeById.get(card.officeId), card.officeId),
      ratings,
    };
  });
}

export async function remedialActionView(ctx: ServiceContext, action: RemedialAction): Promise<RemedialActionView> {
  const names = await ctx.directory.namesOf([action.responsible]);
  return actionView(action, (email) => names.get(email) ?? email);
}

function actionView(action: RemedialAction, nameOf: (email: string) => string): RemedialActionView {
  return { ...action, responsibleName: nameOf(action.responsible), statusLabel: REMEDIAL_STATUS_LABELS[action.status] };
}

function isStored(card: RatedOffice): card is Scorecard {
  return card.version !== undefined;
}
