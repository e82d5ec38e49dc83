// The reminder scheduler inside the server: a sweep every REMINDER_INTERVAL_MINUTES. Every
// instance runs one; the lease in the store lets one of them sweep at a time, and the ledger
// makes a second sweep of the same reminders a no-op. A sweep that fails is logged and the
// next tick tries again.

import { runReminderSweep, type SweepReport } from './sweep';
import type { ReminderDeps } from './sweep-data';

export interface ReminderScheduler {
  /** Runs a sweep now, unless one is already running in this instance (then null). */
  runNow(): Promise<SweepReport | null>;
  /** Stops the timer and waits for a running sweep to finish. */
  stop(): Promise<void>;
}

export function startReminderScheduler(deps: ReminderDeps, options: { intervalMs: number; runAtStart?: boolean }): ReminderScheduler {
  let running: Promise<SweepReport | null> | null = null;
  let stopped = false;
  const runNow = (): Promise<SweepReport | null> => {
    if (running || stopped) return Promise.resolve(null);
    running = runReminderSweep(deps)
      .catch((error: unknown) => {
        deps.logger.error({ err: error }, 'reminder sweep failed; the next one will try again');
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void runNow(), options.intervalMs);
  // The HTTP server keeps the process alive; the timer alone must not.
  timer.unref();
  if (options.runAtStart) void runNow();
  deps.logger.info({ intervalMs: options.intervalMs, instance: deps.settings.instanceId }, 'reminder scheduler started');
  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
