// Benchmark of the exports: a 10,000-target consolidation (20 offices × 500 targets) written as
// xlsx and docx, each timed and its peak memory taken, as a ratio to one pass that serialises
// the same consolidated model as JSON to a file in the same run. Each output is measured in a
// child process of its own, so that its peak resident memory is its own and not whatever the
// caller (or the previous step) reached. Returns Markdown lines; src/bench/run.ts prints them.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createBenchPlans } from '../bench/bench-data';
import { dayOf } from '../domain/dates';
import { SqliteStore } from '../store/sqlite/sqlite-store';
import { consolidate, type ConsolidatedPlan } from './consolidate';
import { writeActionPlanDocument } from './docx';
import { writeActionPlanWorkbook } from './xlsx';

export interface BenchExportOptions {
  offices?: number;
  /** Targets per office: 5 objectives × 10 activities × (this / 50) targets. */
  targetsPerOffice?: number;
}

const STEPS = {
  json: { name: 'JSON of the consolidated model (baseline)', write: writeJson },
  xlsx: { name: 'xlsx, exceljs streaming writer', write: writeActionPlanWorkbook },
  docx: { name: 'docx, docx 9', write: writeActionPlanDocument },
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

export async function benchExport({ offices = 20, targetsPerOffice = 500 }: BenchExportOptions = {}): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-export-'));
  try {
    const database = path.join(dir, 'bench.db');
    const store = new SqliteStore({ path: database });
    const specs = Array.from({ length: offices }, (_, i) => ({
      code: `B${i + 10}`,
      objectives: 5,
      activitiesPerObjective: 10,
      targetsPerActivity: Math.max(1, Math.round(targetsPerOffice / 50)),
    }));
    await createBenchPlans(store, specs, dayOf(new Date()), 'focal@bench.example.org');
    await store.close();

    const run = promisify(execFile);
    const results = {} as Record<Step, Measure>;
    for (const step of Object.keys(STEPS) as Step[]) {
      const { stdout } = await run(process.execPath, [__filename, step, database, path.join(dir, `plan.${step}`)], { maxBuffer: 1024 * 1024 });
      results[step] = JSON.parse(stdout) as Measure;
    }

    const base = results.json;
    const cpu = os.cpus()[0]?.model ?? 'cpu';
    return [
      `Exports of ${base.targets.toLocaleString('en')} targets (${offices} offices); ${cpu} × ${os.cpus().length}, Node ${process.version}; ` +
        `loading and consolidating took ${base.consolidateMs.toFixed(0)} ms. Each output in a process of its own; peak RSS includes the loaded plans.`,
      '',
      '| output | time ms | time × JSON | peak RSS MB | peak × JSON | file KB |',
      '|---|---|---|---|---|---|',
      ...(Object.keys(STEPS) as Step[]).map((step) => {
        const m = results[step];
        return `| ${STEPS[step].name} | ${m.ms.toFixed(0)} | ${(m.ms / base.ms).toFixed(1)} | ${m.peakMb.toFixed(0)} | ${(m.peakMb / base.peakMb).toFixed(2)} | ${m.fileKb.toFixed(0)} |`;
      }),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
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

/** The baseline: the same model serialised once, Maps as entry lists, written to a file. */
async function writeJson(plan: ConsolidatedPlan, out: Writable): Promise<void> {
  const text = JSON.stringify(plan, (_key, value: unknown) => (value instanceof Map ? [...value] : value));
  await pipeline(Readable.from([text]), out);
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
