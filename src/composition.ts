// The composition root: turns a Config into running parts (logger, store, services,
// authenticator, HTTP server). Nothing else wires adapters or reads configuration.

import type { Server } from 'node:http';
import pino, { type Logger } from 'pino';
import { ConfigError, type Config } from './config';
import { buildDemoData, DEMO_USERS } from './demo/demo-data';
import { createApp } from './server/app';
import type { Authenticator } from './server/auth/authenticator';
import { devAuthenticator } from './server/auth/dev-authenticator';
import { entraAuthenticator } from './server/auth/entra-authenticator';
import { serviceContext, type ServiceContext } from './services/context';
import { seedDataset } from './services/seed';
import type { PlanStore } from './store/plan-store';
import { SqliteStore } from './store/sqlite/sqlite-store';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  // Logs go to stderr so that commands can keep stdout for their output.
  return pino({ level: config.logLevel }, pino.destination(2));
}

export async function openStore(config: Config): Promise<PlanStore> {
  if (config.store === 'sqlite') return new SqliteStore({ path: config.sqlitePath });
  throw new ConfigError('STORE=sharepoint is not available in this release yet; use STORE=sqlite.');
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
  const store = await openStore(config);
  const ctx = serviceContext(store);
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
  const app = createApp({ ctx, authenticator, logger, storeName: config.store });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ url, store: config.store, authMode: config.authMode }, '1325 Action Plan is listening');
  return {
    url,
    server,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
