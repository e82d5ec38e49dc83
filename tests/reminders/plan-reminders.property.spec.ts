// planReminders against arbitrary departments, ledgers, policies and instants (fast-check):
// no key twice and none already in the ledger, nothing about achieved or dropped targets,
// nobody disturbed outside their hours, escalations in order; and over weeks of hourly
// sweeps, each reminder exactly once.

import fc from 'fast-check';
import { CLOSED_TARGET_STATUSES, PLAN_STATUSES, TARGET_STATUSES } from '../../src/domain/catalogues';
import { addDays, dayOf, daysBetween } from '../../src/domain/dates';
import type { ReminderRecord } from '../../src/domain/model';
import { localClock } from '../../src/reminders/calendar';
import { planReminders } from '../../src/reminders/plan-reminders';
import { parseReminderPolicy, type ReminderPolicy } from '../../src/domain/reminder-policy';
import type { PlanInContext, PlannedReminder } from '../../src/reminders/reminder';
import { officeRecord, planRecord, sentRow, targetRecord } from './planning-fixtures';

const PEOPLE = ['a@x.org', 'b@x.org', 'c@x.org', 'd@x.org', 'e@x.org', 'f@x.org'];
const ZONES = ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata'];
const BASE_DAY = '2026-06-01';

const policyArb = fc
  .record({
    dueSoonDays: fc.integer({ min: 0, max: 14 }),
    overdueEveryDays: fc.integer({ min: 1, max: 10 }),
    escalateToFocalPointAfterDays: fc.integer({ min: 1, max: 30 }),
    gap: fc.integer({ min: 1, max: 30 }),
    reviewWaitingDays: fc.integer({ min: 1, max: 15 }),
    digestWeekday: fc.integer({ min: 1, max: 7 }),
    workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    startHour: fc.integer({ min: 0, max: 22 }),
    span: fc.integer({ min: 1, max: 24 }),
    defaultTimeZone: fc.constantFrom(...ZONES),
    zones: fc.dictionary(fc.constantFrom(...PEOPLE), fc.constantFrom(...ZONES)),
    genderUnit: fc.subarray(PEOPLE, { minLength: 0, maxLength: 3 }),
  })
  .map((p): ReminderPolicy =>
    parseReminderPolicy({
      dueSoonDays: p.dueSoonDays,
      overdueEveryDays: p.overdueEveryDays,
      escalateToFocalPointAfterDays: p.escalateToFocalPointAfterDays,
      escalateToGenderUnitAfterDays: p.escalateToFocalPointAfterDays + p.gap,
      reviewWaitingDays: p.reviewWaitingDays,
      digestWeekday: p.digestWeekday,
      workingDays: p.workingDays,
      sendWindow: { startHour: p.startHour, endHour: Math.min(24, p.startHour + p.span) },
      defaultTimeZone: p.defaultTimeZone,
      timeZones: p.zones,
      genderUnit: { recipients: p.genderUnit },
    }),
  );

interface Department {
  plans: PlanInContext[];
  targets: ReturnType<typeof targetRecord>[];
}

