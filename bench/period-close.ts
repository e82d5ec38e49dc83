// Closing a period of 20 offices × 500 targets (10,000 snapshot rows and more), as a ratio to
// one plain read of the same targets measured in the same run: time and peak resident memory,
// each step in a child process of its own (period-close-step.ts), on SQLite and on the
// SharePoint Graph double; on the double also the Graph requests against the least possible
// (the lists the step read, a page per 5,000 items, and its rows in $batch requests of 20).
// Every run closes the same period from the same state: on SQLite a fresh copy of the file,
// on the double the snapshot list emptied and the period reopened. Medians of RUNS runs.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { FakeGraph } from '../tests/fakes/graph';
import type { RecordPatch } from '../src/domain/model';
import type { SharePointStore } from '../src/graph/sharepoint-store';
import { SqliteStore } from '../src/store/sqlite/sqlite-store';
import { BENCH_NOW, createMonitoringWorld, GENDER_UNIT } from './monitoring-world';
import type { CloseStepName, StepMeasure, StepRequest } from './period-close-step';
import { connectionOf, openSharePointStore, startProvisionedDouble, tallyOf, type GraphTally } from './sharepoint-double';

const RUNS = 3;
const STEP_TIMEOUT_MS = 5 * 60_000;
const PAGE = 5000;
const BATCH = 20;
const STEPS: readonly { step: CloseStepName; name: string }[] = [
  { step: 'read', name: 'one plain read of the targets (listPlanContents)' },
  { step: 'close', name: 'close the period (service closePeriod)' },
  { step: 'write', name: 'store layer: read targets, snapshotRowsOf, writeSnapshot' },
];

interface Measured extends StepMeasure {
  tally?: GraphTally;
}

export async function benchPeriodClose(): Promise<string[]> {
  return [
    `Closing a period; ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 16)} UTC, load average ${os.loadavg()[0]?.toFixed(1)} at the start. ` +
      `Each step in a process of its own, ${RUNS} runs, medians; peak RSS of that process.`,
    '',
    ...(await onSqlite()),
    '',
    ...(await onSharePoint()),
  ];
}

