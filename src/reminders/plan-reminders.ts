// planReminders: the pure heart of the reminders. Data in (targets, plans, the ledger of what
// was already sent, the policy, the instant), decisions out (which reminder goes to whom now).
// It never returns a key already in the ledger, never a key twice, nothing for achieved or
// dropped targets, and only what the recipient's working day and send window allow. The
// decisions come back as a read-only collection that builds each reminder when it is read
// (planned-reminders.ts): a large department's sweep plans a hundred thousand of them.

import { addDays, dayOf, daysBetween } from '../domain/dates';
import type { ReminderRecord, Target } from '../domain/model';
import { isoWeek, sendWindowGate } from './calendar';
import type { ReminderPolicy } from '../domain/reminder-policy';
import { indexLedger, type LedgerIndex } from './ledger-index';
import {
  channelRecipient,
  reminderKeyTail,
  type OfficeDigestLine,
  type PlanInContext,
  type PlannedReminder,
  SubjectReminder,
  type ReminderKind,
  type TargetDay,
} from './reminder';
import {
  DUE_SOON,
  ESCALATION_FOCAL_POINT,
  ESCALATION_GENDER_UNIT,
  OVERDUE,
  OWNER,
  PlannedReminders,
  TARGET_KINDS,
  TargetReminderColumns,
  type TargetKindCode,
} from './planned-reminders';

interface Planning {
  policy: ReminderPolicy;
  today: string;
  ledger: LedgerIndex;
  gate: ReturnType<typeof sendWindowGate>;
  /** The decisions about targets, the bulk of a sweep: recorded, not yet built (see planned-reminders.ts). */
  out: TargetReminderColumns;
  /** The reminders about plans, offices and the department: a handful, built as decided. */
  others: PlannedReminder[];
  officeLines: Map<string, OfficeDigestLine>;
  /** The Gender Unit's recipients without repeats, and those of them that may be disturbed now (with their codes in `out`). */
  genderUnit: string[];
  genderUnitOpen: Recipient[];
  /** A department has far fewer due dates than targets: what depends on the date alone is worked out once. */
  dueDays: Map<string, DueDay>;
}

/** A reminded plan as its targets need it, looked up once per run of its targets. */
interface PlanRun {
  officeId: string;
  line: OfficeDigestLine;
  /** The office's focal points, without repeats, and whether each may be disturbed now. */
  focalPoints: (Recipient & { open: boolean })[];
  /** What the plan's targets due on one day share, by due date; their reminders point to it. */
  days: Map<string, RunDay>;
}

interface RunDay extends TargetDay {
  due: DueDay;
  /** Its number in the columns. */
  code: number;
}

/** A recipient other than a target's owner, with its number in the columns. */
interface Recipient {
  email: string;
  code: number;
}

/** What every open target due on one day shares, whatever its plan. */
interface DueDay {
  untilDue: number;
  /** The owner's reminder: due soon, overdue, or none (due later). */
  ownerKind: 'due-soon' | 'overdue' | null;
  ownerPeriod: string;
  /** Key tails by recipient (see reminderKeyTail), for the owner's reminder and the two escalations: made only for targets with rows in the ledger. */
  ownerTails: Map<string, string>;
  focalTails: Map<string, string>;
  genderUnitTails: Map<string, string>;
}

