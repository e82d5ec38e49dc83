// Monitoring the implementation (issue 14): cycles and their periods, the offices' progress
// reports and their review, the snapshot frozen at a period's close and the trends over a
// cycle, as the API sends them. The request bodies are the domain's (cycleInput,
// closePeriodInput, reportInput, reportPatch); the routes are in monitoring-routes.ts.

import { z } from 'zod';
import { contractSchemas } from './registry';
import { cycle as cycleCode, officeCode } from '../domain/schemas';
import type {
  Cycle as DomainCycle,
  ProgressReport as DomainReport,
  ReportLine as DomainReportLine,
  SnapshotRow as DomainSnapshotRow,
} from '../domain/monitoring';
import { DISAGGREGATIONS, INDICATOR_TYPES, PERIOD_STATUSES, PERIODICITIES, REPORT_STATUSES, SNAPSHOT_SCOPES } from '../domain/monitoring';
import { REPORT_ACTIONS } from '../domain/report-workflow';
import { targetStatus, type Agrees } from './entities';

export { closePeriodInput, cycleInput, reportInput, reportPatch } from '../domain/schemas';
export type { CycleInput, ReportInput, ReportPatch } from '../domain/schemas';
export { REPORT_ACTIONS, type ReportAction } from '../domain/report-workflow';

export const periodicity = z.enum(PERIODICITIES).register(contractSchemas, { id: 'Periodicity' });
export const periodStatus = z.enum(PERIOD_STATUSES).register(contractSchemas, { id: 'PeriodStatus' });
export const reportStatus = z.enum(REPORT_STATUSES).register(contractSchemas, { id: 'ReportStatus' });
export const indicatorType = z.enum(INDICATOR_TYPES).register(contractSchemas, { id: 'IndicatorType' });
export const disaggregation = z.enum(DISAGGREGATIONS).register(contractSchemas, { id: 'Disaggregation' });

const day = z.string();
const instant = z.string();
const versioned = { version: z.number().int(), createdAt: instant, updatedAt: instant };

/** An office as monitoring names it: its id, code and name. */
export const officeRef = z.object({ id: z.string(), code: z.string(), name: z.string() }).register(contractSchemas, { id: 'OfficeRef' });
export type OfficeRef = z.infer<typeof officeRef>;

/** The stored cycle (its id is its code). */
export const cycleRecord = z.object({ id: z.string(), ...versioned, start: day, end: day, periodicity, reportDueDays: z.number().int() });

/** How an office's reports for one period stand. `expected`: offices with an endorsed plan in the cycle. */
export const reportCounts = z
  .object({
    expected: z.number().int(),
    draft: z.number().int(),
    submitted: z.number().int(),
    accepted: z.number().int(),
    returned: z.number().int(),
    /** Expected offices with no submitted (or accepted) report once the report is due. */
    missing: z.number().int(),
    /** Reports first submitted after the due date. */
    late: z.number().int(),
  })
  .register(contractSchemas, { id: 'ReportCounts' });

/** GET /api/periods: a period with the state of its reports. People by e-mail, with their display names beside. */
export const periodSummary = z
  .object({
    id: z.string(),
    version: z.number().int(),
    cycle: z.string(),
    label: z.string(),
    start: day,
    end: day,
    reportDue: day,
    status: periodStatus,
    closedAt: instant.nullable(),
    closedBy: z.string().nullable(),
    closedByName: z.string().nullable(),
    /** Closed with reports missing (force). */
    forced: z.boolean(),
    reports: reportCounts,
    /** While open: expected offices without a submitted report; once closed: those the snapshot recorded. */
    missingOffices: z.array(officeRef),
  })
  .register(contractSchemas, { id: 'PeriodSummary' });
export type PeriodSummary = z.infer<typeof periodSummary>;

/** GET /api/cycles (newest first), POST /api/cycles. */
export const cycleSummary = z
  .object({ code: z.string(), version: z.number().int(), start: day, end: day, periodicity, reportDueDays: z.number().int(), periods: z.array(periodSummary) })
  .register(contractSchemas, { id: 'CycleSummary' });
export type CycleSummary = z.infer<typeof cycleSummary>;

export const periodListQuery = z.strictObject({ cycle: cycleCode.optional() });
export type PeriodListQuery = z.infer<typeof periodListQuery>;

// ---- snapshots ----

export const snapshotCounts = z
  .object({
    targets: z.number().int(),
    byStatus: z.record(targetStatus, z.number().int()),
    overdue: z.number().int(),
    milestonesMet: z.number().int(),
    milestonesMissed: z.number().int(),
    reportsOnTime: z.number().int(),
    reportsLate: z.number().int(),
    reportsMissing: z.number().int(),
  })
  .register(contractSchemas, { id: 'SnapshotCounts' });

