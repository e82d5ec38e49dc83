// Where a reminder goes: the recipient's stored personal chat; failing that, a 1:1 chat the
// bot opens itself (Entra object id from the directory, conversations.create at the Bot
// Connector), stored for next time; for a channel, the team installation that covers it.
// When none of that is possible the recipient is unreachable, which the ledger records.

import type { ServiceContext } from '../services/context';
import { personalConversationOf, recordInstallation } from '../services/conversations';
import type { Directory } from '../services/directory';
import type { ConversationAddress, Outbox } from './outbox';
import { CHANNEL_PREFIX, isChannelRecipient } from './reminder';
import type { Throttle } from './throttle';

export type Destination =
  | { ok: true; address: ConversationAddress }
  | { ok: false; status: 'unreachable' | 'failed'; reason: string }
  /** Throttled while opening the chat: try again at the next sweep. */
  | { ok: false; status: 'deferred'; reason: string };

export interface DestinationDeps {
  ctx: ServiceContext;
  directory: Directory;
  outbox: Outbox;
  throttle: Throttle;
  tenantId: string | null;
  serviceUrl: string;
  actor: string;
}

/** Resolves each recipient once per sweep, however many reminders it receives. */
export function destinationResolver(deps: DestinationDeps): (recipient: string) => Promise<Destination> {
  const cache = new Map<string, Promise<Destination>>();
  return (recipient) => {
    let found = cache.get(recipient);
    if (!found) {
      found = isChannelRecipient(recipient) ? channel(deps, recipient.slice(CHANNEL_PREFIX.length)) : person(deps, recipient);
      cache.set(recipient, found);
    }
    return found;
  };
}

async function person(deps: DestinationDeps, email: string): Promise<Destination> {
  const ref = await personalConversationOf(deps.ctx, email);
  if (ref) return { ok: true, address: { serviceUrl: ref.serviceUrl, conversationId: ref.id } };
  const objectId = await deps.directory.objectIdOf(email);
  if (!objectId || !deps.tenantId) return { ok: false, status: 'unreachable', reason: 'no chat with the bot, and not found in the directory to open one' };
  const tenantId = deps.tenantId;
  const created = await deps.throttle.run(
    `create:${email}`,
    () => deps.outbox.createPersonalConversation({ serviceUrl: deps.serviceUrl, tenantId, userAadId: objectId }),
    deps.outbox.classify,
  );
  if (!created.ok) {
    const { kind, reason } = created.failure;
    return kind === 'retryable'
      ? { ok: false, status: 'deferred', reason }
      : { ok: false, status: kind === 'unreachable' ? 'unreachable' : 'failed', reason: `could not open a chat: ${reason}` };
  }
  await recordInstallation(
    deps.ctx,
    { id: created.value, scope: 'personal', tenantId, serviceUrl: deps.serviceUrl, userAadId: objectId, userEmail: email, teamId: null, channelId: null },
    deps.actor,
  );
  return { ok: true, address: { serviceUrl: deps.serviceUrl, conversationId: created.value } };
}

async function channel(deps: DestinationDeps, channelId: string): Promise<Destination> {
  const direct = await deps.ctx.store.get('conversation', channelId);
  const ref = direct?.active ? direct : (await deps.ctx.store.listConversations({ active: true })).find((c) => c.scope === 'team' && c.channelId === channelId);
  if (!ref) return { ok: false, status: 'unreachable', reason: "the app is not installed in the channel's team" };
  return { ok: true, address: { serviceUrl: ref.serviceUrl, conversationId: channelId } };
}
