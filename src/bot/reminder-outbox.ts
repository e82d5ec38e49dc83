// The bot's side of the reminders' Outbox port: a reminder becomes its card (cards/reminder-cards.ts)
// and goes to the Bot Connector through the Teams SDK's own REST client, so the bot's token and
// the wire format are the SDK's. Failures are sorted here, where the Bot Connector's answers
// are understood: final, worth retrying, or unknown.

import { Client as ApiClient, toActivityParams, type Account } from '@microsoft/teams.api';
import type { Client as HttpClient } from '@microsoft/teams.common';
import { z } from 'zod';
import type { Outbox } from '../reminders/outbox';
import { parseRetryAfter, type DeliveryFailure } from '../reminders/throttle';
import { reminderCard, reminderMessage } from './cards/reminder-cards';
import type { TabLinkSettings } from './deep-links';

export interface BotConnectorOutboxOptions {
  /** The SDK HTTP client, already carrying the bot's token. */
  http: HttpClient;
  /** The bot's id (its Entra client id); a placeholder in dev mode. */
  botId: string;
  /** Where the cards' buttons lead. */
  links: TabLinkSettings;
}

export function botConnectorOutbox({ http, botId, links }: BotConnectorOutboxOptions): Outbox {
  const bot = { id: botId, role: 'bot' as const };
  return {
    async sendReminder(to, reminder, facts) {
      const api = new ApiClient(to.serviceUrl.replace(/\/+$/, ''), http);
      const activity = toActivityParams(reminderMessage(reminder, reminderCard(reminder, facts, links)));
      // The SDK's input type leaves out the sender and the conversation, which a proactive post names.
      const payload = Object.assign(activity, { from: bot, conversation: { id: to.conversationId } });
      const res = await api.conversations.activities(to.conversationId).create(payload);
      return { id: sentActivity.safeParse(res).data?.id ?? '' };
    },
    async createPersonalConversation({ serviceUrl, tenantId, userAadId }) {
      const api = new ApiClient(serviceUrl.replace(/\/+$/, ''), http);
      const user: Account = { id: userAadId, role: 'user' };
      const res = await api.conversations.create({ isGroup: false, bot, members: [user], tenantId, channelData: { tenant: { id: tenantId } } });
      return res.id;
    },
    classify: classifyBotConnectorError,
  };
}

/** The Bot Connector answers a post with the new activity's id (absent for some channels). */
const sentActivity = z.object({ id: z.string() });

/**
 * What the SDK's HTTP client (axios) throws: a response for an HTTP error, a code for a socket
 * error. Each field is read on its own (a field of another shape is left out, never the whole
 * error); the headers are an AxiosHeaders instance, read by name.
 */
const httpError = z.object({
  code: z.string().optional().catch(undefined),
  response: z
    .object({
      status: z.number().optional().catch(undefined),
      headers: z
        .custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null)
        .optional()
        .catch(undefined),
      data: z
        .object({
          error: z
            .object({ code: z.string().optional().catch(undefined) })
            .optional()
            .catch(undefined),
        })
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
});

/**
 * 429 and 5xx: the Bot Connector did not take the activity, so it may be retried. 403/404
 * (BotNotInConversationRoster, ConversationNotFound…): final, the recipient is unreachable.
 * A connection that was refused never reached the service and is retried; a connection cut
 * after the request went out may or may not have delivered it, so it is final ("unknown")
 * rather than risk a second copy.
 */
export function classifyBotConnectorError(error: unknown): DeliveryFailure {
  const e = httpError.safeParse(error).data;
  const status = e?.response?.status;
  if (typeof status === 'number') {
    const reason = `${status} ${e?.response?.data?.error?.code ?? ''}`.trim();
    const retryAfterMs = parseRetryAfter(e?.response?.headers?.['retry-after']);
    if (status === 429 || status === 412 || status >= 500) return { kind: 'retryable', status, retryAfterMs, reason };
    if (status === 403 || status === 404) return { kind: 'unreachable', status, retryAfterMs: null, reason };
    return { kind: 'fatal', status, retryAfterMs: null, reason };
  }
  const code = e?.code ?? (error instanceof Error ? error.message : String(error));
  const neverSent = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH'].includes(code);
  return { kind: neverSent ? 'retryable' : 'fatal', status: null, retryAfterMs: null, reason: neverSent ? code : `unknown: ${code}` };
}
