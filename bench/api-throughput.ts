// The API under 32 concurrent connections (autocannon): each route as a ratio to /healthz
// measured on the same server in the same run, with p50/p99 latencies and body sizes, on a
// SQLite store of 20 plans × 500 targets. Returns Markdown lines; bench/run.ts prints them.

import fs from 'node:fs';
import http from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import { dayOf } from '../src/domain/dates';
import { createApp } from '../src/server/app';
import { devAuthenticator } from '../src/server/auth/dev-authenticator';
import { serviceContext } from '../src/services/context';
import { SqliteStore } from '../src/store/sqlite/sqlite-store';
import { createBenchPlans } from './synthetic-plans';

const CONNECTIONS = 32;
/** Who every measured request says it is (dev mode): a reader of everything. */
export const BENCH_READER = 'bench.advisor@bench.example.org';
const USER = BENCH_READER;
// What a browser in Teams sends: responses come compressed, as they do in production.
const HEADERS = { 'x-dev-user': USER, 'accept-encoding': 'gzip' };

export interface Measure {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  /** Body size as sent compressed, and uncompressed. */
  wireKb: number;
  jsonKb: number;
  errors: number;
}

/** Measures each route for `durationS` seconds (after a one-second warm-up). */
export async function benchApi(durationS: number): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const store = new SqliteStore({ path: path.join(dir, 'bench.db') });
  const today = dayOf(new Date());
  // One 500-target plan (5 × 10 × 10) and 19 more of 500 each: 10,000 targets in all.
  const specs = Array.from({ length: 20 }, (_, i) => ({ code: `B${i + 10}`, objectives: 5, activitiesPerObjective: 10, targetsPerActivity: 10 }));
  const [bigPlan] = await createBenchPlans(store, specs, today, 'focal@bench.example.org');
  const app = createApp({
    ctx: serviceContext(store),
    authenticator: devAuthenticator([{ email: USER, name: 'Bench', roles: ['gender-unit'] }]),
    logger: pino({ level: 'silent' }),
    storeName: 'sqlite',
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const measure = (name: string, url: string) => measureRoute(name, url, durationS);
    const results = [
      await measure('GET /healthz', `${base}/healthz`),
      await measure('GET /api/plans/{id} (500 targets)', `${base}/api/plans/${bigPlan}`),
      await measure('GET /api/targets (10,000 targets: first page, default 200)', `${base}/api/targets`),
      await measure('GET /api/targets?cursor=… (10,000 targets: page 26 of 50)', `${base}/api/targets?cursor=${await cursorOfPage(base, 25)}`),
      await measure('GET /api/targets?overdue=true (1,000 overdue: first page of 200)', `${base}/api/targets?overdue=true`),
    ];
    const [baseline] = results;
    if (!baseline) throw new Error('The API bench measured nothing.');
    return [
      `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, ${CONNECTIONS} connections, ${durationS} s each`,
      '',
      '| route | req/s | p50 ms | p99 ms | KB sent (gzip) | KB JSON | rps vs /healthz | p99 vs /healthz | errors |',
      '|---|---|---|---|---|---|---|---|---|',
      ...results.map(
        (m) =>
          `| ${m.name} | ${m.rps.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.wireKb.toFixed(1)} | ${m.jsonKb.toFixed(1)} | ${(m.rps / baseline.rps).toFixed(3)} | ${(m.p99 / Math.max(baseline.p99, 1)).toFixed(1)}× | ${m.errors} |`,
      ),
    ];
  } finally {
    server.closeAllConnections();
    server.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One route under CONNECTIONS connections for `durationS` seconds, after a one-second warm-up, as BENCH_READER. */
export async function measureRoute(name: string, url: string, durationS: number): Promise<Measure> {
  await autocannon({ url, connections: CONNECTIONS, duration: 1, headers: HEADERS }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: durationS, headers: HEADERS });
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ...(await sizes(url)),
    errors: r.errors + r.non2xx,
  };
}

async function sizes(url: string): Promise<{ wireKb: number; jsonKb: number }> {
  const compressed = await new Promise<number>((resolve, reject) => {
    http.get(url, { headers: HEADERS }, (res) => {
      let n = 0;
      res
        .on('data', (chunk: Buffer) => (n += chunk.length))
        .on('end', () => resolve(n))
        .on('error', reject);
    });
  });
  const plain = (await (await fetch(url, { headers: { 'x-dev-user': USER } })).arrayBuffer()).byteLength;
  return { wireKb: compressed / 1024, jsonKb: plain / 1024 };
}

/** The cursor that ends page `pages` of the default size, found by walking the pages. */
async function cursorOfPage(base: string, pages: number): Promise<string> {
  let cursor = '';
  for (let i = 0; i < pages; i++) {
    const page = (await (await fetch(`${base}/api/targets${cursor ? `?cursor=${cursor}` : ''}`, { headers: { 'x-dev-user': USER } })).json()) as {
      nextCursor: string | null;
    };
    if (!page.nextCursor) throw new Error(`There are fewer than ${pages + 1} pages of targets.`);
    cursor = encodeURIComponent(page.nextCursor);
  }
  return cursor;
}
