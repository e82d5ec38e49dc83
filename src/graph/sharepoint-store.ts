// The production store: SharePoint lists on the department's site, through Microsoft Graph.
// Reads come from per-list copies kept fresh with delta queries; a read of plan data is a
// consistent snapshot (the plans are read before and after their contents, and a plan that
// moved or is locked by a commit under way is read again). Writes go through SharePointCommit
// (sharepoint-commit.ts), which emulates a transaction with a journal and plan locks.

import type { Logger } from 'pino';
import { CLOSED_TARGET_STATUSES } from '../domain/catalogues';
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
} from '../domain/model';
import type { Cycle, Period, ProgressReport, ReportLine, Snapshot, SnapshotScope } from '../domain/monitoring';
import type { Finding, Workshop } from '../domain/process';
import type { RemedialAction, Scorecard } from '../domain/scorecard';
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
} from '../store/plan-store';
import { closingPatch, periodToClose, snapshotRowsOf } from '../store/snapshot-write';
import { comparePositions, positionOf, type TargetPage, type TargetPageQuery } from '../store/target-pages';
import type { GraphAccess } from './graph-access';
import { hasNews, ListCache } from './list-cache';
import { auditEventOf, cacheOf, recordOf, recordsOf } from './list-records';
import { listFor, type ListSchema } from './list-schema';
import { SharePointCommit } from './sharepoint-commit';
import { readSnapshotRows, writeSnapshotRows, type SnapshotList } from './sharepoint-snapshot';
import { resolveSite, type SiteRef } from './site';

const PLAN_DATA: readonly EntityName[] = ['plan', 'objective', 'activity', 'target', 'checkin'];

type SnapshotPatch = Extract<Change, { op: 'update'; entity: 'period' }>['patch'];

export interface SharePointStoreOptions {
  graph: GraphAccess;
  siteUrl: string;
  schema: ListSchema;
  logger: Logger;
  /** Names this process in transaction journals. */
  holder: string;
  /** A transaction older than this is taken for abandoned (its writer crashed) and rolled back. */
  txTimeoutMs?: number;
  /** How long a reader waits for a commit under way before it gives up. */
  readWaitMs?: number;
}

export class SharePointStore implements PlanStore {
  private readonly caches = new Map<string, ListCache>();
  private readonly committer: SharePointCommit;

  private constructor(
    private readonly options: SharePointStoreOptions,
    readonly site: SiteRef,
  ) {
    for (const entity of site.listIds.keys()) {
      // The journal is read by its state, the snapshots a period at a time (sharepoint-snapshot.ts).
      if (entity === 'transaction' || entity === 'snapshot') continue;
      this.caches.set(entity, new ListCache(options.graph, this.itemsUrl(entity), entity === 'audit' ? 'id' : 'EntityId'));
    }
    this.committer = new SharePointCommit({
      graph: options.graph,
      schema: options.schema,
      site,
      caches: this.caches,
      holder: options.holder,
      logger: options.logger,
      txTimeoutMs: options.txTimeoutMs ?? 120_000,
      snapshot: (entities) => this.snapshot(entities),
    });
  }

  static async open(options: SharePointStoreOptions): Promise<SharePointStore> {
    const site = await resolveSite(options.graph, options.siteUrl, options.schema);
    const store = new SharePointStore(options, site);
    await store.committer.recoverAbandoned();
    return store;
  }

  itemsUrl(entity: string): string {
    return `/sites/${this.site.siteId}/lists/${this.site.listIds.get(entity)}/items`;
  }

  async commit<const C extends readonly Change[]>(request: CommitRequest<C>): Promise<CommitResult<C>> {
    return this.committer.commit(request);
  }

  async get<E extends EntityName>(entity: E, id: string): Promise<EntityTypes[E] | undefined> {
    await this.snapshot([entity]);
    return this.record(entity, id);
  }

  async getTargetWithPlan(targetId: string): Promise<{ target: Target; plan: WorkPlan } | undefined> {
    // Reading the targets brings the plans list up to date first (see snapshot): the plan comes with it.
    await this.snapshot(['target']);
    const target = this.record('target', targetId);
    const plan = target && this.record('plan', target.planId);
    return target && plan ? { target, plan } : undefined;
  }

  async listOffices(): Promise<Office[]> {
    await this.snapshot(['office']);
    return this.records('office').sort((a, b) => (a.code < b.code ? -1 : 1));
  }

  async listPlans(filter: PlanFilter = {}): Promise<WorkPlan[]> {
    await this.snapshot(['plan']);
    return this.plansMatching(filter);
  }