const departmentArb: fc.Arbitrary<Department> = fc
  .array(
    fc.record({
      focalPoints: fc.subarray(PEOPLE, { maxLength: 2 }),
      channel: fc.boolean(),
      status: fc.constantFrom(...PLAN_STATUSES),
      submittedDaysAgo: fc.integer({ min: 0, max: 60 }),
      targets: fc.array(
        fc.record({ owner: fc.constantFrom(...PEOPLE), due: fc.integer({ min: -120, max: 60 }), status: fc.constantFrom(...TARGET_STATUSES) }),
        { maxLength: 12 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((offices) => {
    const plans: PlanInContext[] = [];
    const targets: ReturnType<typeof targetRecord>[] = [];
    offices.forEach((o, i) => {
      const office = officeRecord({ id: `office-${i}`, code: `O${i}X`, focalPoints: o.focalPoints, digestChannelId: o.channel ? `19:o${i}@thread` : null });
      const history = [{ status: 'submitted' as const, by: PEOPLE[0]!, at: `${addDays(BASE_DAY, -o.submittedDaysAgo)}T12:00:00.000Z`, comment: null }];
      const plan = planRecord(office.id, { id: `plan-${i}`, status: o.status, history });
      plans.push({ plan, office });
      o.targets.forEach((t, j) =>
        targets.push(targetRecord(plan.id, { id: `t-${i}-${j}`, owner: t.owner, dueDate: addDays(BASE_DAY, t.due), status: t.status })),
      );
    });
    return { plans, targets };
  });

/** An instant within five weeks of the base day, to the minute. */
const instantArb = fc.integer({ min: 0, max: 35 * 24 * 60 }).map((m) => new Date(Date.parse(`${BASE_DAY}T00:00:00Z`) + m * 60_000));

function zoneOf(policy: ReminderPolicy, recipient: string): string {
  return policy.timeZones[recipient] ?? policy.defaultTimeZone;
}

function mayDisturb(policy: ReminderPolicy, recipient: string, now: Date): boolean {
  const local = localClock(now, zoneOf(policy, recipient));
  return policy.workingDays.includes(local.weekday) && local.hour >= policy.sendWindow.startHour && local.hour < policy.sendWindow.endHour;
}

describe('planReminders (properties)', () => {
  it('never returns a key twice, nor one already in the ledger', () => {
    fc.assert(
      fc.property(departmentArb, policyArb, instantArb, instantArb, (dept, policy, earlier, now) => {
        const before = planReminders(dept.targets, dept.plans, [], policy, earlier).toArray();
        const ledger = before.filter((_, i) => i % 2 === 0).map((r) => sentRow(r, earlier.toISOString()));
        const out = planReminders(dept.targets, dept.plans, ledger, policy, now).toArray();
        const keys = out.map((r) => r.key);
        expect(new Set(keys).size).toBe(keys.length);
        const taken = new Set(ledger.map((r) => r.id));
        expect(keys.filter((k) => taken.has(k))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('reads back the same reminders by position, by iteration and as one array', () => {
    fc.assert(
      fc.property(departmentArb, policyArb, instantArb, instantArb, (dept, policy, earlier, now) => {
        const ledger = [...planReminders(dept.targets, dept.plans, [], policy, earlier)]
          .filter((_, i) => i % 3 === 0)
          .map((r) => sentRow(r, earlier.toISOString()));
        const planned = planReminders(dept.targets, dept.plans, ledger, policy, now);
        const byPosition = Array.from({ length: planned.length }, (_, i) => JSON.stringify(planned.at(i)));
        expect([...planned].map((r) => JSON.stringify(r))).toEqual(byPosition);
        expect(planned.toArray().map((r) => JSON.stringify(r))).toEqual(byPosition);
        expect(planned.at(planned.length)).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('returns nothing about achieved or dropped targets, or targets of plans outside the policy', () => {
    fc.assert(
      fc.property(departmentArb, policyArb, instantArb, (dept, policy, now) => {
        const status = new Map(dept.targets.map((t) => [t.id, t.status]));
        const planOf = new Map(dept.plans.map((p) => [p.plan.id, p.plan.status]));
        for (const r of planReminders(dept.targets, dept.plans, [], policy, now)) {
          if (!r.targetId) continue;
          expect(CLOSED_TARGET_STATUSES).not.toContain(status.get(r.targetId));
          expect(policy.planStatuses).toContain(planOf.get(r.planId!));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('disturbs nobody outside their working days and send window, in their own time zone', () => {
    fc.assert(
      fc.property(departmentArb, policyArb, instantArb, (dept, policy, now) => {
        for (const r of planReminders(dept.targets, dept.plans, [], policy, now)) expect(mayDisturb(policy, r.recipient, now)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps escalations in order: focal points after X days, the Gender Unit after Y days and only once the focal points heard', () => {
    fc.assert(
      fc.property(departmentArb, policyArb, instantArb, fc.boolean(), (dept, policy, now, focalOnRecord) => {
        const ledger = focalOnRecord
          ? planReminders(dept.targets, dept.plans, [], { ...policy, workingDays: [1, 2, 3, 4, 5, 6, 7], sendWindow: { startHour: 0, endHour: 24 } }, now)
              .toArray()
              .filter((r) => r.kind === 'escalation-focal-point')
              .map((r) => sentRow(r, now.toISOString()))
          : [];
        const out = planReminders(dept.targets, dept.plans, ledger, policy, now).toArray();
        const office = new Map(dept.plans.map((p) => [p.plan.id, p.office]));
        const owner = new Map(dept.targets.map((t) => [t.id, t.owner]));
        out.forEach((r, i) => {
          if (r.kind === 'escalation-focal-point') expect(r.daysOverdue).toBeGreaterThanOrEqual(policy.escalateToFocalPointAfterDays);
          if (r.kind !== 'escalation-gender-unit') return;
          expect(r.daysOverdue).toBeGreaterThanOrEqual(policy.escalateToGenderUnitAfterDays);
          const focal = office.get(r.planId!)!.focalPoints.filter((f) => f !== owner.get(r.targetId!));
          const heard = (x: { kind: string; targetId: string | null; period: string }) =>
            x.kind === 'escalation-focal-point' && x.targetId === r.targetId && x.period === r.period;
          if (focal.length > 0) expect(ledger.some(heard) || out.slice(0, i).some(heard)).toBe(true);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('over five weeks of hourly sweeps, sends each reminder once, every overdue period once, escalations in order', () => {
    fc.assert(
      fc.property(departmentArb, policyArb, (dept, policy) => {
        const ledger: ReminderRecord[] = [];
        const sent: { r: PlannedReminder; at: number }[] = [];
        const start = Date.parse(`${BASE_DAY}T00:00:00Z`);
        for (let hour = 0; hour < 35 * 24; hour++) {
          const now = new Date(start + hour * 3_600_000);
          for (const r of planReminders(dept.targets, dept.plans, ledger, policy, now)) {
            ledger.push(sentRow(r, now.toISOString()));
            sent.push({ r, at: now.getTime() });
          }
        }
        const keys = sent.map(({ r }) => r.key);
        expect(new Set(keys).size).toBe(keys.length);
        // An overdue period is named by its first day, which is M days after the previous one's.
        const overdue = sent.map(({ r }) => r).filter((r) => r.kind === 'overdue');
        for (const r of overdue) expect(daysBetween(r.dueDate!, r.period) % policy.overdueEveryDays).toBe(1 % policy.overdueEveryDays);
        // No due-soon reminder for a target that was already past due when it went out.
        for (const { r, at } of sent.filter((x) => x.r.kind === 'due-soon')) expect(r.dueDate! >= dayOf(new Date(at))).toBe(true);
        for (const gu of sent.filter(({ r }) => r.kind === 'escalation-gender-unit')) {
          const focal = sent.filter(({ r }) => r.kind === 'escalation-focal-point' && r.targetId === gu.r.targetId);
          const office = dept.plans.find((p) => p.plan.id === gu.r.planId)!.office;
          const owner = dept.targets.find((t) => t.id === gu.r.targetId)!.owner;
          if (office.focalPoints.some((f) => f !== owner)) expect(focal.some((f) => f.at <= gu.at)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});
