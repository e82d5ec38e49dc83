// Reminder sweeps against a real SQLite file and the HTTPS double of Teams, with the outbox
// built the production way (Teams SDK REST client, bot token from the double's token
// endpoint). The clock is a variable the test moves; several "instances" can share the file.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createOutbox } from '../../src/bot/bot-app';
import type { BotSettings } from '../../src/bot/bot-settings';
import { serviceContext, type ServiceContext } from '../../src/services/context';
import { recordInstallation } from '../../src/services/conversations';
import { staticDirectory, type DirectoryEntry } from '../../src/services/directory';
import { runReminderSweep, type SweepReport } from '../../src/reminders/sweep';
import type { ReminderDeps, ReminderSettings } from '../../src/reminders/sweep-data';
import type { PlanStore } from '../../src/store/plan-store';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { personalConversationId, teamsUser } from '../fakes/bot-activities';
import { BOT_CLIENT_ID, BOT_CLIENT_SECRET, BOT_TENANT, startFakeTeams, type FakeTeams } from '../fakes/bot-connector';
import { PEOPLE, seedWorld, type World } from '../fakes/bot-world';

/** A Monday, 10:00 UTC: a working day, inside the default send window, digest day. */
export const MONDAY = new Date('2026-11-30T10:00:00.000Z');
export const OFFICE_A_CHANNEL = '19:office-a-digests@thread.tacv2';

export interface ReminderHarness {
  teams: FakeTeams;
  store: SqliteStore;
  ctx: ServiceContext;
  world: World;
  directory: DirectoryEntry[];
  now: Date;
  setNow(date: Date): void;
  /** Dependencies for one server instance; `store` lets a test hand it its own connection or a failing one. */
  deps(instanceId?: string, store?: PlanStore): ReminderDeps;
  sweep(instanceId?: string, store?: PlanStore): Promise<SweepReport>;
  /** A second connection to the same database file, as another instance would have. */
  openAnotherStore(): SqliteStore;
  install(email: string): Promise<string>;
  close(): Promise<void>;
}

export const FAST_THROTTLE = { requestsPerSecond: 1000, perConversationIntervalMs: 0, maxAttempts: 6, baseDelayMs: 5, maxDelayMs: 40 };

export async function startReminderHarness(options: { now?: Date; installed?: string[]; settings?: Partial<ReminderSettings> } = {}): Promise<ReminderHarness> {
  const users = PEOPLE.map((p) => teamsUser(p.email, p.name));
  const directory: DirectoryEntry[] = PEOPLE.map((p, i) => ({ ...p, aadObjectId: users[i]!.aadObjectId }));
  const teams = await startFakeTeams(users.map((u) => ({ id: u.id, aadObjectId: u.aadObjectId, name: u.name, email: u.email })));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reminders-'));
  const file = path.join(dir, 'reminders.db');
  const store = new SqliteStore({ path: file });
  const extraStores: SqliteStore[] = [];
  let now = options.now ?? MONDAY;
  const clock = () => now;
  const ctx = serviceContext(store, clock);
  const world = await seedWorld(store, now, { digestChannelA: OFFICE_A_CHANNEL });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }, pino.destination(2));
  const botSettings: BotSettings = {
    clientId: BOT_CLIENT_ID,
    clientSecret: BOT_CLIENT_SECRET,
    tenantId: BOT_TENANT,
    authorityHost: teams.double.url,
    openIdMetadataUrl: teams.double.openIdMetadataUrl,
    tokenIssuer: teams.double.channelIssuer,
    serviceUrl: teams.double.serviceUrl,
    links: { appId: 'c0ffee00-0000-4000-8000-000000000325', entityId: 'actionplan', webUrl: 'http://127.0.0.1:3978/' },
    devUser: null,
  };
  const outbox = createOutbox(botSettings, logger);
  const settings = (instanceId: string): ReminderSettings => ({
    instanceId,
    tenantId: BOT_TENANT,
    serviceUrl: teams.double.serviceUrl,
    leaseTtlMs: 5 * 60_000,
    pendingTimeoutMs: 30 * 60_000,
    throttle: FAST_THROTTLE,
    ...options.settings,
  });
  const deps = (instanceId = 'instance-1', s: PlanStore = store): ReminderDeps => ({
    ctx: serviceContext(s, clock),
    outbox,
    directory: staticDirectory(directory),
    logger,
    settings: settings(instanceId),
  });
  const install = async (email: string) => {
    const user = teamsUser(email);
    const id = personalConversationId(user);
    await recordInstallation(
      ctx,
      {
        id,
        scope: 'personal',
        tenantId: BOT_TENANT,
        serviceUrl: teams.double.serviceUrl,
        userAadId: user.aadObjectId,
        userEmail: email,
        teamId: null,
        channelId: null,
      },
      email,
    );
    return id;
  };
  for (const email of options.installed ?? PEOPLE.map((p) => p.email)) await install(email);
  await recordInstallation(
    ctx,
    {
      id: OFFICE_A_CHANNEL,
      scope: 'team',
      tenantId: BOT_TENANT,
      serviceUrl: teams.double.serviceUrl,
      userAadId: null,
      userEmail: null,
      teamId: '19:office-a-team@thread.tacv2',
      channelId: OFFICE_A_CHANNEL,
    },
    'teams',
  );
  return {
    teams,
    store,
    ctx,
    world,
    directory,
    get now() {
      return now;
    },
    setNow: (date) => {
      now = date;
    },
    deps,
    sweep: (instanceId, s) => runReminderSweep(deps(instanceId, s)),
    openAnotherStore: () => {
      const other = new SqliteStore({ path: file });
      extraStores.push(other);
      return other;
    },
    install,
    async close() {
      for (const s of extraStores) await s.close();
      await store.close();
      await teams.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The idempotency keys of the reminder messages the double received, in order. */
export function deliveredKeys(teams: FakeTeams): string[] {
  return teams.double.activities.map((a) => a.activity.attachments?.[0]?.content?.id as string).filter(Boolean);
}
