// The composition root: turns a Config into running parts (logger, store, export library,
// directory, services' context, authenticator, bot, reminder sweeps, HTTP server) for the
// server, the bot and every CLI command. Nothing else builds adapters or reads configuration.

import type { Server } from 'node:http';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { ConfigError, type Config } from './config';
import type { GraphAccess } from './graph/graph-access';
import type { ReminderDeps, ReminderSettings } from './reminders/sweep-data';
import type { Authenticator } from './server/auth/authenticator';
import { serviceContext, type ServiceContext } from './services/context';
import type { Directory } from './services/directory';
import type { ExportLibrary } from './services/export-library';
import type { PlanStore } from './store/plan-store';
import { SqliteStore } from './store/sqlite/sqlite-store';

// The adapters load when they are first needed (`await import`): a CLI command on SQLite never
// loads Express, the Teams SDK or the Graph clients, and answers in a third of the time
// (docs/benchmarks.md, "CLI start").

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  // Logs go to stderr so that commands can keep stdout for their output.
  return pino({ level: config.logLevel }, pino.destination(2));
}

/** One Graph client (and one msal token cache) per process. */
export async function graphAccess(config: Config, logger: Logger): Promise<GraphAccess> {
  if (!config.tenantId || !config.clientId || !config.clientSecret) {
    throw new ConfigError('Microsoft Graph needs TENANT_ID, CLIENT_ID and CLIENT_SECRET.');
  }
  const { GraphAccess } = await import('./graph/graph-access');
  return new GraphAccess({
    graphEndpoint: config.graphEndpoint,
    authorityHost: config.authorityHost,
    tenantId: config.tenantId,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    logger,
  });
}

export interface OpenStore {
  store: PlanStore;
  /** The SharePoint site's document library, on the store's one Graph client; null for SQLite. */
  library: ExportLibrary | null;
}

export async function openStore(config: Config, logger: Logger = createLogger(config)): Promise<OpenStore> {
  if (config.store === 'sqlite') return { store: new SqliteStore({ path: config.sqlitePath }), library: null };
  if (!config.sharepointSiteUrl) throw new ConfigError('STORE=sharepoint needs SHAREPOINT_SITE_URL');
  const [graph, { SharePointStore }, { loadListSchema }, { DocumentLibrary }] = await Promise.all([
    graphAccess(config, logger),
    import('./graph/sharepoint-store'),
    import('./graph/list-schema'),
    import('./graph/document-library'),
  ]);
  const store = await SharePointStore.open({
    graph,
    siteUrl: config.sharepointSiteUrl,
    schema: loadListSchema(),
    logger,
    holder: `${os.hostname()}:${process.pid}`,
  });
  return { store, library: new DocumentLibrary(graph, store.site.siteId) };
}

/** The services, ready to call: the open store with its library, the directory, the clock. */
export interface Services {
  ctx: ServiceContext;
  logger: Logger;
  close(): Promise<void>;
}

export async function openServices(config: Config, options: { logger?: Logger; clock?: () => Date } = {}): Promise<Services> {
  const logger = options.logger ?? createLogger(config);
  const { store, library } = await openStore(config, logger);
  const ctx = serviceContext(store, options.clock, undefined, await directoryFrom(config, logger), library);
  return { ctx, logger, close: () => store.close() };
}

export async function createAuthenticator(config: Config): Promise<Authenticator> {
  if (config.authMode === 'dev') {
    const [{ devAuthenticator }, { DEMO_USERS }] = await Promise.all([import('./server/auth/dev-authenticator'), import('./demo/demo-users')]);
    return devAuthenticator(DEMO_USERS);
  }
  if (!config.tenantId) throw new ConfigError('AUTH_MODE=entra needs TENANT_ID and CLIENT_ID');
  const { entraAuthenticator } = await import('./server/auth/entra-authenticator');
  return entraAuthenticator({
    tenantId: config.tenantId,
    audiences: config.apiAudiences,
    authorityHost: config.authorityHost,
    roleMapping: config.roleMapping,
    requiredScope: config.apiScope,
  });
}

/**
 * Dev mode: the demo users (as the dev authenticator). Entra mode: Microsoft Graph with the
 * app's own credentials. Without a client secret there is no app-only token for Graph, so the
 * bot knows nobody's product role (focal points and owners still work: they come from the data).
 */
