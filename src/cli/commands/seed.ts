// `seed --demo [--now ISO]`: loads the demo department (offices, work plans, users) into the
// configured store, with due dates and check-ins relative to `now`.

import type { Command } from 'commander';
import { loadConfig } from '../../config';
import { CliUsageError } from '../cli-context';

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('load the demo data into an empty store')
    .requiredOption('--demo', 'the demo department: seven offices, their 2006-2007 work plans and users')
    .option('--now <iso>', 'pretend today is this instant (due dates and check-ins are relative to it)')
    .action(async (options: { demo: boolean; now?: string }) => {
      const { openServices, seedDemo } = await import('../../composition');
      const now = options.now ? parseInstant(options.now) : new Date();
      const { ctx, close } = await openServices(loadConfig(), { clock: () => now });
      try {
        const seeded = await seedDemo(ctx);
        process.stdout.write(`Loaded the demo data: ${seeded.offices} offices, ${seeded.plans} plans, ${seeded.targets} targets.\n`);
      } finally {
        await close();
      }
    });
}

function parseInstant(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
    throw new CliUsageError(`--now must be an ISO date or date-time, e.g. 2026-11-28T09:00:00Z (got "${text}")`);
  }
  return date;
}
