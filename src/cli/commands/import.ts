// `import --file F --office CODE [--cycle C] [--dry-run] [--json]`: imports an office work
// plan from Excel. Prints the row-by-row report (or the report as one JSON line) and exits with 1
// when nothing was written because of a problem.

import type { Command } from 'commander';
import fs from 'node:fs';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, type ImportReport, type ItemTally } from '../../import/import-report';
import { resolveActor } from '../../services/context';
import { CLI_IDENTITY, explained, openConfiguredStore, type CliDeps } from '../cli-context';

export function registerImportCommand(program: Command, deps: CliDeps & { limits?: ImportLimits } = {}): void {
  const limits = deps.limits ?? DEFAULT_IMPORT_LIMITS;
  program
    .command('import')
    .description("import an office's work plan from an Excel workbook (the import template, or an exported workbook edited)")
    .requiredOption('--file <file>', 'the .xlsx workbook')
    .requiredOption('--office <code>', 'the office whose plan it is, e.g. OO')
    .option('--cycle <cycle>', "the planning cycle (default: the exported workbook's, else the office's newest)")
    .option('--dry-run', 'report what would change and every problem, write nothing')
    .option('--json', 'print the report as JSON')
    .action(async (options: { file: string; office: string; cycle?: string; dryRun?: boolean; json?: boolean }) => {
      const stdout = deps.stdout ?? process.stdout;
      const file = readAtMost(options.file, limits.maxBytes + 1);
      const { ctx, close } = await (deps.open ?? openConfiguredStore)();
      try {
        const { importWorkPlan } = await import('../../services/imports');
        const actor = await resolveActor(ctx, CLI_IDENTITY);
        const request = { office: options.office, cycle: options.cycle, dryRun: options.dryRun === true };
        const report = await explained(importWorkPlan(ctx, actor, file, request, limits));
        stdout.write(
          options.json
            ? `${JSON.stringify(report)}\n`
            : describeReport(report)
                .map((l) => `${l}\n`)
                .join(''),
        );
        if (report.problems.length > 0) process.exitCode = 1;
      } finally {
        await close();
      }
    });
}

/** Reads no more than `limit` bytes: a file over the size limit is refused without being loaded whole. */
function readAtMost(file: string, limit: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = Math.min(fs.fstatSync(fd).size, limit);
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

export function describeReport(report: ImportReport): string[] {
  const lines: string[] = [];
  const where = `${report.office}${report.cycle ? ` ${report.cycle}` : ''}`;
  for (const p of report.problems) {
    const at = [p.sheet, p.row !== null ? `row ${p.row}` : null].filter(Boolean).join(' ');
    const place = [at, p.column].filter(Boolean).join(', ');
    lines.push(`${p.kind === 'conflict' ? 'conflict' : 'problem'}: ${place ? `${place}: ` : ''}${p.problem}`);
  }
  const s = report.summary;
  const tally = (t: ItemTally) => `${t.objectives} objectives, ${t.activities} activities, ${t.targets} targets`;
  if (!report.refusal) {
    const verb = report.applied ? 'Created' : 'Would create';
    lines.push(`${verb}: ${tally(s.created)}${s.createsPlan ? ' (and the draft plan itself)' : ''}.`);
    lines.push(`${report.applied ? 'Updated' : 'Would update'}: ${tally(s.updated)}. Unchanged: ${tally(s.unchanged)}.`);
    if (s.otherOfficeRows) lines.push(`Skipped ${s.otherOfficeRows} rows of other offices.`);
  }
  if (report.applied) lines.push(`Imported into the ${where} work plan.`);
  else if (report.problems.length) lines.push(`Nothing was imported into ${where}: ${report.problems.length} problem(s).`);
  else lines.push(`Dry run for ${where}: nothing was written.`);
  return lines;
}
