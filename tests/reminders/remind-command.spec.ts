// `remind --dry-run --now <date>` on the demo department prints exactly the reminders the
// policy calls for, one JSON line each and nothing else; `remind` sends them and prints its report.

import { Command } from 'commander';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { registerRemindCommand, type RemindCommandDeps } from '../../src/cli/commands/remind';
import { seedDemo } from '../../src/composition';
import { DEMO_USERS } from '../../src/demo/demo-data';
import { CLOSED_TARGET_STATUSES } from '../../src/domain/catalogues';
import { addDays, daysBetween } from '../../src/domain/dates';
import { serviceContext } from '../../src/services/context';
import { staticDirectory } from '../../src/services/directory';
import { DEFAULT_REMINDER_POLICY } from '../../src/domain/reminder-policy';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { FAST_THROTTLE, MONDAY, startReminderHarness } from './reminder-harness';

const SEEDED_AT = new Date('2026-11-30T08:00:00.000Z');

async function run(args: string[], deps: RemindCommandDeps): Promise<string[]> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const program = new Command().exitOverride();
  registerRemindCommand(program, { ...deps, stdout });
  await program.parseAsync(['node', 'action-plan', 'remind', ...args]);
  return Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '');
}

describe('remind command', () => {
  let dir: string;
  let store: SqliteStore;
  let deps: RemindCommandDeps;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remind-'));
    store = new SqliteStore({ path: path.join(dir, 'demo.db') });
    await seedDemo(serviceContext(store, () => SEEDED_AT));
    deps = {
      open: async ({ now }) => ({
        deps: {
          ctx: serviceContext(store, () => now),
          outbox: null,
          directory: staticDirectory(DEMO_USERS),
          logger: pino({ level: 'silent' }),
          settings: {
            instanceId: 'cli',
            tenantId: null,
            serviceUrl: 'https://smba.trafficmanager.net/teams',
            leaseTtlMs: 60_000,
            pendingTimeoutMs: 60_000,
            throttle: FAST_THROTTLE,
          },
        },
        close: async () => undefined,
      }),
    };
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** What the default policy calls for on the demo data, worked out independently of the planner. */
  async function expectedReminders(today: string): Promise<string[]> {
    const p = DEFAULT_REMINDER_POLICY;
    const gu = DEMO_USERS.filter((u) => u.roles.includes('gender-unit'))
      .map((u) => u.email)
      .sort();
    const offices = new Map((await store.listOffices()).map((o) => [o.id, o]));
    const out: string[] = [];
    for (const c of await store.listPlanContents()) {
      const office = offices.get(c.plan.officeId)!;
      if (c.plan.status === 'submitted') {
        const waited = daysBetween(
          c.plan.history
            .filter((h) => h.status === 'submitted')
            .at(-1)!
            .at.slice(0, 10),
          today,
        );
        if (waited >= p.reviewWaitingDays) for (const g of gu) out.push(`review-waiting ${g} plan:${c.plan.id} ${waited - p.reviewWaitingDays}`);
      }
      if (!p.planStatuses.includes(c.plan.status)) continue;
      for (const t of c.targets) {
        if (CLOSED_TARGET_STATUSES.includes(t.status)) continue;
        const until = daysBetween(today, t.dueDate);
        if (until >= 0 && until <= p.dueSoonDays) out.push(`due-soon ${t.owner} target:${t.id} 0`);
        if (until >= 0) continue;
        const late = -until;
        out.push(`overdue ${t.owner} target:${t.id} ${late}`);
        const focal = office.focalPoints.filter((f) => f !== t.owner);
        if (late >= p.escalateToFocalPointAfterDays) for (const f of focal) out.push(`escalation-focal-point ${f} target:${t.id} ${late}`);
        if (late >= p.escalateToGenderUnitAfterDays) for (const g of gu) out.push(`escalation-gender-unit ${g} target:${t.id} ${late}`);
      }
    }
    // Period reports: every open period of the cycle, for each office with an endorsed plan in it.
    const endorsed = (await store.listPlans({ statuses: ['endorsed'] })).map((plan) => offices.get(plan.officeId)!);
    for (const period of (await store.listPeriods()).filter((x) => x.status === 'open')) {
      const reports = await store.listReports({ periodId: period.id });
      for (const office of endorsed) {
        const report = reports.find((r) => r.officeId === office.id);
        const subject = `report:${period.id}:${office.code}`;
        if (report?.status === 'accepted') continue;
        if (report?.status === 'submitted') {
          const waited = daysBetween(report.submittedAt!.slice(0, 10), today);
          if (waited >= p.reviewWaitingDays) for (const g of gu) out.push(`report-review ${g} ${subject} ${waited - p.reviewWaitingDays}`);
          continue;
        }
        const until = daysBetween(today, period.reportDue);
        if (until >= 0 && until <= p.reportDueSoonDays) for (const f of office.focalPoints) out.push(`report-due ${f} ${subject} 0`);
        if (until >= 0) continue;
        for (const f of office.focalPoints) out.push(`report-late ${f} ${subject} ${-until}`);
        if (-until >= p.reportLateEscalateAfterDays) for (const g of gu) out.push(`report-late ${g} ${subject} ${-until}`);
      }
    }
    // Remedial actions still to be carried out: their responsible person (the focal points when it names nobody), once due soon or overdue.
    for (const a of await store.listRemedialActions({ statuses: ['open', 'in-progress'] })) {
      const until = daysBetween(today, a.due);
      const kind = until < 0 ? 'remedial-overdue' : until <= p.dueSoonDays ? 'remedial-due' : null;
      const to = a.responsible ? [a.responsible] : offices.get(a.officeId)!.focalPoints;
      if (kind) for (const r of to) out.push(`${kind} ${r} remedial:${a.id} ${Math.max(0, -until)}`);
    }
    for (const g of gu) out.push(`gender-unit-digest ${g} - 0`);
    return out.sort();
  }

  it('prints, as JSON lines and nothing else, exactly the reminders due on the demo data', async () => {
    const lines = await run(['--dry-run', '--now', '2026-11-30'], deps);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, any>);
    for (const r of parsed)
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['key', 'kind', 'recipient', 'targetId', 'planId', 'dueDate', 'daysOverdue']));
    const subject = (r: Record<string, any>) =>
      r.periodId
        ? `report:${r.periodId}:${r.officeCode}`
        : r.remedialActionId
          ? `remedial:${r.remedialActionId}`
          : r.targetId
            ? `target:${r.targetId}`
            : r.planId
              ? `plan:${r.planId}`
              : '-';
    const actual = parsed.map((r) => `${r.kind} ${r.recipient} ${subject(r)} ${r.daysOverdue}`).sort();
    expect(actual).toEqual(await expectedReminders('2026-11-30'));
    // The demo department has overdue targets, escalations, targets due soon, late reports, one waiting for review and
    // remedial actions overdue and due this week: the run is not trivially empty.
    for (const kind of [
      'overdue',
      'due-soon',
      'escalation-focal-point',
      'escalation-gender-unit',
      'gender-unit-digest',
      'report-late',
      'report-review',
      'remedial-overdue',
      'remedial-due',
    ]) {
      expect(actual.some((a) => a.startsWith(kind))).toBe(true);
    }
  });

  it('prints target reminders with their due date and days overdue', async () => {
    const [first] = (await run(['--dry-run', '--now', '2026-11-30T12:00:00Z'], deps))
      .map((l) => JSON.parse(l) as Record<string, any>)
      .filter((r) => r.kind === 'overdue');
    const target = await store.get('target', first!.targetId);
    expect(first).toMatchObject({ dueDate: target!.dueDate, daysOverdue: daysBetween(target!.dueDate, '2026-11-30'), recipient: target!.owner });
  });

  it('prints nothing on a Sunday, and writes nothing to the ledger in a dry run', async () => {
    expect(await run(['--dry-run', '--now', addDays('2026-11-30', -1)], deps)).toEqual([]);
    expect(await store.listReminders({ since: '2000-01-01' })).toEqual([]);
  });

  it('refuses a --now that is not a date', async () => {
    await expect(run(['--dry-run', '--now', 'yesterday'], deps)).rejects.toThrow('--now must be an ISO date or date-time');
  });

  it('sends for real and prints the sweep report as one JSON line', async () => {
    const h = await startReminderHarness();
    try {
      const lines = await run(['--now', MONDAY.toISOString()], {
        open: async ({ now }) => (h.setNow(now), { deps: h.deps('cli'), close: async () => undefined }),
      });
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({ lease: 'taken', planned: 6, sent: 6 });
    } finally {
      await h.close();
    }
  });
});
