// Where the bot can reach people: conversation references captured when the app is installed
// (personal chat or a team), marked inactive when it is uninstalled or a send proves the
// recipient unreachable. These are events from Teams itself (the Bot Framework token vouches
// for them), so they carry no user permission check.

import { ConflictError } from '../domain/errors';
import type { ConversationRef } from '../domain/model';
import { nowIso, type ServiceContext } from './context';

export type InstallationFacts = Omit<ConversationRef, 'version' | 'createdAt' | 'updatedAt' | 'active' | 'unreachableReason'>;

const ATTEMPTS = 3;

/** Stores the reference, or brings a known one up to date and active again. */
export async function recordInstallation(ctx: ServiceContext, facts: InstallationFacts, actor: string): Promise<ConversationRef> {
  const fields = { ...facts, userEmail: facts.userEmail?.toLowerCase() ?? null, active: true, unreachableReason: null };
  return withRetry(async () => {
    const current = await ctx.store.get('conversation', facts.id);
    const { records } = await ctx.store.commit({
      actor,
      at: nowIso(ctx),
      changes: current
        ? [{ op: 'update', entity: 'conversation', id: current.id, expectedVersion: current.version, patch: fields }]
        : [{ op: 'create', entity: 'conversation', record: fields }],
    });
    return records[0];
  });
}

/** Marks the conversation inactive (uninstalled, blocked, 403/404 on send); null when unknown. */
export async function deactivateConversation(ctx: ServiceContext, conversationId: string, reason: string, actor: string): Promise<ConversationRef | null> {
  return withRetry(async () => {
    const current = await ctx.store.get('conversation', conversationId);
    if (!current) return null;
    const { records } = await ctx.store.commit({
      actor,
      at: nowIso(ctx),
      changes: [
        { op: 'update', entity: 'conversation', id: current.id, expectedVersion: current.version, patch: { active: false, unreachableReason: reason } },
      ],
    });
    return records[0];
  });
}

/** The active personal chat with someone, if the app is installed for them. */
export async function personalConversationOf(ctx: ServiceContext, email: string): Promise<ConversationRef | null> {
  const refs = await ctx.store.listConversations({ active: true, userEmail: email.toLowerCase() });
  return refs.find((r) => r.scope === 'personal') ?? null;
}

async function withRetry<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      // Two activities for the same conversation raced (Teams sends installationUpdate and
      // conversationUpdate together): read again and apply ours on top.
      if (!(error instanceof ConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
