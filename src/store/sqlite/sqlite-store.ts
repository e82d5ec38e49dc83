// The embedded store: one SQLite file (better-sqlite3, WAL). A commit is one SQLite
// transaction, so a crash at any point leaves either all of it or none of it.

import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ConflictError } from '../../domain/errors';
import type {
  AuditEvent,
  CheckIn,
  ConversationRef,
  EntityName,
  EntityTypes,
  Objective,
  Office,
  PlanContents,
  PlanRevision,
  ReminderRecord,
  Target,
  WorkPlan,
} from '../../domain/model';
import type { Cycle, Period, ProgressReport, ReportLine, Snapshot, SnapshotScope } from '../../domain/monitoring';
import { planCommit } from '../commit-planner';
import type { Finding, Workshop } from '../../domain/process';
import { readCitingObjectives, readFindings, readWorkshops } from './process-queries';
import type { RemedialAction, Scorecard } from '../../domain/scorecard';
import type {
  AuditFilter,
  Change,
  CommitRequest,
  CommitResult,
  FindingFilter,
  PlanFilter,
  PlanStore,
  RemedialActionFilter,
  ReportContents,
  ReportFilter,
  ScorecardFilter,
  SnapshotWrite,
  TargetFilter,
} from '../plan-store';
import { closingPatch, periodToClose, snapshotRowsOf } from '../snapshot-write';
import { readAudit } from './audit-queries';
import {
  readCycles,
  readPeriods,
  readRemedialActions,
  readReportLines,
  readReports,
  readScorecards,
  readSnapshotRows,
  replaceSnapshotRows,
} from './monitoring-queries';
import type { TargetPage, TargetPageQuery } from '../target-pages';
import { migrate } from './schema';
import { readTargetPage, sqlWhere, targetWhere } from './target-queries';
import { columnValues, TABLES, tableOf } from './tables';

type AnyRecord = EntityTypes[EntityName];
type Row = { data: string };

export interface SqliteStoreOptions {
  /** A file path, or ':memory:' for a throw-away store. */
  path: string;
}

export class SqliteStore implements PlanStore {
  private readonly db: Database.Database;

  constructor(options: SqliteStoreOptions) {
    if (options.path !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(options.path)), { recursive: true });
    this.db = new Database(options.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
  }

  async commit<const C extends readonly Change[]>(request: CommitRequest<C>): Promise<CommitResult<C>> {
    return this.db.transaction(() => this.applyCommit(request)).immediate();
  }

  async get<E extends EntityName>(entity: E, id: string): Promise<EntityTypes[E] | undefined> {
    return this.read(entity, id);
  }

  async getTargetWithPlan(targetId: string): Promise<{ target: Target; plan: WorkPlan } | undefined> {
    return this.db.transaction(() => {
      const target = this.read('target', targetId);
      const plan = target && this.read('plan', target.planId);
      return target && plan ? { target, plan } : undefined;
    })();
  }

  async listOffices(): Promise<Office[]> {
    return this.all<Office>('SELECT data FROM offices ORDER BY code');
  }

  async listPlans(filter: PlanFilter = {}): Promise<WorkPlan[]> {
    const { where, params } = planWhere(filter, 'p');
    return this.all<WorkPlan>(`SELECT p.data FROM plans p ${where} ORDER BY p.cycle, p.office_id`, params);
  }

  async getPlanContents(planId: string): Promise<PlanContents | undefined> {
    return this.db.transaction(() => {
      const plan = this.read('plan', planId);
      if (!plan) return undefined;
      return {
        plan,
        objectives: this.all<EntityTypes['objective']>('SELECT data FROM objectives WHERE plan_id = ?', [planId]),
        activities: this.all<EntityTypes['activity']>('SELECT data FROM activities WHERE plan_id = ?', [planId]),
        targets: this.all<Target>('SELECT data FROM targets WHERE plan_id = ?', [planId]),
      };
    })();
  }

  async listPlanContents(filter: PlanFilter = {}): Promise<PlanContents[]> {
    return this.db.transaction(() => {
      const { where, params } = planWhere(filter, 'p');
      const plans = this.all<WorkPlan>(`SELECT p.data FROM plans p ${where} ORDER BY p.cycle, p.office_id`, params);
      const byPlan = new Map<string, PlanContents>(plans.map((plan) => [plan.id, { plan, objectives: [], activities: [], targets: [] }]));
      const children = <T extends { planId: string }>(table: string) =>
        this.all<T>(`SELECT c.data FROM ${table} c JOIN plans p ON p.id = c.plan_id ${where}`, params);
      for (const o of children<EntityTypes['objective']>('objectives')) byPlan.get(o.planId)?.objectives.push(o);
      for (const a of children<EntityTypes['activity']>('activities')) byPlan.get(a.planId)?.activities.push(a);
      for (const t of children<Target>('targets')) byPlan.get(t.planId)?.targets.push(t);
      return [...byPlan.values()];
    })();
  }

