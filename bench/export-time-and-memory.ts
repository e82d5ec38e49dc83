// Benchmark of the exports: 20 offices × 500 targets (10k) and × 5,000 (100k), consolidated
// and written as xlsx and docx, each timed and its peak memory taken as a ratio to the floor
// of export-floor.ts, measured in the same run. Each output is measured in a child process of
// its own, so that its peak resident memory is its own and not whatever the caller (or the
// previous step) reached; each is run three times, in turn with the others, and the medians
// are reported, so that a busy moment of the machine does not decide a ratio. Returns Markdown
// lines; bench/run.ts prints them.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { dayOf } from '../src/domain/dates';
import { SqliteStore } from '../src/store/sqlite/sqlite-store';
import { consolidate } from '../src/export/consolidate';
import { writeActionPlanDocument } from '../src/export/docx';
import { writeActionPlanWorkbook } from '../src/export/xlsx';
import { writeFloor } from './export-floor';
import { createBenchPlans } from './synthetic-plans';

export interface BenchExportOptions {
  offices?: number;
  /** Targets per office, one table each: 5 objectives × 10 activities × (this / 50) targets. */
  sizes?: readonly number[];
}

const STEPS = {
  floor: { name: 'floor: bare sheet XML of the same cells, deflated', write: writeFloor },
  xlsx: { name: "xlsx: exceljs streaming writer, large sheets' rows written directly", write: writeActionPlanWorkbook },
  docx: { name: 'docx: docx 9 skeleton, tables streamed', write: writeActionPlanDocument },
} as const;
type Step = keyof typeof STEPS;

interface Measure {
  /** Loading the plans from the store and consolidating them. */
  consolidateMs: number;
  ms: number;
  /** The child's resident-set high-water mark, in MB. */
  peakMb: number;
  fileKb: number;
  targets: number;
}

const CYCLE = '2006-2007';
/** No single output may hold the bench up for longer than this. */
const STEP_TIMEOUT_MS = 5 * 60_000;
const RUNS = 3;
const GOALS = { xlsxTimes: 3, xlsxPeakMbAt100k: 500, docxPeakMbAt10k: 1000 };

export async function benchExport({ offices = 20, sizes = [500, 5000] }: BenchExportOptions = {}): Promise<string[]> {
  const cpu = os.cpus()[0]?.model ?? 'cpu';
  const lines = [
    `Exports; ${cpu} × ${os.cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${os.loadavg()[0]!.toFixed(1)} at the start. ` +
      `Each output is written to a file in a process of its own, ${RUNS} times, medians shown; peak RSS includes the loaded and consolidated plans. ` +
      'Time is writing only (after consolidation).',
  ];
  for (const perOffice of sizes) lines.push('', ...(await benchSize(offices, perOffice)));
  return lines;
}

