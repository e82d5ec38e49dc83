// The installation lifecycle: when the app is added to a personal scope or a team, the
// conversation reference (conversation id, tenant, user, service URL) is stored so that
// reminders can reach it later; when it is removed, the reference is marked inactive.

import type { Activity, Client as ApiClient } from '@microsoft/teams.api';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { ConversationRef } from '../domain/model';
import type { ServiceContext } from '../services/context';
import { deactivateConversation, recordInstallation } from '../services/conversations';
import type { SenderIdentities } from './identify';

/** The ids Teams puts in an activity's channelData; a part that is missing or malformed is left out. */
const partId = z.object({ id: z.string().optional() }).optional().catch(undefined);
const teamsChannelData = z.object({ tenant: partId, team: partId, channel: partId }).catch({});

export interface InstallationDeps {
  ctx: ServiceContext;
  identities: SenderIdentities;
  logger: Logger;
}

export function scopeOf(activity: Activity): ConversationRef['scope'] {
  const type = activity.conversation.conversationType;
  if (type === 'channel') return 'team';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

export async function onInstalled(deps: InstallationDeps, activity: Activity, api: ApiClient): Promise<ConversationRef> {
  const scope = scopeOf(activity);
  let userEmail: string | null = null;
  if (scope === 'personal') {
    try {
      userEmail = (await deps.identities.member(activity, api)).email;
    } catch (error) {
      // Stored without an e-mail, the chat still works for replies; reminders will open a new one.
      deps.logger.warn({ err: error, conversationId: activity.conversation.id }, 'installed, but the member record gave no e-mail');
    }
  }
  const channelData = teamsChannelData.parse(activity.channelData ?? {});
  const ref = await recordInstallation(
    deps.ctx,
    {
      id: activity.conversation.id,
      scope,
      tenantId: activity.conversation.tenantId ?? channelData.tenant?.id ?? '',
      serviceUrl: activity.serviceUrl ?? '',
      userAadId: scope === 'personal' ? (activity.from.aadObjectId ?? null) : null,
      userEmail,
      teamId: channelData.team?.id ?? null,
      channelId: channelData.channel?.id ?? (scope === 'team' ? activity.conversation.id : null),
    },
    userEmail ?? 'teams',
  );
  deps.logger.info({ conversationId: ref.id, scope }, 'app installed: conversation stored');
  return ref;
}

export async function onUninstalled(deps: InstallationDeps, activity: Activity): Promise<void> {
  const ref = await deactivateConversation(deps.ctx, activity.conversation.id, 'uninstalled', 'teams');
  deps.logger.info({ conversationId: activity.conversation.id, known: !!ref }, 'app uninstalled: conversation marked inactive');
}

/** A conversationUpdate that adds or removes the bot itself (Teams sends it with team installs). */
export function botMembershipChange(activity: Activity): 'added' | 'removed' | null {
  if (activity.type !== 'conversationUpdate') return null;
  const botId = activity.recipient.id;
  if (activity.membersAdded?.some((m) => m.id === botId)) return 'added';
  if (activity.membersRemoved?.some((m) => m.id === botId)) return 'removed';
  return null;
}