async function onSqlite(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-close-'));
  try {
    const base = path.join(dir, 'base.db');
    const store = new SqliteStore({ path: base });
    const world = await createMonitoringWorld(store);
    await store.close();
    const periodId = firstPeriod(world.periods);
    const runs = await measureRuns(async (step, run) => {
      // Each write closes a fresh copy; reads share the untouched file.
      const file = step === 'read' ? base : path.join(dir, `run-${run}-${step}.db`);
      if (file !== base) fs.copyFileSync(base, file);
      return runChild({ step, store: { kind: 'sqlite', path: file }, periodId });
    });
    return table('SQLite (a file, WAL)', runs, false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function onSharePoint(): Promise<string[]> {
  const fake = await startProvisionedDouble();
  try {
    const store = await openSharePointStore(connectionOf(fake), 'bench-close-parent');
    const world = await createMonitoringWorld(store);
    const periodId = firstPeriod(world.periods);
    const runs = await measureRuns(async (step) => {
      const measured = await runChild({ step, store: { kind: 'sharepoint', connection: connectionOf(fake) }, periodId }, { fake, store });
      if (step !== 'read') await reopen(fake, store, periodId);
      return measured;
    });
    return table('SharePoint store on the Graph double', runs, true, (m) => leastRequests(fake, store, m.tally, m.rows));
  } finally {
    await fake.close();
  }
}

function firstPeriod(periods: readonly { id: string }[]): string {
  const [first] = periods;
  if (!first) throw new Error('The monitoring world has no period.');
  return first.id;
}

/** RUNS rounds of every step in turn, so that a busy moment of the machine falls on all of them. */
async function measureRuns(measure: (step: CloseStepName, run: number) => Promise<Measured>): Promise<Map<CloseStepName, Measured[]>> {
  const runs = new Map<CloseStepName, Measured[]>(STEPS.map(({ step }) => [step, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const { step } of STEPS) runs.get(step)?.push(await measure(step, run));
  }
  return runs;
}

function table(title: string, runs: Map<CloseStepName, Measured[]>, graph: boolean, least?: (m: Measured & { tally: GraphTally }) => number): string[] {
  const medians = new Map([...runs].map(([step, measures]) => [step, median(measures)]));
  const read = medians.get('read');
  if (!read) throw new Error('The close bench measured no read.');
  const rows = STEPS.map(({ step, name }) => {
    const m = medians.get(step);
    if (!m) return `| ${name} | not measured |`;
    const tally = m.tally;
    const requests =
      graph && tally && least ? ` ${tally.requests} | ${least({ ...m, tally })} | ${(tally.requests / least({ ...m, tally })).toFixed(2)}× |` : '';
    return `| ${name} | ${m.rows.toLocaleString('en')} | ${m.ms.toFixed(0)} | ${(m.ms / read.ms).toFixed(2)}× | ${m.peakMb.toFixed(0)} | ${(m.peakMb / read.peakMb).toFixed(2)}× |${requests}`;
  });
  const lists = graph
    ? STEPS.map(({ step, name }) => {
        const tally = medians.get(step)?.tally;
        return tally
          ? `- ${name}: ${tally.requests - tally.batches} single requests and ${tally.batches} $batch (${tally.inner} inside); lists ${tally.lists.join(', ')}`
          : `- ${name}: —`;
      })
    : [];
  return [
    `**${title}**: ${read.targets.toLocaleString('en')} targets read`,
    '',
    `| step | snapshot rows | ms | time × read | peak RSS MB | peak × read |${graph ? ' Graph requests | least possible | ratio |' : ''}`,
    `|---|---|---|---|---|---|${graph ? '---|---|---|' : ''}`,
    ...rows,
    ...(graph ? ['', 'What each step asked of Graph (the median run):', ...lists] : []),
  ];
}

/** The median run by time, with the median peak (and the tally of the median run). */
function median(measures: readonly Measured[]): Measured | undefined {
  const middle = <T>(values: readonly T[], by: (v: T) => number) => [...values].sort((a, b) => by(a) - by(b))[Math.floor(values.length / 2)];
  const byTime = middle(measures, (m) => m.ms);
  const peak = middle(
    measures.map((m) => m.peakMb),
    (v) => v,
  );
  return byTime && peak !== undefined ? { ...byTime, peakMb: peak } : undefined;
}

/** The least a step could ask of Graph: a page per 5,000 items of each list it read, its rows in batches of 20. */
function leastRequests(fake: FakeGraph, store: SharePointStore, tally: GraphTally, rows: number): number {
  const pages = tally.lists
    .filter((entity) => entity !== 'snapshot' && entity !== 'transaction' && entity !== 'audit')
    .reduce((n, entity) => n + Math.max(1, Math.ceil(itemsOf(fake, store, entity) / PAGE)), 0);
  return pages + Math.ceil(rows / BATCH);
}

function itemsOf(fake: FakeGraph, store: SharePointStore, entity: string): number {
  const id = store.site.listIds.get(entity);
  return fake.state.sites.flatMap((s) => s.lists).find((l) => l.id === id)?.items.size ?? 0;
}

/** Empties the double's snapshot list and reopens the period, so that the next close starts where the first did. */
async function reopen(fake: FakeGraph, store: SharePointStore, periodId: string): Promise<void> {
  const id = store.site.listIds.get('snapshot');
  const list = fake.state.sites.flatMap((s) => s.lists).find((l) => l.id === id);
  if (!list) throw new Error('The double has no snapshot list.');
  for (const itemId of list.items.keys()) list.changes.set(itemId, { seq: ++fake.state.changeSeq, deleted: true });
  list.items.clear();
  list.uniqueIndex.clear();
  const period = await store.get('period', periodId);
  if (!period) throw new Error(`No period ${periodId}.`);
  const patch: RecordPatch<'period'> = { status: 'open', closedAt: null, closedBy: null, forced: false, missingOffices: [], snapshotRows: 0, closing: null };
  await store.commit({
    actor: GENDER_UNIT,
    at: BENCH_NOW,
    changes: [{ op: 'update', entity: 'period', id: periodId, expectedVersion: period.version, patch }],
  });
}

/** Runs one step in a child; on the double, counts the Graph requests between "go" and its answer. */
async function runChild(request: StepRequest, counting?: { fake: FakeGraph; store: SharePointStore }): Promise<Measured> {
  const script = path.join(__dirname, 'period-close-step.js');
  const child = spawn(process.execPath, [script, JSON.stringify(request)], { stdio: ['pipe', 'pipe', 'pipe'], timeout: STEP_TIMEOUT_MS });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  let from = 0;
  let tally: GraphTally | undefined;
  let answer: StepMeasure | undefined;
  for await (const line of readline.createInterface({ input: child.stdout })) {
    if (line === 'ready') {
      counting?.fake.resetCounters();
      from = counting?.fake.state.requests.length ?? 0;
      child.stdin.write('go\n');
    } else if (line === 'measured') tally = counting && tallyOf(counting.fake, counting.store, from);
    else if (line.startsWith('{')) answer = JSON.parse(line);
  }
  const code = await exited;
  if (code !== 0 || !answer) throw new Error(`The ${request.step} step failed (exit ${code}): ${stderr.trim().split('\n').slice(0, 6).join(' / ')}`);
  return { ...answer, tally };
}
