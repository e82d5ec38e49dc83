// The installation lifecycle: installing the app (personal or in a team) stores where the bot
// can reach the conversation; uninstalling marks it inactive; installing again revives it.

import { botAddedToTeam, installed, personalConversationId, readableText, TEAM_CHANNEL } from '../fakes/bot-activities';
import { BOT_TENANT } from '../fakes/bot-connector';
import { startBotHarness, type BotHarness } from '../fakes/bot-harness';
import { USERS } from '../support/api-harness';

describe('installation lifecycle', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await startBotHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('stores the personal conversation reference on install and welcomes the user', async () => {
    const owner = h.user(USERS.owner);
    const res = await h.post(installed(h.teams.double.serviceUrl, owner, 'add'));
    expect(res.status).toBe(200);
    expect(await h.store.get('conversation', personalConversationId(owner))).toMatchObject({
      scope: 'personal',
      tenantId: BOT_TENANT,
      serviceUrl: h.teams.double.serviceUrl,
      userAadId: owner.aadObjectId,
      userEmail: USERS.owner,
      active: true,
      unreachableReason: null,
    });
    const welcome = h.teams.double.activitiesTo(personalConversationId(owner));
    expect(readableText(welcome.map((w) => w.activity))).toContain('Thank you for adding the 1325 Action Plan');
  });

  it('marks it inactive on uninstall, and active again on a new install', async () => {
    const owner = h.user(USERS.owner);
    await h.post(installed(h.teams.double.serviceUrl, owner, 'add'));
    await h.post(installed(h.teams.double.serviceUrl, owner, 'remove'));
    expect(await h.store.get('conversation', personalConversationId(owner))).toMatchObject({ active: false, unreachableReason: 'uninstalled' });
    expect(await h.store.listConversations({ active: true })).toEqual([]);
    await h.post(installed(h.teams.double.serviceUrl, owner, 'add'));
    expect(await h.store.get('conversation', personalConversationId(owner))).toMatchObject({ active: true, unreachableReason: null, version: 3 });
  });

  it('stores a team installation with its team and channel', async () => {
    await h.post(installed(h.teams.double.serviceUrl, h.user(USERS.focalA), 'add', 'team'));
    expect(await h.store.get('conversation', TEAM_CHANNEL)).toMatchObject({
      scope: 'team',
      teamId: '19:team@thread.tacv2',
      channelId: TEAM_CHANNEL,
      userAadId: null,
      userEmail: null,
      active: true,
    });
  });

  it('tracks the bot being added to and removed from a team by conversationUpdate', async () => {
    await h.post(botAddedToTeam(h.teams.double.serviceUrl, h.user(USERS.focalA)));
    expect(await h.store.get('conversation', TEAM_CHANNEL)).toMatchObject({ scope: 'team', active: true });
    await h.post(botAddedToTeam(h.teams.double.serviceUrl, h.user(USERS.focalA), true));
    expect(await h.store.get('conversation', TEAM_CHANNEL)).toMatchObject({ active: false, unreachableReason: 'uninstalled' });
  });

  it('ignores an uninstall of a conversation it never knew', async () => {
    const res = await h.post(installed(h.teams.double.serviceUrl, h.user(USERS.viewer), 'remove'));
    expect(res.status).toBe(200);
    expect(await h.store.listConversations()).toEqual([]);
  });
});
