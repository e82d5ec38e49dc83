// `export --format xlsx|docx --out F [--cycle C] [--office CODE] [--save-to-sharepoint [--folder F]]`:
// writes the consolidated plan to a file (`--report progress --period P`: a period's progress
// report instead, progress-exports.ts), with a progress bar on a terminal and plain lines
// elsewhere, and with STORE=sharepoint files a copy in the site's document library. The command
// line acts as the system's own administrator (CLI_IDENTITY): whoever runs it already holds the
// database.

import { Option, type Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { ValidationError } from '../../domain/errors';
import { resolveActor } from '../../services/context';
import type { ExportFormat } from '../../services/exports';
import { CLI_IDENTITY, explained, openConfiguredStore, type CliDeps } from '../cli-context';
import { progressReporter } from '../progress-reporter';

interface ExportOptions {
  report: Report;
  period?: string;
  format: ExportFormat;
  out: string;
  cycle?: string;
  office?: string;
  saveToSharepoint?: boolean;
  /** Unset: the library's own default folder (DEFAULT_EXPORT_FOLDER). */
  folder?: string;
}

/** The formats by name; a Record, so that a format added to the service must be added here. */
const FORMATS: Record<ExportFormat, string> = { xlsx: 'Excel workbook', docx: 'Word document' };

/** What is exported: the consolidated plan, or a period's progress report. */
const REPORTS = ['action-plan', 'progress'] as const;
type Report = (typeof REPORTS)[number];

export function registerExportCommand(program: Command, deps: CliDeps = {}): void {
  program
    .command('export')
    .description("write the consolidated Departmental Action Plan (or a period's progress report) as an Excel workbook or a Word document")
    .addOption(new Option('--report <report>', 'what to export').choices(REPORTS).default('action-plan'))
    .option('--period <period>', 'with --report progress: the period, e.g. 2006-2007_2006-Q2')
    .addOption(new Option('--format <format>', 'file format').choices(Object.keys(FORMATS)).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write')
    .option('--cycle <cycle>', 'the planning cycle, e.g. 2006-2007 (default: the newest)')
    .option('--office <code>', 'one office only, e.g. OO')
    .option('--save-to-sharepoint', "also save the file in the SharePoint site's document library (STORE=sharepoint)")
    .option('--folder <folder>', 'folder of the document library to save into (with --save-to-sharepoint; default "Action Plan")')
    .action(async (options: ExportOptions) => {
      const stdout = deps.stdout ?? process.stdout;
      if (!options.saveToSharepoint && options.folder !== undefined) {
        throw new ValidationError('--folder goes with --save-to-sharepoint', [
          { field: '--folder', code: 'needs-option', params: { option: '--save-to-sharepoint' }, message: 'needs --save-to-sharepoint' },
        ]);
      }
      if (options.report === 'progress') return exportProgressReport(options, deps, stdout);
      const { ctx, close } = await (deps.open ?? openConfiguredStore)();
      const { library } = ctx;
      try {
        const { NO_LIBRARY, prepareActionPlanExport } = await import('../../services/exports');
        // Refused before any work: the file would be written for nothing.
        if (options.saveToSharepoint && !library) throw new ValidationError(`--save-to-sharepoint: ${NO_LIBRARY}`);
        const actor = await resolveActor(ctx, CLI_IDENTITY);
        const file = await explained(prepareActionPlanExport(ctx, actor, options.format, { cycle: options.cycle, office: options.office }));
        const target = path.resolve(options.out);
        // Written beside the target and renamed when complete, so a failure never leaves half a file.
        const partial = `${target}.${process.pid}.partial`;
        const progress = progressReporter(`export ${file.fileName}`, 'rows', deps.stderr ?? process.stderr);
        try {
          await file.write(fs.createWriteStream(partial, { fd: openForWriting(partial, target) }), progress.update);
          fs.renameSync(partial, target);
        } catch (error) {
          fs.rmSync(partial, { force: true });
          throw error;
        } finally {
          progress.stop();
        }
        const { consolidation: c } = file;
        stdout.write(
          `Wrote ${target}: cycle ${c.cycle}, ${c.offices.length} office plan(s), ${c.totals.targets} targets` +
            `${c.draft ? ', marked DRAFT (not every plan is endorsed)' : ''}.\n`,
        );
        if (options.saveToSharepoint && library) {
          const bytes = fs.readFileSync(target);
          const saved = await library.save({ fileName: file.fileName, contentType: file.contentType, bytes, folder: options.folder });
          stdout.write(`Saved ${saved.name} to the document library${saved.created ? '' : ' (a new version of the file there)'}: ${saved.webUrl}\n`);
        }
      } finally {
        await close();
      }
    });
}

/** `--report progress`: the period's progress report, written beside the target and renamed when complete. */
async function exportProgressReport(options: ExportOptions, deps: CliDeps, stdout: NodeJS.WritableStream): Promise<void> {
  if (options.period === undefined) {
    throw new ValidationError('--report progress needs --period', [{ field: '--period', code: 'required', message: 'is required with --report progress' }]);
  }
  if (options.saveToSharepoint || options.cycle !== undefined) {
    const field = options.saveToSharepoint ? '--save-to-sharepoint' : '--cycle';
    throw new ValidationError(`${field} does not go with --report progress`, [{ field, code: 'invalid', message: 'does not go with --report progress' }]);
  }
  const { ctx, close } = await (deps.open ?? openConfiguredStore)();
  try {
    const { prepareProgressReport } = await import('../../services/progress-exports');
    const actor = await resolveActor(ctx, CLI_IDENTITY);
    const file = await explained(prepareProgressReport(ctx, actor, options.format, { period: options.period, office: options.office }));
    const target = path.resolve(options.out);
    const partial = `${target}.${process.pid}.partial`;
    try {
      await file.write(fs.createWriteStream(partial, { fd: openForWriting(partial, target) }));
      fs.renameSync(partial, target);
    } catch (error) {
      fs.rmSync(partial, { force: true });
      throw error;
    }
    const { model } = file;
    stdout.write(
      `Wrote ${target}: progress report ${model.period.label}, ${model.offices.length} office(s), ${model.current.targets} targets` +
        `${model.draft ? ', marked DRAFT (the period is open or a report is not accepted)' : ''}.\n`,
    );
  } finally {
    await close();
  }
}

/** Opens the file now, so that a missing folder or a read-only disk is reported plainly before any work. */
function openForWriting(file: string, shownAs: string): number {
  try {
    return fs.openSync(file, 'w');
  } catch (error) {
    throw new ValidationError(`Cannot write ${shownAs}: ${(error as Error).message}`, [{ field: '--out', code: 'unwritable', message: 'cannot be written' }]);
  }
}
