// The outgoing side of proactive messages, behind a small port: post an activity to a stored
// conversation (at the service URL captured when the app was installed), open a 1:1 chat with
// someone who never talked to the bot, and tell a final failure from one worth retrying.
// The adapter uses the Teams SDK's own REST client, so the bot's token and the wire format
// are the SDK's.

import { Client as ApiClient, toActivityParams, type ActivityLike } from '@microsoft/teams.api';
import type { Client as HttpClient } from '@microsoft/teams.common';
import { parseRetryAfter, type DeliveryFailure } from './throttle';

export interface ConversationAddress {
  serviceUrl: string;
  conversationId: string;
}

export interface Outbox {
  send(to: ConversationAddress, activity: ActivityLike): Promise<{ id: string }>;
  /** Opens (or reopens) the personal chat between the bot and a user; returns its conversation id. */
  createPersonalConversation(input: { serviceUrl: string; tenantId: string; userAadId: string }): Promise<string>;
  classify(error: unknown): DeliveryFailure;
}

export interface BotConnectorOutboxOptions {
  /** The SDK HTTP client, already carrying the bot's token. */
  http: HttpClient;
  /** The bot's id (its Entra client id); a placeholder in dev mode. */
  botId: string;
}

export function botConnectorOutbox({ http, botId }: BotConnectorOutboxOptions): Outbox {
  const bot = { id: botId, role: 'bot' as const };
  return {
    async send(to, activity) {
      const api = new ApiClient(to.serviceUrl.replace(/\/+$/, ''), http);
      const payload = { ...toActivityParams(activity), from: bot, conversation: { id: to.conversationId } };
      const res = await api.conversations.activities(to.conversationId).create(payload as never);
      return { id: (res as { id?: string })?.id ?? '' };
    },
    async createPersonalConversation({ serviceUrl, tenantId, userAadId }) {
      const api = new ApiClient(serviceUrl.replace(/\/+$/, ''), http);
      const res = await api.conversations.create({
        isGroup: false,
        bot,
        members: [{ id: userAadId, role: 'user' } as never],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      });
      return res.id;
    },
    classify: classifyBotConnectorError,
  };
}

interface HttpErrorLike {
  code?: string;
  response?: { status?: number; headers?: Record<string, unknown>; data?: unknown };
}

/**
 * 429 and 5xx: the Bot Connector did not take the activity, so it may be retried. 403/404
 * (BotNotInConversationRoster, ConversationNotFound…): final, the recipient is unreachable.
 * A connection that was refused never reached the service and is retried; a connection cut
 * after the request went out may or may not have delivered it, so it is final ("unknown")
 * rather than risk a second copy.
 */
export function classifyBotConnectorError(error: unknown): DeliveryFailure {
  const e = error as HttpErrorLike;
  const status = e?.response?.status;
  if (typeof status === 'number') {
    const reason = `${status} ${errorCode(e.response?.data) ?? ''}`.trim();
    const retryAfterMs = parseRetryAfter(e.response?.headers?.['retry-after']);
    if (status === 429 || status === 412 || status >= 500) return { kind: 'retryable', status, retryAfterMs, reason };
    if (status === 403 || status === 404) return { kind: 'unreachable', status, retryAfterMs: null, reason };
    return { kind: 'fatal', status, retryAfterMs: null, reason };
  }
  const code = e?.code ?? (error instanceof Error ? error.message : String(error));
  const neverSent = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH'].includes(code);
  return { kind: neverSent ? 'retryable' : 'fatal', status: null, retryAfterMs: null, reason: neverSent ? code : `unknown: ${code}` };
}

function errorCode(data: unknown): string | undefined {
  const d = data as { error?: { code?: unknown } } | undefined;
  return typeof d?.error?.code === 'string' ? d.error.code : undefined;
}
