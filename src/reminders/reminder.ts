// What the planner decides: one reminder to one recipient, named by its idempotency key
// (subject, kind, period, recipient). The key is the reminder ledger's row id, so a reminder
// can be claimed, and therefore sent, once only.

import type { Office, Target, WorkPlan } from '../domain/model';

export const REMINDER_KINDS = [
  'due-soon',
  'overdue',
  'escalation-focal-point',
  'escalation-gender-unit',
  'review-waiting',
  'report-due',
  'report-late',
  'report-review',
  'remedial-due',
  'remedial-overdue',
  'office-digest',
  'gender-unit-digest',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** What each kind of reminder is, in words (the Gender Unit digest lists those that did not arrive). */
export const REMINDER_KIND_LABELS: Readonly<Record<ReminderKind, string>> = {
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  'escalation-focal-point': 'Escalation to the focal point',
  'escalation-gender-unit': 'Escalation to the Gender Unit',
  'review-waiting': 'Plan waiting for review',
  'report-due': 'Period report due soon',
  'report-late': 'Period report late',
  'report-review': 'Period report waiting for review',
  'remedial-due': 'Remedial action due soon',
  'remedial-overdue': 'Remedial action overdue',
  'office-digest': 'Office weekly digest',
  'gender-unit-digest': 'Gender Unit weekly digest',
};

export const UNDELIVERED_STATUS_LABELS: Readonly<Record<'unreachable' | 'failed', string>> = {
  unreachable: 'could not be reached',
  failed: 'failed',
};

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

/**
 * One planned reminder. A sweep of a large department plans a hundred thousand of them, so
 * they are class instances of a stable shape rather than object literals, and the key, a
 * concatenation of four strings, is made when read (by the sweep as it claims the reminder,
 * by the dry run as it prints it), not for every reminder while planning. Two kinds of
 * record: a target's reminder points to the target and to what its plan's targets due that
 * day share (TargetReminder); the few others hold their facts (SubjectReminder).
 */
export abstract class PlannedReminder {
  abstract readonly kind: ReminderKind;
  abstract readonly recipient: string;
  /** What makes a repeat a new reminder: the due date, the overdue period's first day, the review's due day, the digest's week. */
  abstract readonly period: string;
  abstract readonly targetId: string | null;
  abstract readonly planId: string | null;
  abstract readonly officeId: string | null;
  /** The target's due date, or the date a plan's review was due. */
  abstract readonly dueDate: string | null;
  abstract readonly daysOverdue: number;
  abstract readonly digest: DigestSummary | null;
  /** The reporting period and (once it exists) the progress report a report reminder is about. */
  get periodId(): string | null {
    return null;
  }
  get reportId(): string | null {
    return null;
  }
  /** The remedial action (of an office's scorecard) a remedial reminder is about. */
  get remedialActionId(): string | null {
    return null;
  }

  /** The idempotency key: the ledger's row id, so that a reminder can be claimed, and therefore sent, once only. */
  get key(): string {
    return reminderKey(reminderSubject(this), this.kind, this.period, this.recipient);
  }

  /** What JSON.stringify writes: the key among the facts, as a plain record would have it. */
  toJSON(): Record<string, unknown> {
    const { key, kind, recipient, period, targetId, planId, officeId, dueDate, daysOverdue, digest } = this;
    const { periodId, reportId } = this;
    const report = periodId ? { periodId, reportId } : {};
    const remedial = this.remedialActionId ? { remedialActionId: this.remedialActionId } : {};
    return { key, kind, recipient, period, targetId, planId, officeId, dueDate, daysOverdue, ...report, ...remedial, ...(digest ? { digest } : {}) };
  }
}

/** What the reminded targets of one plan that are due on one day share. */
export interface TargetDay {
  readonly officeId: string;
  /** Days from today to the due date: negative once overdue. */
  readonly untilDue: number;
  /** The overdue period the owner is reminded of now (see planReminders). */
  readonly overduePeriod: string;
}

/**
 * A target's reminder (due soon, overdue, escalations): four references, the rest read
 * through them, so that the bulk of a sweep allocates one small record per reminder. It reads
 * the target it was planned from, so that record must not be changed afterwards (stores hand
 * out fresh records on every read).
 */
export class TargetReminder extends PlannedReminder {
  // Declared, not class fields: assigned once in the constructor rather than defined, then assigned.
  declare readonly kind: 'due-soon' | 'overdue' | 'escalation-focal-point' | 'escalation-gender-unit';
  declare readonly recipient: string;
  declare readonly target: Pick<Target, 'id' | 'planId' | 'dueDate'>;
  declare readonly day: TargetDay;

  constructor(kind: TargetReminder['kind'], recipient: string, target: Pick<Target, 'id' | 'planId' | 'dueDate'>, day: TargetDay) {
    super();
    this.kind = kind;
    this.recipient = recipient;
    this.target = target;
    this.day = day;
  }

  get period(): string {
    return this.kind === 'overdue' ? this.day.overduePeriod : this.target.dueDate;
  }
  get targetId(): string {
    return this.target.id;
  }
  get planId(): string {
    return this.target.planId;
  }
  get officeId(): string {
    return this.day.officeId;
  }
  get dueDate(): string {
    return this.target.dueDate;
  }
  get daysOverdue(): number {
    return this.day.untilDue < 0 ? -this.day.untilDue : 0;
  }
  get digest(): null {
    return null;
  }
}

/** A reminder about a plan, an office or the department: a handful per sweep, each holding its facts. */
export class SubjectReminder extends PlannedReminder {
  declare readonly kind: ReminderKind;
  declare readonly recipient: string;
  declare readonly period: string;
  declare readonly targetId: null;
  declare readonly planId: string | null;
  declare readonly officeId: string | null;
  declare readonly dueDate: string | null;
  declare readonly daysOverdue: number;
  declare readonly digest: DigestSummary | null;

  constructor(
    kind: ReminderKind,
    recipient: string,
    period: string,
    f: { planId: string | null; officeId: string | null; dueDate: string | null; daysOverdue: number; digest: DigestSummary | null },
  ) {
    super();
    this.kind = kind;
    this.recipient = recipient;
    this.period = period;
    this.targetId = null;
    this.planId = f.planId;
    this.officeId = f.officeId;
    this.dueDate = f.dueDate;
    this.daysOverdue = f.daysOverdue;
    this.digest = f.digest;
  }
}

/** A plan with the office facts the planner needs. */
export interface PlanInContext {
  plan: WorkPlan;
  office: Pick<Office, 'id' | 'code' | 'name' | 'focalPoints' | 'digestChannelId'>;
}

export function reminderKey(subject: string, kind: ReminderKind, period: string, recipient: string): string {
  return subject + reminderKeyTail(kind, period, recipient);
}

/** What follows the subject in a key: shared by every target reminded of the same kind, period and recipient. */
export function reminderKeyTail(kind: ReminderKind, period: string, recipient: string): string {
  return `|${kind}|${period}|${recipient}`;
}

/** Kinds whose subject is a target; a plan's review, an office's digest and the department's digest are the others. */
export const TARGET_REMINDER_KINDS: ReadonlySet<string> = new Set<ReminderKind>(['due-soon', 'overdue', 'escalation-focal-point', 'escalation-gender-unit']);

/** What a key starts with: the target, plan, office or department the reminder (or ledger row) is about. */
export function reminderSubject(r: { kind: string; targetId: string | null; planId: string | null; officeId: string | null }): string {
  if (TARGET_REMINDER_KINDS.has(r.kind)) return `target:${r.targetId}`;
  if (r.kind === 'review-waiting') return `plan:${r.planId}`;
  if (REPORT_REMINDER_KINDS.has(r.kind) && 'periodId' in r) return `report:${r.periodId}:${r.officeId}`;
  if (REMEDIAL_REMINDER_KINDS.has(r.kind) && 'remedialActionId' in r) return `remedial:${r.remedialActionId}`;
  if (r.kind === 'office-digest') return `office:${r.officeId}`;
  return 'department';
}

export type ReportReminderKind = 'report-due' | 'report-late' | 'report-review';
export type RemedialReminderKind = 'remedial-due' | 'remedial-overdue';
/** Kinds whose subject is a remedial action ("remedial:ID"); the reminder itself is in remedial-reminders.ts. */
export const REMEDIAL_REMINDER_KINDS: ReadonlySet<string> = new Set<ReminderKind>(['remedial-due', 'remedial-overdue']);
export const REPORT_REMINDER_KINDS: ReadonlySet<string> = new Set<ReminderKind>(['report-due', 'report-late', 'report-review']);

/**
 * A reminder about an office's progress report for one period: due soon, late (to the focal
 * points, and to the Gender Unit once the escalation delay has passed), or waiting for review.
 * Its subject is the office and period ("report:PERIOD:OFFICE"), which exists before the
 * report does, so that a report drafted between two sweeps keeps its key.
 */
export class ReportReminder extends PlannedReminder {
  declare readonly kind: ReportReminderKind;
  declare readonly recipient: string;
  declare readonly period: string;
  declare readonly targetId: null;
  declare readonly planId: string | null;
  declare readonly officeId: string;
  declare readonly dueDate: string;
  declare readonly daysOverdue: number;
  declare readonly digest: null;
  declare private readonly subject: { periodId: string; reportId: string | null };
  /** A late report told to the Gender Unit: sent after the focal points have heard. */
  declare readonly escalated: boolean;

  constructor(
    kind: ReportReminderKind,
    recipient: string,
    period: string,
    f: { periodId: string; reportId: string | null; planId: string | null; officeId: string; dueDate: string; daysOverdue: number; escalated?: boolean },
  ) {
    super();
    this.kind = kind;
    this.recipient = recipient;
    this.period = period;
    this.targetId = null;
    this.planId = f.planId;
    this.officeId = f.officeId;
    this.dueDate = f.dueDate;
    this.daysOverdue = f.daysOverdue;
    this.digest = null;
    this.subject = { periodId: f.periodId, reportId: f.reportId };
    this.escalated = f.escalated ?? false;
  }

  override get periodId(): string {
    return this.subject.periodId;
  }
  override get reportId(): string | null {
    return this.subject.reportId;
  }
}
