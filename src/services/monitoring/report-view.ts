// A progress report as the API shows it: the report, its office and period, each line beside
// its target (with the owner's name), whether the line meets its milestone, and the same
// target's line in the office's report for the previous period, to read side by side.

import type { ReportLineView, ReportView } from '../../contract/monitoring';
import type { Target } from '../../domain/model';
import { previousPeriod, type Period, type ProgressReport } from '../../domain/monitoring';
import { indicatorTypeOf, milestoneMet, reportTimeliness } from '../../domain/monitoring-derive';
import type { ReportContents } from '../../store/plan-store';
import { load, today, type ServiceContext } from '../context';
import { officeRefOf } from './periods';

/** Late: first submitted after the due date, or not submitted and past it. */
export function isLate(report: Pick<ProgressReport, 'transitions'>, period: Pick<Period, 'reportDue'>, day: string): boolean {
  const timeliness = reportTimeliness(report, period, day);
  return timeliness === 'late' || timeliness === 'missing';
}

export async function reportViewOf(ctx: ServiceContext, { report, lines }: ReportContents): Promise<ReportView> {
  const [period, office] = await Promise.all([load(ctx, 'period', report.periodId), ctx.store.get('office', report.officeId)]);
  const [contents, previous] = await Promise.all([
    ctx.store.listPlanContents({ officeId: report.officeId, cycle: period.cycle }),
    previousReport(ctx, report, period),
  ]);
  const targetById = new Map<string, Target>(contents.flatMap((c) => c.targets.map((t) => [t.id, t] as const)));
  const previousLines = new Map((previous?.lines ?? []).map((l) => [l.targetId, l]));
  const people = [
    report.createdBy,
    ...report.transitions.map((t) => t.by),
    ...lines.flatMap((l) => {
      const owner = targetById.get(l.targetId)?.owner;
      return owner ? [owner] : [];
    }),
  ];
  const names = await ctx.directory.namesOf([...new Set(people)]);
  const nameOf = (email: string) => names.get(email.toLowerCase()) ?? email;
  const lineViews = lines.map((line): ReportLineView => {
    const target = targetById.get(line.targetId);
    const before = previousLines.get(line.targetId);
    return {
      ...line,
      target: target
        ? {
            id: target.id,
            ref: target.ref,
            description: target.description,
            indicator: target.indicator,
            unit: target.unit,
            indicatorType: indicatorTypeOf(target),
            disaggregation: target.disaggregation ?? 'none',
            targetValue: target.targetValue,
            dueDate: target.dueDate,
            owner: target.owner,
            ownerName: nameOf(target.owner),
          }
        : null,
      milestoneMet: target ? milestoneMet(target, line.value, line.milestone) : null,
      previous: before ? { value: before.value, status: before.status } : null,
    };
  });
  lineViews.sort((a, b) => (a.target?.ref ?? '').localeCompare(b.target?.ref ?? '', undefined, { numeric: true }));
  return {
    report,
    office: officeRefOf(office, report.officeId),
    period: {
      id: period.id,
      cycle: period.cycle,
      label: period.label,
      start: period.start,
      end: period.end,
      reportDue: period.reportDue,
      status: period.status,
    },
    lines: lineViews,
    late: isLate(report, period, today(ctx)),
    names: Object.fromEntries([...new Set(people)].map((email) => [email, nameOf(email)])),
    previous: previous ? { reportId: previous.report.id, status: previous.report.status } : null,
  };
}

/** The same office's report for the period before this one in the cycle, with its lines. */
async function previousReport(ctx: ServiceContext, report: ProgressReport, period: Period): Promise<ReportContents | undefined> {
  const before = previousPeriod(period, await ctx.store.listPeriods(period.cycle));
  if (!before) return undefined;
  const [earlier] = await ctx.store.listReports({ periodId: before.id, officeId: report.officeId });
  return earlier ? ctx.store.getReportContents(earlier.id) : undefined;
}
