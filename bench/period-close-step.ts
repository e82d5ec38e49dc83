// One step of the period-close benchmark (period-close.ts), run in a child process of its own so
// that its peak resident memory is its own: the store is opened, the child says "ready" and
// waits for "go" on stdin (the parent counts Graph requests from then on), runs the step once,
// says "measured" (the parent stops counting) and prints what it cost as one JSON line.
//   read   one plain read of the department's targets (listPlanContents of the cycle)
//   close  the Gender Unit closes the period (services closePeriod: reads, rows, snapshot write)
//   write  the store layer alone: the targets read, rows derived (snapshotRowsOf), writeSnapshot

import readline from 'node:readline';
import { snapshotRowsOf } from '../src/domain/monitoring-derive';
import type { PlanStore } from '../src/store/plan-store';
import { SqliteStore } from '../src/store/sqlite/sqlite-store';
import { serviceContext } from '../src/services/context';
import type { Actor } from '../src/services/identity';
import { closePeriod } from '../src/services/monitoring/periods';
import { BENCH_CYCLE, BENCH_NOW, GENDER_UNIT } from './monitoring-world';
import { openSharePointStore, type GraphConnection } from './sharepoint-double';

export type CloseStepName = 'read' | 'close' | 'write';

/** Where the child finds the store: a SQLite file, or the SharePoint double of the parent. */
export type StepStore = { kind: 'sqlite'; path: string } | { kind: 'sharepoint'; connection: GraphConnection };

export interface StepRequest {
  step: CloseStepName;
  store: StepStore;
  periodId: string;
}

export interface StepMeasure {
  ms: number;
  /** The child's resident-set high-water mark, in MB. */
  peakMb: number;
  targets: number;
  /** Snapshot rows written (0 for a read). */
  rows: number;
}

async function openStore(store: StepStore): Promise<PlanStore> {
  return store.kind === 'sqlite' ? new SqliteStore({ path: store.path }) : openSharePointStore(store.connection, 'bench-close-step');
}

async function runStep(store: PlanStore, request: StepRequest): Promise<{ targets: number; rows: number }> {
  if (request.step === 'read') {
    const contents = await store.listPlanContents({ cycle: BENCH_CYCLE });
    return { targets: contents.reduce((n, c) => n + c.targets.length, 0), rows: 0 };
  }
  if (request.step === 'close') {
    const ctx = serviceContext(store, () => new Date(BENCH_NOW));
    const actor: Actor = { id: GENDER_UNIT, email: GENDER_UNIT, name: 'Gender Unit', roles: ['gender-unit'], focalOfficeIds: [] };
    await closePeriod(ctx, actor, request.periodId, {});
    // The rows are counted after the parent stopped counting (see child below).
    return { targets: 0, rows: -1 };
  }
  const [period, contents, reports] = await Promise.all([
    store.get('period', request.periodId),
    store.listPlanContents({ cycle: BENCH_CYCLE }),
    store.listReports({ periodId: request.periodId }),
  ]);
  if (!period) throw new Error(`No period ${request.periodId}.`);
  const targets = contents.flatMap((c) => c.targets.map((target) => ({ target, officeId: c.plan.officeId })));
  const rows = snapshotRowsOf({ period, officeIds: contents.map((c) => c.plan.officeId), targets, figures: new Map(), reports, today: BENCH_NOW.slice(0, 10) });
  await store.writeSnapshot({
    periodId: period.id,
    expectedVersion: period.version,
    rows,
    forced: false,
    missingOffices: [],
    actor: GENDER_UNIT,
    at: BENCH_NOW,
  });
  return { targets: targets.length, rows: rows.length };
}

async function child(request: StepRequest): Promise<StepMeasure> {
  const store = await openStore(request.store);
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => readline.createInterface({ input: process.stdin }).once('line', () => resolve()));
  const started = performance.now();
  const done = await runStep(store, request);
  const ms = performance.now() - started;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write('measured\n');
  const rows = done.rows >= 0 ? done.rows : ((await store.get('period', request.periodId))?.snapshotRows ?? 0);
  await store.close();
  return { ms, peakMb, targets: done.targets, rows };
}

if (require.main === module) {
  child(JSON.parse(process.argv[2] ?? '{}'))
    .then((m) => {
      process.stdout.write(`${JSON.stringify(m)}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
}
