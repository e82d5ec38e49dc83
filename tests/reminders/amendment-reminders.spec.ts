// Plans left in submitted past the policy's delay are reminded to the Gender Unit: an amendment
// waiting for endorsement (issue 16) is such a plan too, counted from its own submission, and
// reminded afresh even when the first revision's review was reminded before. While an amendment
// is in draft or returned, its endorsed revision is in force: the targets go on being reminded.

import { addDays } from '../../src/domain/dates';
import { amendment } from '../../src/domain/plan-lifecycle';
import type { WorkPlan } from '../../src/domain/model';
import { planDueReminders } from '../../src/reminders/sweep-data';
import { commitOf } from '../support/factories';
import { USERS } from '../support/api-harness';
import { startReminderHarness, type ReminderHarness } from './reminder-harness';
import type { Transition } from '../../src/domain/model';
import type { Period } from '../../src/domain/monitoring';
import { planReminders } from '../../src/reminders/plan-reminders';
import { planReportReminders } from '../../src/reminders/plan-report-reminders';
import type { PlannedReminder } from '../../src/reminders/reminder';
import { inContext, officeRecord, planRecord, policy, sentRow } from './planning-fixtures';

/** Monday 2026-11-30, 10:00 UTC. */
const NOW = new Date('2026-11-30T10:00:00.000Z');
const TODAY = '2026-11-30';
const FOCAL = 'focal@example.org';
const GU = 'gu@example.org';
const office = officeRecord({ focalPoints: [FOCAL] });
const day = (daysAgo: number) => `${addDays(TODAY, -daysAgo)}T16:00:00.000Z`;
const step = (status: Transition['status'], daysAgo: number, by = FOCAL): Transition => ({ status, by, at: day(daysAgo), comment: null });

/** Revision 1 submitted 62 days ago and endorsed, amended, and the amendment submitted `daysAgo` days ago. */
function submittedAmendment(daysAgo: number) {
  const endorsed = planRecord(office.id, { status: 'endorsed', history: [step('submitted', 62), step('endorsed', 45, GU)] });
  const amended = { ...endorsed, ...amendment(endorsed, { by: FOCAL, at: day(daysAgo + 5), comment: 'New mandate' }) };
  return { ...amended, status: 'submitted' as const, history: [...amended.history, step('submitted', daysAgo)] };
}

const reviews = (plan: ReturnType<typeof submittedAmendment>, ledger: PlannedReminder[] = []) =>
  planReminders(
    [],
    [inContext(plan, office)],
    ledger.map((r) => sentRow(r, NOW.toISOString())),
    policy(),
    NOW,
  )
    .toArray()
    .filter((r) => r.kind === 'review-waiting');

describe('review reminders for amendments', () => {
  it("reminds the Gender Unit of an amendment left in submitted past the delay, counted from the amendment's submission", () => {
    expect(reviews(submittedAmendment(9))).toEqual([]);
    const plan = submittedAmendment(10);
    expect(plan.revision).toBe(2);
    expect(reviews(plan)).toEqual([expect.objectContaining({ recipient: GU, planId: plan.id, dueDate: TODAY, daysOverdue: 0, period: TODAY })]);
  });

  it("is not silenced by the reminder sent for the first revision's review", () => {
    const plan = submittedAmendment(10);
    const firstReview = planReminders(
      [],
      [inContext({ ...plan, revision: 1, history: [step('submitted', 62)] }, office)],
      [],
      policy(),
      // A Friday, ten days after revision 1 was submitted.
      new Date(`${addDays(TODAY, -52)}T10:00:00.000Z`),
    )
      .toArray()
      .filter((r) => r.kind === 'review-waiting');
    expect(firstReview).toHaveLength(1);
    expect(reviews(plan, firstReview)).toHaveLength(1);
    expect(reviews(plan, reviews(plan))).toEqual([]);
  });

  it('still asks the office of a plan under amendment for its period report, its endorsed revision standing meanwhile', () => {
    const plan = submittedAmendment(3);
    const quarter: Period = {
      id: '2006-2007_2026-Q4',
      cycle: plan.cycle,
      label: '2026 Q4',
      start: '2026-10-01',
      end: '2026-12-31',
      reportDue: addDays(TODAY, 3),
      status: 'open',
      closedAt: null,
      closedBy: null,
      forced: false,
      missingOffices: [],
      snapshotRows: 0,
      closing: null,
      version: 1,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    };
    const reminders = planReportReminders({ periods: [quarter], reports: [], plans: [inContext(plan, office)] }, new Set(), policy(), NOW);
    expect(reminders).toEqual([expect.objectContaining({ kind: 'report-due', recipient: FOCAL, planId: plan.id })]);
  });
});

describe('target reminders while an amendment is in draft', () => {
  let h: ReminderHarness;
  beforeEach(async () => {
    h = await startReminderHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  /** The due and overdue reminders about the targets of office A's plan, as "kind→recipient|target". */
  const targetReminders = async () =>
    (await planDueReminders(h.deps())).reminders
      .toArray()
      .filter((r) => r.planId === h.world.planA.id && r.targetId !== null && r.targetId !== undefined)
      .map((r) => `${r.kind}→${r.recipient}|${String(r.targetId)}`)
      .sort();

  async function setPlanA(patch: (plan: WorkPlan) => Partial<WorkPlan>): Promise<void> {
    const plan = (await h.store.get('plan', h.world.planA.id)) ?? fail('no plan A');
    await h.store.commit(commitOf([{ op: 'update', entity: 'plan', id: plan.id, expectedVersion: plan.version, patch: patch(plan) }]));
  }

  it('reminds the targets of a plan under amendment, draft or returned, as those of the endorsed plan it stands for', async () => {
    const endorsed = await targetReminders();
    expect(endorsed.length).toBeGreaterThan(0);
    expect(endorsed.join(' ')).toContain(h.world.overdueA.id);
    await setPlanA((plan) => amendment(plan, { by: USERS.focalA, at: h.now.toISOString(), comment: 'New mandate' }));
    expect((await h.store.get('plan', h.world.planA.id))?.status).toBe('draft');
    expect(await targetReminders()).toEqual(endorsed);
    await setPlanA(() => ({ status: 'returned' }));
    expect(await targetReminders()).toEqual(endorsed);
  });

  it('does not remind the targets of a new plan in draft, never endorsed', async () => {
    await setPlanA(() => ({ status: 'draft', revision: 1 }));
    expect(await targetReminders()).toEqual([]);
  });
});
