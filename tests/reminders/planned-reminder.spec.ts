// The planner's output records: a target's reminder reads its facts through the target and
// what its plan's targets due that day share, the others hold theirs; both name themselves
// by the same key and write the same JSON a plain record would. And the list that gathers a
// large sweep's reminders keeps their order.

import { planReminders } from '../../src/reminders/plan-reminders';
import { SubjectReminder, TargetReminder, type DigestSummary } from '../../src/reminders/reminder';
import { ReminderList } from '../../src/reminders/reminder-list';
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

describe('ReminderList', () => {
  it('returns ten thousand reminders, across its chunks, in the order they were added', () => {
    const list = new ReminderList();
    const added = Array.from({ length: 10_000 }, (_, i) => new TargetReminder('overdue', `owner${i}@example.org`, target, day));
    for (const r of added) list.add(r);
    const out = list.toArray();
    expect(out).toHaveLength(10_000);
    // Index by index: `every` would skip the holes a lost chunk leaves.
    let misplaced = 0;
    for (let i = 0; i < added.length; i++) if (out[i] !== added[i]) misplaced += 1;
    expect(misplaced).toBe(0);
  });

  it('returns an empty array when nothing was added', () => {
    expect(new ReminderList().toArray()).toEqual([]);
  });
});

describe('planReminders output', () => {
  it('returns a target reminder whose facts are the target’s, keyed as the ledger expects', () => {
    const office = officeRecord({ focalPoints: [] });
    const plan = planRecord(office.id);
    const t = targetRecord(plan.id, { owner: 'owner@example.org', dueDate: '2026-11-29' });
    const [r] = planReminders([t], [inContext(plan, office)], [], policy(), new Date('2026-11-30T10:00:00.000Z')).filter((x) => !x.digest);
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