async function benchSize(offices: number, perOffice: number): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-export-'));
  try {
    const database = path.join(dir, 'bench.db');
    const store = new SqliteStore({ path: database });
    const specs = Array.from({ length: offices }, (_, i) => ({
      code: `B${i + 10}`,
      objectives: 5,
      activitiesPerObjective: 10,
      targetsPerActivity: Math.max(1, Math.round(perOffice / 50)),
    }));
    await createBenchPlans(store, specs, dayOf(new Date()), 'focal@bench.example.org');
    await store.close();

    const runs = new Map<Step, (Measure | string)[]>();
    for (let run = 0; run < RUNS; run++) {
      for (const step of Object.keys(STEPS) as Step[]) {
        // A step that failed once (over heap, too slow) is not tried again.
        if (typeof runs.get(step)?.[0] === 'string') continue;
        runs.set(step, [...(runs.get(step) ?? []), await runStep(step, database, path.join(dir, `plan.${step}`))]);
      }
    }
    const results = new Map([...runs].map(([step, measures]) => [step, median(measures)]));
    const floor = results.get('floor');
    if (typeof floor !== 'object') throw new Error(`The export bench's floor failed: ${floor}`);

    const rows = (Object.keys(STEPS) as Step[]).map((step) => {
      const m = results.get(step)!;
      if (typeof m === 'string') return `| ${STEPS[step].name} | ${m} | | | | |`;
      return `| ${STEPS[step].name} | ${m.ms.toFixed(0)} | ${(m.ms / floor.ms).toFixed(2)} | ${m.peakMb.toFixed(0)} | ${(m.peakMb / floor.peakMb).toFixed(2)} | ${m.fileKb.toFixed(0)} |`;
    });
    return [
      `**${floor.targets.toLocaleString('en')} targets** (${offices} offices × ${perOffice.toLocaleString('en')}); loading and consolidating took ${floor.consolidateMs.toFixed(0)} ms.`,
      '',
      '| output | time ms | time × floor | peak RSS MB | peak × floor | file KB |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
      goals(floor, results.get('xlsx'), results.get('docx')),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The median run by time, with the median peak; a failure if any run failed. */
function median(measures: readonly (Measure | string)[]): Measure | string {
  const failed = measures.find((m): m is string => typeof m === 'string');
  if (failed !== undefined) return failed;
  const ok = measures as readonly Measure[];
  const middle = <T>(values: T[], by: (v: T) => number) => [...values].sort((a, b) => by(a) - by(b))[Math.floor(values.length / 2)]!;
  return {
    ...middle([...ok], (m) => m.ms),
    peakMb: middle(
      ok.map((m) => m.peakMb),
      (v) => v,
    ),
  };
}

function goals(floor: Measure, xlsx: Measure | string | undefined, docx: Measure | string | undefined): string {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const parts: string[] = [];
  if (typeof xlsx === 'object') {
    parts.push(`xlsx ≤ ${GOALS.xlsxTimes}× the floor's time: ${mark(xlsx.ms <= GOALS.xlsxTimes * floor.ms)}`);
    if (floor.targets >= 100_000) parts.push(`xlsx peak < ${GOALS.xlsxPeakMbAt100k} MB: ${mark(xlsx.peakMb < GOALS.xlsxPeakMbAt100k)}`);
  }
  if (typeof docx === 'object' && floor.targets <= 10_000) parts.push(`docx peak < ${GOALS.docxPeakMbAt10k} MB: ${mark(docx.peakMb < GOALS.docxPeakMbAt10k)}`);
  return `Goals: ${parts.join('; ')}.`;
}

/** Runs one output in a child; a child that fails (out of heap, too slow) is reported, not fatal. */
async function runStep(step: Step, database: string, file: string): Promise<Measure | string> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [__filename, step, database, file], { maxBuffer: 1024 * 1024, timeout: STEP_TIMEOUT_MS });
    return JSON.parse(stdout) as Measure;
  } catch (error) {
    const { stderr = '', killed } = error as { stderr?: string; killed?: boolean };
    if (killed) return `not finished in ${STEP_TIMEOUT_MS / 60_000} min`;
    if (/heap out of memory|Allocation failed/i.test(stderr)) return 'failed: over heap';
    return `failed: ${stderr.trim().split('\n')[0] ?? (error as Error).message}`;
  }
}

/** In the child: consolidate the bench plans, write one output, print what it cost as JSON. */
async function measureStep(step: Step, database: string, file: string): Promise<Measure> {
  const store = new SqliteStore({ path: database });
  const started = performance.now();
  const [offices, contents] = await Promise.all([store.listOffices(), store.listPlanContents({ cycle: CYCLE })]);
  const plan = consolidate({ offices, contents, lastCheckIns: new Map(), cycle: CYCLE, today: dayOf(new Date()) });
  await store.close();
  const consolidated = performance.now();
  await STEPS[step].write(plan, fs.createWriteStream(file));
  return {
    consolidateMs: consolidated - started,
    ms: performance.now() - consolidated,
    peakMb: process.resourceUsage().maxRSS / 1024,
    fileKb: fs.statSync(file).size / 1024,
    targets: plan.totals.targets,
  };
}

if (require.main === module) {
  const [step, database, file] = process.argv.slice(2) as [Step, string, string];
  measureStep(step, database, file)
    .then((m) => process.stdout.write(JSON.stringify(m)))
    .catch((error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    });
}
