// The planner's output records: a target's reminder reads its facts through the target and
// what its plan's targets due that day share, the others hold theirs; both name themselves
// by the same key and write the same JSON a plain record would. And the collection the
// planner returns, which records its decisions about targets in columns, reads them back in
// order, each reminder built when read.

import { planReminders } from '../../src/reminders/plan-reminders';
import { SubjectReminder, TargetReminder, type DigestSummary } from '../../src/reminders/reminder';
import {
  DUE_SOON,
  ESCALATION_FOCAL_POINT,
  ESCALATION_GENDER_UNIT,
  OVERDUE,
  OWNER,
  PlannedReminders,
  TargetReminderColumns,
} from '../../src/reminders/planned-reminders';
import { inContext, officeRecord, planRecord, policy, targetRecord } from './planning-fixtures';

const target = { id: 't-1', planId: 'plan-1', dueDate: '2026-11-10' };
const day = { officeId: 'office-1', untilDue: -20, overduePeriod: '2026-11-18' };

describe('TargetReminder', () => {
  it('names an overdue reminder by its overdue period, and counts the days overdue', () => {
    const r = new TargetReminder('overdue', 'owner@example.org', target, day);
    expect(r.key).toBe('target:t-1|overdue|2026-11-18|owner@example.org');
    expect([r.period, r.targetId, r.planId, r.officeId, r.dueDate, r.daysOverdue, r.digest]).toEqual([
      '2026-11-18',
      't-1',
      'plan-1',
      'office-1',
      '2026-11-10',
      20,
      null,
    ]);
  });

  it('names an escalation by the due date', () => {
    const r = new TargetReminder('escalation-gender-unit', 'gu@example.org', target, day);
    expect(r.key).toBe('target:t-1|escalation-gender-unit|2026-11-10|gu@example.org');
    expect(r.period).toBe('2026-11-10');
  });

  it('counts no days overdue for a target due soon', () => {
    expect(new TargetReminder('due-soon', 'owner@example.org', target, { ...day, untilDue: 3 }).daysOverdue).toBe(0);
  });

  it('writes the JSON of a plain record: the key and the facts, not the objects it reads them through', () => {
    const json = JSON.parse(JSON.stringify(new TargetReminder('overdue', 'owner@example.org', target, day)));
    expect(json).toStrictEqual({
      key: 'target:t-1|overdue|2026-11-18|owner@example.org',
      kind: 'overdue',
      recipient: 'owner@example.org',
      period: '2026-11-18',
      targetId: 't-1',
      planId: 'plan-1',
      officeId: 'office-1',
      dueDate: '2026-11-10',
      daysOverdue: 20,
    });
  });
});

describe('SubjectReminder', () => {
  const digest: DigestSummary = { week: '2026-W49', offices: [], undelivered: [] };
  const none = { planId: null, officeId: null, dueDate: null, daysOverdue: 0, digest: null };

  it('names a plan waiting for review, an office digest and the department digest by their subjects', () => {
    expect(new SubjectReminder('review-waiting', 'gu@example.org', '2026-11-30', { ...none, planId: 'plan-1' }).key).toBe(
      'plan:plan-1|review-waiting|2026-11-30|gu@example.org',
    );
    expect(new SubjectReminder('office-digest', 'channel:19:a', '2026-W49', { ...none, officeId: 'office-1', digest }).key).toBe(
      'office:office-1|office-digest|2026-W49|channel:19:a',
    );
    expect(new SubjectReminder('gender-unit-digest', 'gu@example.org', '2026-W49', { ...none, digest }).key).toBe(
      'department|gender-unit-digest|2026-W49|gu@example.org',
    );
  });

  it('writes its digest into its JSON only when it has one', () => {
    expect(JSON.parse(JSON.stringify(new SubjectReminder('gender-unit-digest', 'gu@example.org', '2026-W49', { ...none, digest })))).toMatchObject({
      key: 'department|gender-unit-digest|2026-W49|gu@example.org',
      digest,
    });
    expect(
      Object.keys(JSON.parse(JSON.stringify(new SubjectReminder('review-waiting', 'gu@example.org', '2026-11-30', { ...none, planId: 'plan-1' })))),
    ).not.toContain('digest');
  });
});

