// The offices' scorecards of a period, and the Gender Unit's override of one rating.
//
// A closed period is rated once, on the first read after its close, from its snapshot, and the
// scorecards are stored: later reads give the same ratings whatever happens to the live data
// or the criteria, and only a stored scorecard can carry an override and remedial actions,
// as UN-SWAP rates a finished year. The open period is rated live on every read and nothing of
// it is kept: its figures move with every check-in, so a rating of it (or an override of that
// rating) would describe a moment, not the period.

import type { ScorecardList, ScorecardQuery, ScorecardView } from '../../contract/scorecard';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { Office } from '../../domain/model';
import type { Period } from '../../domain/monitoring';
import { overrideRating as withOverride, type Scorecard } from '../../domain/scorecard';
import { criterionPath, ratingOverrideInput, scorecardQuery } from '../../domain/scorecard-inputs';
import { parse } from '../../domain/schemas';
import { authorize, load, nowIso, type ServiceContext } from '../context';
import type { Actor } from '../identity';
import { officeByCode } from '../offices';
import { loadCriteria } from './criteria';
import { rateOffices } from './office-ratings';
import { scorecardViews } from './scorecard-view';

/** Who the audit trail names for scorecards stored on a first read: the rules rated them, not the reader. */
export const RATING_ACTOR = 'scorecard@action-plan';

/** The scorecards of a period (of one office with `office`), by office code. */
export async function listScorecards(ctx: ServiceContext, actor: Actor, query: ScorecardQuery): Promise<ScorecardList> {
  await authorize(ctx, actor, 'read-scorecards');
  const input = parse(scorecardQuery, query, 'query');
  const period = await load(ctx, 'period', input.period);
  const office = input.office ? await officeByCode(ctx, input.office) : undefined;
  const offices = await ctx.store.listOffices();
  const rated = office ? [office] : offices;
  const cards = period.status === 'closed' ? await storedScorecards(ctx, period, rated) : await rateOffices(ctx, period, rated, await loadCriteria(ctx));
  const actions = period.status === 'closed' ? await ctx.store.listRemedialActions(office ? { officeId: office.id } : {}) : [];
  return {
    period: { id: period.id, label: period.label, status: period.status },
    source: period.status === 'closed' ? 'stored' : 'live',
    scorecards: (await scorecardViews(ctx, cards, offices, actions)).sort((a, b) => a.office.code.localeCompare(b.office.code)),
  };
}

/**
 * Overrides one rating of a stored scorecard read at `expectedVersion` (the Gender Unit, with
 * a justification that shows). The computed rating stays beside it; the store audits the change.
 */
export async function overrideRating(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  criterionName: string,
  body: unknown,
  expectedVersion: number,
): Promise<ScorecardView> {
  const card = await load(ctx, 'scorecard', id);
  await authorize(ctx, actor, 'rate-offices', { officeId: card.officeId });
  const { criterion } = parse(criterionPath, { criterion: criterionName }, 'path');
  const input = parse(ratingOverrideInput, body, 'override');
  if (card.version !== expectedVersion) throw await stale(ctx, card.id);
  const ratings = withOverride(card.ratings, criterion, { ...input, by: actor.email, at: nowIso(ctx) });
  try {
    const { records } = await ctx.store.commit({
      actor: actor.email,
      at: nowIso(ctx),
      changes: [{ op: 'update', entity: 'scorecard', id, expectedVersion, patch: { ratings } }],
    });
    return await viewOf(ctx, records[0]);
  } catch (error) {
    if (error instanceof ConflictError && error.kind === 'stale') throw await stale(ctx, id);
    throw error;
  }
}

/** The stored scorecards of a closed period, rating (and storing) the offices that have none yet. */
async function storedScorecards(ctx: ServiceContext, period: Period, offices: readonly Office[]): Promise<Scorecard[]> {
  const stored = await ctx.store.listScorecards({ periodId: period.id });
  const missing = offices.filter((o) => !stored.some((s) => s.officeId === o.id));
  if (missing.length > 0) {
    const records = await rateOffices(ctx, period, missing, await loadCriteria(ctx));
    try {
      await ctx.store.commit({ actor: RATING_ACTOR, at: nowIso(ctx), changes: records.map((record) => ({ op: 'create', entity: 'scorecard', record })) });
    } catch (error) {
      // Another first read stored them between our read and our write: theirs stand.
      if (!(error instanceof ConflictError && error.kind === 'duplicate')) throw error;
    }
  }
  const wanted = new Set(offices.map((o) => o.id));
  return (await ctx.store.listScorecards({ periodId: period.id })).filter((s) => wanted.has(s.officeId));
}

/** One stored scorecard as the API sends it. */
export async function viewOf(ctx: ServiceContext, card: Scorecard): Promise<ScorecardView> {
  const [offices, actions] = await Promise.all([ctx.store.listOffices(), ctx.store.listRemedialActions({ scorecardId: card.id })]);
  const [view] = await scorecardViews(ctx, [card], offices, actions);
  if (!view) throw new NotFoundError('scorecard', card.id);
  return view;
}

/** 412 with the scorecard as it is now, so that the caller can look again and retry. */
async function stale(ctx: ServiceContext, id: string): Promise<ConflictError> {
  const current = await load(ctx, 'scorecard', id);
  return new ConflictError('The scorecard was changed by someone else; here it is as it is now.', 'scorecard', id, await viewOf(ctx, current));
}
