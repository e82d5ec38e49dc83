// What a sweep works from: the effective policy (stored policy, the Gender Unit from the
// directory when the policy names nobody, time zones learned from Teams clients), the plans
// and targets concerned and the ledger, read from the store and handed to planReminders.

import type { Logger } from 'pino';
import type { Office, ReminderRecord, Target, WorkPlan } from '../domain/model';
import type { Period, ProgressReport } from '../domain/monitoring';
import type { ServiceContext } from '../services/context';
import type { Directory } from '../services/directory';
import { learnedTimeZones, loadReminderPolicy } from '../services/reminders';
import { ReminderLedger } from './ledger';
import type { Outbox } from './outbox';
import { planReminders } from './plan-reminders';
import { planReportReminders } from './plan-report-reminders';
import type { ReminderPolicy } from '../domain/reminder-policy';
import type { PlanInContext, PlannedReminder } from './reminder';
import type { ThrottleOptions } from './throttle';

export interface ReminderSettings {
  /** Names this server instance in the lease and the ledger. */
  instanceId: string;
  /** The tenant in which 1:1 chats are opened for people the bot never talked to. */
  tenantId: string | null;
  /** Bot Connector for the chats the bot opens itself. */
  serviceUrl: string;
  /** How long a sweep holds the lease before it must renew it. */
  leaseTtlMs: number;
  /** A pending ledger row older than this is given up as failed-unknown (its instance died). */
  pendingTimeoutMs: number;
  throttle: ThrottleOptions;
}

export interface ReminderDeps {
  ctx: ServiceContext;
  /** Null when nothing can be sent (no bot): planning and dry runs only. */
  outbox: Outbox | null;
  directory: Directory;
  logger: Logger;
  settings: ReminderSettings;
}

export interface SweepData {
  policy: ReminderPolicy;
  ledger: ReminderRecord[];
  offices: Map<string, Office>;
  plans: Map<string, WorkPlan>;
  targets: Map<string, Target>;
  /** The open periods and their reports, for the report reminders' cards. */
  periods: Map<string, Period>;
  reports: Map<string, ProgressReport>;
  reminders: PlannedReminder[];
}

/** The policy as the planner needs it: recipients and time zones filled in. */
export async function effectivePolicy(ctx: ServiceContext, directory: Directory): Promise<ReminderPolicy> {
  const policy = await loadReminderPolicy(ctx);
  const recipients = policy.genderUnit.recipients.length > 0 ? policy.genderUnit.recipients : await directory.membersOf('gender-unit');
  const lower = (zones: Record<string, string>) => Object.fromEntries(Object.entries(zones).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    ...policy,
    genderUnit: { ...policy.genderUnit, recipients: [...new Set(recipients.map((r) => r.toLowerCase()))].sort() },
    // What the Gender Unit set explicitly wins over what a Teams client reported.
    timeZones: { ...lower(await learnedTimeZones(ctx)), ...lower(policy.timeZones) },
  };
}

/** Reads everything and plans: the reminders due now, with the records they are about. */
export async function planDueReminders({ ctx, directory }: Pick<ReminderDeps, 'ctx' | 'directory'>, ledger?: ReminderRecord[]): Promise<SweepData> {
  const now = ctx.clock();
  const policy = await effectivePolicy(ctx, directory);
  // Submitted plans wait for review; endorsed ones make their office report each period.
  const statuses = [...new Set([...policy.planStatuses, 'submitted' as const, 'endorsed' as const])];
  const [officeList, planList, rows, periodList] = await Promise.all([
    ctx.store.listOffices(),
    ctx.store.listPlans({ statuses }),
    ledger ? Promise.resolve(ledger) : new ReminderLedger(ctx.store, 'reminders').recent(now),
    ctx.store.listPeriods(),
  ]);
  const openPeriods = periodList.filter((p) => p.status === 'open' && !p.closing);
  const reportList = (await Promise.all(openPeriods.map((p) => ctx.store.listReports({ periodId: p.id })))).flat();
  const offices = new Map(officeList.map((o) => [o.id, o]));
  const inContext: PlanInContext[] = planList.flatMap((plan) => {
    const office = offices.get(plan.officeId);
    return office ? [{ plan, office }] : [];
  });
  const remindedIds = planList.filter((p) => policy.planStatuses.includes(p.status)).map((p) => p.id);
  const targetList = await ctx.store.queryTargets({ planIds: remindedIds });
  const reminders: PlannedReminder[] = planReminders(targetList, inContext, rows, policy, now);
  const keys = new Set(rows.map((r) => r.id));
  reminders.push(...planReportReminders({ periods: openPeriods, reports: reportList, plans: inContext }, keys, policy, now));
  return {
    policy,
    ledger: rows,
    offices,
    plans: new Map(planList.map((p) => [p.id, p])),
    targets: new Map(targetList.map((t) => [t.id, t])),
    periods: new Map(openPeriods.map((p) => [p.id, p])),
    reports: new Map(reportList.map((r) => [r.id, r])),
    reminders,
  };
}

/** One line of `remind --dry-run`: what would be sent to whom, about what (a period report by its period, report and office code). */
export function dryRunLine(r: PlannedReminder, offices?: ReadonlyMap<string, Pick<Office, 'code'>>): Record<string, unknown> {
  const report = r.periodId ? { periodId: r.periodId, reportId: r.reportId, officeCode: (r.officeId && offices?.get(r.officeId)?.code) ?? null } : {};
  return {
    key: r.key,
    kind: r.kind,
    recipient: r.recipient,
    targetId: r.targetId,
    planId: r.planId,
    officeId: r.officeId,
    period: r.period,
    dueDate: r.dueDate,
    daysOverdue: r.daysOverdue,
    ...report,
  };
}
