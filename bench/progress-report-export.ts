// Benchmark of the periodic progress report (issue 15): 20 offices × 500 targets, the cycle in 8
// quarters, all closed (snapshots), every office reporting every quarter; the report of the
// eighth quarter in docx and xlsx against the action-plan export of the same plans in the same
// format, measured in the same run. Both go through their services as a download does (load,
// model, write the file), each in a process of its own so that its peak resident memory is its
// own, RUNS times in turn, medians. Returns Markdown lines; bench/run.ts prints them.

import { execFile } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BELOW_MEETS } from '../src/domain/scorecard';
import { serviceContext, type ServiceContext } from '../src/services/context';
import { prepareActionPlanExport } from '../src/services/exports';
import type { Actor } from '../src/services/identity';
import { closePeriod } from '../src/services/monitoring/periods';
import { prepareProgressReport } from '../src/services/progress-exports';
import { createRemedialAction } from '../src/services/scorecard/remedial-actions';
import { listScorecards } from '../src/services/scorecard/scorecards';
import { SqliteStore } from '../src/store/sqlite/sqlite-store';
import { BENCH_CYCLE, BENCH_NOW, createMonitoringWorld, FOCAL, GENDER_UNIT } from './monitoring-world';

const RUNS = 3;
const STEP_TIMEOUT_MS = 5 * 60_000;
/** Issue 15: a ratio above this is looked into. */
const TIME_GOAL = 5;
const FORMATS = ['docx', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];
const REPORTS = ['plan', 'progress'] as const;
type Report = (typeof REPORTS)[number];

interface Measure {
  ms: number;
  /** Of which loading from the store and building the model (or the consolidation). */
  loadMs: number;
  peakMb: number;
  fileKb: number;
}

const ACTOR: Actor = { id: GENDER_UNIT, email: GENDER_UNIT, name: 'Gender Unit', roles: ['gender-unit'], focalOfficeIds: [] };

export async function benchProgressReport(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-progress-'));
  const when = `${new Date().toISOString().slice(0, 16)} UTC, load average ${os.loadavg()[0]?.toFixed(1)} at the start`;
  try {
    const database = path.join(dir, 'bench.db');
    const started = performance.now();
    const { periodId, offices, actions } = await prepareWorld(database);
    const setUp = performance.now() - started;

    const runs = new Map<string, (Measure | string)[]>();
    for (let run = 0; run < RUNS; run++) {
      for (const format of FORMATS) {
        for (const report of REPORTS) {
          const key = `${report}.${format}`;
          if (typeof runs.get(key)?.[0] === 'string') continue;
          runs.set(key, [...(runs.get(key) ?? []), await runStep(report, format, database, periodId, path.join(dir, key))]);
        }
      }
    }
    const result = (report: Report, format: Format) => median(runs.get(`${report}.${format}`) ?? []);
    const rows: string[] = [];
    const verdicts: string[] = [];
    for (const format of FORMATS) {
      const plan = result('plan', format);
      const progress = result('progress', format);
      const line = (name: string, m: Measure | string, base: Measure | string) =>
        typeof m === 'string'
          ? `| ${name} | ${m} | | | | | |`
          : `| ${name} | ${m.ms.toFixed(0)} | ${m.loadMs.toFixed(0)} | ${typeof base === 'object' ? (m.ms / base.ms).toFixed(2) : ''} | ${m.peakMb.toFixed(0)} | ${typeof base === 'object' ? (m.peakMb / base.peakMb).toFixed(2) : ''} | ${m.fileKb.toFixed(0)} |`;
      rows.push(line(`action plan, ${format} (yardstick)`, plan, plan), line(`progress report, ${format}`, progress, plan));
      if (typeof plan === 'object' && typeof progress === 'object') {
        const ratio = progress.ms / plan.ms;
        verdicts.push(`${format} ${ratio.toFixed(2)}× (${ratio <= TIME_GOAL ? 'within' : 'OVER'} ${TIME_GOAL}×)`);
      }
    }
    return [
      `Progress report; ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, ${when}, ${os.loadavg()[0]?.toFixed(1)} at the end. ` +
        `SQLite, ${offices} offices × 500 targets, 8 quarters closed (snapshots), a report per office and quarter, ${actions} remedial actions; setting up took ${(setUp / 1000).toFixed(0)} s. ` +
        `Each file through its service (load, model, write) in a process of its own, ${RUNS} runs, medians; peak RSS of that process.`,
      '',
      '| output | time ms | of which load + model ms | time × action plan | peak RSS MB | peak × action plan | file KB |',
      '|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `Time as a ratio to the action-plan export of the same data: ${verdicts.join('; ')}.`,
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The world, every quarter reported and closed, the last quarter's scorecards stored and a remedial action for each rating below meets. */
async function prepareWorld(database: string): Promise<{ periodId: string; offices: number; actions: number }> {
  const store = new SqliteStore({ path: database });
  try {
    const world = await createMonitoringWorld(store, { reportedPeriods: 8 });
    const ctx = serviceContext(store, () => new Date(BENCH_NOW));
    for (const period of world.periods) await closePeriod(ctx, ACTOR, period.id, { force: true });
    const last = world.periods.at(-1);
    if (world.periods.length !== 8 || !last) throw new Error(`The bench cycle has ${world.periods.length} periods, not 8.`);
    const actions = await openRemedialActions(ctx, last.id);
    return { periodId: last.id, offices: world.officeIds.length, actions };
  } finally {
    await store.close();
  }
}

async function openRemedialActions(ctx: ServiceContext, periodId: string): Promise<number> {
  // The first read rates the closed quarter and stores its scorecards.
  const { scorecards } = await listScorecards(ctx, ACTOR, { period: periodId });
  let opened = 0;
  for (const card of scorecards) {
    for (const rating of card.ratings.filter((r) => BELOW_MEETS.includes(r.rating))) {
      if (!card.id) continue;
      await createRemedialAction(ctx, ACTOR, card.id, {
        criterion: rating.criterion,
        steps: 'Agree the steps with the office and follow them up at the next quarterly review.',
        due: '2008-03-31',
        responsible: FOCAL,
        resources: 'Gender Unit staff time',
      });
      opened += 1;
    }
  }
  return opened;
}

function median(measures: readonly (Measure | string)[]): Measure | string {
  const failed = measures.find((m): m is string => typeof m === 'string');
  if (failed !== undefined || measures.length === 0) return failed ?? 'not run';
  const ok = measures.filter((m): m is Measure => typeof m === 'object');
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const byTime = [...ok].sort((a, b) => a.ms - b.ms)[Math.floor(ok.length / 2)] ?? ok[0];
  return { ms: byTime?.ms ?? 0, loadMs: byTime?.loadMs ?? 0, fileKb: byTime?.fileKb ?? 0, peakMb: middle(ok.map((m) => m.peakMb)) };
}

/** Runs one file in a child; a child that fails (out of heap, too slow) is reported, not fatal. */
async function runStep(report: Report, format: Format, database: string, periodId: string, file: string): Promise<Measure | string> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [__filename, report, format, database, periodId, file], {
      maxBuffer: 1024 * 1024,
      timeout: STEP_TIMEOUT_MS,
    });
    return parseMeasure(stdout);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    const stderr = 'stderr' in failure && typeof failure.stderr === 'string' ? failure.stderr : '';
    if ('killed' in failure && failure.killed) return `not finished in ${STEP_TIMEOUT_MS / 60_000} min`;
    if (/heap out of memory|Allocation failed/i.test(stderr)) return 'failed: over heap';
    return `failed: ${stderr.trim().split('\n')[0] ?? failure.message}`;
  }
}

