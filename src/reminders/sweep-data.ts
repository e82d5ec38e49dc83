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
import { planRemedialReminders, REMINDED_REMEDIAL_STATUSES, type RemedialReminder } from './remedial-reminders';
import { scorecardIdOf, type RemedialAction } from '../domain/scorecard';
import { isUnderAmendment } from '../domain/plan-lifecycle';
import type { ReminderPolicy } from '../domain/reminder-policy';
import type { PlanInContext, PlannedReminder } from './reminder';
import type { PlannedReminders } from './planned-reminders';
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
  /** The reminded remedial actions, each with the (closed) period its scorecard rates, for their cards. */
  remedialActions: Map<string, RemedialInContext>;
  /** Built one by one as they are read (a hundred thousand, for a large department). */
  reminders: PlannedReminders;
}

export interface RemedialInContext {
  action: RemedialAction;
  period: Pick<Period, 'id' | 'label'> | null;
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
  // Submitted plans wait for review; endorsed ones make their office report each period; a plan
  // under amendment (a draft or returned revision n + 1) stands by its endorsed revision meanwhile.
  const statuses = [...new Set([...policy.planStatuses, 'submitted' as const, 'endorsed' as const, 'draft' as const, 'returned' as const])];
  const [officeList, readPlans, rows, periodList, actionList] = await Promise.all([
    ctx.store.listOffices(),
    ctx.store.listPlans({ statuses }),
    ledger ? Promise.resolve(ledger) : new ReminderLedger(ctx.store, 'reminders').recent(now),
    ctx.store.listPeriods(),
    // Every remedial action still to be carried out, in one read per sweep.
    ctx.store.listRemedialActions({ statuses: REMINDED_REMEDIAL_STATUSES }),
  ]);
  const planList = readPlans.filter(
    (p) => p.status === 'submitted' || p.status === 'endorsed' || policy.planStatuses.includes(p.status) || isUnderAmendment(p),
  );
  const openPeriods = periodList.filter((p) => p.status === 'open' && !p.closing);
  const reportList = (await Promise.all(openPeriods.map((p) => ctx.store.listReports({ periodId: p.id })))).flat();
  const offices = new Map(officeList.map((o) => [o.id, o]));
  const inContext: PlanInContext[] = planList.flatMap((plan) => {
    const office = offices.get(plan.officeId);
    return office ? [{ plan: asReminded(plan, policy), office }] : [];
  });
  const remindedIds = inContext.filter((pc) => policy.planStatuses.includes(pc.plan.status)).map((pc) => pc.plan.id);
  const targetList = await ctx.store.queryTargets({ planIds: remindedIds });
  const keys = new Set(rows.map((r) => r.id));
  const reports = planReportReminders({ periods: openPeriods, reports: reportList, plans: inContext }, keys, policy, now);
  const remedial = planRemedialReminders({ actions: actionList, offices }, keys, policy, now);
  const reminders = planReminders(targetList, inContext, rows, policy, now).concat([...reports, ...remedial]);
  return {
    policy,
    ledger: rows,
    offices,
    plans: new Map(planList.map((p) => [p.id, p])),
    targets: new Map(targetList.map((t) => [t.id, t])),
    periods: new Map(openPeriods.map((p) => [p.id, p])),
    reports: new Map(reportList.map((r) => [r.id, r])),
    remedialActions: remindedActions(remedial, actionList, periodList),
    reminders,
  };
}

/**
 * A plan as the reminder planners see it: a plan under amendment whose own status the policy
 * does not remind about (a draft amendment, as a rule) is reminded as the endorsed plan it
 * stands for, since its endorsed revision is in force and its targets go on being checked in.
 */
function asReminded(plan: WorkPlan, policy: ReminderPolicy): WorkPlan {
  const standsEndorsed = isUnderAmendment(plan) && !policy.planStatuses.includes(plan.status) && plan.status !== 'submitted';
  return standsEndorsed ? { ...plan, status: 'endorsed' } : plan;
}

/** The actions reminded about, with the period their scorecard rates (found by the scorecard's id, which names the period and office). */
function remindedActions(
  reminders: readonly RemedialReminder[],
  actions: readonly RemedialAction[],
  periods: readonly Period[],
): Map<string, RemedialInContext> {
  const wanted = new Set(reminders.map((r) => r.remedialActionId));
  const out = new Map<string, RemedialInContext>();
  for (const action of actions) {
    if (!wanted.has(action.id)) continue;
    const period = periods.find((p) => scorecardIdOf(p.id, action.officeId) === action.scorecardId);
    out.set(action.id, { action, period: period ? { id: period.id, label: period.label } : null });
  }
  return out;
}

/** One line of `remind --dry-run`: what would be sent to whom, about what (a period report by its period, report and office code; a remedial action by its id and office code). */
export function dryRunLine(r: PlannedReminder, offices?: ReadonlyMap<string, Pick<Office, 'code'>>): Record<string, unknown> {
  const officeCode = (r.officeId && offices?.get(r.officeId)?.code) ?? null;
  const report = r.periodId ? { periodId: r.periodId, reportId: r.reportId, officeCode } : {};
  const remedial = r.remedialActionId ? { remedialActionId: r.remedialActionId, officeCode } : {};
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
    ...remedial,
  };
}
