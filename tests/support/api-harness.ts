// A real server for API tests: the production Express app on an ephemeral loopback port,
// a real SQLite file (new, or a copy of a seed file), the dev authenticator with a small
// directory, and a fixed clock.

import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createApp } from '../../src/server/app';
import type { Authenticator } from '../../src/server/auth/authenticator';
import { devAuthenticator, type DirectoryEntry } from '../../src/server/auth/dev-authenticator';
import { serviceContext, type ServiceContext } from '../../src/services/context';
import { staticDirectory } from '../../src/services/directory';
import type { PlanStore } from '../../src/store/plan-store';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';

export const NOW = new Date('2026-11-28T09:00:00.000Z');

export const USERS = {
  advisor: 'advisor@dpko.example.org',
  viewer: 'viewer@dpko.example.org',
  admin: 'admin@dpko.example.org',
  focalA: 'focal.a@dpko.example.org',
  focalB: 'focal.b@dpko.example.org',
  owner: 'owner@dpko.example.org',
  stranger: 'stranger@dpko.example.org',
} as const;

export const DIRECTORY: DirectoryEntry[] = [
  { email: USERS.advisor, name: 'Gender Advisor', roles: ['gender-unit'] },
  { email: USERS.viewer, name: 'Senior Manager', roles: ['viewer'] },
  { email: USERS.admin, name: 'Administrator', roles: ['admin'] },
  { email: USERS.focalA, name: 'Focal Point A', roles: [] },
  { email: USERS.focalB, name: 'Focal Point B', roles: [] },
  { email: USERS.owner, name: 'Target Owner', roles: [] },
];

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  as?: string;
  body?: unknown;
  /** Sent as is (not JSON-encoded) when a string. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface ApiHarness {
  url: string;
  store: PlanStore;
  ctx: ServiceContext;
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

export interface StartApiOptions {
  authenticator?: Authenticator;
  clock?: () => Date;
  /**
   * A directory the caller owns: the database is DATABASE_FILE in it and stays there after
   * close(), for use as a `seed` (without it, a temporary directory removed on close).
   */
  dir?: string;
  /** A database file (closed) to start from, copied: cheaper than building its content again. */
  seed?: string;
  /**
   * Another store than the SQLite file (the SharePoint store on the Graph double): opened at
   * start, reported by /healthz as `name`; `close` ends it and whatever it runs on.
   */
  openStore?: () => Promise<{ store: PlanStore; name: string; close(): Promise<void> }>;
}

/** The database's file name inside the harness's directory. */
export const DATABASE_FILE = 'api.db';

export async function startApi(options: StartApiOptions = {}): Promise<ApiHarness> {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'api-'));
  const file = path.join(dir, DATABASE_FILE);
  if (options.seed) copyDatabase(options.seed, file);
  const other = options.openStore ? await options.openStore() : undefined;
  const store: PlanStore = other?.store ?? new SqliteStore({ path: file });
  const ctx = serviceContext(store, options.clock ?? (() => NOW), undefined, staticDirectory(DIRECTORY));
  const app = createApp({
    ctx,
    authenticator: options.authenticator ?? devAuthenticator(DIRECTORY),
    logger: pino({ level: 'silent' }),
    storeName: other?.name ?? 'sqlite',
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    store,
    ctx,
    async request(method, p, { as, body, rawBody, headers = {} } = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (as) (init.headers as Record<string, string>)['x-dev-user'] = as;
      if (rawBody !== undefined) init.body = rawBody;
      else if (body !== undefined) {
        init.body = JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      }
      const res = await fetch(url + p, init);
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, headers: res.headers, body: parsed as any };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await (other ? other.close() : store.close());
      if (!options.dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Copies a closed SQLite database. Closing the last connection folds the write-ahead log into
 * the file; a log still there means the source is open, and a copy of it could miss writes.
 */
function copyDatabase(from: string, to: string): void {
  if (fs.existsSync(`${from}-wal`) && fs.statSync(`${from}-wal`).size > 0) {
    throw new Error(`${from} is still open (its write-ahead log is not empty): close its store before copying it`);
  }
  fs.copyFileSync(from, to);
}
