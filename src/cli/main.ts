#!/usr/bin/env node
// The command line: serve, seed, provision, import, export, remind, reminder-policy, and the
// monitoring commands cycle create, period close and report list. Stdout
// carries only each command's own output (results, JSON lines); logs, progress and warnings
// go to stderr. An error is one line on stderr; --verbose adds its stack trace.
// Each command lives in commands/<command>.ts; this file only registers them. The app's heavy
// parts (Express, the Teams SDK, exceljs, docx) load only when a command runs, so that
// `--help` and mistyped options answer at once.

import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../config';
import { DomainError } from '../domain/errors';
import { CliUsageError } from './cli-context';
import { registerCycleCommand } from './commands/cycle';
import { registerExportCommand } from './commands/export';
import { registerImportCommand } from './commands/import';
import { registerPeriodCommand } from './commands/period';
import { registerProvisionCommand } from './commands/provision';
import { registerReminderPolicyCommand } from './commands/reminder-policy';
import { registerRemindCommand } from './commands/remind';
import { registerReportCommand } from './commands/report';
import { registerSeedCommand } from './commands/seed';
import { registerServeCommand } from './commands/serve';

const program = new Command()
  .name('action-plan')
  .description('1325 Action Plan: the SCR 1325 departmental action plan in Microsoft Teams')
  .option('--verbose', 'print the stack trace of an error as well as its message')
  .showHelpAfterError()
  .exitOverride();

registerServeCommand(program);
registerSeedCommand(program);
registerProvisionCommand(program);
registerExportCommand(program);
registerImportCommand(program);
registerReminderPolicyCommand(program);
registerCycleCommand(program);
registerPeriodCommand(program);
registerReportCommand(program);
registerRemindCommand(program, {
  async open(options) {
    const { openReminders } = await import('../composition');
    return openReminders(loadConfig(), options);
  },
});

/** Bad input or configuration: nothing was done, and the message says what to change. */
const isUsageError = (error: unknown) => error instanceof ConfigError || error instanceof CliUsageError || error instanceof DomainError;

async function main(argv: string[]): Promise<void> {
  // A reader that stops early (`| head`) is not an error of ours: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    const verbose = program.opts<{ verbose?: boolean }>().verbose === true || argv.includes('--verbose');
    if (verbose && error instanceof Error && error.stack) {
      process.stderr.write(`${error.stack}\n`);
    } else {
      // Graph's refusals explain themselves (which setting or grant to check); anything else
      // is unexpected, and its stack is one option away.
      const { GraphRequestError } = await import('../graph/graph-access');
      const explained = isUsageError(error) || error instanceof GraphRequestError;
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`action-plan: ${message}${explained ? '' : ' (--verbose prints the stack trace)'}\n`);
    }
    process.exit(isUsageError(error) ? 2 : 1);
  }
}

void main(process.argv);
