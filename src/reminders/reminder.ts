// What the planner decides: one reminder to one recipient, named by its idempotency key
// (subject, kind, period, recipient). The key is the reminder ledger's row id, so a reminder
// can be claimed, and therefore sent, once only.

import type { Office, WorkPlan } from '../domain/model';

export const REMINDER_KINDS = [
  'due-soon',
  'overdue',
  'escalation-focal-point',
  'escalation-gender-unit',
  'review-waiting',
  'office-digest',
  'gender-unit-digest',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Recipients are e-mails (personal chat) or a Teams channel, written "channel:<conversation id>". */
export const CHANNEL_PREFIX = 'channel:';
export const channelRecipient = (conversationId: string) => `${CHANNEL_PREFIX}${conversationId}`;
export const isChannelRecipient = (recipient: string) => recipient.startsWith(CHANNEL_PREFIX);

export interface OfficeDigestLine {
  officeId: string;
  code: string;
  name: string;
  targets: number;
  overdue: number;
  dueSoon: number;
  achieved: number;
}

/** A delivery that did not reach its recipient, surfaced in the Gender Unit digest. */
export interface UndeliveredReminder {
  key: string;
  kind: string;
  recipient: string;
  status: 'unreachable' | 'failed';
  outcome: string | null;
  at: string;
}

export interface DigestSummary {
  week: string;
  offices: OfficeDigestLine[];
  undelivered: UndeliveredReminder[];
}

export interface PlannedReminder {
  key: string;
  kind: ReminderKind;
  recipient: string;
  period: string;
  targetId: string | null;
  planId: string | null;
  officeId: string | null;
  /** The target's due date, or the date a plan's review was due. */
  dueDate: string | null;
  daysOverdue: number;
  digest?: DigestSummary;
}

/** A plan with the office facts the planner needs. */
export interface PlanInContext {
  plan: WorkPlan;
  office: Pick<Office, 'id' | 'code' | 'name' | 'focalPoints' | 'digestChannelId'>;
}

export function reminderKey(subject: string, kind: ReminderKind, period: string, recipient: string): string {
  return `${subject}|${kind}|${period}|${recipient}`;
}
