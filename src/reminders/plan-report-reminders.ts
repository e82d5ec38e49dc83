// planReportReminders: the reminders about the offices' period reports, pure like planReminders
// (data in, decisions out). For each open period and each office expected to report (an
// endorsed plan in the period's cycle): "report due" to the focal points N days before the
// report is due, "report late" to them from the day after (every M days), escalated to the
// Gender Unit once it is the policy's delay late, and "waiting for review" to the Gender Unit
// for a submitted report. Never a key already in the ledger, never a key twice.

import { addDays, dayOf, daysBetween } from '../domain/dates';
import { hasEndorsedRevision } from '../domain/plan-lifecycle';
import type { Period, ProgressReport } from '../domain/monitoring';
import type { ReminderPolicy } from '../domain/reminder-policy';
import { sendWindowGate } from './calendar';
import { ReportReminder, type PlanInContext, type ReportReminderKind } from './reminder';

export interface ReportReminderInput {
  /** The periods to consider; closed ones (and those being closed) are skipped. */
  periods: readonly Period[];
  /** The reports of those periods. */
  reports: readonly ProgressReport[];
  /** Plans with their offices: the endorsed ones make their office expected to report in their cycle. */
  plans: readonly PlanInContext[];
}

interface Planning {
  policy: ReminderPolicy;
  today: string;
  ledgerKeys: ReadonlySet<string>;
  isOpen: (recipient: string) => boolean;
  out: ReportReminder[];
  planned: Set<string>;
}

export function planReportReminders(input: ReportReminderInput, ledgerKeys: ReadonlySet<string>, policy: ReminderPolicy, now: Date): ReportReminder[] {
  const timeZones = Object.fromEntries(Object.entries(policy.timeZones).map(([k, v]) => [k.toLowerCase(), v]));
  const gate = sendWindowGate(policy, now, timeZones);
  const p: Planning = { policy, today: dayOf(now), ledgerKeys, isOpen: gate.isOpen, out: [], planned: new Set() };
  const reportOf = new Map(input.reports.map((r) => [`${r.periodId}|${r.officeId}`, r]));
  // A plan under amendment stands as endorsed meanwhile (plan-lifecycle.ts): its office still reports.
  const endorsed = input.plans.filter((pc) => hasEndorsedRevision(pc.plan));
  for (const period of input.periods) {
    if (period.status !== 'open' || period.closing) continue;
    const offices = new Map(endorsed.filter((pc) => pc.plan.cycle === period.cycle).map((pc) => [pc.office.id, pc]));
    for (const pc of offices.values()) planOffice(p, period, pc, reportOf.get(`${period.id}|${pc.office.id}`));
  }
  return p.out;
}

function planOffice(p: Planning, period: Period, pc: PlanInContext, report: ProgressReport | undefined): void {
  const { policy } = p;
  const subject = { periodId: period.id, reportId: report?.id ?? null, planId: pc.plan.id, officeId: pc.office.id };
  if (report?.status === 'submitted') return planReview(p, report, subject);
  if (report?.status === 'accepted') return;
  // Not submitted yet (no report, a draft, or one returned for changes).
  const untilDue = daysBetween(p.today, period.reportDue);
  const focalPoints = [...new Set(pc.office.focalPoints)];
  if (untilDue >= 0) {
    if (policy.reportDueSoonDays > 0 && untilDue <= policy.reportDueSoonDays) {
      for (const fp of focalPoints) emit(p, 'report-due', fp, period.reportDue, { ...subject, dueDate: period.reportDue, daysOverdue: 0 });
    }
    return;
  }
  const late = -untilDue;
  // As for overdue targets: day 1 late opens the first period of M days, named by its first day.
  const index = Math.floor((late - 1) / policy.overdueEveryDays);
  const lateness = { ...subject, dueDate: period.reportDue, daysOverdue: late };
  for (const fp of focalPoints) emit(p, 'report-late', fp, addDays(period.reportDue, 1 + index * policy.overdueEveryDays), lateness);
  if (late < policy.reportLateEscalateAfterDays) return;
  // The Gender Unit hears once per due date; the sweep sends it after the focal points' reminders.
  for (const gu of new Set(policy.genderUnit.recipients)) emit(p, 'report-late', gu, period.reportDue, { ...lateness, escalated: true });
}

function planReview(p: Planning, report: ProgressReport, subject: { periodId: string; reportId: string | null; planId: string; officeId: string }): void {
  const submitted = report.submittedAt ?? report.transitions.findLast((t) => t.to === 'submitted')?.at;
  if (!submitted) return;
  const day = submitted.slice(0, 10);
  const every = p.policy.reviewWaitingDays;
  const waited = daysBetween(day, p.today);
  if (waited < every) return;
  const index = Math.floor((waited - every) / every);
  const fields = { ...subject, dueDate: addDays(day, every), daysOverdue: waited - every };
  for (const gu of new Set(p.policy.genderUnit.recipients)) emit(p, 'report-review', gu, addDays(day, every * (index + 1)), fields);
}

function emit(p: Planning, kind: ReportReminderKind, recipient: string, period: string, f: ConstructorParameters<typeof ReportReminder>[3]): void {
  if (!p.isOpen(recipient)) return;
  const r = new ReportReminder(kind, recipient, period, f);
  const key = r.key;
  if (p.ledgerKeys.has(key) || p.planned.has(key)) return;
  p.planned.add(key);
  p.out.push(r);
}
