// "Update progress" from a target card: the Action.Execute payload is validated like API input
// (zod, strict), the check-in is recorded through services/progress.recordCheckIn (same
// validation and permissions as POST /api/targets/{id}/checkins), and the invoke is answered
// with the target card refreshed, carrying the outcome or the reason for a refusal.

import type { AdaptiveCardActionResponse, AdaptiveCardInvokeValue } from '@microsoft/teams.api';
import { z } from 'zod';
import { TARGET_STATUSES } from '../domain/catalogues';
import { parse } from '../domain/schemas';
import { today } from '../services/context';
import type { Actor } from '../services/identity';
import { recordCheckIn } from '../services/progress';
import { getTargetDetail } from '../services/target-detail';
import { explain, type AnswerDeps } from './answers';
import { TARGET_STATUS_LABELS } from '../domain/catalogues';
import { targetCard, UPDATE_PROGRESS_VERB } from './cards/target-card';

/** Card inputs arrive as strings; an empty input means "not given". */
const optionalNumber = z
  .union([z.number(), z.string().trim()])
  .transform((v, c) => {
    if (v === '') return undefined;
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(n)) c.addIssue({ code: 'custom', message: 'must be a number' });
    return n;
  })
  .optional();
const optionalText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((s) => s.trim() || undefined)
    .optional();

export const updateProgressData = z.strictObject({
  targetId: z.string().min(1).max(100),
  status: z.enum(TARGET_STATUSES, { error: `must be one of ${TARGET_STATUSES.join(', ')}` }),
  percent: optionalNumber,
  value: optionalNumber,
  note: optionalText(4000),
  evidenceUrl: optionalText(2000),
});

const badRequest = (message: string): AdaptiveCardActionResponse => ({
  statusCode: 400,
  type: 'application/vnd.microsoft.error',
  value: { code: 'BadRequest', message, innerHttpError: { statusCode: 400, body: null } },
});

export async function onCardAction(deps: AnswerDeps, actor: Actor, value: AdaptiveCardInvokeValue | undefined): Promise<AdaptiveCardActionResponse> {
  const action = value?.action;
  if (!action || action.verb !== UPDATE_PROGRESS_VERB) return badRequest(`Unknown card action "${String(action?.verb ?? '')}".`);
  const targetId = typeof action.data?.targetId === 'string' ? action.data.targetId : null;
  if (!targetId) return badRequest('The card action names no target.');
  let notice: { text: string; tone: 'good' | 'attention' };
  try {
    const { targetId: _id, ...input } = parse(updateProgressData, action.data, 'progress update');
    const checkIn = await recordCheckIn(deps.ctx, actor, targetId, withoutUndefined(input));
    const amount = checkIn.percent !== null ? `, ${checkIn.percent}%` : checkIn.value !== null ? `, value ${checkIn.value}` : '';
    notice = { text: `Progress recorded: ${TARGET_STATUS_LABELS[checkIn.status]}${amount} (${checkIn.date}).`, tone: 'good' };
  } catch (error) {
    notice = { text: `Not recorded. ${await explain(deps, error, actor)}`, tone: 'attention' };
  }
  try {
    const detail = await getTargetDetail(deps.ctx, actor, targetId);
    const names = await deps.ctx.directory.namesOf([detail.target.owner]);
    const card = targetCard({ ...detail, today: today(deps.ctx), notice, names }, deps.links);
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  } catch (error) {
    // Someone who may not even read the target gets the reason as a message, not its card.
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: `${notice.text} ${await explain(deps, error, actor)}`.trim() };
  }
}

function withoutUndefined(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}