  async queryTargets(filter: TargetFilter): Promise<Target[]> {
    const where = targetWhere(filter);
    if (!where) return [];
    return this.all<Target>(`SELECT data FROM targets ${sqlWhere(where.clauses)} ORDER BY due_date, ref`, where.params);
  }

  async pageTargets(query: TargetPageQuery): Promise<TargetPage> {
    return this.db.transaction(() => readTargetPage(this.db, query))();
  }

  async listCheckIns(targetId: string): Promise<CheckIn[]> {
    return this.all<CheckIn>('SELECT data FROM checkins WHERE target_id = ? ORDER BY date, rowid', [targetId]);
  }

  async listCheckInsOf(targetIds: readonly string[]): Promise<CheckIn[]> {
    // The ids go in as one JSON array: any number of them, in one statement.
    return this.all<CheckIn>('SELECT data FROM checkins WHERE target_id IN (SELECT value FROM json_each(?)) ORDER BY target_id, date, rowid', [
      JSON.stringify(targetIds),
    ]);
  }

  async latestCheckIns(targetIds: readonly string[]): Promise<Map<string, CheckIn>> {
    const latest = this.all<CheckIn>(
      `SELECT data FROM (
         SELECT data, ROW_NUMBER() OVER (PARTITION BY target_id ORDER BY date DESC, rowid DESC) AS n
         FROM checkins WHERE target_id IN (SELECT value FROM json_each(?))
       ) WHERE n = 1`,
      [JSON.stringify(targetIds)],
    );
    return new Map(latest.map((c) => [c.targetId, c]));
  }

  async listAudit(filter: AuditFilter): Promise<AuditEvent[]> {
    return readAudit(this.db, filter);
  }