const snapshotRowFields = {
  periodId: z.string(),
  scope: z.enum(SNAPSHOT_SCOPES),
  key: z.string(),
  officeId: z.string().nullable(),
  status: targetStatus.nullable(),
  value: z.number().nullable(),
  milestone: z.number().nullable(),
  milestoneMet: z.boolean().nullable(),
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
  women: z.number().nullable(),
  men: z.number().nullable(),
  counts: snapshotCounts.nullable(),
};
/** One frozen figure: a target, an office or the department. */
export const snapshotRow = z.object(snapshotRowFields).register(contractSchemas, { id: 'SnapshotRow' });
/** An office's row with its code and name. */
export const snapshotOfficeRow = z
  .object({ ...snapshotRowFields, officeCode: z.string(), officeName: z.string() })
  .register(contractSchemas, { id: 'SnapshotOfficeRow' });
/** A target's row with its office and (while the target exists) its reference and description. */
export const snapshotTargetRow = z
  .object({ ...snapshotRowFields, officeCode: z.string(), ref: z.string().nullable(), description: z.string().nullable() })
  .register(contractSchemas, { id: 'SnapshotTargetRow' });

export const snapshotHeader = z
  .object({
    periodId: z.string(),
    closedAt: instant,
    closedBy: z.string(),
    closedByName: z.string(),
    /** Closed although reports were missing. */
    forced: z.boolean(),
    missingOffices: z.array(officeRef),
  })
  .register(contractSchemas, { id: 'SnapshotHeader' });
export type SnapshotHeader = z.infer<typeof snapshotHeader>;

/** GET /api/periods/{id}/snapshot: never changes once the period is closed. */
export const snapshotView = z
  .object({ header: snapshotHeader, department: snapshotRow, offices: z.array(snapshotOfficeRow), targets: z.array(snapshotTargetRow) })
  .register(contractSchemas, { id: 'Snapshot' });
export type SnapshotView = z.infer<typeof snapshotView>;

/** POST /api/periods/{id}/close */
export const closePeriodResult = z.object({ period: periodSummary, snapshot: snapshotHeader }).register(contractSchemas, { id: 'ClosePeriodResult' });
export type ClosePeriodResult = z.infer<typeof closePeriodResult>;

// ---- progress reports ----

export const reportTransition = z
  .object({ from: reportStatus, to: reportStatus, by: z.string(), at: instant, comment: z.string().nullable() })
  .register(contractSchemas, { id: 'ReportTransition' });

export const progressReport = z
  .object({
    id: z.string(),
    ...versioned,
    officeId: z.string(),
    periodId: z.string(),
    status: reportStatus,
    summary: z.string().nullable(),
    achievements: z.string().nullable(),
    challenges: z.string().nullable(),
    supportNeeded: z.string().nullable(),
    nextSteps: z.string().nullable(),
    transitions: z.array(reportTransition),
    createdBy: z.string(),
    submittedBy: z.string().nullable(),
    submittedAt: instant.nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: instant.nullable(),
    returnComment: z.string().nullable(),
  })
  .register(contractSchemas, { id: 'ProgressReport' });

const reportLineFields = {
  id: z.string(),
  ...versioned,
  reportId: z.string(),
  targetId: z.string(),
  value: z.number().nullable(),
  women: z.number().nullable(),
  men: z.number().nullable(),
  milestone: z.number().nullable(),
  status: targetStatus,
  comment: z.string().nullable(),
};
export const reportLine = z.object(reportLineFields).register(contractSchemas, { id: 'ReportLine' });

/** The target a line reports on (null once the target was deleted). */
export const reportLineTarget = z
  .object({
    id: z.string(),
    ref: z.string(),
    description: z.string(),
    indicator: z.string(),
    unit: z.string().nullable(),
    indicatorType,
    disaggregation,
    targetValue: z.number().nullable(),
    dueDate: day,
    owner: z.string(),
    ownerName: z.string(),
  })
  .register(contractSchemas, { id: 'ReportLineTarget' });

export const reportLineView = z
  .object({
    ...reportLineFields,
    target: reportLineTarget.nullable(),
    /** Whether the line's value meets its milestone; null when there is nothing to compare. */
    milestoneMet: z.boolean().nullable(),
    /** The same target's line in the office's report for the previous period. */
    previous: z.object({ value: z.number().nullable(), status: targetStatus }).nullable(),
  })
  .register(contractSchemas, { id: 'ReportLineView' });

