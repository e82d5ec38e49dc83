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
  Office,
  PlanContents,
  RecordPatch,
  ReminderRecord,
  Target,
  WorkPlan,
} from '../domain/model';
import type { TargetPage, TargetPageQuery } from './target-pages';

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

export interface CommitRequest<C extends readonly Change[] = readonly Change[]> {
  actor: string;
  /** The instant of the change (ISO 8601); stamps createdAt/updatedAt and the audit events. */
  at: string;
  changes: C;
  guards?: readonly PlanGuard[];
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

export interface TargetFilter {
  planIds?: readonly string[];
  owner?: string;
  /** Only targets due strictly before this date. */
  dueBefore?: string;
  /** Only targets that are neither achieved nor dropped. */
  openOnly?: boolean;
}

export interface AuditFilter {
  entity?: EntityName;
  entityId?: string;
  officeIds?: readonly string[];
  /** Newest first; page with `beforeSeq`. */
  beforeSeq?: number;
  limit: number;
}

export interface PlanStore {
  /** Applies every change or none. Throws ConflictError (stale version, duplicate key), NotFoundError, StateError (guard). */
  commit<const C extends readonly Change[]>(request: CommitRequest<C>): Promise<CommitResult<C>>;

  get<E extends EntityName>(entity: E, id: string): Promise<EntityTypes[E] | undefined>;
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
  /** True when no office exists yet (a new installation). */
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}
