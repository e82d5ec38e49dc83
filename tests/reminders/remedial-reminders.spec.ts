// Reminders about the remedial actions of the offices' scorecards, sent through the Teams
// double: "remedial action due" to the responsible person within the policy's due-soon window,
// "remedial action overdue" from the day after its due date; never for a done or dropped
// action; each exactly once over repeated sweeps and two instances (one key per action, kind,
// due date and recipient, so a moved due date is a new reminder); the office's focal points when
// the action names nobody; `remind --dry-run` lines that name the action; one store read of the
// actions per sweep.

import { Command } from 'commander';
import { PassThrough } from 'node:stream';
import { registerRemindCommand } from '../../src/cli/commands/remind';
import { addDays, dayOf } from '../../src/domain/dates';
import type { NewRecord } from '../../src/domain/model';
import { DEFAULT_CRITERIA } from '../../src/domain/scorecard-criteria';
import { scorecardIdOf } from '../../src/domain/scorecard';
import { deliverReminders } from '../../src/reminders/sweep';
import { planDueReminders } from '../../src/reminders/sweep-data';
import { personalConversationId, readableText, teamsUser } from '../fakes/bot-activities';
import { USERS } from '../support/api-harness';
import { commitOf } from '../support/factories';
import { deliveredKeys, MONDAY, startReminderHarness, type ReminderHarness } from './reminder-harness';

const TODAY = dayOf(MONDAY);
const PERIOD = '2006-2007_2026-Q3';

const REMEDIAL_KINDS = new Set(['remedial-due', 'remedial-overdue']);
const remedialKeys = (h: ReminderHarness) => deliveredKeys(h.teams).filter((k) => REMEDIAL_KINDS.has(k.split('|')[1] ?? ''));
/** "kind→recipient@due" of each key "remedial:ID|kind|due|recipient". */
const summary = (key: string) => {
  const [, kind, due, recipient] = key.split('|');
  return `${kind}→${recipient}@${due}`;
};
const conversationOf = (email: string) => personalConversationId(teamsUser(email));

function action(id: string, officeId: string, over: Partial<NewRecord<'remedialAction'>>): NewRecord<'remedialAction'> {
  return {
    id,
    scorecardId: scorecardIdOf(PERIOD, officeId),
    officeId,
    criterion: 'milestones-met',
    steps: 'Review the milestones with each target owner every month',
    due: TODAY,
    responsible: USERS.owner,
    resources: null,
    status: 'open',
    ...over,
  };
}

/**
 * Office A's scorecard for the closed 2026 Q3 with five remedial actions: one due in 3 days
 * (the owner's), one 6 days overdue and in progress (focal point A's), one due in 30 days (too
 * early), one overdue but done, one due tomorrow but dropped.
 */
async function seedActions(h: ReminderHarness): Promise<void> {
  const a = h.world.officeA.id;
  const closedAt = `${addDays(TODAY, -40)}T12:00:00.000Z`;
  await h.store.commit(
    commitOf([
      { op: 'create', entity: 'cycle', record: { id: '2006-2007', start: '2026-01-01', end: '2027-12-31', periodicity: 'quarterly', reportDueDays: 15 } },
      {
        op: 'create',
        entity: 'period',
        record: {
          id: PERIOD,
          cycle: '2006-2007',
          label: '2026 Q3',
          start: '2026-07-01',
          end: '2026-09-30',
          reportDue: '2026-10-15',
          status: 'closed',
          closedAt,
          closedBy: USERS.advisor,
          forced: true,
          missingOffices: [],
          snapshotRows: 0,
          closing: null,
        },
      },
    ]),
  );
  await h.store.commit(
    commitOf([
      {
        op: 'create',
        entity: 'scorecard',
        record: {
          id: scorecardIdOf(PERIOD, a),
          periodId: PERIOD,
          officeId: a,
          criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
          ratings: [{ criterion: 'milestones-met', value: 40, computed: 'approaches', override: null }],
        },
      },
    ]),
  );
  await h.store.commit(
    commitOf([
      { op: 'create', entity: 'remedialAction', record: action('act-due', a, { due: addDays(TODAY, 3), resources: 'Two days of the focal point' }) },
      {
        op: 'create',
        entity: 'remedialAction',
        record: action('act-overdue', a, { due: addDays(TODAY, -6), responsible: USERS.focalA, status: 'in-progress' }),
      },
      { op: 'create', entity: 'remedialAction', record: action('act-later', a, { due: addDays(TODAY, 30) }) },
      { op: 'create', entity: 'remedialAction', record: action('act-done', a, { due: addDays(TODAY, -2), status: 'done' }) },
      { op: 'create', entity: 'remedialAction', record: action('act-dropped', a, { due: addDays(TODAY, 1), status: 'dropped' }) },
    ]),
  );
}

