// planReminders: the pure heart of the reminders. Data in (targets, plans, the ledger of what
// was already sent, the policy, the instant), decisions out (which reminder goes to whom now).
// It never returns a key already in the ledger, never a key twice, nothing for achieved or
// dropped targets, and only what the recipient's working day and send window allow.

import { CLOSED_TARGET_STATUSES } from '../domain/catalogues';
import { addDays, dayOf, daysBetween } from '../domain/dates';
import type { ReminderRecord, Target } from '../domain/model';
import { isoWeek, sendWindowGate } from './calendar';
import type { ReminderPolicy } from './policy';
import {
  channelRecipient,
  reminderKey,
  type OfficeDigestLine,
  type PlanInContext,
  type PlannedReminder,
  type ReminderKind,
  type UndeliveredReminder,
} from './reminder';

/** How far back the Gender Unit digest looks for reminders that did not arrive. */
export const UNDELIVERED_LOOKBACK_DAYS = 7;

interface LedgerIndex {
  keys: Set<string>;
  /** "targetId|period" of every focal-point escalation on record, whatever its outcome. */
  focalEscalated: Set<string>;
  undelivered: UndeliveredReminder[];
}

interface Planning {
  policy: ReminderPolicy;
  today: string;
  ledger: LedgerIndex;
  gate: ReturnType<typeof sendWindowGate>;
  out: PlannedReminder[];
  emitted: Set<string>;
  officeLines: Map<string, OfficeDigestLine>;
  /** Date arithmetic per distinct due date, done once: a department has far fewer due dates than targets. */
  untilDue: Map<string, number>;
  overduePeriod: Map<string, string>;
}

export function planReminders(
  targets: readonly Target[],
  plans: readonly PlanInContext[],
  ledger: Iterable<ReminderRecord>,
  policy: ReminderPolicy,
  now: Date,
): PlannedReminder[] {
  const today = dayOf(now);
  const timeZones = Object.fromEntries(Object.entries(policy.timeZones).map(([k, v]) => [k.toLowerCase(), v]));
  const p: Planning = {
    policy,
    today,
    ledger: indexLedger(ledger, today),
    gate: sendWindowGate(policy, now, timeZones),
    out: [],
    emitted: new Set(),
    officeLines: new Map(),
    untilDue: new Map(),
    overduePeriod: new Map(),
  };
  const reminded = new Map<string, PlanInContext>();
  for (const pc of plans) if (policy.planStatuses.includes(pc.plan.status)) reminded.set(pc.plan.id, pc);
  for (const pc of reminded.values()) officeLine(p, pc);
  for (const t of targets) {
    const pc = reminded.get(t.planId);
    if (pc) planTarget(p, t, pc);
  }
  for (const pc of plans) planReview(p, pc);
  planDigests(p, [...reminded.values()]);
  return p.out;
}

function indexLedger(ledger: Iterable<ReminderRecord>, today: string): LedgerIndex {
  const index: LedgerIndex = { keys: new Set(), focalEscalated: new Set(), undelivered: [] };
  const since = addDays(today, -UNDELIVERED_LOOKBACK_DAYS);
  for (const r of ledger) {
    index.keys.add(r.id);
    if (r.kind === 'escalation-focal-point' && r.targetId) index.focalEscalated.add(`${r.targetId}|${r.period}`);
    if ((r.status === 'unreachable' || r.status === 'failed') && r.updatedAt.slice(0, 10) >= since) {
      index.undelivered.push({ key: r.id, kind: r.kind, recipient: r.recipient, status: r.status, outcome: r.outcome, at: r.updatedAt });
    }
  }
  index.undelivered.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return index;
}

/** Adds the reminder unless it was sent before, is already planned, or the recipient is off duty now. */
function emit(p: Planning, subject: string, kind: ReminderKind, period: string, recipient: string, f: Omit<PlannedReminder, 'key' | 'kind' | 'period' | 'recipient'>): boolean {
  if (!p.gate.isOpen(recipient)) return false;
  const key = reminderKey(subject, kind, period, recipient);
  if (p.ledger.keys.has(key) || p.emitted.has(key)) return false;
  p.emitted.add(key);
  // Spelled out rather than spread: one object shape for all, which matters at 100,000 targets.
  const r: PlannedReminder = { key, kind, recipient, period, targetId: f.targetId, planId: f.planId, officeId: f.officeId, dueDate: f.dueDate, daysOverdue: f.daysOverdue };
  if (f.digest) r.digest = f.digest;
  p.out.push(r);
  return true;
}

