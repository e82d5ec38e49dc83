// A real server for API tests: the production Express app on an ephemeral loopback port,
// a real SQLite file, the dev authenticator with a small directory, and a fixed clock.

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
  store: SqliteStore;
  ctx: ServiceContext;
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

export async function startApi(options: { authenticator?: Authenticator; clock?: () => Date } = {}): Promise<ApiHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-'));
  const store = new SqliteStore({ path: path.join(dir, 'api.db') });
  const ctx = serviceContext(store, options.clock ?? (() => NOW), undefined, staticDirectory(DIRECTORY));
  const app = createApp({
    ctx,
    authenticator: options.authenticator ?? devAuthenticator(DIRECTORY),
    logger: pino({ level: 'silent' }),
    storeName: 'sqlite',
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
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
