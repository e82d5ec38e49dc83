// `/api/trends` under load against `/healthz` on the same server in the same run (issue 14:
// p99 with 8 closed periods ≤ 5× /healthz's). One server on a SQLite file holding the
// monitoring world of monitoring-world.ts (20 offices × 500 targets, cycle 2006-2007 in 8
// quarters); the trends are measured with all eight quarters closed (their snapshots), then
// with the last reopened (computed live, as the current period of a cycle is). Measured as
// api-throughput.ts measures the plan routes (autocannon, 32 connections).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createApp } from '../src/server/app';
import { devAuthenticator } from '../src/server/auth/dev-authenticator';
import { serviceContext, type ServiceContext } from '../src/services/context';
import type { Actor } from '../src/services/identity';
import { closePeriod } from '../src/services/monitoring/periods';
import type { RecordPatch } from '../src/domain/model';
import type { PlanStore } from '../src/store/plan-store';
import { SqliteStore } from '../src/store/sqlite/sqlite-store';
import { BENCH_READER, measureRoute, type Measure } from './api-throughput';
import { serveOnLoopback, type LoopbackServer } from './loopback-server';
import { BENCH_CYCLE, BENCH_NOW, createMonitoringWorld, GENDER_UNIT } from './monitoring-world';

const GOAL = 5;

export async function benchTrends(durationS: number): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-trends-'));
  const store = new SqliteStore({ path: path.join(dir, 'bench.db') });
  let server: LoopbackServer | undefined;
  try {
    const world = await createMonitoringWorld(store);
    const ctx = serviceContext(store, () => new Date(BENCH_NOW));
    const app = createApp({
      ctx,
      authenticator: devAuthenticator([{ email: BENCH_READER, name: 'Bench', roles: ['gender-unit'] }]),
      logger: pino({ level: 'silent' }),
      storeName: 'sqlite',
    });
    server = await serveOnLoopback(app);
    const base = server.base;
    const trendsUrl = `${base}/api/trends?cycle=${BENCH_CYCLE}`;
    const last = world.periods.at(-1);
    if (world.periods.length !== 8 || !last) throw new Error(`The bench cycle has ${world.periods.length} periods, not 8.`);

    // The first quarter has every report; the later ones close with reports missing (force).
    const closeStarted = performance.now();
    for (const period of world.periods) await close(ctx, period.id);
    const closes = performance.now() - closeStarted;
    const healthz = await measureRoute('GET /healthz', `${base}/healthz`, durationS);
    await expectTrends(trendsUrl);
    const closed = await measureRoute('GET /api/trends (8 periods from snapshots)', trendsUrl, durationS);
    // Measured last: the slow requests still running when a measure ends would weigh on the next.
    await reopen(store, last.id);
    await expectTrends(trendsUrl);
    const live = await measureRoute('GET /api/trends (7 periods from snapshots, the 8th reopened: live)', trendsUrl, durationS);

    const results = [healthz, closed, live];
    const line = (m: Measure) =>
      // autocannon counts only the requests that finished: none means each took longer than the whole measure.
      m.rps === 0
        ? `| ${m.name} | 0: none finished in ${durationS} s | | | | | | | ${m.errors} |`
        : `| ${m.name} | ${m.rps.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.wireKb.toFixed(1)} | ${m.jsonKb.toFixed(1)} | ${(m.rps / healthz.rps).toFixed(3)} | ${(m.p99 / Math.max(healthz.p99, 1)).toFixed(1)}× | ${m.errors} |`;
    const ratio = closed.rps === 0 ? Infinity : closed.p99 / Math.max(healthz.p99, 1);
    return [
      `Trends; ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 16)} UTC, load average ${os.loadavg()[0]?.toFixed(1)}, 32 connections, ${durationS} s each; ` +
        `SQLite, ${world.officeIds.length} offices × 500 targets; closing the eight quarters took ${(closes / 1000).toFixed(1)} s.`,
      '',
      '| route | req/s | p50 ms | p99 ms | KB sent (gzip) | KB JSON | rps vs /healthz | p99 vs /healthz | errors |',
      '|---|---|---|---|---|---|---|---|---|',
      ...results.map(line),
      '',
      `Goal: /api/trends with 8 closed periods, p99 ≤ ${GOAL}× /healthz: ${ratio <= GOAL ? 'met' : 'NOT met'} (${ratio.toFixed(1)}×).`,
    ];
  } finally {
    server?.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function close(ctx: ServiceContext, periodId: string): Promise<void> {
  const actor: Actor = { id: GENDER_UNIT, email: GENDER_UNIT, name: 'Gender Unit', roles: ['gender-unit'], focalOfficeIds: [] };
  await closePeriod(ctx, actor, periodId, { force: true });
}

/** Sets a closed period open again (its snapshot rows stay; an open period's trend is computed live). */
async function reopen(store: PlanStore, periodId: string): Promise<void> {
  const period = await store.get('period', periodId);
  if (!period) throw new Error(`No period ${periodId}.`);
  const patch: RecordPatch<'period'> = { status: 'open', closedAt: null, closedBy: null, forced: false, missingOffices: [], snapshotRows: 0, closing: null };
  await store.commit({
    actor: GENDER_UNIT,
    at: BENCH_NOW,
    changes: [{ op: 'update', entity: 'period', id: periodId, expectedVersion: period.version, patch }],
  });
}

/** The route answers 200 with a period per quarter, so that the figures measure trends, not an error. */
async function expectTrends(url: string): Promise<void> {
  const res = await fetch(url, { headers: { 'x-dev-user': BENCH_READER } });
  const body: unknown = await res.json();
  const periods = typeof body === 'object' && body !== null && 'periods' in body && Array.isArray(body.periods) ? body.periods.length : -1;
  if (res.status !== 200 || periods !== 8)
    throw new Error(`GET /api/trends answered ${res.status} with ${periods} periods: ${JSON.stringify(body).slice(0, 300)}`);
}
