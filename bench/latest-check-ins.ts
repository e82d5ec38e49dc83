// `npm run bench` (check-ins): the latest check-in of each of 10,000 targets, as the exports
// read it, in one query (PlanStore.latestCheckIns) against the loop it replaced (one
// listCheckIns per target, 16 at a time), on the same SQLite file in the same run.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays, dayOf } from '../src/domain/dates';
import type { CheckIn } from '../src/domain/model';
import type { Change, PlanStore } from '../src/store/plan-store';
import { SqliteStore } from '../src/store/sqlite/sqlite-store';
import { createBenchPlans } from './synthetic-plans';

const OFFICES = 20;
const CHECK_INS_PER_TARGET = 3;
const RUNS = 5;

export async function benchCheckIns(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-checkins-'));
  const store = new SqliteStore({ path: path.join(dir, 'bench.db') });
  try {
    const today = dayOf(new Date());
    const specs = Array.from({ length: OFFICES }, (_, i) => ({ code: `C${i + 10}`, objectives: 5, activitiesPerObjective: 10, targetsPerActivity: 10 }));
    const planIds = await createBenchPlans(store, specs, today, 'focal@bench.example.org');
    const targets = await store.queryTargets({ planIds });
    for (const planId of planIds) {
      const changes: Change[] = targets
        .filter((t) => t.planId === planId)
        .flatMap((t) =>
          Array.from({ length: CHECK_INS_PER_TARGET }, (_, k): Change => ({
            op: 'create',
            entity: 'checkin',
            record: {
              id: `${t.id}-c${k}`,
              planId,
              targetId: t.id,
              date: addDays(today, -30 + k * 7),
              value: null,
              percent: 10 * (k + 1),
              status: 'on-track',
              note: null,
              evidenceUrl: null,
              author: t.owner,
            },
          })),
        );
      await store.commit({ actor: 'bench', at: `${today}T00:00:00.000Z`, changes });
    }
    const ids = targets.map((t) => t.id);
    let loopFound = 0;
    let oneFound = 0;
    const loopMs = await best(async () => (loopFound = (await perTargetLoop(store, ids)).size));
    const oneMs = await best(async () => (oneFound = (await store.latestCheckIns(ids)).size));
    const n = (x: number) => x.toLocaleString('en-US');
    return [
      '## Latest check-ins',
      '',
      `${n(ids.length)} targets with ${CHECK_INS_PER_TARGET} check-ins each, SQLite file; best of ${RUNS}.`,
      '',
      '| read | ms | latest found | vs one query |',
      '|---|---|---|---|',
      `| one query (latestCheckIns, window function) | ${oneMs.toFixed(1)} | ${n(oneFound)} | 1.0× |`,
      `| the old loop: listCheckIns per target, 16 at a time | ${loopMs.toFixed(1)} | ${n(loopFound)} | ${(loopMs / oneMs).toFixed(1)}× |`,
    ];
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What src/services/exports.ts did before: one read per target, a few at a time. */
async function perTargetLoop(store: PlanStore, ids: readonly string[]): Promise<Map<string, CheckIn>> {
  const latest = new Map<string, CheckIn>();
  for (let i = 0; i < ids.length; i += 16) {
    const batch = ids.slice(i, i + 16);
    const lists = await Promise.all(batch.map((id) => store.listCheckIns(id)));
    lists.forEach((list, j) => {
      const last = list.at(-1);
      if (last) latest.set(batch[j] ?? '', last);
    });
  }
  return latest;
}

async function best(work: () => Promise<unknown>): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}
