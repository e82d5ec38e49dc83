// `export --format xlsx|docx --out F [--cycle C] [--office CODE] [--save-to-sharepoint [--folder F]]`:
// writes the consolidated plan to a file, with a progress bar on a terminal and plain lines
// elsewhere, and with STORE=sharepoint files a copy in the site's document library. The command
// line acts as the system's own administrator (CLI_IDENTITY): whoever runs it already holds the
// database.

import { Option, type Command } from 'commander';
import { SingleBar } from 'cli-progress';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { ValidationError } from '../domain/errors';
import { resolveActor, type ServiceContext } from '../services/context';
import type { ExportFormat, ExportLibrary } from '../services/exports';
import type { Identity } from '../services/identity';

export const CLI_IDENTITY: Identity = { id: 'cli@action-plan', email: 'cli@action-plan', name: 'Command line', roles: ['gender-unit', 'admin'] };

export interface CliContext {
  ctx: ServiceContext;
  close(): Promise<void>;
  /** With STORE=sharepoint, the site's document library (--save-to-sharepoint). */
  library?: ExportLibrary;
}

export interface CliDeps {
  /** Opens the configured store; tests pass their own. */
  open?: () => Promise<CliContext>;
  stdout?: NodeJS.WritableStream;
  /** Progress goes here: a bar when it is a terminal, plain lines otherwise. */
  stderr?: NodeJS.WritableStream & { isTTY?: boolean };
}

interface ExportOptions {
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

export async function openConfiguredStore(): Promise<CliContext> {
  // Loaded here, not at the top: `--help` should not wait for Express, the Teams SDK and the exporters.
  const [{ contextFor, createLogger, openStore }, { exportLibraryOf }] = await Promise.all([import('../composition'), import('../services/exports')]);
  const config = loadConfig();
  const logger = createLogger(config);
  const store = await openStore(config, logger);
  return { ctx: contextFor(config, store, logger), close: () => store.close(), library: exportLibraryOf(store) };
}

export function registerExportCommand(program: Command, deps: CliDeps = {}): void {
  program
    .command('export')
    .description('write the consolidated Departmental Action Plan as an Excel workbook or a Word document')
    .addOption(new Option('--format <format>', 'file format').choices(Object.keys(FORMATS)).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write')
    .option('--cycle <cycle>', 'the planning cycle, e.g. 2006-2007 (default: the newest)')
    .option('--office <code>', 'one office only, e.g. OO')
    .option('--save-to-sharepoint', "also save the file in the SharePoint site's document library (STORE=sharepoint)")
    .option('--folder <folder>', 'folder of the document library to save into (with --save-to-sharepoint; default "Action Plan")')
    .action(async (options: ExportOptions) => {
      const stdout = deps.stdout ?? process.stdout;
      if (!options.saveToSharepoint && options.folder !== undefined) {
        throw new ValidationError('--folder goes with --save-to-sharepoint', [{ field: '--folder', code: 'needs-option', params: { option: '--save-to-sharepoint' }, message: 'needs --save-to-sharepoint' }]);
      }
      const { ctx, close, library } = await (deps.open ?? openConfiguredStore)();
      try {
        const { NO_LIBRARY, prepareActionPlanExport } = await import('../services/exports');
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

/** Opens the file now, so that a missing folder or a read-only disk is reported plainly before any work. */
function openForWriting(file: string, shownAs: string): number {
  try {
    return fs.openSync(file, 'w');
  } catch (error) {
    throw new ValidationError(`Cannot write ${shownAs}: ${(error as Error).message}`, [{ field: '--out', code: 'unwritable', message: 'cannot be written' }]);
  }
}

/** The CLI prints only an error's message: put the field details into it. */
export async function explained<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ValidationError && error.problems.length) {
      throw new ValidationError(`${error.message}: ${error.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, error.problems);
    }
    throw error;
  }
}

export interface ProgressReporter {
  update: (done: number, total: number) => void;
  stop: () => void;
}

/** A cli-progress bar on a terminal; elsewhere (logs, pipes) a plain line at every tenth of the way. */
export function progressReporter(label: string, unit: string, stream: NodeJS.WritableStream & { isTTY?: boolean }): ProgressReporter {
  if (stream.isTTY) {
    const bar = new SingleBar({ stream, format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit}`, hideCursor: true, clearOnComplete: false });
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.setTotal(total);
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastTenth = -1;
  return {
    update(done, total) {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${label}: ${tenth * 10}% (${done.toLocaleString('en')}/${total.toLocaleString('en')} ${unit})\n`);
    },
    stop: () => undefined,
  };
}
