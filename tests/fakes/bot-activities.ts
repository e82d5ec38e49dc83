// Teams-shaped activities, as Teams posts them to /api/messages: messages (personal and
// channel with an @mention), installationUpdate, conversationUpdate and adaptiveCard/action.

import { BOT_CLIENT_ID, BOT_TENANT } from './bot-connector';

export interface TeamsUser {
  /** The Teams user id ("29:…"), unique per bot. */
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
}

export const BOT_ACCOUNT = { id: `28:${BOT_CLIENT_ID}`, name: 'Action Plan' };
let sequence = 0;

/** A Teams user whose ids are derived from the e-mail, so every test can name people by e-mail alone. */
export function teamsUser(email: string, name = email.split('@')[0]!): TeamsUser {
  const hex = Buffer.from(email).toString('hex').padEnd(32, '0').slice(0, 32);
  const aad = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return { id: `29:${hex}`, aadObjectId: aad, name, email };
}

export const personalConversationId = (user: TeamsUser) => `a:personal-${user.id.slice(3, 19)}`;
export const TEAM_CHANNEL = '19:general-channel@thread.tacv2';

function base(serviceUrl: string, user: TeamsUser, conversation: Record<string, unknown>) {
  return {
    id: `act-${++sequence}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT_ACCOUNT,
    conversation: { tenantId: BOT_TENANT, ...conversation },
    channelData: { tenant: { id: BOT_TENANT } },
    locale: 'en-US',
  };
}

const personal = (user: TeamsUser) => ({ id: personalConversationId(user), conversationType: 'personal' });

export function message(serviceUrl: string, user: TeamsUser, text: string, extra: Record<string, unknown> = {}) {
  return { ...base(serviceUrl, user, personal(user)), type: 'message', text, textFormat: 'plain', ...extra };
}

/** A message in a team channel: Teams only delivers those that @mention the bot. */
export function channelMention(serviceUrl: string, user: TeamsUser, text: string) {
  const mention = `<at>${BOT_ACCOUNT.name}</at>`;
  return {
    ...base(serviceUrl, user, { id: `${TEAM_CHANNEL};messageid=${++sequence}`, conversationType: 'channel', isGroup: true }),
    type: 'message',
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: BOT_ACCOUNT }],
    channelData: { tenant: { id: BOT_TENANT }, team: { id: '19:team@thread.tacv2' }, channel: { id: TEAM_CHANNEL } },
  };
}

export function installed(serviceUrl: string, user: TeamsUser, action: 'add' | 'remove', scope: 'personal' | 'team' = 'personal') {
  const conversation = scope === 'personal' ? personal(user) : { id: TEAM_CHANNEL, conversationType: 'channel', isGroup: true };
  const activity = { ...base(serviceUrl, user, conversation), type: 'installationUpdate', action };
  if (scope === 'team') activity.channelData = { tenant: { id: BOT_TENANT }, team: { id: '19:team@thread.tacv2' }, channel: { id: TEAM_CHANNEL } } as never;
  return activity;
}

export function botAddedToTeam(serviceUrl: string, user: TeamsUser, removed = false) {
  return {
    ...base(serviceUrl, user, { id: TEAM_CHANNEL, conversationType: 'channel', isGroup: true }),
    type: 'conversationUpdate',
    ...(removed ? { membersRemoved: [BOT_ACCOUNT] } : { membersAdded: [BOT_ACCOUNT] }),
    channelData: { tenant: { id: BOT_TENANT }, team: { id: '19:team@thread.tacv2' }, eventType: removed ? 'teamMemberRemoved' : 'teamMemberAdded' },
  };
}

export function cardAction(serviceUrl: string, user: TeamsUser, verb: string, data: Record<string, unknown>) {
  return {
    ...base(serviceUrl, user, personal(user)),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** Everything a person would read on the cards of a reply: texts, fact titles and values, action titles. */
export function readableText(node: unknown): string {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    for (const key of ['text', 'title', 'value', 'label']) if (typeof o[key] === 'string') out.push(o[key]);
    for (const [key, v] of Object.entries(o)) if (key !== 'data' && typeof v === 'object') walk(v);
  };
  walk(node);
  return out.join('\n');
}

/** The Action.Execute actions on a card or a reply, wherever they sit. */
export function executeActions(node: unknown): { verb: string; data: Record<string, unknown> }[] {
  const found: { verb: string; data: Record<string, unknown> }[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, any>;
    if (o.type === 'Action.Execute') found.push({ verb: o.verb, data: o.data });
    Object.values(o).forEach(walk);
  };
  walk(node);
  return found;
}
