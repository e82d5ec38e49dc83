// planReminders, one rule at a time: due soon, overdue and its period, escalations to the
// focal point then the Gender Unit, plans waiting for review, weekly digests, and when
// nobody is disturbed (weekends, outside the send window, in the recipient's time zone).

import { addDays } from '../../src/domain/dates';
import { planReminders } from '../../src/reminders/plan-reminders';
import type { PlannedReminder } from '../../src/reminders/reminder';
import { inContext, officeRecord, planRecord, policy, sentRow, targetRecord } from './planning-fixtures';

/** Monday 2026-11-30, 10:00 UTC. */
const NOW = new Date('2026-11-30T10:00:00.000Z');
const TODAY = '2026-11-30';
const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00.000Z`);
const FOCAL = 'focal@example.org';
const OWNER = 'owner@example.org';

const office = officeRecord({ focalPoints: [FOCAL] });
const plan = planRecord(office.id);
const plans = [inContext(plan, office)];
const due = (daysFromToday: number, over = {}) => targetRecord(plan.id, { owner: OWNER, dueDate: addDays(TODAY, daysFromToday), ...over });
const summary = (rs: PlannedReminder[]) => rs.filter((r) => !r.digest).map((r) => `${r.kind} ${r.recipient} ${r.period}`);
const run = (targets = [due(0)], now = NOW, p = policy(), ledger: PlannedReminder[] = []) =>
  planReminders(
    targets,
    plans,
    ledger.map((r) => sentRow(r, now.toISOString())),
    p,
    now,
  ).toArray();

describe('planReminders', () => {
  describe('due soon', () => {
    it('reminds the owner N days before the due date, and on the due date itself', () => {
      expect(summary(run([due(7)]))).toEqual([`due-soon ${OWNER} ${addDays(TODAY, 7)}`]);
      expect(summary(run([due(0)]))).toEqual([`due-soon ${OWNER} ${TODAY}`]);
      expect(summary(run([due(8)]))).toEqual([]);
    });

    it('says nothing more once that due date was reminded, and nothing when N is 0', () => {
      const t = due(5);
      const first = run([t]);
      expect(summary(run([t], at('2026-12-01'), policy(), first))).toEqual([]);
      expect(summary(run([due(5)], NOW, policy({ dueSoonDays: 0 })))).toEqual([]);
    });
  });

  describe('overdue', () => {
    it('reminds the owner on the first day overdue, then every M days', () => {
      const t = due(-1);
      const day1 = run([t]);
      expect(summary(day1)).toEqual([`overdue ${OWNER} ${TODAY}`]);
      expect(day1[0]).toMatchObject({ targetId: t.id, planId: plan.id, officeId: office.id, dueDate: t.dueDate, daysOverdue: 1 });
      const ledger = [...day1];
      const week = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07'].flatMap((d) => {
        const r = run([t], at(d), policy(), ledger);
        ledger.push(...r);
        return summary(r);
      });
      expect(week).toEqual([`overdue ${OWNER} 2026-12-07`]);
    });

    it('does not make up a missed period: only the current one is reminded', () => {
      expect(summary(run([due(-30)]))).toContain(`overdue ${OWNER} ${addDays(TODAY, -30 + 1 + 4 * 7)}`);
    });

    it('says nothing about achieved or dropped targets, nor about targets of draft plans', () => {
      expect(summary(run([due(-20, { status: 'achieved' }), due(-20, { status: 'dropped' }), due(2, { status: 'achieved' })]))).toEqual([]);
      const draft = planRecord(office.id, { status: 'draft' });
      expect(
        planReminders([targetRecord(draft.id, { dueDate: addDays(TODAY, -3) })], [inContext(draft, office)], [], policy(), NOW)
          .toArray()
          .filter((r) => !r.digest),
      ).toEqual([]);
    });
  });

  describe('escalation', () => {
    it('tells the focal point after X days overdue, not before, and not the owner twice', () => {
      expect(summary(run([due(-13)]))).toEqual([`overdue ${OWNER} ${addDays(TODAY, -13 + 1 + 7)}`]);
      expect(summary(run([due(-14)]))).toContain(`escalation-focal-point ${FOCAL} ${addDays(TODAY, -14)}`);
      expect(summary(run([due(-14, { owner: FOCAL })])).filter((s) => s.startsWith('escalation-focal'))).toEqual([]);
    });

    it('tells the Gender Unit after Y days, once the focal point has heard', () => {
      const t = due(-30);
      const first = run([t]);
      expect(summary(first).filter((s) => s.startsWith('escalation'))).toEqual([
        `escalation-focal-point ${FOCAL} ${t.dueDate}`,
        `escalation-gender-unit gu@example.org ${t.dueDate}`,
      ]);
      expect(summary(run([t], at('2026-12-01'), policy(), first)).filter((s) => s.startsWith('escalation'))).toEqual([]);
    });

    it('holds the Gender Unit back while the focal point is off duty in their time zone', () => {
      // 10:00 UTC is 05:00 in New York: the focal point is not disturbed, so neither is the Gender Unit told yet.
      const p = policy({ timeZones: { [FOCAL]: 'America/New_York' } });
      expect(summary(run([due(-40)], NOW, p)).filter((s) => s.startsWith('escalation'))).toEqual([]);
      expect(summary(run([due(-40)], at(TODAY, '15:00'), p)).filter((s) => s.startsWith('escalation'))).toHaveLength(2);
    });
  });

  describe('plans waiting for review', () => {
    const submitted = (daysAgo: number) =>
      planRecord(office.id, {
        status: 'submitted',
        history: [{ status: 'submitted', by: FOCAL, at: `${addDays(TODAY, -daysAgo)}T16:00:00.000Z`, comment: null }],
      });

    it('reminds the Gender Unit after Z days, then every Z days', () => {
      const reviewOf = (p: ReturnType<typeof submitted>, now = NOW) =>
        planReminders([], [inContext(p, office)], [], policy(), now)
          .toArray()
          .filter((r) => r.kind === 'review-waiting');
      expect(reviewOf(submitted(9))).toEqual([]);
      const p10 = submitted(10);
      expect(reviewOf(p10)).toEqual([expect.objectContaining({ recipient: 'gu@example.org', planId: p10.id, dueDate: TODAY, daysOverdue: 0, period: TODAY })]);
      expect(reviewOf(submitted(25))[0]).toMatchObject({ daysOverdue: 15, period: addDays(TODAY, -5) });
    });
  });

  describe('weekly digests', () => {
    const withChannel = officeRecord({ code: 'OC', focalPoints: [FOCAL], digestChannelId: '19:oc@thread.tacv2' });
    const planC = planRecord(withChannel.id);
    const digests = (now: Date, ledger: PlannedReminder[] = []) =>
      planReminders(
        [targetRecord(planC.id, { dueDate: addDays(TODAY, -2) })],
        [inContext(planC, withChannel)],
        ledger.map((r) => sentRow(r, now.toISOString())),
        policy(),
        now,
      )
        .toArray()
        .filter((r) => r.digest);

    it("goes to the office's channel and the Gender Unit from the digest weekday, once a week", () => {
      const monday = digests(NOW);
      expect(monday.map((r) => `${r.kind} ${r.recipient} ${r.period}`)).toEqual([
        'office-digest channel:19:oc@thread.tacv2 2026-W49',
        'gender-unit-digest gu@example.org 2026-W49',
      ]);
      expect(monday[0]!.digest!.offices).toEqual([expect.objectContaining({ code: 'OC', targets: 1, overdue: 1 })]);
      expect(digests(at('2026-12-01'), monday)).toEqual([]);
      expect(digests(at('2026-12-01'))).toHaveLength(2);
    });

    it('lists reminders that did not arrive in the Gender Unit digest', () => {
      const row = { ...sentRow(run([due(-1)])[0]!, NOW.toISOString()), status: 'unreachable' as const, outcome: '403 BotNotInConversationRoster' };
      const gu = planReminders([], plans, [row], policy(), NOW)
        .toArray()
        .find((r) => r.kind === 'gender-unit-digest')!;
      expect(gu.digest!.undelivered).toEqual([expect.objectContaining({ recipient: OWNER, status: 'unreachable', outcome: '403 BotNotInConversationRoster' })]);
    });
  });

  describe('when nobody is disturbed', () => {
    it('sends nothing at a weekend or outside the send window', () => {
      expect(run([due(-3)], at('2026-11-28'))).toEqual([]);
      expect(run([due(-3)], at(TODAY, '03:00'))).toEqual([]);
      expect(run([due(-3)], at(TODAY, '17:00'))).toEqual([]);
      expect(summary(run([due(-3)], at(TODAY, '16:59')))).toHaveLength(1);
    });

    it("follows the recipient's time zone, then the policy's default", () => {
      expect(summary(run([due(-3)], at(TODAY, '03:00'), policy({ timeZones: { [OWNER]: 'Asia/Tokyo' } })))).toHaveLength(1);
      expect(summary(run([due(-3)], at(TODAY, '03:00'), policy({ defaultTimeZone: 'Asia/Tokyo' })))).toHaveLength(1);
      // Monday 23:00 UTC is already Tuesday in Tokyo, but 08:00: still too early.
      expect(run([due(-3)], at(TODAY, '23:00'), policy({ defaultTimeZone: 'Asia/Tokyo' }))).toEqual([]);
    });
  });
});