export async function directoryFrom(config: Config, logger: Logger): Promise<Directory> {
  const { staticDirectory } = await import('./services/directory');
  if (config.authMode === 'dev') return staticDirectory((await import('./demo/demo-users')).DEMO_USERS);
  if (!config.clientId || !config.clientSecret || !config.tenantId) {
    logger.warn('no CLIENT_SECRET: the bot cannot read app roles from Entra ID, so it treats everyone as having no product role');
    return staticDirectory([]);
  }
  const [{ clientCredentialsTokens }, { graphDirectory }] = await Promise.all([import('./bot/bot-token'), import('./bot/graph-directory')]);
  const tokens = clientCredentialsTokens(
    { clientId: config.clientId, clientSecret: config.clientSecret, tenantId: config.tenantId, authorityHost: config.authorityHost },
    logger,
  );
  return graphDirectory({
    graphEndpoint: config.graphEndpoint,
    clientId: config.clientId,
    token: () => tokens(`${config.graphEndpoint.replace(/\/+$/, '')}/.default`),
    roleMapping: config.roleMapping,
  });
}

export const REMINDER_LEASE_MS = 5 * 60_000;
export const REMINDER_PENDING_TIMEOUT_MS = 30 * 60_000;

export async function reminderSettingsFrom(config: Config): Promise<ReminderSettings> {
  const [{ botSettingsFrom }, { TEAMS_LIMITS }] = await Promise.all([import('./bot/bot-config'), import('./reminders/throttle')]);
  return {
    instanceId: config.instanceId ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    tenantId: config.tenantId,
    serviceUrl: botSettingsFrom(config).serviceUrl,
    leaseTtlMs: REMINDER_LEASE_MS,
    pendingTimeoutMs: REMINDER_PENDING_TIMEOUT_MS,
    throttle: TEAMS_LIMITS,
  };
}

/** What `remind` runs on: the services with the clock stopped at `now`, and the bot's outbox when it sends. */
export async function openReminders(config: Config, { now, send }: { now: Date; send: boolean }): Promise<{ deps: ReminderDeps; close(): Promise<void> }> {
  const { ctx, logger, close } = await openServices(config, { clock: () => now });
  const outbox = send ? await createOutboxFor(config, logger) : null;
  return { deps: { ctx, outbox, directory: ctx.directory, logger, settings: await reminderSettingsFrom(config) }, close };
}

async function createOutboxFor(config: Config, logger: Logger) {
  const [{ createOutbox }, { botSettingsFrom }] = await Promise.all([import('./bot/bot-app'), import('./bot/bot-config')]);
  return createOutbox(botSettingsFrom(config), logger);
}

export async function seedDemo(ctx: ServiceContext) {
  const [{ seedDataset }, { buildDemoData }] = await Promise.all([import('./services/seed'), import('./demo/demo-data')]);
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
  const services = await openServices(config, { logger });
  const { ctx } = services;
  const { store, directory } = ctx;
  if (config.seedDemo && (await store.isEmpty())) {
    const seeded = await seedDemo(ctx);
    logger.info(seeded, 'the store was empty: loaded the demo data');
  }
  const authenticator = await createAuthenticator(config);
  if (authenticator.mode === 'dev') {
    logger.warn(
      '!!! AUTH_MODE=dev: anyone on this machine can act as anyone with the x-dev-user header. ' +
        'Listening on 127.0.0.1 only. Never use dev mode in production. !!!',
    );
  }
  const [{ createBot }, { botSettingsFrom }, { createApp }, { tabConfigOf }, { DEMO_USERS }, { startReminderScheduler }] = await Promise.all([
    import('./bot/bot-app'),
    import('./bot/bot-config'),
    import('./server/app'),
    import('./server/tab-routes'),
    import('./demo/demo-users'),
    import('./reminders/scheduler'),
  ]);
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
        { ctx, outbox: bot.outbox, directory, logger, settings: await reminderSettingsFrom(config) },
        { intervalMs: config.reminderIntervalMinutes * 60_000, runAtStart: true },
      )
    : null;
  return {
    url,
    server,
    store,
    async close() {
      await scheduler?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close();
    },
  };
}