/** `targets` are distinct records, as a store reads them (a target listed twice would be reminded twice). */
export function planReminders(
  targets: readonly Target[],
  plans: readonly PlanInContext[],
  ledger: Iterable<ReminderRecord>,
  policy: ReminderPolicy,
  now: Date,
): PlannedReminders {
  const today = dayOf(now);
  const timeZones = Object.fromEntries(Object.entries(policy.timeZones).map(([k, v]) => [k.toLowerCase(), v]));
  const p: Planning = {
    policy,
    today,
    ledger: indexLedger(ledger, today),
    gate: sendWindowGate(policy, now, timeZones),
    out: new TargetReminderColumns(targets),
    others: [],
    officeLines: new Map(),
    genderUnit: [...new Set(policy.genderUnit.recipients)],
    genderUnitOpen: [],
    dueDays: new Map(),
  };
  p.genderUnitOpen = p.genderUnit.filter((r) => p.gate.isOpen(r)).map((email) => ({ email, code: p.out.recipientCode(email) }));
  // Plans, recipients and offices are taken without repeats, so no reminder can be planned
  // twice and no set of planned keys is kept.
  const distinct = new Map(plans.map((pc) => [pc.plan.id, pc]));
  const reminded = [...distinct.values()].filter((pc) => policy.planStatuses.includes(pc.plan.status));
  const runs = new Map<string, PlanRun>();
  for (const pc of reminded) {
    const focalPoints = [...new Set(pc.office.focalPoints)].map((email) => ({ email, open: p.gate.isOpen(email), code: p.out.recipientCode(email) }));
    runs.set(pc.plan.id, { officeId: pc.office.id, line: officeLine(p, pc), focalPoints, days: new Map() });
  }
  // The plan is looked up once per run of its targets; the sweep reads them by due date
  // (queryTargets), so plans interleave and most targets look theirs up. Loops by index on
  // this path: an array iterator that is not optimised away allocates a result per step.
  let planId: string | undefined;
  let run: PlanRun | undefined;
  for (let index = 0; index < targets.length; index++) {
    const t = targets[index];
    if (!t) continue;
    if (t.planId !== planId) run = runs.get((planId = t.planId));
    if (run) planTarget(p, t, index, run);
  }
  for (const pc of distinct.values()) planReview(p, pc);
  planDigests(p, reminded);
  return new PlannedReminders(p.out, p.others);
}

/** Adds the reminder of a plan, an office or the department unless it was sent before or the recipient is off duty now. */
function emit(p: Planning, kind: ReminderKind, period: string, recipient: string, f: ConstructorParameters<typeof SubjectReminder>[3]): void {
  if (!p.gate.isOpen(recipient)) return;
  const r = new SubjectReminder(kind, recipient, period, f);
  if (!p.ledger.keys.has(r.key)) p.others.push(r);
}

/**
 * The same for a target's reminders, the bulk of a sweep (a hundred thousand targets), so it
 * records the decision in the columns and allocates nothing: a target is planned once and its
 * recipients are distinct and checked against the send window beforehand, so its keys cannot
 * repeat; and the ledger's rows for the target (`onRecord`, their key tails) are compared
 * without making a key. `recipient` is the address, `code` its number in the columns.
 */
function emitForTarget(
  p: Planning,
  t: Target,
  index: number,
  day: RunDay,
  kind: TargetKindCode,
  recipient: string,
  code: number,
  onRecord: Set<string> | undefined,
  tails: Map<string, string>,
): boolean {
  if (onRecord) {
    let tail = tails.get(recipient);
    if (tail === undefined) tails.set(recipient, (tail = tailOf(kind, recipient, t, day)));
    if (onRecord.has(tail)) return false;
  }
  p.out.add(index, kind, code, day.code);
  return true;
}

function tailOf(kind: TargetKindCode, recipient: string, t: Target, day: RunDay): string {
  return reminderKeyTail(TARGET_KINDS[kind], kind === OVERDUE ? day.overduePeriod : t.dueDate, recipient);
}

function runDay(p: Planning, run: PlanRun, dueDate: string): RunDay {
  let day = run.days.get(dueDate);
  if (!day) {
    const due = dueDay(p, dueDate);
    day = { officeId: run.officeId, untilDue: due.untilDue, overduePeriod: due.ownerPeriod, due, code: 0 };
    day.code = p.out.dayCode(day);
    run.days.set(dueDate, day);
  }
  return day;
}

function dueDay(p: Planning, dueDate: string): DueDay {
  let day = p.dueDays.get(dueDate);
  if (day) return day;
  const { policy } = p;
  const untilDue = daysBetween(p.today, dueDate);
  // Day 1 overdue opens the first period; each period is M days and named by its first day,
  // so a reminder deferred by a weekend keeps its key, and a missed period is not made up.
  const overdueIndex = untilDue < 0 ? Math.floor((-untilDue - 1) / policy.overdueEveryDays) : 0;
  const dueSoon = policy.dueSoonDays > 0 && untilDue >= 0 && untilDue <= policy.dueSoonDays;
  day = {
    untilDue,
    ownerKind: untilDue < 0 ? 'overdue' : dueSoon ? 'due-soon' : null,
    ownerPeriod: untilDue < 0 ? addDays(dueDate, 1 + overdueIndex * policy.overdueEveryDays) : dueDate,
    ownerTails: new Map(),
    focalTails: new Map(),
    genderUnitTails: new Map(),
  };
  p.dueDays.set(dueDate, day);
  return day;
}

