// A real server for bot tests: the production Express app with the bot mounted in front of
// /api (as the composition root does), a real SQLite file seeded with the test world, and the
// SDK configured (not mocked) against the local HTTPS double of Teams: Bot Framework keys
// and issuer, the Bot Connector (the activities' serviceUrl) and the Entra token endpoint.

import express from 'express';
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createBot, type BotHandle } from '../../src/bot/bot-app';
import type { BotSettings } from '../../src/bot/bot-settings';
import { createApp } from '../../src/server/app';
import { devAuthenticator } from '../../src/server/auth/dev-authenticator';
import { serviceContext, type ServiceContext } from '../../src/services/context';
import { staticDirectory } from '../../src/services/directory';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { NOW } from '../support/api-harness';
import { teamsUser, type TeamsUser } from './bot-activities';
import { BOT_CLIENT_ID, BOT_CLIENT_SECRET, BOT_TENANT, startFakeTeams, type FakeTeams } from './bot-connector';
import { PEOPLE, seedWorld, type World } from './bot-world';

export const TEAMS_APP_ID = 'c0ffee00-0000-4000-8000-000000000325';

export interface BotHarness {
  url: string;
  store: SqliteStore;
  ctx: ServiceContext;
  teams: FakeTeams;
  bot: BotHandle;
  world: World;
  user(email: string): TeamsUser;
  /** Posts an activity; in authenticated mode with a valid token unless `authorization` says otherwise (null: none). */
  post(activity: object, options?: { authorization?: string | null }): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export interface BotHarnessOptions {
  mode?: 'authenticated' | 'dev';
  /** Interface the server listens on; 0.0.0.0 lets a test call it from a non-loopback address. */
  host?: string;
  clock?: () => Date;
  /** Dev mode: BOT_DEV_USER. */
  devUser?: string | null;
}

export async function startBotHarness({
  mode = 'authenticated',
  host = '127.0.0.1',
  clock = () => NOW,
  devUser = null,
}: BotHarnessOptions = {}): Promise<BotHarness> {
  const users = new Map(PEOPLE.map((p) => [p.email, teamsUser(p.email, p.name)]));
  const teams = await startFakeTeams(
    [...users.values()].map((u) => ({ id: u.id, aadObjectId: u.aadObjectId, name: u.name, email: u.email, userPrincipalName: u.email })),
    { requireToken: mode === 'authenticated' },
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-'));
  const store = new SqliteStore({ path: path.join(dir, 'bot.db') });
  const ctx = serviceContext(store, clock, undefined, staticDirectory(PEOPLE));
  const world = await seedWorld(store, clock());
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }, pino.destination(2));
  const settings: BotSettings = {
    clientId: mode === 'authenticated' ? BOT_CLIENT_ID : null,
    clientSecret: mode === 'authenticated' ? BOT_CLIENT_SECRET : null,
    tenantId: BOT_TENANT,
    authorityHost: teams.double.url,
    openIdMetadataUrl: teams.double.openIdMetadataUrl,
    tokenIssuer: teams.double.channelIssuer,
    serviceUrl: teams.double.serviceUrl,
    links: { appId: TEAMS_APP_ID, entityId: 'actionplan', webUrl: 'http://127.0.0.1:3978/' },
    devUser,
  };
  const bot = await createBot({ ctx, directory: staticDirectory(PEOPLE), logger, settings });
  const app = express();
  app.use(bot.router);
  app.use(createApp({ ctx, authenticator: devAuthenticator(PEOPLE), logger, storeName: 'sqlite' }));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, host, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    store,
    ctx,
    teams,
    bot,
    world,
    user: (email) => users.get(email) ?? teamsUser(email),
    async post(activity, { authorization } = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const auth = authorization === undefined ? (mode === 'authenticated' ? `Bearer ${await teams.activityToken()}` : null) : authorization;
      if (auth) headers.authorization = auth;
      const res = await fetch(`${url}/api/messages`, { method: 'POST', headers, body: JSON.stringify(activity) });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await teams.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
