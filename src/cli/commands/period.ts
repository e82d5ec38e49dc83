// `period close --period ID [--force] [--json]`: the Gender Unit's close of a reporting period,
// through the same service as POST /api/periods/{id}/close: in order, once the period has
// ended, and with --force when offices have not handed in their report (they are recorded as
// missing in the snapshot). Prints what was frozen (one JSON line with --json).

import type { Command } from 'commander';
import { resolveActor } from '../../services/context';
import type { ClosePeriodResult } from '../../services/monitoring/periods';
import { CLI_IDENTITY, explained, openConfiguredStore, type CliDeps } from '../cli-context';

export function registerPeriodCommand(program: Command, deps: CliDeps = {}): void {
  const command = program.command('period').description('reporting periods: close one and freeze its figures');
  command
    .command('close')
    .description("close a period and freeze its snapshot (the Gender Unit's POST /api/periods/{id}/close)")
    .requiredOption('--period <id>', 'the period, e.g. 2006-2007_2006-Q1 (GET /api/periods?cycle=C lists them)')
    .option('--force', 'close although some offices have not submitted their report; they are recorded as missing')
    .option('--json', 'print the closed period and the snapshot header as one JSON line')
    .action(async (options: { period: string; force?: boolean; json?: boolean }) => {
      const stdout = deps.stdout ?? process.stdout;
      const { ctx, close } = await (deps.open ?? openConfiguredStore)();
      try {
        const { closePeriod } = await import('../../services/monitoring/periods');
        const actor = await resolveActor(ctx, CLI_IDENTITY);
        const result = await explained(closePeriod(ctx, actor, options.period, { force: options.force === true }));
        stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${describeClose(result)}\n`);
      } finally {
        await close();
      }
    });
}

function describeClose({ period, snapshot }: ClosePeriodResult): string {
  const missing = snapshot.missingOffices.map((o) => o.code).join(', ');
  const reports = `${period.reports.submitted + period.reports.accepted} of ${period.reports.expected} report(s) handed in`;
  return `Closed ${period.label} (${period.id}) on ${snapshot.closedAt.slice(0, 10)}: ${reports}${snapshot.forced ? `; closed by force, missing: ${missing}` : ''}. Its figures are frozen.`;
}
