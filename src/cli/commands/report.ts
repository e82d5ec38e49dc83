// `report list --period P [--office CODE] [--json]`: the offices' progress reports for a period,
// through the same service as GET /api/reports. With --json, one JSON line per report and
// nothing else on stdout (for scripts); otherwise one readable line per report.

import type { Command } from 'commander';
import { resolveActor } from '../../services/context';
import type { ReportSummary } from '../../services/monitoring/reports';
import { REPORT_STATUS_LABELS } from '../../domain/report-status-labels';
import { CLI_IDENTITY, explained, openConfiguredStore, type CliDeps } from '../cli-context';

export function registerReportCommand(program: Command, deps: CliDeps = {}): void {
  const command = program.command('report').description("the offices' progress reports for a reporting period");
  command
    .command('list')
    .description('list the progress reports of a period (GET /api/reports)')
    .requiredOption('--period <id>', 'the period, e.g. 2006-2007_2006-Q1')
    .option('--office <code>', 'one office only, e.g. OO')
    .option('--json', 'one JSON line per report, nothing else')
    .action(async (options: { period: string; office?: string; json?: boolean }) => {
      const stdout = deps.stdout ?? process.stdout;
      const { ctx, close } = await (deps.open ?? openConfiguredStore)();
      try {
        const { listReports } = await import('../../services/monitoring/reports');
        const actor = await resolveActor(ctx, CLI_IDENTITY);
        const query = { period: options.period, ...(options.office !== undefined ? { office: options.office } : {}) };
        const reports = await explained(listReports(ctx, actor, query));
        stdout.write(reports.map((r) => `${options.json ? JSON.stringify(r) : describeReport(r)}\n`).join(''));
      } finally {
        await close();
      }
    });
}

function describeReport(r: ReportSummary): string {
  const submitted = r.submittedAt ? `, submitted ${r.submittedAt.slice(0, 10)} by ${r.submittedByName ?? r.submittedBy}` : '';
  return `${r.officeCode}\t${r.periodLabel}\t${REPORT_STATUS_LABELS[r.status]}${r.late ? ' (late)' : ''}${submitted}\t${r.lineCount} line(s)\t${r.id}`;
}
