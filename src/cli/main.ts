#!/usr/bin/env node
// The command line: serve, seed (and, as their issues land, provision, import, export, remind).

import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../config';
import { contextFor, createLogger, graphAccess, openStore, seedDemo, startServer } from '../composition';
import { loadListSchema } from '../graph/list-schema';
import { describeStep, provision } from '../graph/provision';
import { DomainError } from '../domain/errors';
import { serviceContext } from '../services/context';
import { registerExportCommand } from './export-command';
import { registerImportCommand } from './import-command';
import { registerRemindCommand } from './remind-command';
import { createOutbox } from '../bot/bot-app';
import { botSettingsFrom, reminderSettingsFrom } from '../bot/bot-config';

const program = new Command()
  .name('action-plan')
  .description('1325 Action Plan: the SCR 1325 departmental action plan in Microsoft Teams')
  .showHelpAfterError()
  .exitOverride();

program
  .command('serve')
  .description('run the app (tab, API, bot) on PORT with the configured store')
  .action(async () => {
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

program
  .command('provision')
  .description('create or update the SharePoint lists from manifest/sharepoint-lists.json (never deletes; a second run changes nothing)')
  .option('--dry-run', 'print the changes without making them')
  .action(async (options: { dryRun?: boolean }) => {
    const config = loadConfig();
    if (!config.sharepointSiteUrl) throw new CliUsageError('provision needs SHAREPOINT_SITE_URL (and TENANT_ID, CLIENT_ID, CLIENT_SECRET).');
    const logger = createLogger(config);
    const steps = await provision(graphAccess(config, logger), config.sharepointSiteUrl, loadListSchema(), {
      dryRun: options.dryRun,
      onStep: (step) => process.stdout.write(`done: ${describeStep(step)}\n`),
    });
    if (options.dryRun) for (const step of steps) process.stdout.write(`would ${describeStep(step)}\n`);
    process.stdout.write(steps.length === 0 ? 'The lists are up to date; nothing to do.\n' : `${steps.length} change(s) ${options.dryRun ? 'to make' : 'made'}.\n`);
  });

registerExportCommand(program);
registerImportCommand(program);
registerRemindCommand(program, {
  async open({ now, send }) {
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

class CliUsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    if (error instanceof ConfigError || error instanceof CliUsageError || error instanceof DomainError) {
      process.stderr.write(`action-plan: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`action-plan: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  }
}

void main(process.argv);
