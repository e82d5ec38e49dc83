// `npm run bench`: the API under 32 concurrent connections, each route as a ratio to
// /healthz measured on the same server in the same run, with p50/p99 latencies; then the
// other benchmarks. `npm run bench -- [seconds] [api|checkins|export|reminders|sharepoint|tab …]`
// runs only those named (all by default).

import fs from 'node:fs';
import http from 'node:http';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import { dayOf } from '../domain/dates';
import { createApp } from '../server/app';
import { devAuthenticator } from '../server/auth/dev-authenticator';
import { serviceContext } from '../services/context';
import { SqliteStore } from '../store/sqlite/sqlite-store';
import { benchExport } from '../export/bench-export';
import { benchReminders } from '../reminders/bench-reminders';
import { createBenchPlans } from './bench-data';
import { benchCheckIns } from './bench-checkins';
import { benchSharePoint } from './bench-sharepoint';
import { benchTab } from './bench-tab';

const CONNECTIONS = 32;
const ARGS = process.argv.slice(2);
const DURATION_S = Number(ARGS.find((a) => /^\d+$/.test(a)) ?? 8);
const ONLY = new Set(ARGS.filter((a) => !/^\d+$/.test(a)));
const selected = (name: string) => ONLY.size === 0 || ONLY.has(name);
const USER = 'bench.advisor@bench.example.org';
// What a browser in Teams sends: responses come compressed, as they do in production.
const HEADERS = { 'x-dev-user': USER, 'accept-encoding': 'gzip' };

interface Measure {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  /** Body size as sent compressed, and uncompressed. */
  wireKb: number;
  jsonKb: number;
  errors: number;
}

async function sizes(url: string): Promise<{ wireKb: number; jsonKb: number }> {
  const compressed = await new Promise<number>((resolve, reject) => {
    http.get(url, { headers: HEADERS }, (res) => {
      let n = 0;
      res.on('data', (chunk: Buffer) => (n += chunk.length)).on('end', () => resolve(n)).on('error', reject);
    });
  });
  const plain = (await (await fetch(url, { headers: { 'x-dev-user': USER } })).arrayBuffer()).byteLength;
  return { wireKb: compressed / 1024, jsonKb: plain / 1024 };
}

async function measure(name: string, url: string): Promise<Measure> {
  await autocannon({ url, connections: CONNECTIONS, duration: 1, headers: HEADERS }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers: HEADERS });
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ...(await sizes(url)),
    errors: r.errors + r.non2xx,
  };
}

async function main(): Promise<void> {
  if (selected('api')) await benchApi();
  const others: [string, () => Promise<string[]>][] = [
    ['checkins', benchCheckIns],
    ['export', benchExport],
    ['reminders', benchReminders],
    ['sharepoint', benchSharePoint],
    ['tab', benchTab],
  ];
  for (const [name, bench] of others) {
    if (!selected(name)) continue;
    console.log('');
    for (const line of await bench()) console.log(line);
  }
}

async function benchApi(): Promise<void> {
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
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  const results = [
    await measure('GET /healthz', `${base}/healthz`),
    await measure('GET /api/plans/{id} (500 targets)', `${base}/api/plans/${bigPlan}`),
    await measure('GET /api/targets (10,000 targets: first page, default 200)', `${base}/api/targets`),
    await measure('GET /api/targets?cursor=… (10,000 targets: page 26 of 50)', `${base}/api/targets?cursor=${await cursorOfPage(base, 25)}`),
    await measure('GET /api/targets?overdue=true (1,000 overdue: first page of 200)', `${base}/api/targets?overdue=true`),
  ];
  const baseline = results[0]!;
  console.log(`\n${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, ${CONNECTIONS} connections, ${DURATION_S} s each\n`);
  console.log('| route | req/s | p50 ms | p99 ms | KB sent (gzip) | KB JSON | rps vs /healthz | p99 vs /healthz | errors |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const m of results) {
    console.log(
      `| ${m.name} | ${m.rps.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.wireKb.toFixed(1)} | ${m.jsonKb.toFixed(1)} | ${(m.rps / baseline.rps).toFixed(3)} | ${(m.p99 / Math.max(baseline.p99, 1)).toFixed(1)}× | ${m.errors} |`,
    );
  }
  server.closeAllConnections();
  server.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

/** The cursor that ends page `pages` of the default size, found by walking the pages. */
async function cursorOfPage(base: string, pages: number): Promise<string> {
  let cursor = '';
  for (let i = 0; i < pages; i++) {
    const page = (await (await fetch(`${base}/api/targets${cursor ? `?cursor=${cursor}` : ''}`, { headers: { 'x-dev-user': USER } })).json()) as { nextCursor: string | null };
    if (!page.nextCursor) throw new Error(`There are fewer than ${pages + 1} pages of targets.`);
    cursor = encodeURIComponent(page.nextCursor);
  }
  return cursor;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
