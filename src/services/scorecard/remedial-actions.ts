// Remedial actions: what an office undertakes for a rating below "meets requirements" (steps,
// a due date, who is responsible, resources). The Gender Unit opens them on a stored scorecard
// and may change anything; the office's focal points carry them out and report their steps and
// status. Each write is one audited commit at the version the caller read.

import type { RemedialActionView } from '../../contract/scorecard';
import { ConflictError, ForbiddenError, StateError } from '../../domain/errors';
import { may } from '../../domain/permissions';
import { effectiveRating, needsRemedialAction, RATING_LABELS } from '../../domain/scorecard';
import { FOCAL_POINT_REMEDIAL_FIELDS, remedialActionInput, remedialActionPatch } from '../../domain/scorecard-inputs';
import { parse } from '../../domain/schemas';
import { authorize, load, nowIso, type ServiceContext } from '../context';
import type { Actor } from '../identity';
import { remedialActionView } from './scorecard-view';

/** Opens a remedial action on a stored scorecard, for a criterion rated below "meets" (409 otherwise). */
export async function createRemedialAction(ctx: ServiceContext, actor: Actor, scorecardId: string, body: unknown): Promise<RemedialActionView> {
  const card = await load(ctx, 'scorecard', scorecardId);
  await authorize(ctx, actor, 'rate-offices', { officeId: card.officeId });
  const input = parse(remedialActionInput, body, 'remedial action');
  const rating = card.ratings.find((r) => r.criterion === input.criterion);
  if (!rating || !needsRemedialAction(rating)) {
    const label = rating ? RATING_LABELS[effectiveRating(rating)] : 'Not rated';
    throw new StateError(`${input.criterion} is rated "${label}": remedial actions are for ratings below "Meets requirements".`, 'rating-not-below-meets', {
      criterion: input.criterion,
      rating: rating ? effectiveRating(rating) : 'not-rated',
    });
  }
  const { records } = await ctx.store.commit({
    actor: actor.email,
    at: nowIso(ctx),
    changes: [
      {
        op: 'create',
        entity: 'remedialAction',
        record: { id: ctx.newId(), scorecardId, officeId: card.officeId, ...input, resources: input.resources ?? null, status: 'open' },
      },
    ],
  });
  return remedialActionView(ctx, records[0]);
}

/**
 * Changes a remedial action read at `expectedVersion`: the Gender Unit anything, the office's
 * focal points only its steps and status (403 naming the other fields). Stale: 412 with the
 * action as it is now.
 */
export async function updateRemedialAction(ctx: ServiceContext, actor: Actor, id: string, body: unknown, expectedVersion: number): Promise<RemedialActionView> {
  const action = await load(ctx, 'remedialAction', id);
  await authorize(ctx, actor, 'update-remedial-action', { officeId: action.officeId });
  const patch = parse(remedialActionPatch, body, 'remedial action');
  if (!may(actor, 'rate-offices', { officeId: action.officeId })) {
    const reserved = Object.keys(patch).filter((field) => !FOCAL_POINT_REMEDIAL_FIELDS.some((f) => f === field));
    if (reserved.length > 0)
      throw new ForbiddenError(
        `The office's focal points change the steps and status of a remedial action; ${reserved.join(', ')} are the Gender Unit's to change.`,
      );
  }
  if (action.version !== expectedVersion) throw await stale(ctx, id);
  try {
    const { records } = await ctx.store.commit({
      actor: actor.email,
      at: nowIso(ctx),
      changes: [{ op: 'update', entity: 'remedialAction', id, expectedVersion, patch }],
    });
    return await remedialActionView(ctx, records[0]);
  } catch (error) {
    if (error instanceof ConflictError && error.kind === 'stale') throw await stale(ctx, id);
    throw error;
  }
}

async function stale(ctx: ServiceContext, id: string): Promise<ConflictError> {
  const current = await load(ctx, 'remedialAction', id);
  return new ConflictError(
    'The remedial action was changed by someone else; here it is as it is now.',
    'remedialAction',
    id,
    await remedialActionView(ctx, current),
  );
}
