// Small factories for planReminders: stored targets and plans (with bookkeeping fields), the
// plan-in-context pairs the planner takes, and ledger rows made from planned reminders.

import type { Office, ReminderRecord, Target, WorkPlan } from '../../src/domain/model';
import { parseReminderPolicy, type ReminderPolicy, type ReminderPolicyInput } from '../../src/domain/reminder-policy';
import type { PlanInContext, PlannedReminder } from '../../src/reminders/reminder';
import { AT, office as newOffice, plan as newPlan, target as newTarget } from '../support/factories';

const stored = <T extends object>(record: T) => ({ ...record, version: 1, createdAt: AT, updatedAt: AT });

export function officeRecord(over: Partial<Office> = {}): Office {
  return { ...stored(newOffice()), ...over };
}

export function planRecord(officeId: string, over: Partial<WorkPlan> = {}): WorkPlan {
  return { ...stored(newPlan(officeId, { status: 'endorsed' })), ...over };
}

export function targetRecord(planId: string, over: Partial<Target> = {}): Target {
  return { ...stored(newTarget(planId, 'activity-1')), ...over };
}

export const inContext = (plan: WorkPlan, office: Office): PlanInContext => ({ plan, office });

export function policy(over: ReminderPolicyInput = {}): ReminderPolicy {
  return parseReminderPolicy({ genderUnit: { recipients: ['gu@example.org'] }, ...over });
}

/** What the ledger holds once a planned reminder was sent at `at`. */
export function sentRow(r: PlannedReminder, at: string): ReminderRecord {
  return {
    id: r.key,
    kind: r.kind,
    targetId: r.targetId,
    planId: r.planId,
    officeId: r.officeId,
    recipient: r.recipient,
    period: r.period,
    status: 'sent',
    attempts: 1,
    sentAt: at,
    outcome: null,
    version: 2,
    createdAt: at,
    updatedAt: at,
  };
}
