// The embedded store: one SQLite file (better-sqlite3, WAL). A commit is one SQLite
// transaction, so a crash at any point leaves either all of it or none of it.

import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { CLOSED_TARGET_STATUSES } from '../../domain/catalogues';
import { ConflictError, NotFoundError, StateError } from '../../domain/errors';
import { UNAUDITED_ENTITIES, type AuditEvent, type CheckIn, type ConversationRef, type EntityName, type EntityTypes, type Office, type PlanContents, type ReminderRecord, type Target, type WorkPlan } from '../../domain/model';
import type { AuditFilter, Change, CommitRequest, CommitResult, PlanFilter, PlanStore, TargetFilter } from '../plan-store';
import { migrate } from './schema';
import { CHILDREN, TABLES, type TableSpec } from './tables';

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

  async commit(request: CommitRequest): Promise<CommitResult> {
    return this.db.transaction(() => this.applyCommit(request)).immediate();
  }

  async get<E extends EntityName>(entity: E, id: string): Promise<EntityTypes[E] | undefined> {
    return this.read(entity, id);
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
      const byPlan = new Map<string, PlanContents>(
        plans.map((plan) => [plan.id, { plan, objectives: [], activities: [], targets: [] }]),
      );
      const children = <T extends { planId: string }>(table: string) =>
        this.all<T>(`SELECT c.data FROM ${table} c JOIN plans p ON p.id = c.plan_id ${where}`, params);
      for (const o of children<EntityTypes['objective']>('objectives')) byPlan.get(o.planId)?.objectives.push(o);
      for (const a of children<EntityTypes['activity']>('activities')) byPlan.get(a.planId)?.activities.push(a);
      for (const t of children<Target>('targets')) byPlan.get(t.planId)?.targets.push(t);
      return [...byPlan.values()];
    })();
  }

  async queryTargets(filter: TargetFilter): Promise<Target[]> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (filter.planIds) {
      if (filter.planIds.length === 0) return [];
      clauses.push(`plan_id IN (${filter.planIds.map(() => '?').join(',')})`);
      params.push(...filter.planIds);
    }
    if (filter.owner) {
      clauses.push('owner = ?');
      params.push(filter.owner.toLowerCase());
    }
    if (filter.dueBefore) {
      clauses.push('due_date < ?');
      params.push(filter.dueBefore);
    }
    if (filter.openOnly) {
      clauses.push(`status NOT IN (${CLOSED_TARGET_STATUSES.map(() => '?').join(',')})`);
      params.push(...CLOSED_TARGET_STATUSES);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    return this.all<Target>(`SELECT data FROM targets ${where} ORDER BY due_date, ref`, params);
  }

  async listCheckIns(targetId: string): Promise<CheckIn[]> {
    return this.all<CheckIn>('SELECT data FROM checkins WHERE target_id = ? ORDER BY date, rowid', [targetId]);
  }

  async listAudit(filter: AuditFilter): Promise<AuditEvent[]> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (filter.entity) {
      clauses.push('entity = ?');
      params.push(filter.entity);
    }
    if (filter.entityId) {
      clauses.push('entity_id = ?');
      params.push(filter.entityId);
    }
    if (filter.officeIds) {
      if (filter.officeIds.length === 0) return [];
      clauses.push(`office_id IN (${filter.officeIds.map(() => '?').join(',')})`);
      params.push(...filter.officeIds);
    }
    if (filter.beforeSeq !== undefined) {
      clauses.push('seq < ?');
      params.push(filter.beforeSeq);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = this.db
      .prepare(`SELECT * FROM audit ${where} ORDER BY seq DESC LIMIT ?`)
      .all(...params, filter.limit) as AuditRow[];
    return rows.map(fromAuditRow);
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

  async isEmpty(): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM offices LIMIT 1').get() === undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  // ---- the commit, inside one transaction --------------------------------------------------

  private applyCommit({ actor, at, changes, guards = [] }: CommitRequest): CommitResult {
    for (const guard of guards) {
      const plan = this.read('plan', guard.planId);
      if (!plan) throw new NotFoundError('plan', guard.planId);
      if (!guard.statuses.includes(plan.status)) {
        throw new StateError(`The plan is ${plan.status}; this change needs it to be ${guard.statuses.join(' or ')}.`);
      }
    }
    const touchedPlans = new Set<string>();
    const bumpedPlans = new Set<string>();
    const records = changes.map((change) => {
      const { record, planId } = this.applyChange(change, actor, at);
      if (planId) (change.entity === 'plan' ? bumpedPlans : touchedPlans).add(planId);
      return record;
    });
    // The plan's version stands for its whole tree: any change below it moves it on.
    for (const planId of touchedPlans) {
      if (bumpedPlans.has(planId)) continue;
      const plan = this.read('plan', planId);
      if (plan) this.write('plan', { ...plan, version: plan.version + 1, updatedAt: at });
    }
    return { records };
  }

  private applyChange(change: Change, actor: string, at: string): { record: AnyRecord | null; planId?: string } {
    const spec = TABLES[change.entity] as TableSpec<EntityName>;
    if (change.op === 'create') {
      const record = { ...change.record, version: 1, createdAt: at, updatedAt: at } as AnyRecord;
      this.checkParent(spec, record);
      this.insert(change.entity, record);
      this.audit(actor, at, change.entity, record.id, 'create', null, record);
      return { record, planId: spec.planOf?.(record) };
    }
    const current = this.read(change.entity, change.id);
    if (!current) throw new NotFoundError(change.entity, change.id);
    if (current.version !== change.expectedVersion) {
      throw new ConflictError(
        `The ${change.entity} was changed by someone else (version ${current.version}, not ${change.expectedVersion}).`,
        change.entity,
        change.id,
        current,
      );
    }
    if (change.op === 'delete') {
      const children = CHILDREN[change.entity];
      if (children && this.db.prepare(`SELECT 1 FROM ${children.table} WHERE ${children.column} = ? LIMIT 1`).get(change.id)) {
        throw new StateError(`The ${change.entity} still has ${children.table}; delete them first.`);
      }
      this.db.prepare(`DELETE FROM ${spec.table} WHERE id = ?`).run(change.id);
      this.audit(actor, at, change.entity, change.id, 'delete', current, null);
      return { record: null, planId: change.entity === 'plan' ? undefined : spec.planOf?.(current) };
    }
    for (const field of spec.fixed) {
      const value = (change.patch as Record<string, unknown>)[field as string];
      if (value !== undefined && value !== current[field as keyof AnyRecord]) {
        throw new StateError(`The ${change.entity}'s ${String(field)} cannot be changed.`);
      }
    }
    const next = { ...current, ...definedFields(change.patch), id: current.id, version: current.version + 1, createdAt: current.createdAt, updatedAt: at } as AnyRecord;
    this.write(change.entity, next);
    this.audit(actor, at, change.entity, next.id, 'update', current, next);
    return { record: next, planId: spec.planOf?.(next) };
  }

  private checkParent(spec: TableSpec<EntityName>, record: AnyRecord): void {
    if (!spec.parent) return;
    const parentId = spec.parent.key(record);
    const parent = this.read(spec.parent.entity, parentId);
    if (!parent) throw new NotFoundError(spec.parent.entity, parentId);
    const parentPlan = TABLES[spec.parent.entity].planOf as ((r: AnyRecord) => string) | undefined;
    if (parentPlan && spec.planOf && parentPlan(parent) !== spec.planOf(record)) {
      throw new StateError(`The ${spec.parent.entity} ${parentId} belongs to another plan.`);
    }
  }

  private insert(entity: EntityName, record: AnyRecord): void {
    const spec = TABLES[entity] as TableSpec<EntityName>;
    const columns = { id: record.id, version: record.version, data: JSON.stringify(record), ...spec.columns(record) };
    const names = Object.keys(columns);
    try {
      this.db
        .prepare(`INSERT INTO ${spec.table} (${names.join(',')}) VALUES (${names.map((n) => '@' + n).join(',')})`)
        .run(columns);
    } catch (error) {
      throw this.constraintError(error, entity, record);
    }
  }

  private write(entity: EntityName, record: AnyRecord): void {
    const spec = TABLES[entity] as TableSpec<EntityName>;
    const columns = { version: record.version, data: JSON.stringify(record), ...spec.columns(record) };
    const sets = Object.keys(columns).map((n) => `${n} = @${n}`);
    try {
      this.db.prepare(`UPDATE ${spec.table} SET ${sets.join(', ')} WHERE id = @id`).run({ ...columns, id: record.id });
    } catch (error) {
      throw this.constraintError(error, entity, record);
    }
  }

  private constraintError(error: unknown, entity: EntityName, record: AnyRecord): unknown {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return new ConflictError(`Another ${entity} already has the same ${uniqueKeyName(entity, error)}.`, entity, record.id);
    }
    return error;
  }

  private audit(actor: string, at: string, entity: EntityName, id: string, action: AuditEvent['action'], before: AnyRecord | null, after: AnyRecord | null): void {
    if (UNAUDITED_ENTITIES.includes(entity)) return;
    const record = (after ?? before)!;
    this.db
      .prepare('INSERT INTO audit (at, actor, entity, entity_id, office_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(at, actor, entity, id, this.officeOf(entity, record), action, before && JSON.stringify(before), after && JSON.stringify(after));
  }

  private officeOf(entity: EntityName, record: AnyRecord): string | null {
    if (entity === 'office') return record.id;
    if (entity === 'plan') return (record as WorkPlan).officeId;
    const planId = (record as { planId?: string }).planId;
    if (!planId) return null;
    const row = this.db.prepare('SELECT office_id FROM plans WHERE id = ?').get(planId) as { office_id: string } | undefined;
    return row?.office_id ?? null;
  }

  private read<E extends EntityName>(entity: E, id: string): EntityTypes[E] | undefined {
    const row = this.db.prepare(`SELECT data FROM ${TABLES[entity].table} WHERE id = ?`).get(id) as Row | undefined;
    return row && (JSON.parse(row.data) as EntityTypes[E]);
  }

  private all<T>(sql: string, params: unknown[] = []): T[] {
    return (this.db.prepare(sql).all(...params) as Row[]).map((r) => JSON.parse(r.data) as T);
  }
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  entity: EntityName;
  entity_id: string;
  office_id: string | null;
  action: AuditEvent['action'];
  before: string | null;
  after: string | null;
}

function fromAuditRow(r: AuditRow): AuditEvent {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    officeId: r.office_id,
    action: r.action,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  };
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
  const message = String((error as Error).message);
  if (message.includes('.ref')) return 'reference in this plan';
  if (message.includes('.cycle')) return 'office and cycle';
  if (message.includes('.code')) return 'code';
  return entity === 'office' ? 'code' : 'identifier';
}

/** A patch's fields that are set; `undefined` means "leave as is", never "erase". */
function definedFields(patch: object): object {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}
