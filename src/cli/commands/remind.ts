// `remind [--dry-run] [--now ISO]`: one reminder sweep from the command line. The dry run
// prints one JSON line per reminder it would send and nothing else on stdout (logs go to
// stderr); a real run sweeps (lease, ledger, sending) and prints its report as one JSON line.

import type { Command } from 'commander';
import { ValidationError } from '../../domain/errors';
import { dryRunLine, planDueReminders, type ReminderDeps } from '../../reminders/sweep-data';

export interface RemindRuntime {
  /** With the clock at the chosen instant; the outbox may be null for a dry run. */
  deps: ReminderDeps;
  close(): Promise<void>;
}

export interface RemindCommandDeps {
  /** Opens the store (and, when `send`, the bot's outbox) with the clock stopped at `now`. */
  open(options: { now: Date; send: boolean }): Promise<RemindRuntime>;
  stdout?: NodeJS.WritableStream;
  /** The instant used when --now is not given. */
  clock?: () => Date;
}

export function registerRemindCommand(program: Command, deps: RemindCommandDeps): Command {
  return program
    .command('remind')
    .description(
      'send the reminders that are due now (targets due soon or overdue, escalations, plans and period reports due, late or waiting for review, weekly digests)',
    )
    .option('--dry-run', 'print one JSON line per reminder that would be sent, and send nothing')
    .option('--now <iso>', 'pretend it is this instant (a date alone means 12:00 UTC that day)')
    .action(async (options: { dryRun?: boolean; now?: string }) => {
      await remind(deps, { dryRun: !!options.dryRun, now: options.now ? parseNow(options.now) : (deps.clock ?? (() => new Date()))() });
    });
}

export async function remind(deps: RemindCommandDeps, { dryRun, now }: { dryRun: boolean; now: Date }): Promise<void> {
  const out = deps.stdout ?? process.stdout;
  const runtime = await deps.open({ now, send: !dryRun });
  try {
    if (dryRun) {
      const { reminders, offices } = await planDueReminders(runtime.deps);
      for (const r of reminders) out.write(`${JSON.stringify(dryRunLine(r, offices))}\n`);
      return;
    }
    const { runReminderSweep } = await import('../../reminders/sweep');
    const report = await runReminderSweep(runtime.deps);
    out.write(`${JSON.stringify(report)}\n`);
  } finally {
    await runtime.close();
  }
}

/** An ISO date-time, or a date alone (noon UTC, inside the default send window). */
export function parseNow(text: string): Date {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const date = new Date(dateOnly ? `${text}T12:00:00.000Z` : text);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const message = `must be an ISO date or date-time, e.g. 2026-11-30T09:00:00Z (got "${text}")`;
    throw new ValidationError(`--now ${message}`, [{ field: '--now', code: 'format', message }]);
  }
  return date;
}
