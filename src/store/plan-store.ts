// PlanStore: the one storage port. SQLite (embedded default) and SharePoint implement it,
// and both pass the same contract suite (tests/contract/plan-store.contract.ts).
//
// Writes go through `commit`: a list of changes applied all together or not at all, each
// update and delete checked against the version the caller read, and one AuditEvent per
// change to plan data (not to the reminder ledger or leases) written in the same transaction.
// A create whose id exists fails as a duplicate: the reminder ledger and leases rely on it.
// The result is typed per change: committing [{ op: 'create', entity: 'plan', … }] gives
// records typed [WorkPlan], so callers need no cast (ResultsOf below).

import type { PlanStatus } from '../domain/catalogues';
import type {
  AuditEvent,
  CheckIn,
  ConversationRef,
  EntityName,
  EntityTypes,
  NewRecord,
  Objective,
  Office,
  PlanContents,
  PlanRevision,
  RecordPatch,
  ReminderRecord,
  Target,
  WorkPlan,
} from '../domain/model';
import type { Cycle, Period, PeriodStatus, ProgressReport, ReportLine, Snapshot, SnapshotRow, SnapshotScope } from '../domain/monitoring';
import type { Finding, Workshop } from '../domain/process';
import type { RemedialAction, RemedialStatus, Scorecard } from '../domain/scorecard';
import type { TargetFilter, TargetPage, TargetPageQuery } from './target-pages';

export type Change = {
  [E in EntityName]:
    | { op: 'create'; entity: E; record: NewRecord<E> }
    | { op: 'update'; entity: E; id: string; expectedVersion: number; patch: RecordPatch<E> }
    | { op: 'delete'; entity: E; id: string; expectedVersion: number };
}[EntityName];

/** A condition on a plan that must still hold when the commit is applied. */
export interface PlanGuard {
  planId: string;
  statuses: readonly PlanStatus[];
}

/** A condition on a reporting period that must still hold when the commit is applied (e.g. still open). */
export interface PeriodGuard {
  periodId: string;
  statuses: readonly PeriodStatus[];
}

export interface CommitRequest<C extends readonly Change[] = readonly Change[]> {
  actor: string;
  /** The instant of the change (ISO 8601); stamps createdAt/updatedAt and the audit events. */
  at: string;
  changes: C;
  guards?: readonly PlanGuard[];
  /** So that nothing of a period changes once it is closed, even by a commit planned before the close. */
  periodGuards?: readonly PeriodGuard[];
}

/** What one change leaves behind: the stored record of its entity, or null for a delete. */
export type ResultOf<C> = C extends { op: 'delete' } ? null : C extends { entity: infer E extends EntityName } ? EntityTypes[E] : never;
/** The results of a list of changes, position by position (a tuple when the changes are one). */
export type ResultsOf<C extends readonly Change[]> = { -readonly [K in keyof C]: ResultOf<C[K]> };

export interface CommitResult<C extends readonly Change[] = readonly Change[]> {
  /** The stored record after each change, in order; null for a delete. */
  records: ResultsOf<C>;
}

export interface PlanFilter {
  officeId?: string;
  cycle?: string;
  statuses?: readonly PlanStatus[];
}

// Declared beside the pages of targets that extend it (target-pages.ts), so that the two files do not import each other.
export type { TargetFilter } from './target-pages';

export interface AuditFilter {
  entity?: EntityName;
  entityId?: string;
  officeIds?: readonly string[];
  /** Newest first; page with `beforeSeq`. */
  beforeSeq?: number;
  limit: number;
}

export interface ReportFilter {
  periodId?: string;
  officeId?: string;
}

export interface ScorecardFilter {
  periodId?: string;
  officeId?: string;
}

export interface RemedialActionFilter {
  scorecardId?: string;
  officeId?: string;
  statuses?: readonly RemedialStatus[];
}

export interface FindingFilter {
  /** An office's findings; null: the department-wide ones only. */
  officeId?: string | null;
}

/** A report with its lines, read together. */
export interface ReportContents {
  report: ProgressReport;
  lines: ReportLine[];
}

/**
 * Closing a period: the snapshot rows, then the period closed with its header. The rows are
 * keyed (period, scope, key), so a close that is retried after a failure or a throttled write
 * ends with each row exactly once; the period reads closed only once every row is written.
 */
export interface SnapshotWrite {
  periodId: string;
  /** The version of the period the close was computed on: a period changed since → ConflictError. */
  expectedVersion: number;
  /** The rows without their periodId (the store stamps it); one per (scope, key). */
  rows: readonly Omit<SnapshotRow, 'periodId'>[];
  /** Closed with reports missing, and which offices' (ids). */
  forced: boolean;
  missingOffices: readonly string[];
  actor: string;
  at: string;
}

