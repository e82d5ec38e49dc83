// planRemedialReminders: the reminders about the remedial actions of the offices' scorecards,
// pure like planReminders (data in, decisions out). An action still open or in progress is
// "due" to its responsible person within the policy's due-soon window (dueSoonDays, the
// targets' window: one setting for "falls due soon") and "overdue" from the day after its due
// date. Each is sent once per due date: the key is the action, the kind, the due date and the
// recipient, so a moved due date is a new reminder and a repeated sweep never is one.

import { dayOf, daysBetween } from '../domain/dates';
import type { Office } from '../domain/model';
import type { ReminderPolicy } from '../domain/reminder-policy';
import type { RemedialAction, RemedialStatus } from '../domain/scorecard';
import { sendWindowGate } from './calendar';
import { PlannedReminder, type RemedialReminderKind } from './reminder';

/** Actions in these states are still to be carried out, so reminded about; done and dropped ones never. */
export const REMINDED_REMEDIAL_STATUSES: readonly RemedialStatus[] = ['open', 'in-progress'];

export interface RemedialReminderInput {
  /** The actions to consider (the sweep reads those in REMINDED_REMEDIAL_STATUSES, in one store read). */
  actions: readonly RemedialAction[];
  /** Offices by id: their focal points stand in for an action that names nobody responsible. */
  offices: ReadonlyMap<string, Pick<Office, 'focalPoints'>>;
}

/**
 * A reminder about one remedial action. Its subject is the action ("remedial:ID") and its
 * period the due date, so the key changes when the Gender Unit moves the date.
 */
export class RemedialReminder extends PlannedReminder {
  declare readonly kind: RemedialReminderKind;
  declare readonly recipient: string;
  declare readonly period: string;
  declare readonly targetId: null;
  declare readonly planId: null;
  declare readonly officeId: string;
  declare readonly dueDate: string;
  declare readonly daysOverdue: number;
  declare readonly digest: null;
  declare private readonly actionId: string;
  /** Sent to the office's focal points because the action names nobody responsible. */
  declare readonly toFocalPoint: boolean;

  constructor(
    kind: RemedialReminderKind,
    recipient: string,
    action: Pick<RemedialAction, 'id' | 'officeId' | 'due'>,
    daysOverdue: number,
    toFocalPoint: boolean,
  ) {
    super();
    this.kind = kind;
    this.recipient = recipient;
    this.period = action.due;
    this.targetId = null;
    this.planId = null;
    this.officeId = action.officeId;
    this.dueDate = action.due;
    this.daysOverdue = daysOverdue;
    this.digest = null;
    this.actionId = action.id;
    this.toFocalPoint = toFocalPoint;
  }

  override get remedialActionId(): string {
    return this.actionId;
  }
}

export function planRemedialReminders(input: RemedialReminderInput, ledgerKeys: ReadonlySet<string>, policy: ReminderPolicy, now: Date): RemedialReminder[] {
  const timeZones = Object.fromEntries(Object.entries(policy.timeZones).map(([k, v]) => [k.toLowerCase(), v]));
  const { isOpen } = sendWindowGate(policy, now, timeZones);
  const today = dayOf(now);
  const out: RemedialReminder[] = [];
  const planned = new Set<string>();
  for (const action of input.actions) {
    if (!REMINDED_REMEDIAL_STATUSES.includes(action.status)) continue;
    const untilDue = daysBetween(today, action.due);
    const kind = remedialKind(untilDue, policy);
    if (!kind) continue;
    const responsible = action.responsible.trim().toLowerCase();
    const recipients = responsible ? [responsible] : [...new Set(input.offices.get(action.officeId)?.focalPoints ?? [])];
    for (const recipient of recipients) {
      if (!isOpen(recipient)) continue;
      const r = new RemedialReminder(kind, recipient, action, Math.max(0, -untilDue), !responsible);
      const key = r.key;
      if (ledgerKeys.has(key) || planned.has(key)) continue;
      planned.add(key);
      out.push(r);
    }
  }
  return out;
}

/** Due soon within the policy's window (0 turns it off), overdue from the day after the due date, nothing before the window. */
function remedialKind(untilDue: number, policy: ReminderPolicy): RemedialReminderKind | null {
  if (untilDue < 0) return 'remedial-overdue';
  return policy.dueSoonDays > 0 && untilDue <= policy.dueSoonDays ? 'remedial-due' : null;
}
