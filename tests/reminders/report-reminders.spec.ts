// Reminders about the offices' period reports, sent through the Teams double: "report due" to
// the focal points before the due date, "report late" after it (escalated to the Gender Unit
// after the policy's delay, and only after the focal points were told), "report waiting for
// review" to the Gender Unit; each exactly once across two instances, and `remind --dry-run`
// lines that name the period, the report and the office.

import { Command } from 'commander';
import { PassThrough } from 'node:stream';
import { registerRemindCommand } from '../../src/cli/commands/remind';
import { addDays, dayOf } from '../../src/domain/dates';
import type { NewRecord } from '../../src/domain/model';
import { DEFAULT_REMINDER_POLICY } from '../../src/domain/reminder-policy';
import { deliverReminders } from '../../src/reminders/sweep';
import { planDueReminders } from '../../src/reminders/sweep-data';
import { personalConversationId, readableText, teamsUser } from '../fakes/bot-activities';
import { USERS } from '../support/api-harness';
import { commitOf } from '../support/factories';
import { deliveredKeys, MONDAY, startReminderHarness, type ReminderHarness } from './reminder-harness';

const TODAY = dayOf(MONDAY);
const LATE_PERIOD = '2006-2007_2026-Q3';
const DUE_PERIOD = '2006-2007_2026-Q4';

function period(id: string, label: string, start: string, end: string, reportDue: string): NewRecord<'period'> {
  return {
    id,
    cycle: '2006-2007',
    label,
    start,
    end,
    reportDue,
    status: 'open',
    closedAt: null,
    closedBy: null,
    forced: false,
    missingOffices: [],
    snapshotRows: 0,
    closing: null,
  };
}

function report(id: string, officeId: string, periodId: string, over: Partial<NewRecord<'report'>> = {}): NewRecord<'report'> {
  return {
    id,
    officeId,
    periodId,
    status: 'draft',
    summary: null,
    achievements: null,
    challenges: null,
    supportNeeded: null,
    nextSteps: null,
    transitions: [],
    createdBy: USERS.focalA,
    submittedBy: null,
    submittedAt: null,
    decidedBy: null,
    decidedAt: null,
    returnComment: null,
    ...over,
  };
}

/**
 * Two open periods of the cycle of offices A and B (both with an endorsed plan): the one due
 * 20 days ago, for which A submitted 12 days ago and B has only a draft; the one due in 3
 * days, for which neither office has begun a report.
 */
async function seedPeriods(h: ReminderHarness): Promise<void> {
  const submittedAt = `${addDays(TODAY, -12)}T15:00:00.000Z`;
  await h.store.commit(
    commitOf([
      { op: 'create', entity: 'cycle', record: { id: '2006-2007', start: '2026-01-01', end: '2027-12-31', periodicity: 'quarterly', reportDueDays: 15 } },
      { op: 'create', entity: 'period', record: period(LATE_PERIOD, '2026 Q3', '2026-07-01', '2026-09-30', addDays(TODAY, -20)) },
      { op: 'create', entity: 'period', record: period(DUE_PERIOD, '2026 Q4', '2026-10-01', '2026-12-31', addDays(TODAY, 3)) },
    ]),
  );
  await h.store.commit(
    commitOf([
      {
        op: 'create',
        entity: 'report',
        record: report('report-a', h.world.officeA.id, LATE_PERIOD, {
          status: 'submitted',
          submittedBy: USERS.focalA,
          submittedAt,
          transitions: [{ from: 'draft', to: 'submitted', by: USERS.focalA, at: submittedAt, comment: null }],
        }),
      },
      { op: 'create', entity: 'report', record: report('report-b', h.world.officeB.id, LATE_PERIOD, { createdBy: USERS.focalB }) },
    ]),
  );
}

const REPORT_KINDS = new Set(['report-due', 'report-late', 'report-review']);
const reportKeys = (h: ReminderHarness) => deliveredKeys(h.teams).filter((k) => REPORT_KINDS.has(k.split('|')[1] ?? ''));
/** "kind→recipient" of each key "report:PERIOD:OFFICE|kind|period|recipient". */
const kindsOf = (keys: string[]) => keys.map((k) => `${k.split('|')[1]}→${k.split('|')[3]}`);
const conversationOf = (email: string) => personalConversationId(teamsUser(email));