export interface PlanStore {
  /** Applies every change or none. Throws ConflictError (stale version, duplicate key), NotFoundError, StateError (guard). */
  commit<const C extends readonly Change[]>(request: CommitRequest<C>): Promise<CommitResult<C>>;

  get<E extends EntityName>(entity: E, id: string): Promise<EntityTypes[E] | undefined>;
  /** A target and its plan, read together (on SharePoint one look at the plans list, where reading one then the other costs two). */
  getTargetWithPlan(targetId: string): Promise<{ target: Target; plan: WorkPlan } | undefined>;
  listOffices(): Promise<Office[]>;
  listPlans(filter?: PlanFilter): Promise<WorkPlan[]>;
  /** A plan with all its objectives, activities and targets, read consistently. */
  getPlanContents(planId: string): Promise<PlanContents | undefined>;
  listPlanContents(filter?: PlanFilter): Promise<PlanContents[]>;
  queryTargets(filter: TargetFilter): Promise<Target[]>;
  /** One page of the matching targets in the order of target-pages.ts, with the total; a few reads whatever the total. */
  pageTargets(query: TargetPageQuery): Promise<TargetPage>;
  listCheckIns(targetId: string): Promise<CheckIn[]>;
  /** Every check-in of these targets, oldest first per target, in one read. */
  listCheckInsOf(targetIds: readonly string[]): Promise<CheckIn[]>;
  /** The latest check-in of each of these targets that has one (the last that listCheckIns gives), in one read. */
  latestCheckIns(targetIds: readonly string[]): Promise<Map<string, CheckIn>>;
  listAudit(filter: AuditFilter): Promise<AuditEvent[]>;
  listConversations(filter?: { active?: boolean; userEmail?: string }): Promise<ConversationRef[]>;
  /** Reminder ledger rows created at or after `since` (an ISO instant). */
  listReminders(filter: { since: string }): Promise<ReminderRecord[]>;
  // ---- monitoring: cycles, periods, progress reports, snapshots ----
  /** Every cycle, oldest first. */
  listCycles(): Promise<Cycle[]>;
  /** The periods of a cycle (of every cycle without one), by start. */
  listPeriods(cycle?: string): Promise<Period[]>;
  /** Reports of a period and/or an office, by period then office. */
  listReports(filter?: ReportFilter): Promise<ProgressReport[]>;
  /**
   * A report with its lines (see listReportLines). On SharePoint a commit under way may show in
   * part; the report's version moves last (by itself when only lines change; a caller that
   * changes the report too lists that change last), so a write based on such a read is stale.
   */
  getReportContents(reportId: string): Promise<ReportContents | undefined>;
  /** The lines of these reports in one read: report by report in the order given, each report's oldest first, then by id. */
  listReportLines(reportIds: readonly string[]): Promise<ReportLine[]>;
  /**
   * A closed period's snapshot (only the rows of `scopes` when given: trends need no target
   * rows); undefined for a period that does not exist or is not closed.
   */
  getSnapshot(periodId: string, options?: { scopes?: readonly SnapshotScope[] }): Promise<Snapshot | undefined>;
  /**
   * Writes a period's snapshot and closes it, returning the closed period. StateError when it
   * is closed already, ConflictError when its version is not `expectedVersion`, NotFoundError
   * when it does not exist. Audited as an update of the period (not row by row).
   */
  writeSnapshot(request: SnapshotWrite): Promise<Period>;
  // ---- the office scorecard ----
  /** Stored scorecards of a period and/or an office, by period start then office. */
  listScorecards(filter?: ScorecardFilter): Promise<Scorecard[]>;
  /** Remedial actions of a scorecard, an office and/or in some statuses, by due date then id. */
  listRemedialActions(filter?: RemedialActionFilter): Promise<RemedialAction[]>;
  // ---- plans through their whole life ----
  /** The frozen endorsed revisions of these plans, in one read: plan by plan in the order given, each oldest revision first. */
  listPlanRevisions(planIds: readonly string[]): Promise<PlanRevision[]>;
  // ---- the planning process: needs assessment and workshops ----
  /** Findings of an office, the department-wide ones, or all, oldest first (then by id). */
  listFindings(filter?: FindingFilter): Promise<Finding[]>;
  /** Every workshop, by start (then by id). */
  listWorkshops(): Promise<Workshop[]>;
  /** The objectives that cite at least one finding, in one read (the coverage of the needs assessment). */
  listCitingObjectives(): Promise<Objective[]>;

  /** True when no office exists yet (a new installation). */
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}
