#!/usr/bin/env node
// The command line: serve, seed, provision, import, export, remind and reminder-policy. Stdout
// carries only each command's own output (results, JSON lines); logs, progress and warnings
// go to stderr. An error is one line on stderr; --verbose adds its stack trace.
// The app's heavy parts (Express, the Teams SDK, exceljs, docx) load only when a command
// runs, so that `--help` and mistyped options answer at once.

import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../config';
import { DomainError } from '../domain/errors';
import { serviceContext } from '../services/context';
import { registerExportCommand } from './export-command';
import { registerImportCommand } from './import-command';
import { CliUsageError, registerProvisionCommand } from './provision-command';
import { registerReminderPolicyCommand } from './reminder-policy-command';
import { registerRemindCommand } from './remind-command';

const program = new Command()
  .name('action-plan')
  .description('1325 Action Plan: the SCR 1325 departmental action plan in Microsoft Teams')
  .option('--verbose', 'print the stack trace of an error as well as its message')
  .showHelpAfterError()
  .exitOverride();

program
  .command('serve')
  .description('run the app (tab, API, bot) on PORT with the configured store; its log goes to stderr')
  .action(async () => {
    const { createLogger, startServer } = await import('../composition');
    const config = loadConfig();
    const logger = createLogger(config);
    const running = await startServer(config, logger);
    const stop = async (signal: string) => {
      logger.info({ signal }, 'shutting down');
      await running.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });

program
  .command('seed')
  .description('load the demo data into an empty store')
  .requiredOption('--demo', 'the demo department: seven offices, their 2006-2007 work plans and users')
  .option('--now <iso>', 'pretend today is this instant (due dates and check-ins are relative to it)')
  .action(async (options: { demo: boolean; now?: string }) => {
    const { createLogger, openStore, seedDemo } = await import('../composition');
    const config = loadConfig();
    const now = options.now ? parseInstant(options.now) : new Date();
    const store = await openStore(config, createLogger(config));
    try {
      const seeded = await seedDemo(serviceContext(store, () => now));
      process.stdout.write(`Loaded the demo data: ${seeded.offices} offices, ${seeded.plans} plans, ${seeded.targets} targets.\n`);
    } finally {
      await store.close();
    }
  });

registerProvisionCommand(program);
registerExportCommand(program);
registerImportCommand(program);
registerReminderPolicyCommand(program);
registerRemindCommand(program, {
  async open({ now, send }) {
    const [{ contextFor, createLogger, openStore }, { createOutbox }, { botSettingsFrom, reminderSettingsFrom }] = await Promise.all([
      import('../composition'),
      import('../bot/bot-app'),
      import('../bot/bot-config'),
    ]);
    const config = loadConfig();
    const logger = createLogger(config);
    const store = await openStore(config, logger);
    const ctx = contextFor(config, store, logger, () => now);
    return {
      deps: {
        ctx,
        outbox: send ? createOutbox(botSettingsFrom(config), logger) : null,
        directory: ctx.directory,
        logger,
        settings: reminderSettingsFrom(config),
      },
      close: () => store.close(),
    };
  },
});

function parseInstant(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
    throw new CliUsageError(`--now must be an ISO date or date-time, e.g. 2026-11-28T09:00:00Z (got "${text}")`);
  }
  return date;
}

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