describe('PlannedReminders', () => {
  const targets = Array.from({ length: 100 }, (_, i) => ({ id: `t-${i}`, planId: 'plan-1', dueDate: '2026-11-10', owner: `owner${i}@example.org` }));
  const none = { planId: null, officeId: null, dueDate: null, daysOverdue: 0, digest: null };
  const digest = new SubjectReminder('gender-unit-digest', 'gu@example.org', '2026-W49', {
    ...none,
    digest: { week: '2026-W49', offices: [], undelivered: [] },
  });
  const review = new SubjectReminder('review-waiting', 'gu@example.org', '2026-11-30', { ...none, planId: 'plan-1' });

  /** Columns of `n` reminders: target i % 100, the four kinds in turn, the owner or one of two named recipients, one of two days. */
  function columnsOf(n: number): TargetReminderColumns {
    const columns = new TargetReminderColumns(targets);
    const recipients = [OWNER, columns.recipientCode('focal@example.org'), columns.recipientCode('gu@example.org')];
    const days = [columns.dayCode(day), columns.dayCode({ ...day, untilDue: 2 })];
    const kinds = [DUE_SOON, OVERDUE, ESCALATION_FOCAL_POINT, ESCALATION_GENDER_UNIT];
    for (let i = 0; i < n; i++) columns.add(i % 100, kinds[i % 4] ?? OVERDUE, recipients[i % 3] ?? OWNER, days[i % 2] ?? 0);
    return columns;
  }
  const expectedKey = (i: number) => {
    const kind = ['due-soon', 'overdue', 'escalation-focal-point', 'escalation-gender-unit'][i % 4];
    const recipient = [`owner${i % 100}@example.org`, 'focal@example.org', 'gu@example.org'][i % 3];
    const period = kind === 'overdue' ? '2026-11-18' : '2026-11-10';
    return `target:t-${i % 100}|${kind}|${period}|${recipient}`;
  };

  it('reads ten thousand target reminders, across the chunks of its columns, in the order decided, then the others', () => {
    const planned = new PlannedReminders(columnsOf(10_000), [review, digest]);
    expect(planned.length).toBe(10_002);
    // Index by index, by position and by iteration: a row lost or moved at a chunk's edge shows up.
    const read = [...planned];
    let misplaced = 0;
    for (let i = 0; i < 10_000; i++) if (planned.at(i)?.key !== expectedKey(i) || read[i]?.key !== expectedKey(i)) misplaced += 1;
    expect(misplaced).toBe(0);
    expect(read.slice(10_000)).toEqual([review, digest]);
    expect(planned.toArray().map((r) => r.key)).toEqual(read.map((r) => r.key));
  });

  it('reads an owner’s reminder to the target’s owner, and the others to the recipient named', () => {
    const planned = new PlannedReminders(columnsOf(3), []);
    expect(planned.toArray().map((r) => [r.kind, r.recipient, r.targetId, r.daysOverdue])).toEqual([
      ['due-soon', 'owner0@example.org', 't-0', 20],
      ['overdue', 'focal@example.org', 't-1', 0],
      ['escalation-focal-point', 'gu@example.org', 't-2', 20],
    ]);
  });

  it('answers `at` as an array does: counted from the end when negative, undefined outside', () => {
    const planned = new PlannedReminders(columnsOf(5), [digest]);
    expect(planned.at(-1)).toBe(digest);
    expect(planned.at(-6)?.key).toBe(expectedKey(0));
    expect([planned.at(6), planned.at(-7), planned.at(Number.NaN)?.key]).toEqual([undefined, undefined, expectedKey(0)]);
  });

  it('builds a target reminder each time it is read: the same facts and JSON, a new object', () => {
    const planned = new PlannedReminders(columnsOf(1), []);
    const [first, again] = [planned.at(0), planned.at(0)];
    expect(first).toBeInstanceOf(TargetReminder);
    expect(first).not.toBe(again);
    expect(JSON.stringify(first)).toBe(JSON.stringify(again));
  });

  it('appends reminders after its own without changing itself, and writes the JSON of the array', () => {
    const planned = new PlannedReminders(columnsOf(2), [review]);
    const more = planned.concat([digest]);
    expect([planned.length, more.length]).toEqual([3, 4]);
    expect(more.at(-1)).toBe(digest);
    expect(JSON.parse(JSON.stringify(more))).toEqual(JSON.parse(JSON.stringify([...planned, digest])));
    expect(new PlannedReminders(null, []).toArray()).toEqual([]);
  });
});

describe('planReminders output', () => {
  it('returns a target reminder whose facts are the target’s, keyed as the ledger expects', () => {
    const office = officeRecord({ focalPoints: [] });
    const plan = planRecord(office.id);
    const t = targetRecord(plan.id, { owner: 'owner@example.org', dueDate: '2026-11-29' });
    const [r] = planReminders([t], [inContext(plan, office)], [], policy(), new Date('2026-11-30T10:00:00.000Z'))
      .toArray()
      .filter((x) => !x.digest);
    expect(r).toBeInstanceOf(TargetReminder);
    expect(r).toMatchObject({
      key: `target:${t.id}|overdue|2026-11-30|owner@example.org`,
      kind: 'overdue',
      targetId: t.id,
      planId: plan.id,
      officeId: office.id,
      dueDate: '2026-11-29',
      daysOverdue: 1,
    });
  });
});
