// Who may post activities. With credentials, every activity must carry a Bot Framework token
// that the SDK validates against the (double's) OpenID keys: a forged, unsigned, expired or
// misaddressed one is refused before anything happens. Without credentials (dev mode) the
// bot takes unauthenticated activities, and only from this machine.

import os from 'node:os';
import { base64url } from 'jose';
import { loopbackOnly } from '../../src/bot/router-adapter';
import { cardAction, message, readableText } from '../fakes/bot-activities';
import { BOT_CLIENT_ID } from '../fakes/bot-connector';
import { signingKey } from '../fakes/entra';
import { startBotHarness, type BotHarness } from '../fakes/bot-harness';
import { USERS } from '../support/api-harness';

describe('Bot Framework tokens (authenticated mode)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  /** Posts an Update progress as the owner with this Authorization header; returns the status and whether anything happened. */
  async function attempt(authorization: string | null) {
    const before = { sent: h.teams.double.activities.length, checkIns: (await h.store.listCheckIns(h.world.overdueA.id)).length };
    const res = await h.post(
      cardAction(h.teams.double.serviceUrl, h.user(USERS.owner), 'updateProgress', { targetId: h.world.overdueA.id, status: 'achieved' }),
      { authorization },
    );
    const checkIns = (await h.store.listCheckIns(h.world.overdueA.id)).length;
    return { status: res.status, acted: checkIns > before.checkIns || h.teams.double.activities.length > before.sent };
  }

  it('accepts an activity with a valid token', async () => {
    expect(await attempt(`Bearer ${await h.teams.activityToken()}`)).toEqual({ status: 200, acted: true });
  });

  it('refuses an activity with no token', async () => {
    expect(await attempt(null)).toEqual({ status: 401, acted: false });
  });

  it('refuses a token signed by another key that claims the same key id', async () => {
    const rogue = await signingKey('bf-channel-key');
    expect(await attempt(`Bearer ${await h.teams.activityToken({ key: rogue })}`)).toEqual({ status: 401, acted: false });
  });

  it('refuses a token for another bot (audience)', async () => {
    expect(await attempt(`Bearer ${await h.teams.activityToken({ audience: 'dddddddd-0000-4000-8000-000000000009' })}`)).toEqual({ status: 401, acted: false });
  });

  it('refuses a token from another issuer', async () => {
    expect(await attempt(`Bearer ${await h.teams.activityToken({ issuer: 'https://evil.example.org' })}`)).toEqual({ status: 401, acted: false });
  });

  it('refuses an expired token', async () => {
    expect(await attempt(`Bearer ${await h.teams.activityToken({ expiresIn: -3600 })}`)).toEqual({ status: 401, acted: false });
  });

  it('refuses a token issued for another service URL than the activity names', async () => {
    expect(await attempt(`Bearer ${await h.teams.activityToken({ serviceUrl: 'https://smba.trafficmanager.net/emea/' })}`)).toEqual({
      status: 401,
      acted: false,
    });
  });

  it('refuses an unsigned token (alg "none") and a malformed one', async () => {
    const part = (o: object) => base64url.encode(JSON.stringify(o));
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part({ aud: BOT_CLIENT_ID, iss: h.teams.double.channelIssuer, serviceurl: h.teams.double.serviceUrl, exp: now + 600 })}.`;
    expect(await attempt(`Bearer ${unsigned}`)).toEqual({ status: 401, acted: false });
    expect(await attempt('Bearer not-a-token')).toEqual({ status: 401, acted: false });
  });
});

describe('dev mode (no credentials)', () => {
  it('takes unauthenticated activities from this machine and answers them', async () => {
    const h = await startBotHarness({ mode: 'dev' });
    try {
      const res = await h.post(message(h.teams.double.serviceUrl, h.user(USERS.owner), 'help'), { authorization: null });
      expect(res.status).toBe(200);
      expect(h.teams.double.activities).toHaveLength(1);
    } finally {
      await h.close();
    }
  });

  it('takes every sender to be BOT_DEV_USER when it is set (the Agents Playground knows no demo users)', async () => {
    const h = await startBotHarness({ mode: 'dev', devUser: USERS.owner });
    try {
      const playgroundUser = { id: 'user-id-0', aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber', email: 'alexw@playground.example' };
      await h.post(message(h.teams.double.serviceUrl, playgroundUser, 'my targets'), { authorization: null });
      expect(readableText(h.teams.double.activities.map((a) => a.activity))).toContain('You own 2 open targets, 1 overdue.');
    } finally {
      await h.close();
    }
  });

  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
  (external ? it : it.skip)(`refuses them from another address (${external ?? 'no external interface here'})`, async () => {
    const h = await startBotHarness({ mode: 'dev', host: '0.0.0.0' });
    try {
      const port = new URL(h.url).port;
      const res = await fetch(`http://${external}:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message(h.teams.double.serviceUrl, h.user(USERS.owner), 'help')),
      });
      expect(res.status).toBe(403);
      expect(h.teams.double.activities).toHaveLength(0);
    } finally {
      await h.close();
    }
  });

  it.each([
    ['127.0.0.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.7', false],
    ['::ffff:192.168.1.20', false],
  ])('the loopback guard lets %s through: %s', (remoteAddress, allowed) => {
    let passed = false;
    let status = 0;
    const res = { status: (s: number) => ((status = s), { json: () => undefined }) };
    loopbackOnly({ socket: { remoteAddress } } as never, res as never, () => (passed = true));
    expect(passed).toBe(allowed);
    expect(status).toBe(allowed ? 0 : 403);
  });
});
