// `npm run bench`: every benchmark, each printing Markdown tables whose figures are ratios to a
// yardstick measured in the same run (docs/benchmarks.md). `npm run bench -- [seconds]
// [api|checkins|cli|close|export|progress|reminders|sharepoint|sp-actions|tab|trends …]` runs only those
// named (all by default); the seconds are how long each API route is measured (8 by default).

import { benchApi } from './api-throughput';
import { benchCli } from './cli-start-up';
import { benchExport } from './export-time-and-memory';
import { benchCheckIns } from './latest-check-ins';
import { benchMonitoringGraphRequests } from './monitoring-graph-requests';
import { benchPeriodClose } from './period-close';
import { benchProgressReport } from './progress-report-export';
import { benchReminders } from './reminder-planning-and-sending';
import { benchSharePoint } from './sharepoint-graph-requests';
import { benchTab } from './tab-start-up';
import { benchTrends } from './trends-latency';

const ARGS = process.argv.slice(2);
const DURATION_S = Number(ARGS.find((a) => /^\d+$/.test(a)) ?? 8);
const ONLY = new Set(ARGS.filter((a) => !/^\d+$/.test(a)));

const BENCHMARKS: [string, () => Promise<string[]>][] = [
  ['api', () => benchApi(DURATION_S)],
  ['checkins', benchCheckIns],
  ['cli', benchCli],
  ['close', benchPeriodClose],
  ['export', () => benchExport()],
  ['progress', benchProgressReport],
  ['reminders', benchReminders],
  ['sharepoint', benchSharePoint],
  ['sp-actions', benchMonitoringGraphRequests],
  ['tab', benchTab],
  ['trends', () => benchTrends(DURATION_S)],
];

async function main(): Promise<void> {
  const unknown = [...ONLY].filter((name) => !BENCHMARKS.some(([known]) => known === name));
  if (unknown.length > 0) throw new Error(`No benchmark named ${unknown.join(', ')}; the names are ${BENCHMARKS.map(([name]) => name).join(', ')}.`);
  for (const [name, bench] of BENCHMARKS) {
    if (ONLY.size > 0 && !ONLY.has(name)) continue;
    console.log('');
    for (const line of await bench()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