  async getPlanContents(planId: string): Promise<PlanContents | undefined> {
    await this.snapshot(PLAN_DATA);
    const plan = this.record('plan', planId);
    if (!plan) return undefined;
    const mine = <E extends 'objective' | 'activity' | 'target'>(entity: E) => this.records(entity).filter((r) => r.planId === planId);
    return { plan, objectives: mine('objective'), activities: mine('activity'), targets: mine('target') };
  }

  async listPlanContents(filter: PlanFilter = {}): Promise<PlanContents[]> {
    await this.snapshot(PLAN_DATA);
    const byPlan = new Map(this.plansMatching(filter).map((plan): [string, PlanContents] => [plan.id, { plan, objectives: [], activities: [], targets: [] }]));
    for (const o of this.records('objective')) byPlan.get(o.planId)?.objectives.push(o);
    for (const a of this.records('activity')) byPlan.get(a.planId)?.activities.push(a);
    for (const t of this.records('target')) byPlan.get(t.planId)?.targets.push(t);
    return [...byPlan.values()];
  }

  async queryTargets(filter: TargetFilter): Promise<Target[]> {
    await this.snapshot(['plan', 'target']);
    const planIds = filter.planIds && new Set(filter.planIds);
    const owner = filter.owner?.toLowerCase();
    return this.records('target')
      .filter(
        (t) =>
          (!planIds || planIds.has(t.planId)) &&
          (!owner || t.owner === owner) &&
          (!filter.dueBefore || t.dueDate < filter.dueBefore) &&
          (!filter.openOnly || !CLOSED_TARGET_STATUSES.includes(t.status)),
      )
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.ref < b.ref ? -1 : 1));
  }

  /** Pages from the consistent list copy: the filter and order in memory, no Graph request beyond the sync. */
  async pageTargets(query: TargetPageQuery): Promise<TargetPage> {
    const matching = (await this.queryTargets(query))
      .map((target) => ({ target, position: positionOf(target, query.today) }))
      .filter((m) => query.overdue === undefined || m.position.overdue === query.overdue)
      .sort((a, b) => comparePositions(a.position, b.position));
    const after = query.after;
    const start = after ? matching.findIndex((m) => comparePositions(m.position, after) > 0) : 0;
    const page = start < 0 ? [] : matching.slice(start, start + query.limit);
    const more = start >= 0 && start + query.limit < matching.length;
    return { items: page.map((m) => m.target), total: matching.length, next: more ? (page.at(-1)?.position ?? null) : null };
  }

  async listCheckIns(targetId: string): Promise<CheckIn[]> {
    return this.listCheckInsOf([targetId]);
  }

  async listCheckInsOf(targetIds: readonly string[]): Promise<CheckIn[]> {
    await this.snapshot(['plan', 'checkin']);
    const wanted = new Set(targetIds);
    return this.records('checkin')
      .filter((c) => wanted.has(c.targetId))
      .sort((a, b) => compareText(a.targetId, b.targetId) || compareCheckIns(a, b));
  }

  async latestCheckIns(targetIds: readonly string[]): Promise<Map<string, CheckIn>> {
    await this.snapshot(['plan', 'checkin']);
    const wanted = new Set(targetIds);
    const latest = new Map<string, CheckIn>();
    for (const c of this.records('checkin')) {
      if (!wanted.has(c.targetId)) continue;
      const held = latest.get(c.targetId);
      if (!held || compareCheckIns(held, c) < 0) latest.set(c.targetId, c);
    }
    return latest;
  }

  async listAudit(filter: AuditFilter): Promise<AuditEvent[]> {
    const cache = cacheOf(this.caches, 'audit');
    await cache.sync();
    const officeIds = filter.officeIds && new Set(filter.officeIds);
    const events: AuditEvent[] = [];
    for (const item of cache.values()) {
      const e = auditEventOf(item);
      if (!e) continue;
      if (filter.entity && e.entity !== filter.entity) continue;
      if (filter.entityId && e.entityId !== filter.entityId) continue;
      if (officeIds && (!e.officeId || !officeIds.has(e.officeId))) continue;
      if (filter.beforeSeq !== undefined && e.seq >= filter.beforeSeq) continue;
      events.push(e);
    }
    return events.sort((a, b) => b.seq - a.seq).slice(0, filter.limit);
  }

  async listConversations(filter: { active?: boolean; userEmail?: string } = {}): Promise<ConversationRef[]> {
    await this.snapshot(['conversation']);
    const email = filter.userEmail?.toLowerCase();
    return this.records('conversation')
      .filter((c) => (filter.active === undefined || c.active === filter.active) && (!email || (c.userEmail ?? '').toLowerCase() === email))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async listReminders(filter: { since: string }): Promise<ReminderRecord[]> {
    await this.snapshot(['reminder']);
    return this.records('reminder')
      .filter((r) => r.createdAt >= filter.since)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  }

  async listCycles(): Promise<Cycle[]> {
    await this.snapshot(['cycle']);
    return this.records('cycle').sort((a, b) => compareText(a.start, b.start) || compareText(a.id, b.id));
  }

  async listPeriods(cycle?: string): Promise<Period[]> {
    await this.snapshot(['period']);
    return this.records('period')
      .filter((p) => cycle === undefined || p.cycle === cycle)
      .sort((a, b) => compareText(a.start, b.start) || compareText(a.cycle, b.cycle));
  }

  async listReports(filter: ReportFilter = {}): Promise<ProgressReport[]> {
    await this.snapshot(['period', 'report']);
    const start = (periodId: string) => this.record('period', periodId)?.start ?? '';
    return this.records('report')
      .filter((r) => (filter.periodId === undefined || r.periodId === filter.periodId) && (filter.officeId === undefined || r.officeId === filter.officeId))
      .sort((a, b) => compareText(start(a.periodId), start(b.periodId)) || compareText(a.officeId, b.officeId));
  }

  async getReportContents(reportId: string): Promise<ReportContents | undefined> {
    await this.snapshot(['report', 'reportLine']);
    const report = this.record('report', reportId);
    return report && { report, lines: this.linesOf(reportId) };
  }

  async listReportLines(reportIds: readonly string[]): Promise<ReportLine[]> {
    if (reportIds.length === 0) return [];
    await this.snapshot(['reportLine']);
    return reportIds.flatMap((id) => this.linesOf(id));
  }

  async getSnapshot(periodId: string, options: { scopes?: readonly SnapshotScope[] } = {}): Promise<Snapshot | undefined> {
    await this.snapshot(['period']);
    const period = this.record('period', periodId);
    if (period?.status !== 'closed') return undefined;
    return { period, rows: await readSnapshotRows(this.snapshotList(), periodId, options.scopes) };
  }

  /**
   * Three steps, each safe to repeat: the period is claimed (its version moves, so a second
   * closer working from the same version gets a ConflictError), the rows are written
   * idempotently, and only then is the period closed. A failure leaves it open; closing again
   * completes it.
   */
  async writeSnapshot(request: SnapshotWrite): Promise<Period> {
    await this.snapshot(['period']);
    periodToClose(this.record('period', request.periodId), request.periodId);
    const rows = snapshotRowsOf(request);
    const change = (expectedVersion: number, patch: SnapshotPatch) => ({
      actor: request.actor,
      at: request.at,
      changes: [{ op: 'update', entity: 'period', id: request.periodId, expectedVersion, patch }] as const,
    });
    const claimed = await this.commit(change(request.expectedVersion, { closing: { by: request.actor, at: request.at } }));
    await writeSnapshotRows(this.snapshotList(), request.periodId, rows);
    const closed = await this.commit(change(claimed.records[0].version, closingPatch(request, rows.length)));
    return closed.records[0];
  }

  async listScorecards(filter: ScorecardFilter = {}): Promise<Scorecard[]> {
    await this.snapshot(['period', 'scorecard']);
    const start = (periodId: string) => this.record('period', periodId)?.start ?? '';
    return this.records('scorecard')
      .filter((s) => (filter.periodId === undefined || s.periodId === filter.periodId) && (filter.officeId === undefined || s.officeId === filter.officeId))
      .sort((a, b) => compareText(start(a.periodId), start(b.periodId)) || compareText(a.officeId, b.officeId));
  }

  async listRemedialActions(filter: RemedialActionFilter = {}): Promise<RemedialAction[]> {
    await this.snapshot(['remedialAction']);
    return this.records('remedialAction')
      .filter(
        (a) =>
          (filter.scorecardId === undefined || a.scorecardId === filter.scorecardId) &&
          (filter.officeId === undefined || a.officeId === filter.officeId) &&
          (filter.statuses === undefined || filter.statuses.includes(a.status)),
      )
      .sort((a, b) => compareText(a.due, b.due) || compareText(a.id, b.id));
  }

  async listFindings(filter: FindingFilter = {}): Promise<Finding[]> {
    await this.snapshot(['finding']);
    return this.records('finding')
      .filter((f) => filter.officeId === undefined || f.officeId === filter.officeId)
      .sort((a, b) => compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id));
  }

  async listWorkshops(): Promise<Workshop[]> {
    await this.snapshot(['workshop']);
    return this.records('workshop').sort((a, b) => compareText(a.start, b.start) || compareText(a.id, b.id));
  }

  async listCitingObjectives(): Promise<Objective[]> {
    await this.snapshot(['plan', 'objective']);
    return this.records('objective')
      .filter((o) => (o.findingIds ?? []).length > 0)
      .sort((a, b) => compareText(a.planId, b.planId) || compareText(a.ref, b.ref));
  }

  async listPlanRevisions(planIds: readonly string[]): Promise<PlanRevision[]> {
    if (planIds.length === 0) return [];
    await this.snapshot(['planRevision']);
    const revisions = this.records('planRevision').sort((a, b) => a.revision - b.revision);
    return planIds.flatMap((id) => revisions.filter((r) => r.planId === id));
  }

  async isEmpty(): Promise<boolean> {
    return (await this.listOffices()).length === 0;
  }

  async close(): Promise<void> {
    // Nothing to release: the Graph client holds no connection of its own.
  }

  // ---- reading ----------------------------------------------------------------------------

  private record<E extends EntityName>(entity: E, id: string): EntityTypes[E] | undefined {
    return recordOf(entity, cacheOf(this.caches, entity).get(id));
  }

  private records<E extends EntityName>(entity: E): EntityTypes[E][] {
    return recordsOf(this.caches, entity);
  }

  private linesOf(reportId: string): ReportLine[] {
    return this.records('reportLine')
      .filter((l) => l.reportId === reportId)
      .sort((a, b) => compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id));
  }

  private snapshotList(): SnapshotList {
    return { graph: this.options.graph, spec: listFor(this.options.schema, 'snapshot'), itemsUrl: this.itemsUrl('snapshot') };
  }

  private plansMatching(filter: PlanFilter): WorkPlan[] {
    return this.records('plan')
      .filter(
        (p) =>
          (!filter.officeId || p.officeId === filter.officeId) &&
          (!filter.cycle || p.cycle === filter.cycle) &&
          (!filter.statuses || filter.statuses.includes(p.status)),
      )
      .sort((a, b) => (a.cycle < b.cycle ? -1 : a.cycle > b.cycle ? 1 : a.officeId < b.officeId ? -1 : 1));
  }

  /**
   * Brings the lists up to date. For plan data the plans are read first. A commit locks its
   * plans before it writes anything below them, and stamps every item it writes with the
   * plan version it leads to; so an item stamped ahead of its plan, as read, belongs to a
   * commit that began after the plans were read, and a lock means one is under way: either
   * way all is read again. Deletions carry no stamp, so news of one costs a second look at
   * the plans. An abandoned commit is rolled back. An unchanged read costs one request per
   * list, and so does a read after a finished commit.
   */
  private async snapshot(entities: readonly EntityName[]): Promise<void> {
    const others = entities.filter((e) => e !== 'plan').map((e) => cacheOf(this.caches, e));
    if (!entities.some((e) => PLAN_DATA.includes(e))) {
      await Promise.all(others.map((c) => c.sync()));
      return;
    }
    const plans = cacheOf(this.caches, 'plan');
    const deadline = Date.now() + (this.options.readWaitMs ?? 10_000);
    for (let attempt = 1; ; attempt++) {
      await plans.sync();
      const news = await Promise.all(others.map((c) => c.sync()));
      const planVersion = (planId: unknown) => recordOf('plan', plans.get(String(planId)))?.version ?? Infinity;
      const ahead = news.some((n) => n.changed.some((i) => Number(i.fields.PlanVersion ?? 0) > planVersion(i.fields.PlanId)));
      const moved = ahead || (news.some((n) => n.deleted > 0) && hasNews(await plans.sync()));
      const locked = [...plans.values()].map((i) => String(i.fields.PendingTx ?? '')).filter(Boolean);
      if (locked.length === 0 && !moved) return;
      if (locked.length) await this.committer.recoverAbandoned(new Set(locked));
      if (Date.now() > deadline) throw new Error('The SharePoint lists are being changed; try again in a moment.');
      await new Promise((r) => setTimeout(r, Math.min(50 * attempt, 500)));
    }
  }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** A target's check-ins in the order they happened: by date, then by when they were recorded. */
const compareCheckIns = (a: CheckIn, b: CheckIn) => compareText(a.date, b.date) || compareText(a.createdAt, b.createdAt);