function parseMeasure(stdout: string): Measure {
  const value: unknown = JSON.parse(stdout);
  if (typeof value === 'object' && value !== null && 'ms' in value && 'loadMs' in value && 'peakMb' in value && 'fileKb' in value) {
    const { ms, loadMs, peakMb, fileKb } = value;
    if (typeof ms === 'number' && typeof loadMs === 'number' && typeof peakMb === 'number' && typeof fileKb === 'number') return { ms, loadMs, peakMb, fileKb };
  }
  throw new Error(`A bench step printed ${stdout.slice(0, 200)}`);
}

/** In the child: one file through its service, as a download makes it; what it cost, as JSON. */
async function measureStep(report: Report, format: Format, database: string, periodId: string, file: string): Promise<Measure> {
  const store = new SqliteStore({ path: database });
  const ctx = serviceContext(store, () => new Date(BENCH_NOW));
  const started = performance.now();
  const prepared =
    report === 'plan'
      ? await prepareActionPlanExport(ctx, ACTOR, format, { cycle: BENCH_CYCLE })
      : await prepareProgressReport(ctx, ACTOR, format, { period: periodId });
  const loadMs = performance.now() - started;
  const out = fs.createWriteStream(file);
  const closed = once(out, 'close');
  await prepared.write(out);
  await closed;
  const ms = performance.now() - started;
  await store.close();
  return { ms, loadMs, peakMb: process.resourceUsage().maxRSS / 1024, fileKb: fs.statSync(file).size / 1024 };
}

if (require.main === module) {
  const [report, format, database, periodId, file] = process.argv.slice(2);
  const known = <T extends string>(value: string | undefined, among: readonly T[]): T => {
    const found = among.find((v) => v === value);
    if (!found) throw new Error(`Expected one of ${among.join(', ')}, got ${value}.`);
    return found;
  };
  Promise.resolve()
    .then(() => measureStep(known(report, REPORTS), known(format, FORMATS), database ?? '', periodId ?? '', file ?? ''))
    .then((m) => process.stdout.write(JSON.stringify(m)))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
}
