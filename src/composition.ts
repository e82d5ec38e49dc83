// The composition root: turns a Config into running parts (logger, store, services,
// authenticator, HTTP server). Nothing else wires adapters or reads configuration.

import type { Server } from 'node:http';
import os from 'node:os';
import pino, { type Logger } from 'pino';
import { createBot } from './bot/bot-app';
import { botSettingsFrom, directoryFrom, reminderIntervalMs, reminderSettingsFrom } from './bot/bot-config';
import { ConfigError, type Config } from './config';
import { buildDemoData, DEMO_USERS } from './demo/demo-data';
import { DocumentLibrary } from './graph/document-library';
import { GraphAccess } from './graph/graph-access';
import { loadListSchema } from './graph/list-schema';
import { SharePointStore } from './graph/sharepoint-store';
import { startReminderScheduler } from './reminders/scheduler';
import { createApp } from './server/app';
import { tabConfigOf } from './server/tab-routes';
import type { Authenticator } from './server/auth/authenticator';
import { devAuthenticator } from './server/auth/dev-authenticator';
import { entraAuthenticator } from './server/auth/entra-authenticator';
import { serviceContext, type ServiceContext } from './services/context';
import { attachExportLibrary } from './services/exports';
import { seedDataset } from './services/seed';
import type { PlanStore } from './store/plan-store';
import { SqliteStore } from './store/sqlite/sqlite-store';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  // Logs go to stderr so that commands can keep stdout for their output.
  return pino({ level: config.logLevel }, pino.destination(2));
}

/** One Graph client (and one msal token cache) per process. */
export function graphAccess(config: Config, logger: Logger): GraphAccess {
  if (!config.tenantId || !config.clientId || !config.clientSecret) {
    throw new ConfigError('Microsoft Graph needs TENANT_ID, CLIENT_ID and CLIENT_SECRET.');
  }
  return new GraphAccess({
    graphEndpoint: config.graphEndpoint,
    authorityHost: config.authorityHost,
    tenantId: config.tenantId,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    logger,
  });
}

export async function openStore(config: Config, logger: Logger = createLogger(config)): Promise<PlanStore> {
  if (config.store === 'sqlite') return new SqliteStore({ path: config.sqlitePath });
  const graph = graphAccess(config, logger);
  const store = await SharePointStore.open({
    graph,
    siteUrl: config.sharepointSiteUrl!,
    schema: loadListSchema(),
    logger,
    holder: `${os.hostname()}:${process.pid}`,
  });
  // Exports can be saved to the site's document library, through the store's one Graph client.
  attachExportLibrary(store, new DocumentLibrary(graph, store.site.siteId));
  return store;
}

export function createAuthenticator(config: Config): Authenticator {
  if (config.authMode === 'dev') return devAuthenticator(DEMO_USERS);
  return entraAuthenticator({
    tenantId: config.tenantId!,
    audiences: config.apiAudiences,
    authorityHost: config.authorityHost,
    roleMapping: config.roleMapping,
    requiredScope: config.apiScope,
  });
}

/** The services' context on an open store, with the configured directory (people's names). */
export function contextFor(config: Config, store: PlanStore, logger: Logger, clock?: () => Date): ServiceContext {
  return serviceContext(store, clock, undefined, directoryFrom(config, logger));
}

export async function seedDemo(ctx: ServiceContext) {
  return seedDataset(ctx, buildDemoData(ctx.clock(), ctx.newId));
}

export interface RunningServer {
  url: string;
  server: Server;
  store: PlanStore;
  close(): Promise<void>;
}

/** Opens the store, seeds an empty one when configured to, and listens. */
export async function startServer(config: Config, logger: Logger = createLogger(config)): Promise<RunningServer> {
  const store = await openStore(config, logger);
  const ctx = contextFor(config, store, logger);
  const directory = ctx.directory;
  if (config.seedDemo && (await store.isEmpty())) {
    const seeded = await seedDemo(ctx);
    logger.info(seeded, 'the store was empty: loaded the demo data');
  }
  const authenticator = createAuthenticator(config);
  if (authenticator.mode === 'dev') {
    logger.warn(
      '!!! AUTH_MODE=dev: anyone on this machine can act as anyone with the x-dev-user header. ' +
        'Listening on 127.0.0.1 only. Never use dev mode in production. !!!',
    );
  }
  const bot = await createBot({ ctx, directory, logger, settings: botSettingsFrom(config) });
  const app = createApp({
    ctx,
    authenticator,
    logger,
    storeName: config.store,
    bot: bot.router,
    tab: { dir: config.tabDir, config: tabConfigOf(config, config.authMode === 'dev' ? DEMO_USERS : []) },
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ url, store: config.store, authMode: config.authMode }, '1325 Action Plan is listening');
  const scheduler = config.remindersEnabled
    ? startReminderScheduler(
        { ctx, outbox: bot.outbox, directory, logger, settings: reminderSettingsFrom(config) },
        { intervalMs: reminderIntervalMs(config), runAtStart: true },
      )
    : null;
  return {
    url,
    server,
    store,
    async close() {
      await scheduler?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
