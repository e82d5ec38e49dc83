// `cycle create --code C --periodicity P [--start D] [--end D] [--report-due-days N] [--json]`:
// creates a reporting cycle and its periods through the same service as POST /api/cycles, so
// the same validation and audit apply. Prints what was created (one JSON line with --json);
// a refusal is one line on stderr naming the option to change.

import { Option, type Command } from 'commander';
import { ValidationError } from '../../domain/errors';
import { PERIODICITIES, type Periodicity } from '../../domain/monitoring';
import { resolveActor } from '../../services/context';
import type { CycleSummary } from '../../services/monitoring/cycles';
import { CLI_IDENTITY, explained, openConfiguredStore, type CliDeps } from '../cli-context';

interface CreateOptions {
  code: string;
  start?: string;
  end?: string;
  periodicity: string;
  reportDueDays?: string;
  json?: boolean;
}

/** The option that sets each field of the cycle, so that an error names what was typed. */
const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  code: '--code',
  start: '--start',
  end: '--end',
  periodicity: '--periodicity',
  reportDueDays: '--report-due-days',
};

export function registerCycleCommand(program: Command, deps: CliDeps = {}): void {
  const command = program.command('cycle').description('reporting cycles: the years an action plan runs and how often offices report on it');
  command
    .command('create')
    .description("create a reporting cycle and its periods (the Gender Unit's POST /api/cycles)")
    .requiredOption('--code <code>', 'the cycle, as the plans name it, e.g. 2006-2007')
    .addOption(new Option('--periodicity <periodicity>', 'how often offices report').choices(PERIODICITIES).makeOptionMandatory())
    .option('--start <date>', 'first day, YYYY-MM-DD (default: 1 January of the first year of the code)')
    .option('--end <date>', 'last day, YYYY-MM-DD (default: 31 December of the last year of the code)')
    .option('--report-due-days <days>', "days after a period's end by which its report is due (default 15)")
    .option('--json', 'print the cycle and its periods as one JSON line')
    .action(async (options: CreateOptions) => {
      const stdout = deps.stdout ?? process.stdout;
      const body = {
        code: options.code,
        periodicity: options.periodicity,
        ...(options.start !== undefined ? { start: options.start } : {}),
        ...(options.end !== undefined ? { end: options.end } : {}),
        ...(options.reportDueDays !== undefined ? { reportDueDays: wholeDays(options.reportDueDays) } : {}),
      };
      const { ctx, close } = await (deps.open ?? openConfiguredStore)();
      try {
        const { createCycle } = await import('../../services/monitoring/cycles');
        const actor = await resolveActor(ctx, CLI_IDENTITY);
        const cycle = await explained(withOptionNames(createCycle(ctx, actor, body)));
        stdout.write(options.json ? `${JSON.stringify(cycle)}\n` : `${describeCycle(cycle)}\n`);
      } finally {
        await close();
      }
    });
}

function describeCycle(c: CycleSummary): string {
  const first = c.periods[0];
  const last = c.periods.at(-1);
  const span = first && last ? `: ${first.label} to ${last.label}` : '';
  return `Created the cycle ${c.code} (${c.start} to ${c.end}), reported ${HOW_OFTEN[c.periodicity]}, ${c.periods.length} period(s)${span}; each report is due ${c.reportDueDays} days after its period ends.`;
}

const HOW_OFTEN: Readonly<Record<Periodicity, string>> = { quarterly: 'quarterly', semiannual: 'twice a year', annual: 'once a year' };

/** A whole number of days, or a refusal naming the option. */
function wholeDays(text: string): number {
  if (!/^\d+$/.test(text.trim())) {
    throw new ValidationError(`--report-due-days must be a whole number of days (got "${text}")`, [
      { field: '--report-due-days', code: 'not-whole', message: 'must be a whole number of days' },
    ]);
  }
  return Number(text);
}

/** The service names the fields of the cycle; the command line names its options. */
async function withOptionNames<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.message,
      error.problems.map((p) => ({ ...p, field: OPTION_OF_FIELD[p.field] ?? p.field })),
    );
  }
}
