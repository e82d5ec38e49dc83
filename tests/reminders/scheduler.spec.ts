// The scheduler in the server: sweeps on its interval, never two at once in one instance,
// survives a failing sweep, and stops cleanly (waiting for the sweep in progress).

import { startReminderScheduler } from '../../src/reminders/scheduler';
import { deliveredKeys, startReminderHarness, type ReminderHarness } from './reminder-harness';

describe('reminder scheduler', () => {
  let h: ReminderHarness;
  beforeEach(async () => {
    h = await startReminderHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('sweeps on its interval and sends each reminder once however many ticks', async () => {
    const scheduler = startReminderScheduler(h.deps(), { intervalMs: 40, runAtStart: true });
    await new Promise((r) => setTimeout(r, 400));
    await scheduler.stop();
    expect(deliveredKeys(h.teams)).toHaveLength(6);
    expect((await h.store.listReminders({ since: '2000-01-01' })).every((r) => r.status === 'sent')).toBe(true);
  });

  it('does not start a second sweep while one runs, and waits for it on stop', async () => {
    const scheduler = startReminderScheduler(h.deps(), { intervalMs: 60_000 });
    const first = scheduler.runNow();
    expect(await scheduler.runNow()).toBeNull();
    await scheduler.stop();
    expect(await first).toMatchObject({ sent: 6 });
    expect(await scheduler.runNow()).toBeNull();
  });

  it('logs a failed sweep and carries on', async () => {
    const deps = h.deps();
    const broken = { ...deps, ctx: { ...deps.ctx, store: { ...deps.ctx.store, get: () => Promise.reject(new Error('disk on fire')) } } } as typeof deps;
    const scheduler = startReminderScheduler(broken, { intervalMs: 60_000 });
    expect(await scheduler.runNow()).toBeNull();
    await scheduler.stop();
  });
});