function planTarget(p: Planning, t: Target, pc: PlanInContext): void {
  const line = p.officeLines.get(pc.office.id)!;
  line.targets += 1;
  if (t.status === 'achieved') line.achieved += 1;
  if (CLOSED_TARGET_STATUSES.includes(t.status)) return;
  const { policy } = p;
  const subject = `target:${t.id}`;
  let untilDue = p.untilDue.get(t.dueDate);
  if (untilDue === undefined) p.untilDue.set(t.dueDate, (untilDue = daysBetween(p.today, t.dueDate)));
  const fields = { targetId: t.id, planId: t.planId, officeId: pc.office.id, dueDate: t.dueDate, daysOverdue: 0 };
  if (untilDue >= 0) {
    // The digest counts "due soon" over the policy's window, or a week when due-soon reminders are off.
    if (untilDue <= (policy.dueSoonDays || 7)) line.dueSoon += 1;
    if (policy.dueSoonDays > 0 && untilDue <= policy.dueSoonDays) emit(p, subject, 'due-soon', t.dueDate, t.owner, fields);
    return;
  }
  const late = -untilDue;
  line.overdue += 1;
  const overdue = { ...fields, daysOverdue: late };
  // Day 1 overdue opens the first period; each period is M days and named by its first day,
  // so a reminder deferred by a weekend keeps its key, and a missed period is not made up.
  let period = p.overduePeriod.get(t.dueDate);
  if (period === undefined) {
    const index = Math.floor((late - 1) / policy.overdueEveryDays);
    p.overduePeriod.set(t.dueDate, (period = addDays(t.dueDate, 1 + index * policy.overdueEveryDays)));
  }
  emit(p, subject, 'overdue', period, t.owner, overdue);
  const focalPoints = pc.office.focalPoints.filter((fp) => fp !== t.owner);
  let focalHeard = focalPoints.length === 0 || p.ledger.focalEscalated.has(`${t.id}|${t.dueDate}`);
  if (late >= policy.escalateToFocalPointAfterDays) {
    for (const fp of focalPoints) {
      if (emit(p, subject, 'escalation-focal-point', t.dueDate, fp, overdue)) focalHeard = true;
    }
  }
  // The Gender Unit hears of a target only once its office's focal points have.
  if (late >= policy.escalateToGenderUnitAfterDays && focalHeard) {
    for (const gu of policy.genderUnit.recipients) emit(p, subject, 'escalation-gender-unit', t.dueDate, gu, overdue);
  }
}

function planReview(p: Planning, pc: PlanInContext): void {
  if (pc.plan.status !== 'submitted') return;
  const submitted = pc.plan.history.filter((h) => h.status === 'submitted').at(-1);
  if (!submitted) return;
  const day = submitted.at.slice(0, 10);
  const waited = daysBetween(day, p.today);
  const every = p.policy.reviewWaitingDays;
  if (waited < every) return;
  const index = Math.floor((waited - every) / every);
  const fields = { targetId: null, planId: pc.plan.id, officeId: pc.office.id, dueDate: addDays(day, every), daysOverdue: waited - every };
  for (const gu of p.policy.genderUnit.recipients) emit(p, `plan:${pc.plan.id}`, 'review-waiting', addDays(day, every * (index + 1)), gu, fields);
}

function officeLine(p: Planning, pc: PlanInContext): void {
  if (!p.officeLines.has(pc.office.id)) {
    p.officeLines.set(pc.office.id, { officeId: pc.office.id, code: pc.office.code, name: pc.office.name, targets: 0, overdue: 0, dueSoon: 0, achieved: 0 });
  }
}

/** Weekly digests: each office's channel, and the Gender Unit (its channel, or each member). */
function planDigests(p: Planning, reminded: readonly PlanInContext[]): void {
  const digestDue = (recipient: string) => {
    const local = p.gate.clockOf(recipient);
    return local.weekday >= p.policy.digestWeekday ? isoWeek(local.date) : null;
  };
  const lines = [...p.officeLines.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  const offices = new Map(reminded.map((pc) => [pc.office.id, pc.office]));
  for (const office of offices.values()) {
    if (!office.digestChannelId) continue;
    const recipient = channelRecipient(office.digestChannelId);
    const week = digestDue(recipient);
    const line = p.officeLines.get(office.id)!;
    if (week) {
      emit(p, `office:${office.id}`, 'office-digest', week, recipient, {
        targetId: null, planId: null, officeId: office.id, dueDate: null, daysOverdue: 0,
        digest: { week, offices: [line], undelivered: [] },
      });
    }
  }
  const gu = p.policy.genderUnit;
  for (const recipient of gu.channelId ? [channelRecipient(gu.channelId)] : gu.recipients) {
    const week = digestDue(recipient);
    if (!week) continue;
    emit(p, 'department', 'gender-unit-digest', week, recipient, {
      targetId: null, planId: null, officeId: null, dueDate: null, daysOverdue: 0,
      digest: { week, offices: lines, undelivered: p.ledger.undelivered },
    });
  }
}