function planTarget(p: Planning, t: Target, index: number, run: PlanRun): void {
  const { line } = run;
  line.targets += 1;
  if (t.status === 'achieved') line.achieved += 1;
  if (t.status === 'achieved' || t.status === 'dropped') return; // CLOSED_TARGET_STATUSES, spelled out on this hot path
  const { policy } = p;
  const day = runDay(p, run, t.dueDate);
  const { due } = day;
  const onRecord = p.ledger.targetTails.size > 0 ? p.ledger.targetTails.get(t.id) : undefined;
  const ownerOpen = p.gate.isOpen(t.owner);
  if (day.untilDue >= 0) {
    // The digest counts "due soon" over the policy's window, or a week when due-soon reminders are off.
    if (day.untilDue <= (policy.dueSoonDays || 7)) line.dueSoon += 1;
    if (due.ownerKind === 'due-soon' && ownerOpen) emitForTarget(p, t, index, day, DUE_SOON, t.owner, OWNER, onRecord, due.ownerTails);
    return;
  }
  const late = -day.untilDue;
  line.overdue += 1;
  if (ownerOpen) emitForTarget(p, t, index, day, OVERDUE, t.owner, OWNER, onRecord, due.ownerTails);
  const toFocalPoints = late >= policy.escalateToFocalPointAfterDays;
  if (!toFocalPoints && late < policy.escalateToGenderUnitAfterDays) return;
  // The focal points other than the owner hear first; the Gender Unit only once they have.
  let others = 0;
  let focalHeard = false;
  const { focalPoints } = run;
  for (let i = 0; i < focalPoints.length; i++) {
    const fp = focalPoints[i];
    if (!fp || fp.email === t.owner) continue;
    others += 1;
    if (toFocalPoints && fp.open && emitForTarget(p, t, index, day, ESCALATION_FOCAL_POINT, fp.email, fp.code, onRecord, due.focalTails)) focalHeard = true;
  }
  if (late < policy.escalateToGenderUnitAfterDays) return;
  if (!focalHeard && others > 0 && !p.ledger.focalEscalated.get(t.id)?.has(t.dueDate)) return;
  const gus = p.genderUnitOpen;
  for (let i = 0; i < gus.length; i++) {
    const gu = gus[i];
    if (gu) emitForTarget(p, t, index, day, ESCALATION_GENDER_UNIT, gu.email, gu.code, onRecord, due.genderUnitTails);
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
  const fields = { planId: pc.plan.id, officeId: pc.office.id, dueDate: addDays(day, every), daysOverdue: waited - every, digest: null };
  for (const gu of p.genderUnit) emit(p, 'review-waiting', addDays(day, every * (index + 1)), gu, fields);
}

function officeLine(p: Planning, pc: PlanInContext): OfficeDigestLine {
  let line = p.officeLines.get(pc.office.id);
  if (!line) {
    line = { officeId: pc.office.id, code: pc.office.code, name: pc.office.name, targets: 0, overdue: 0, dueSoon: 0, achieved: 0 };
    p.officeLines.set(pc.office.id, line);
  }
  return line;
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
    const line = p.officeLines.get(office.id);
    if (!week || !line) continue;
    emit(p, 'office-digest', week, recipient, {
      planId: null,
      officeId: office.id,
      dueDate: null,
      daysOverdue: 0,
      digest: { week, offices: [line], undelivered: [] },
    });
  }
  const gu = p.policy.genderUnit;
  for (const recipient of gu.channelId ? [channelRecipient(gu.channelId)] : p.genderUnit) {
    const week = digestDue(recipient);
    if (!week) continue;
    emit(p, 'gender-unit-digest', week, recipient, {
      planId: null,
      officeId: null,
      dueDate: null,
      daysOverdue: 0,
      digest: { week, offices: lines, undelivered: p.ledger.undelivered },
    });
  }
}
