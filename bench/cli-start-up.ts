// How long the command line takes to answer (`npm run bench -- cli`): a few everyday commands
// on the seeded demo department (SQLite), each as a ratio to starting Node itself with nothing
// to do, measured in the same run. The command line loads only what its command needs
// (src/composition.ts loads the adapters on first use), so a command on SQLite never pays for
// Express, the Teams SDK, the Graph clients or the exporters.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The CLI as `npm run bench` builds it (tsconfig.bench.json puts src/ under dist-bench/src). */
const CLI = path.join(__dirname, '..', 'src', 'cli', 'main.js');
const RUNS = 11;
const PERIOD = '2006-2007_2026-Q3';
const NOW = '2026-11-28T09:00:00Z';

const COMMANDS: { name: string; args: string[] }[] = [
  { name: '`--help`', args: ['--help'] },
  { name: '`reminder-policy show --json`', args: ['reminder-policy', 'show', '--json'] },
  { name: '`report list --period … --json`', args: ['report', 'list', '--period', PERIOD, '--json'] },
  { name: '`remind --dry-run` (all the demo’s reminders)', args: ['remind', '--dry-run', '--now', NOW] },
];

function millisecondsOf(args: string[], env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function benchCli(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-'));
  const env = { SQLITE_PATH: path.join(dir, 'plan.db'), LOG_LEVEL: 'warn' };
  try {
    millisecondsOf([CLI, 'seed', '--demo', '--now', NOW], env);
    // Each round runs Node alone and then every command once, so that a busy moment hits all alike.
    const times = new Map<string, number[]>([['node', []], ...COMMANDS.map(({ name }): [string, number[]] => [name, []])]);
    for (let round = 0; round < RUNS; round++) {
      times.get('node')?.push(millisecondsOf(['-e', '0'], env));
      for (const { name, args } of COMMANDS) times.get(name)?.push(millisecondsOf([CLI, ...args], env));
    }
    const yardstick = median(times.get('node') ?? []);
    return [
      `CLI start-up; ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 16)} UTC, ` +
        `load average ${os.loadavg()[0]?.toFixed(1)} at the start. The seeded demo on SQLite; medians of ${RUNS} runs, each a new process.`,
      '',
      '| command | wall clock | ÷ `node -e 0` |',
      '|---|---|---|',
      `| \`node -e 0\` (the yardstick) | ${yardstick.toFixed(0)} ms | 1.0× |`,
      ...COMMANDS.map(({ name }) => {
        const ms = median(times.get(name) ?? []);
        return `| ${name} | ${ms.toFixed(0)} ms | ${(ms / yardstick).toFixed(1)}× |`;
      }),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