export const reportPeriod = z
  .object({ id: z.string(), cycle: z.string(), label: z.string(), start: day, end: day, reportDue: day, status: periodStatus })
  .register(contractSchemas, { id: 'ReportPeriod' });

/** GET /api/reports/{id}: ETag is the report's version, which moves with any of its lines. */
export const reportView = z
  .object({
    report: progressReport,
    office: officeRef,
    period: reportPeriod,
    lines: z.array(reportLineView),
    /** First submitted after the due date (or not submitted and past it). */
    late: z.boolean(),
    /** Display names of everyone the report names (creator, transitions), by e-mail. */
    names: z.record(z.string(), z.string()),
    /** The office's report for the previous period, to read side by side. */
    previous: z.object({ reportId: z.string(), status: reportStatus }).nullable(),
  })
  .register(contractSchemas, { id: 'ReportView' });
export type ReportView = z.infer<typeof reportView>;

/** GET /api/reports */
export const reportSummary = z
  .object({
    id: z.string(),
    periodId: z.string(),
    periodLabel: z.string(),
    officeId: z.string(),
    officeCode: z.string(),
    officeName: z.string(),
    status: reportStatus,
    version: z.number().int(),
    late: z.boolean(),
    submittedBy: z.string().nullable(),
    submittedByName: z.string().nullable(),
    submittedAt: instant.nullable(),
    decidedBy: z.string().nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: instant.nullable(),
    lineCount: z.number().int(),
  })
  .register(contractSchemas, { id: 'ReportSummary' });
export type ReportSummary = z.infer<typeof reportSummary>;

export const reportListQuery = z.strictObject({ period: z.string().min(1).max(100).optional(), office: officeCode.optional() });
export type ReportListQuery = z.infer<typeof reportListQuery>;

// ---- trends ----

/** Without `office`, the department's trends; with it, that office's (its rows of each period's figures). */
export const trendsQuery = z.strictObject({ cycle: cycleCode.optional(), office: officeCode.optional() });
export type TrendsQuery = z.infer<typeof trendsQuery>;

/** One office's milestones in one period, from its row of the period's figures: what the milestones-per-office chart draws. */
export const trendOffice = z
  .object({
    code: z.string(),
    name: z.string(),
    milestones: z.object({ met: z.number().int(), missed: z.number().int(), due: z.number().int() }),
  })
  .register(contractSchemas, { id: 'TrendOffice' });
export type TrendOffice = z.infer<typeof trendOffice>;

export const trendPeriod = z
  .object({
    periodId: z.string(),
    label: z.string(),
    status: periodStatus,
    /** Closed periods read their snapshot; the open one (the first not closed) is computed now. */
    source: z.enum(['snapshot', 'live']),
    targets: z.object({
      achieved: z.number().int(),
      onTrack: z.number().int(),
      atRisk: z.number().int(),
      offTrack: z.number().int(),
      notStarted: z.number().int(),
      dropped: z.number().int(),
      overdue: z.number().int(),
      total: z.number().int(),
    }),
    milestones: z.object({ met: z.number().int(), missed: z.number().int(), due: z.number().int() }),
    reports: z.object({ expected: z.number().int(), onTime: z.number().int(), late: z.number().int(), missing: z.number().int() }),
    /** The offices expected to report in the period, by code (in an office's trends, that office alone). */
    offices: z.array(trendOffice),
  })
  .register(contractSchemas, { id: 'TrendPeriod' });

/**
 * GET /api/trends: per period of the cycle up to the open one (later periods are left out). An
 * office's trends (`office` set) leave out the periods in which the office was not expected to report.
 */
export const trends = z
  .object({ cycle: z.string().nullable(), office: officeRef.nullable(), periods: z.array(trendPeriod) })
  .register(contractSchemas, { id: 'Trends' });
export type Trends = z.infer<typeof trends>;

export type ProgressReport = z.infer<typeof progressReport>;
export type ReportLine = z.infer<typeof reportLine>;
export type ReportLineView = z.infer<typeof reportLineView>;
export type SnapshotRow = z.infer<typeof snapshotRow>;
export type CycleRecord = z.infer<typeof cycleRecord>;

/** The schemas above and the domain types they mirror may not drift: this fails to compile when they do. */
export const MONITORING_AGREES_WITH_DOMAIN: [
  Agrees<CycleRecord, DomainCycle>,
  Agrees<ProgressReport, DomainReport>,
  Agrees<ReportLine, DomainReportLine>,
  Agrees<SnapshotRow, DomainSnapshotRow>,
] = [true, true, true, true];

/** The actions of POST /api/reports/{id}/{action}. */
export const reportActionSchema = z.enum(REPORT_ACTIONS);
