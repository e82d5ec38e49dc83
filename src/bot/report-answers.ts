// The bot's answers about monitoring, through the same services as the HTTP API: "report
// status" (an office's progress report for the period being reported on: its status in words,
// lines filled, due date, and a button to open it in the tab) and "what is due this period"
// (my targets with a milestone or a due date in the current period).

import type { AdaptiveCard } from '@microsoft/teams.cards';
import type { TargetSummary } from '../contract/targets';
import { CLOSED_TARGET_STATUSES } from '../domain/catalogues';
import { NotFoundError } from '../domain/errors';
import type { Office } from '../domain/model';
import { milestoneOf } from '../domain/monitoring-derive';
import { periodOf } from '../domain/monitoring';
import { today, type ServiceContext } from '../services/context';
import type { Actor } from '../services/identity';
import { listPeriods, type PeriodSummary } from '../services/monitoring/periods';
import { getReport, listReports } from '../services/monitoring/reports';
import { listOffices } from '../services/offices';
import { listPlans } from '../services/plans';
import { dueThisPeriodCard, reportStatusCard, type ReportStanding } from './cards/report-cards';
import { noticeCard } from './cards/summary-cards';
import type { TabLinkSettings } from './deep-links';

export interface ReportAnswerDeps {
  ctx: ServiceContext;
  links: TabLinkSettings;
}

/** An office's report status, for at most this many offices at once (a focal point of several). */
const OFFICES_AT_ONCE = 5;

/**
 * The period an office reports on now: the earliest period still open that has begun (the
 * quarter just ended until the Gender Unit closes it, then the one under way).
 */
export function reportingPeriodOf<P extends Pick<PeriodSummary, 'start' | 'status'>>(periods: readonly P[], day: string): P | undefined {
  return [...periods].sort((a, b) => (a.start < b.start ? -1 : 1)).find((p) => p.status === 'open' && p.start <= day);
}

export async function reportStatusCards({ ctx, links }: ReportAnswerDeps, actor: Actor, office: string | null): Promise<AdaptiveCard[]> {
  const offices = await listOffices(ctx, actor);
  const chosen = office ? offices.filter((o) => o.code === office) : offices.filter((o) => actor.focalOfficeIds.includes(o.id));
  if (office && chosen.length === 0) throw new NotFoundError('office', office);
  if (chosen.length === 0) return [noticeCard('You are not a focal point of any office. Name the office: "report status OO".', links)];
  const cards: AdaptiveCard[] = [];
  for (const o of chosen.slice(0, OFFICES_AT_ONCE)) cards.push(await officeReportCard({ ctx, links }, actor, o));
  return cards;
}

async function officeReportCard({ ctx, links }: ReportAnswerDeps, actor: Actor, office: Office): Promise<AdaptiveCard> {
  const plans = (await listPlans(ctx, actor, { office: office.code })).filter((p) => p.status === 'endorsed');
  const plan = plans.sort((a, b) => (a.cycle < b.cycle ? 1 : -1))[0];
  if (!plan) return noticeCard(`${office.code} has no endorsed work plan, so it has no progress report to write yet.`, links);
  const periods = await periodsOfCycle(ctx, actor, plan.cycle);
  if (periods.length === 0) return noticeCard(`The Gender Unit has not set up the reporting periods of the ${plan.cycle} cycle yet.`, links);
  const period = reportingPeriodOf(periods, today(ctx));
  if (!period) return noticeCard(`No reporting period of the ${plan.cycle} cycle is open for ${office.code}.`, links);
  const [summary] = await listReports(ctx, actor, { period: period.id, office: office.code });
  let standing: ReportStanding = { report: null, filled: 0, total: plan.rollup.targets, late: today(ctx) > period.reportDue };
  if (summary) {
    const view = await getReport(ctx, actor, summary.id);
    const filled = view.lines.filter((l) => l.value !== null || l.women !== null || (l.comment ?? '').trim() !== '').length;
    standing = {
      report: { id: summary.id, status: summary.status, returnComment: view.report.returnComment },
      filled,
      total: view.lines.length,
      late: standing.late,
    };
  }
  return reportStatusCard({ office, period, standing }, links);
}

export async function dueThisPeriodAnswer({ ctx, links }: ReportAnswerDeps, actor: Actor, mine: readonly TargetSummary[]): Promise<AdaptiveCard> {
  const day = today(ctx);
  const open = mine.filter((t) => !CLOSED_TARGET_STATUSES.includes(t.status));
  const periodsByCycle = new Map<string, PeriodSummary | undefined>();
  for (const cycle of new Set(open.map((t) => t.cycle))) {
    periodsByCycle.set(cycle, periodOf(day, await periodsOfCycle(ctx, actor, cycle)));
  }
  const due = open.flatMap((t) => {
    const period = periodsByCycle.get(t.cycle);
    if (!period) return [];
    const milestone = milestoneOf(t, period.id);
    const dueInPeriod = period.start <= t.dueDate && t.dueDate <= period.end;
    return milestone !== null || dueInPeriod ? [{ target: t, period, milestone, dueInPeriod }] : [];
  });
  const labels = [...new Set(due.map((d) => d.period.label))];
  return dueThisPeriodCard(due, labels, links);
}

/** The periods of a cycle; none when the Gender Unit has not created the cycle (a plan's cycle need not be one yet). */
async function periodsOfCycle(ctx: ServiceContext, actor: Actor, cycle: string): Promise<PeriodSummary[]> {
  try {
    return await listPeriods(ctx, actor, { cycle });
  } catch (error) {
    if (error instanceof NotFoundError && error.entity === 'cycle') return [];
    throw error;
  }
}