  async listConversations(filter: { active?: boolean; userEmail?: string } = {}): Promise<ConversationRef[]> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (filter.active !== undefined) {
      clauses.push('active = ?');
      params.push(filter.active ? 1 : 0);
    }
    if (filter.userEmail) {
      clauses.push('user_email = ?');
      params.push(filter.userEmail.toLowerCase());
    }
    return this.all<ConversationRef>(`SELECT data FROM conversations ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ORDER BY id`, params);
  }

  async listReminders(filter: { since: string }): Promise<ReminderRecord[]> {
    return this.all<ReminderRecord>('SELECT data FROM reminders WHERE created_at >= ? ORDER BY created_at, id', [filter.since]);
  }

  async listCycles(): Promise<Cycle[]> {
    return readCycles(this.db);
  }

  async listPeriods(cycle?: string): Promise<Period[]> {
    return readPeriods(this.db, cycle);
  }

  async listReports(filter: ReportFilter = {}): Promise<ProgressReport[]> {
    return readReports(this.db, filter);
  }

  async getReportContents(reportId: string): Promise<ReportContents | undefined> {
    return this.db.transaction(() => {
      const report = this.read('report', reportId);
      return report && { report, lines: readReportLines(this.db, reportId) };
    })();
  }

  async listReportLines(reportIds: readonly string[]): Promise<ReportLine[]> {
    return this.db.transaction(() => reportIds.flatMap((id) => readReportLines(this.db, id)))();
  }

  async getSnapshot(periodId: string, options: { scopes?: readonly SnapshotScope[] } = {}): Promise<Snapshot | undefined> {
    return this.db.transaction(() => {
      const period = this.read('period', periodId);
      if (period?.status !== 'closed') return undefined;
      return { period, rows: readSnapshotRows(this.db, periodId, options.scopes) };
    })();
  }

  /** One transaction: the rows and the closed period together, or nothing. */
  async writeSnapshot(request: SnapshotWrite): Promise<Period> {
    return this.db
      .transaction(() => {
        periodToClose(this.read('period', request.periodId), request.periodId);
        const rows = snapshotRowsOf(request);
        replaceSnapshotRows(this.db, request.periodId, rows);
        const patch = closingPatch(request, rows.length);
        const { records } = this.applyCommit({
          actor: request.actor,
          at: request.at,
          changes: [{ op: 'update', entity: 'period', id: request.periodId, expectedVersion: request.expectedVersion, patch }],
        });
        return records[0];
      })
      .immediate();
  }

  async listScorecards(filter: ScorecardFilter = {}): Promise<Scorecard[]> {
    return readScorecards(this.db, filter);
  }

  async listRemedialActions(filter: RemedialActionFilter = {}): Promise<RemedialAction[]> {
    return readRemedialActions(this.db, filter);
  }

  async listFindings(filter: FindingFilter = {}): Promise<Finding[]> {
    return readFindings(this.db, filter);
  }

  async listWorkshops(): Promise<Workshop[]> {
    return readWorkshops(this.db);
  }

  async listCitingObjectives(): Promise<Objective[]> {
    return readCitingObjectives(this.db);
  }

  async listPlanRevisions(planIds: readonly string[]): Promise<PlanRevision[]> {
    const revisions = this.all<PlanRevision>('SELECT data FROM plan_revisions WHERE plan_id IN (SELECT value FROM json_each(?)) ORDER BY revision', [
      JSON.stringify(planIds),
    ]);
    return planIds.flatMap((id) => revisions.filter((r) => r.planId === id));
  }

  async isEmpty(): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM offices LIMIT 1').get() === undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  // ---- the commit, inside one transaction --------------------------------------------------

  private applyCommit<const C extends readonly Change[]>(request: CommitRequest<C>): CommitResult<C> {
    const plan = planCommit(request, {
      get: (entity, id) => this.read(entity, id),
      childIds: (entity, parentId) => {
        const spec = tableOf(entity);
        return this.db
          .prepare<[string], { id: string }>(`SELECT id FROM ${spec.table} WHERE ${spec.parentColumn} = ?`)
          .all(parentId)
          .map((r) => r.id);
      },
    });
    for (const w of plan.writes) {
      if (w.op === 'create' && w.after) this.insert(w.entity, w.after);
      else if (w.op === 'update' && w.after) this.write(w.entity, w.after);
      else if (w.op === 'delete') this.db.prepare(`DELETE FROM ${TABLES[w.entity].table} WHERE id = ?`).run(w.id);
    }
    const insertAudit = this.db.prepare('INSERT INTO audit (at, actor, entity, entity_id, office_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const a of plan.audit) {
      insertAudit.run(
        request.at,
        request.actor,
        a.entity,
        a.entityId,
        a.officeId,
        a.action,
        a.before && JSON.stringify(a.before),
        a.after && JSON.stringify(a.after),
      );
    }
    return { records: plan.records };
  }

  private insert(entity: EntityName, record: AnyRecord): void {
    const spec = tableOf(entity);
    const columns = { id: record.id, version: record.version, data: JSON.stringify(record), ...columnValues(spec, record) };
    const names = Object.keys(columns);
    try {
      this.db.prepare(`INSERT INTO ${spec.table} (${names.join(',')}) VALUES (${names.map((n) => '@' + n).join(',')})`).run(columns);
    } catch (error) {
      throw this.constraintError(error, entity, record);
    }
  }

  private write(entity: EntityName, record: AnyRecord): void {
    const spec = tableOf(entity);
    const columns = { version: record.version, data: JSON.stringify(record), ...columnValues(spec, record) };
    const sets = Object.keys(columns).map((n) => `${n} = @${n}`);
    try {
      this.db.prepare(`UPDATE ${spec.table} SET ${sets.join(', ')} WHERE id = @id`).run({ ...columns, id: record.id });
    } catch (error) {
      throw this.constraintError(error, entity, record);
    }
  }

  private constraintError(error: unknown, entity: EntityName, record: AnyRecord): unknown {
    // Checked by shape, not instanceof: the driver's errors may come from another realm (as under jest).
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return new ConflictError(`Another ${entity} already has the same ${uniqueKeyName(entity, error)}.`, entity, record.id);
    }
    return error;
  }

  private read<E extends EntityName>(entity: E, id: string): EntityTypes[E] | undefined {
    const row = this.db.prepare<[string], Row>(`SELECT data FROM ${TABLES[entity].table} WHERE id = ?`).get(id);
    return row && decode<EntityTypes[E]>(row);
  }

  private all<T>(sql: string, params: unknown[] = []): T[] {
    return this.db
      .prepare<unknown[], Row>(sql)
      .all(...params)
      .map((r) => decode<T>(r));
  }
}

/**
 * The record kept in a row's JSON column. Only this store writes that column, from a record
 * of the table's entity (see insert and write), so the JSON has the shape the caller names:
 * the one place the store trusts its own file instead of validating every read.
 */
function decode<T>(row: Row): T {
  return JSON.parse(row.data) as T;
}

function planWhere(filter: PlanFilter, alias: string): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.officeId) {
    clauses.push(`${alias}.office_id = ?`);
    params.push(filter.officeId);
  }
  if (filter.cycle) {
    clauses.push(`${alias}.cycle = ?`);
    params.push(filter.cycle);
  }
  if (filter.statuses) {
    clauses.push(`${alias}.status IN (${filter.statuses.map(() => '?').join(',') || 'NULL'})`);
    params.push(...filter.statuses);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function uniqueKeyName(entity: EntityName, error: unknown): string {
  const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  if (message.includes('reports.period_id') || message.includes('scorecards.period_id')) return 'office and period';
  if (message.includes('report_lines.report_id')) return 'target in this report';
  if (message.includes('periods.cycle')) return 'start in this cycle';
  if (message.includes('plan_revisions.plan_id')) return 'revision of this plan';
  if (message.includes('.ref')) return 'reference in this plan';
  if (message.includes('.cycle')) return 'office and cycle';
  if (message.includes('.code')) return 'code';
  return entity === 'office' ? 'code' : 'identifier';
}