async function moveDue(h: ReminderHarness, id: string, due: string): Promise<void> {
  const current = await h.store.get('remedialAction', id);
  await h.store.commit(commitOf([{ op: 'update', entity: 'remedialAction', id, expectedVersion: current!.version, patch: { due } }]));
}

describe('remedial action reminders', () => {
  let h: ReminderHarness;
  beforeEach(async () => {
    h = await startReminderHarness();
    await seedActions(h);
  });
  afterEach(async () => {
    await h.close();
  });

  const expected = [`remedial-due→${USERS.owner}@${addDays(TODAY, 3)}`, `remedial-overdue→${USERS.focalA}@${addDays(TODAY, -6)}`];

  it('plans "due" within the due-soon window and "overdue" past the due date, to the responsible person, and nothing for done, dropped or later actions', async () => {
    const reminders = (await planDueReminders(h.deps())).reminders.toArray();
    const planned = reminders.filter((r) => REMEDIAL_KINDS.has(r.kind));
    expect(planned.map((r) => summary(r.key)).sort()).toEqual([...expected].sort());
    expect(planned.map((r) => r.remedialActionId).sort()).toEqual(['act-due', 'act-overdue']);
    expect(planned.find((r) => r.kind === 'remedial-overdue')).toMatchObject({ daysOverdue: 6, dueDate: addDays(TODAY, -6), officeId: h.world.officeA.id });
  });

  it('keys each reminder by action, kind, due date and recipient', async () => {
    const reminders = (await planDueReminders(h.deps())).reminders.toArray();
    expect(reminders.filter((r) => REMEDIAL_KINDS.has(r.kind)).map((r) => r.key)).toEqual(
      expect.arrayContaining([`remedial:act-due|remedial-due|${addDays(TODAY, 3)}|${USERS.owner}`]),
    );
  });

  it('sends each once, and nothing on later sweeps that day or the next days', async () => {
    await h.sweep();
    expect(remedialKeys(h).map(summary).sort()).toEqual([...expected].sort());
    for (const later of [60 * 60_000, 24 * 60 * 60_000, 2 * 24 * 60 * 60_000]) {
      h.setNow(new Date(MONDAY.getTime() + later));
      await h.sweep();
    }
    expect(remedialKeys(h)).toHaveLength(expected.length);
  });

  it('sends each once when two instances deliver the same plan at once (the ledger alone)', async () => {
    const other = h.openAnotherStore();
    const plan1 = await planDueReminders(h.deps('instance-1'));
    const plan2 = await planDueReminders(h.deps('instance-2', other));
    await Promise.all([deliverReminders(h.deps('instance-1'), plan1), deliverReminders(h.deps('instance-2', other), plan2)]);
    const keys = remedialKeys(h);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.map(summary).sort()).toEqual([...expected].sort());
  });

  it('lets one of two racing sweepers sweep, and each goes once', async () => {
    const other = h.openAnotherStore();
    await Promise.all([h.sweep('instance-1'), h.sweep('instance-2', other)]);
    const keys = remedialKeys(h);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.map(summary).sort()).toEqual([...expected].sort());
  });

  it('sends again, once, when the due date moves: a new date is a new key', async () => {
    await h.sweep();
    await moveDue(h, 'act-overdue', addDays(TODAY, -1));
    await moveDue(h, 'act-due', addDays(TODAY, 5));
    h.setNow(new Date(MONDAY.getTime() + 60 * 60_000));
    await h.sweep();
    await h.sweep();
    expect(remedialKeys(h).map(summary).sort()).toEqual(
      [...expected, `remedial-due→${USERS.owner}@${addDays(TODAY, 5)}`, `remedial-overdue→${USERS.focalA}@${addDays(TODAY, -1)}`].sort(),
    );
  });

  it('stops once the action is done or dropped', async () => {
    for (const [id, status] of [
      ['act-due', 'done'],
      ['act-overdue', 'dropped'],
    ] as const) {
      const current = await h.store.get('remedialAction', id);
      await h.store.commit(commitOf([{ op: 'update', entity: 'remedialAction', id, expectedVersion: current!.version, patch: { status } }]));
    }
    const reminders = (await planDueReminders(h.deps())).reminders.toArray();
    expect(reminders.filter((r) => REMEDIAL_KINDS.has(r.kind))).toEqual([]);
  });

  it("tells the office's focal points of an action that names nobody responsible", async () => {
    await h.store.commit(
      commitOf([{ op: 'create', entity: 'remedialAction', record: action('act-nobody', h.world.officeA.id, { due: addDays(TODAY, -3), responsible: '' }) }]),
    );
    const reminders = (await planDueReminders(h.deps())).reminders.toArray();
    expect(reminders.filter((r) => r.remedialActionId === 'act-nobody').map((r) => `${r.kind}→${r.recipient}`)).toEqual([`remedial-overdue→${USERS.focalA}`]);
  });

  it('sends no "due" reminder when the policy turns the due-soon window off, and still the overdue one', async () => {
    await h.store.commit(commitOf([{ op: 'create', entity: 'setting', record: { id: 'reminder-policy', value: { dueSoonDays: 0 } } }]));
    const reminders = (await planDueReminders(h.deps())).reminders.toArray();
    expect(reminders.filter((r) => REMEDIAL_KINDS.has(r.kind)).map((r) => r.kind)).toEqual(['remedial-overdue']);
  });

  it('reads the remedial actions once per sweep', async () => {
    const reads = jest.spyOn(h.store, 'listRemedialActions');
    await h.sweep();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(reads).toHaveBeenCalledWith({ statuses: ['open', 'in-progress'] });
  });

  it('says what is due, with the office, criterion, steps, responsible by name, status in words and an "Open the scorecard" button', async () => {
    await h.sweep();
    const toOwner = h.teams.double.activitiesTo(conversationOf(USERS.owner)).find((a) => a.activity.attachments[0].content.id.includes('|remedial-due|'));
    const card = toOwner!.activity.attachments[0].content;
    const text = readableText(toOwner!.activity.attachments);
    expect(text).toContain(`Remedial action due on ${addDays(TODAY, 3)}: OA, Milestones met`);
    expect(text).toContain("A remedial action of OA's scorecard for 2026 Q3.");
    expect(text).toContain('Steps\nReview the milestones with each target owner every month');
    expect(text).toContain('Responsible\nTarget Owner');
    expect(text).toContain('Status\nOpen');
    expect(text).toContain('Resources\nTwo days of the focal point');
    expect(card.actions[0]).toMatchObject({ type: 'Action.OpenUrl', title: 'Open the scorecard' });
    expect(JSON.parse(new URL(card.actions[0].url).searchParams.get('context')!)).toEqual({ subEntityId: 'dashboard' });
    const toFocal = h.teams.double.activitiesTo(conversationOf(USERS.focalA)).find((a) => a.activity.attachments[0].content.id.includes('|remedial-overdue|'));
    const overdue = readableText(toFocal!.activity.attachments);
    expect(overdue).toContain('Remedial action 6 days overdue: OA, Milestones met');
    expect(overdue).toContain('Status\nIn progress');
  });

  it('prints remedial reminders in a dry run as JSON lines with key, kind, recipient, action id, office code, due date and days overdue', async () => {
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
    const remedial = lines.filter((l) => REMEDIAL_KINDS.has(String(l.kind)));
    expect(remedial).toHaveLength(expected.length);
    expect(remedial.find((l) => l.kind === 'remedial-overdue')).toEqual(
      expect.objectContaining({
        key: `remedial:act-overdue|remedial-overdue|${addDays(TODAY, -6)}|${USERS.focalA}`,
        recipient: USERS.focalA,
        remedialActionId: 'act-overdue',
        officeCode: 'OA',
        dueDate: addDays(TODAY, -6),
        daysOverdue: 6,
      }),
    );
    expect(remedial.find((l) => l.kind === 'remedial-due')).toMatchObject({ remedialActionId: 'act-due', dueDate: addDays(TODAY, 3), daysOverdue: 0 });
    // A dry run claims nothing.
    expect(await h.store.listReminders({ since: '2000-01-01' })).toEqual([]);
  });
});