describe('period report reminders', () => {
  let h: ReminderHarness;
  beforeEach(async () => {
    h = await startReminderHarness();
    await seedPeriods(h);
  });
  afterEach(async () => {
    await h.close();
  });

  const expected = [
    `report-review→${USERS.advisor}`,
    `report-late→${USERS.focalB}`,
    `report-late→${USERS.advisor}`,
    `report-due→${USERS.focalA}`,
    `report-due→${USERS.focalB}`,
  ];

  it('plans each kind for the right people: due soon, late, late escalated to the Gender Unit, waiting for review', async () => {
    const reminders = (await planDueReminders(h.deps())).reminders.toArray();
    const planned = reminders.filter((r) => REPORT_KINDS.has(r.kind)).map((r) => `${r.kind}→${r.recipient}`);
    expect(planned.sort()).toEqual([...expected].sort());
  });

  it('sends each report reminder once, and nothing the second time', async () => {
    await h.sweep();
    expect(kindsOf(reportKeys(h)).sort()).toEqual([...expected].sort());
    h.setNow(new Date(MONDAY.getTime() + 60 * 60_000));
    expect(await h.sweep()).toMatchObject({ planned: 0, sent: 0 });
    expect(reportKeys(h)).toHaveLength(expected.length);
  });

  it('sends each report reminder once when two instances deliver the same plan at once (the ledger alone)', async () => {
    const other = h.openAnotherStore();
    const plan1 = await planDueReminders(h.deps('instance-1'));
    const plan2 = await planDueReminders(h.deps('instance-2', other));
    await Promise.all([deliverReminders(h.deps('instance-1'), plan1), deliverReminders(h.deps('instance-2', other), plan2)]);
    const keys = reportKeys(h);
    expect(new Set(keys).size).toBe(keys.length);
    expect(kindsOf(keys).sort()).toEqual([...expected].sort());
  });

  it('lets one of two racing instances sweep, and each report reminder goes once', async () => {
    const other = h.openAnotherStore();
    await Promise.all([h.sweep('instance-1'), h.sweep('instance-2', other)]);
    const keys = reportKeys(h);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(expected.length);
  });

  it("tells the Gender Unit of a late report only after the office's focal points, even when their message is held up", async () => {
    // The focal point's chat is throttled once (Retry-After 1 s): the Gender Unit's copy still waits for it.
    let throttled = false;
    h.teams.double.fault = (req) => {
      if (throttled || req.conversationId !== conversationOf(USERS.focalB) || !req.path.endsWith('/activities')) return undefined;
      throttled = true;
      return { status: 429, headers: { 'Retry-After': '1' } };
    };
    await h.sweep();
    expect(throttled).toBe(true);
    const kinds = kindsOf(reportKeys(h));
    expect(kinds.indexOf(`report-late→${USERS.advisor}`)).toBeGreaterThan(kinds.indexOf(`report-late→${USERS.focalB}`));
  });

  it("does not escalate a late report to the Gender Unit before the policy's delay", async () => {
    await h.store.commit(commitOf([{ op: 'create', entity: 'setting', record: { id: 'reminder-policy', value: { reportLateEscalateAfterDays: 21 } } }]));
    const reminders = (await planDueReminders(h.deps())).reminders.toArray();
    expect(reminders.filter((r) => r.kind === 'report-late').map((r) => r.recipient)).toEqual([USERS.focalB]);
  });

  it('stops reminding once the report is submitted, and stops asking for review once it is accepted', async () => {
    const b = await h.store.get('report', 'report-b');
    const a = await h.store.get('report', 'report-a');
    const at = `${TODAY}T08:00:00.000Z`;
    await h.store.commit(
      commitOf([
        {
          op: 'update',
          entity: 'report',
          id: 'report-b',
          expectedVersion: b!.version,
          patch: { status: 'submitted', submittedBy: USERS.focalB, submittedAt: at },
        },
        { op: 'update', entity: 'report', id: 'report-a', expectedVersion: a!.version, patch: { status: 'accepted', decidedBy: USERS.advisor, decidedAt: at } },
      ]),
    );
    const reminders = (await planDueReminders(h.deps())).reminders.toArray();
    const planned = reminders.filter((r) => REPORT_KINDS.has(r.kind)).map((r) => `${r.kind}→${r.recipient}`);
    expect(planned.sort()).toEqual([`report-due→${USERS.focalA}`, `report-due→${USERS.focalB}`]);
  });

  it('says what is late, with the period, the status in words and an "Open the report" button into the Reporting view', async () => {
    await h.sweep();
    const toFocalB = h.teams.double.activitiesTo(conversationOf(USERS.focalB)).map((a) => a.activity.attachments);
    const late = toFocalB.find((att) => att[0].content.id.includes('|report-late|'));
    const text = readableText(late);
    expect(text).toContain("OB's report for 2026 Q3 is 20 days late");
    expect(text).toContain('Status\nDraft');
    const action = late[0].content.actions[0];
    expect(action).toMatchObject({ type: 'Action.OpenUrl', title: 'Open the report' });
    expect(JSON.parse(new URL(action.url).searchParams.get('context')!)).toEqual({ subEntityId: 'report:report-b' });
    const review = h.teams.double.activitiesTo(conversationOf(USERS.advisor)).find((a) => a.activity.attachments[0].content.id.includes('|report-review|'));
    expect(readableText(review!.activity.attachments)).toContain('Submitted by Focal Point A on');
    // The Gender Unit opens it in its review queue.
    expect(JSON.parse(new URL(review!.activity.attachments[0].content.actions[0].url).searchParams.get('context')!)).toEqual({
      subEntityId: 'report-review:report-a',
    });
  });

  it("links a report not yet begun to the office's reporting page for the period", async () => {
    await h.sweep();
    const due = h.teams.double.activitiesTo(conversationOf(USERS.focalA)).find((a) => a.activity.attachments[0].content.id.includes('|report-due|'));
    const url = due!.activity.attachments[0].content.actions[0].url as string;
    expect(JSON.parse(new URL(url).searchParams.get('context')!)).toEqual({ subEntityId: `reporting:${DUE_PERIOD}:OA` });
    expect(readableText(due!.activity.attachments)).toContain(`OA's report for 2026 Q4 is due on ${addDays(TODAY, 3)}`);
  });

  it('prints report reminders in a dry run as JSON lines with kind, period, report, office code, due date and days overdue', async () => {
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', (c: Buffer) => chunks.push(c));
    const program = new Command().exitOverride();
    registerRemindCommand(program, { open: async () => ({ deps: h.deps('cli'), close: async () => undefined }), stdout });
    await program.parseAsync(['node', 'action-plan', 'remind', '--dry-run', '--now', MONDAY.toISOString()]);
    const lines = Buffer.concat(chunks)
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const reports = lines.filter((l) => REPORT_KINDS.has(String(l.kind)));
    expect(reports).toHaveLength(expected.length);
    expect(reports.find((l) => l.kind === 'report-late' && l.recipient === USERS.focalB)).toMatchObject({
      periodId: LATE_PERIOD,
      reportId: 'report-b',
      officeCode: 'OB',
      dueDate: addDays(TODAY, -20),
      daysOverdue: 20,
    });
    expect(reports.find((l) => l.kind === 'report-due' && l.recipient === USERS.focalA)).toMatchObject({
      periodId: DUE_PERIOD,
      reportId: null,
      officeCode: 'OA',
      dueDate: addDays(TODAY, 3),
      daysOverdue: 0,
    });
    expect(reports.find((l) => l.kind === 'report-review')).toMatchObject({
      reportId: 'report-a',
      officeCode: 'OA',
      daysOverdue: 12 - DEFAULT_REMINDER_POLICY.reviewWaitingDays,
    });
    // The store was not written: a dry run claims nothing.
    expect(await h.store.listReminders({ since: '2000-01-01' })).toEqual([]);
  });
});
