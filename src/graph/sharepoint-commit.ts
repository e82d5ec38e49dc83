// Commits on SharePoint, which has no multi-item transaction. The emulation:
//  1. plan the commit on fresh copies of the lists (the same rules as SQLite: commit-planner);
//  2. write a journal item (WpsTransactions) with every change and its before-image;
//  3. lock each plan the commit touches by writing its new version with PendingTx = the
//     transaction id, If-Match its eTag (a concurrent commit on the same plan gets 412 and
//     tries again; readers seeing the lock wait, see sharepoint-store.ts);
//  4. apply the other writes and the audit events in $batch requests, each update and delete
//     If-Match the eTag that was read, so nothing another writer did is overwritten;
//  5. unlock the plans and delete the journal.
// Any failure undoes what was applied, from the before-images, newest first. A writer that
// dies midway leaves its journal and locks; the first reader or writer to find them after
// the timeout takes the journal (If-Match) and rolls it back. The journal, undo and recovery
// are commit-recovery.ts; this file plans and writes.

import { randomUUID } from 'node:crypto';
import { ConflictError, DomainError, NotFoundError } from '../domain/errors';
import type { EntityName } from '../domain/model';
import { planCommit, type CommitPlan, type PlannedWrite } from '../store/commit-planner';
import type { Change, CommitRequest, CommitResult } from '../store/plan-store';
import { parentIdOf, relationOf, stringFieldOf } from '../store/relations';
import { GraphRequestError, graphErrorCode, type BatchRequest, type BatchResponse } from './graph-access';
import { type Applied, CommitRecovery, itemsUrlOf, type JournalDeps } from './commit-recovery';
import type { CachedItem, ListCache } from './list-cache';
import { cacheOf, recordOf } from './list-records';
import { itemFields, listFor } from './list-schema';
import { partedFields, partKey } from './record-parts';
import { createdItem, updatedFields, writtenItem, type JournalEntry } from './transaction-journal';

export interface CommitDeps extends JournalDeps {
  snapshot(entities: readonly EntityName[]): Promise<void>;
}

class Retry extends Error {}

const ATTEMPTS = 12;

export class SharePointCommit {
  private readonly journal: CommitRecovery;

  constructor(private readonly deps: CommitDeps) {
    this.journal = new CommitRecovery(deps);
  }

  /** Rolls back the transactions of writers that are gone (commit-recovery.ts): all of them, or those named. */
  recoverAbandoned(only?: ReadonlySet<string>): Promise<void> {
    return this.journal.recoverAbandoned(only);
  }

  async commit<C extends readonly Change[]>(request: CommitRequest<C>): Promise<CommitResult<C>> {
    let fresh = false;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.tryCommit(request, fresh);
      } catch (error) {
        // A commit is first planned on the copies as they are (a read just refreshed them, as
        // a rule); a refusal is final only once it was planned on freshly read lists.
        if (!fresh && error instanceof DomainError) {
          fresh = true;
          continue;
        }
        if (!(error instanceof Retry)) throw error;
        if (attempt >= ATTEMPTS) throw new ConflictError('The plan is being changed by others; try again.', 'plan', '', undefined, 'stale');
        fresh = true;
        await sleep(Math.min(1000, 20 * 2 ** attempt) * (0.5 + Math.random()));
      }
    }
  }

  private async tryCommit<C extends readonly Change[]>(request: CommitRequest<C>, fresh: boolean): Promise<CommitResult<C>> {
    const guarded: EntityName[] = [...(request.guards?.length ? ['plan' as const] : []), ...(request.periodGuards?.length ? ['period' as const] : [])];
    const entities = withRelatives([...new Set(request.changes.map((c) => c.entity).concat(guarded))]);
    if (fresh || entities.some((e) => !this.cache(e).loaded)) await this.deps.snapshot(entities);
    const plan = planCommit(request, {
      get: (entity, id) => recordOf(entity, this.cache(entity).get(id)),
      childIds: (entity, parentId) => {
        const ids: string[] = [];
        for (const item of this.cache(entity).values()) {
          const record = recordOf(entity, item);
          if (record && parentIdOf(entity, record) === parentId) ids.push(record.id);
        }
        return ids;
      },
    });
    this.checkUnique(plan);
    const planWrites = plan.writes.filter((w) => w.entity === 'plan' && w.op !== 'delete');
    if (planWrites.some((w) => w.op === 'update' && this.cache('plan').get(w.id)?.fields.PendingTx)) throw new Retry();

    // Every request is built now, before anything is awaited: each If-Match must carry the
    // eTag of exactly the state this commit was planned on, not a newer one that another
    // commit of this process may put in the cache meanwhile.
    const txId = randomUUID();
    const planVersions = new Map(planWrites.map((w) => [w.id, w.after?.version]));
    const stamp = (w: PlannedWrite) => {
      const planId = w.after ? stringFieldOf(w.after, 'planId') : undefined;
      return planId && planVersions.has(planId) ? { PlanVersion: planVersions.get(planId) } : {};
    };
    const locks = planWrites.flatMap((w) => this.writeRequests(w, { PendingTx: txId }));
    const rest = plan.writes.filter((w) => !(w.entity === 'plan' && w.op !== 'delete')).flatMap((w) => this.writeRequests(w, stamp(w)));
    const audit = plan.audit.map((a) => this.auditRequest(request, a, txId));

    if (rest.length === 1 && locks.length === 0 && audit.length === 0) {
      await this.send([], rest);
      return { records: plan.records };
    }

    // One $batch opens the journal, then (dependsOn) locks the plans, then writes: nothing
    // is written unless the journal and the locks are in place. The writes that do not fit
    // follow in batches of 20; a last batch unlocks the plans and then drops the journal.
    const journal = this.journal.journalRequests(
      txId,
      request,
      [...locks, ...rest].map((r) => r.entry),
    );
    const journalIds = journal.map((_, i) => i);
    const lockIds = locks.map((_, i) => i + journal.length);
    const opening = [
      ...journal,
      ...locks.map((l) => ({ ...l, dependsOn: journalIds })),
      ...[...rest, ...audit].map((w) => ({ ...w, dependsOn: lockIds.length ? lockIds : journalIds })),
    ];
    const applied: Applied[] = [];
    try {
      const journalSpIds = (await this.send(applied, opening)).slice(0, journal.length).filter((id) => id !== undefined);
      if (journalSpIds.length < journal.length) throw new GraphRequestError('SharePoint created the transaction journal without an id.', 502, undefined);
      const unlocks = planWrites.map((w) => ({
        ...this.unlockRequest(w.id),
        entry: { entity: 'plan' as const, id: w.id, op: 'update' as const, before: null },
        noUndo: true as const,
      }));
      const dependsOn = unlocks.map((_, i) => i);
      await this.send(applied, [...unlocks, ...journalSpIds.map((spId) => ({ ...this.journal.dropJournalRequest(spId), dependsOn }))]);
    } catch (error) {
      await this.journal.undo(applied, txId);
      // The journal goes, whichever of its items were created: a journal left behind would be rolled back again later.
      await this.journal.dropJournal(txId, journal.length);
      throw error;
    }
    return { records: plan.records };
  }

  // ---- writing ----------------------------------------------------------------------------

  private cache(entity: EntityName | 'audit'): ListCache {
    return cacheOf(this.deps.caches, entity);
  }

  private itemsUrl(entity: string): string {
    return itemsUrlOf(this.deps, entity);
  }

  /** The requests of one write: one, or for a record kept in parts (record-parts.ts) one per part, each with its journal entry. */
  private writeRequests(w: PlannedWrite, extra: Record<string, unknown> = {}): (BatchRequest & { entry: JournalEntry })[] {
    const spec = listFor(this.deps.schema, w.entity);
    const entry: JournalEntry = { entity: w.entity, id: w.id, op: w.op, before: w.before };
    if (w.op === 'create') {
      return partedFields(spec, { ...itemFields(spec, w.after ?? {}), ...extra }).map((fields, i) => ({
        method: 'POST',
        url: this.itemsUrl(w.entity),
        body: { fields },
        // A part's undo is the deletion of its item; only the record itself carries the before-image.
        entry: i === 0 ? entry : { entity: w.entity, id: String(fields.EntityId), op: 'create', before: null },
      }));
    }
    const cached = this.cache(w.entity).get(w.id);
    if (!cached) throw new NotFoundError(w.entity, w.id);
    const headers = { 'If-Match': cached.eTag };
    if (w.op === 'delete') {
      const parts = this.partsOf(w.entity, w.id, cached).map((part): BatchRequest & { entry: JournalEntry } => ({
        method: 'DELETE',
        url: `${this.itemsUrl(w.entity)}/${part.spId}`,
        headers: { 'If-Match': part.eTag },
        entry: { entity: w.entity, id: String(part.fields.EntityId), op: 'delete', before: null },
      }));
      return [{ method: 'DELETE', url: `${this.itemsUrl(w.entity)}/${cached.spId}`, headers, entry }, ...parts];
    }
    const fields = { ...itemFields(spec, w.after ?? {}), ...extra };
    // A record kept in parts is never changed in place (revisions are fixed); a change that needs parts would be lost on the way.
    if (partedFields(spec, fields).length > 1 || this.partsOf(w.entity, w.id, cached).length > 0) {
      throw new Error(`A ${w.entity} kept in parts cannot be changed in place (${w.id}).`);
    }
    return [{ method: 'PATCH', url: `${this.itemsUrl(w.entity)}/${cached.spId}/fields`, headers, body: fields, entry }];
  }

  /** The part items of a record kept in parts (none for any other record). */
  private partsOf(entity: EntityName, id: string, head: CachedItem): CachedItem[] {
    const count = typeof head.fields.RecordParts === 'number' ? head.fields.RecordParts : 1;
    const parts: CachedItem[] = [];
    for (let n = 2; n <= count; n++) {
      const part = this.cache(entity).get(partKey(id, n));
      if (part) parts.push(part);
    }
    return parts;
  }

  private unlockRequest(planId: string): BatchRequest {
    const cached = this.cache('plan').get(planId);
    if (!cached) throw new NotFoundError('plan', planId);
    return { method: 'PATCH', url: `${this.itemsUrl('plan')}/${cached.spId}/fields`, headers: { 'If-Match': cached.eTag }, body: { PendingTx: '' } };
  }

  private auditRequest(request: CommitRequest, a: CommitPlan['audit'][number], txId: string): BatchRequest & { entry: JournalEntry } {
    const event = {
      at: request.at,
      actor: request.actor,
      entity: a.entity,
      entityId: a.entityId,
      officeId: a.officeId,
      action: a.action,
      before: a.before,
      after: a.after,
    };
    // The before and after images go in their own columns only (list-records.ts reads them there):
    // in the Record as well, an event about a long record (a report's narrative) would be twice as long.
    const { before: _inBefore, after: _inAfter, ...what } = event;
    const fields = { ...itemFields(listFor(this.deps.schema, 'audit'), event), Record: JSON.stringify(what), TxId: txId };
    return { method: 'POST', url: this.itemsUrl('audit'), body: { fields }, entry: { entity: 'audit', id: '', op: 'create', before: null } };
  }

  /**
   * Sends the requests in $batch calls and records each success that has a journal entry in
   * `applied` (and in the caches). The first failure is thrown after every request has
   * answered, so `applied` is complete for undo. Returns the SharePoint id of each item.
   */
  private async send(applied: Applied[], requests: (BatchRequest & { entry?: JournalEntry; noUndo?: true })[]): Promise<(string | undefined)[]> {
    if (requests.length === 0) return [];
    const responses = await this.deps.graph.batch(requests);
    let failure: { request: BatchRequest & { entry?: JournalEntry }; response: BatchResponse } | undefined;
    const spIds = requests.map((request, i) => {
      // Graph answers each request of a batch: batch() returns one response per request.
      const response: BatchResponse = responses[i] ?? { status: 500, headers: {}, body: undefined };
      if (response.status >= 300) {
        // A 424 only echoes the failure it depended on: report that one.
        if (response.status !== 424 || !failure) failure = failure && failure.response.status !== 424 ? failure : { request, response };
        return undefined;
      }
      if (!request.entry) return writtenItem.parse(response.body)?.id;
      const spId = this.remember(request, request.entry, response);
      if (!request.noUndo) applied.push({ ...request.entry, spId });
      return spId;
    });
    if (failure) throw this.failureError(failure.request, failure.response);
    return spIds;
  }

  /** Keeps the cache in step with our own write, so the next read need not wait for delta. */
  private remember(request: BatchRequest, entry: JournalEntry, response: BatchResponse): string {
    const cache = this.cache(entry.entity);
    if (request.method === 'POST') {
      const item = createdItem.parse(response.body);
      cache.remember({ spId: item.id, eTag: item.eTag, fields: item.fields });
      return item.id;
    }
    // Our own PATCH and DELETE urls end in …/items/{spId}[/fields].
    const spId = /\/items\/([^/]+)/.exec(request.url)?.[1] ?? '';
    if (request.method === 'DELETE') {
      cache.forget(spId);
      return spId;
    }
    const fields = updatedFields.parse(response.body);
    const old = [...cache.values()].find((i) => i.spId === spId);
    cache.remember({ spId, eTag: String(fields['@odata.etag'] ?? ''), fields: { ...old?.fields, ...fields } });
    return spId;
  }

  private failureError(request: BatchRequest & { entry?: JournalEntry }, response: BatchResponse): Error {
    // A 412 means someone wrote in between our read and our write: plan again on fresh data,
    // which either succeeds or reports the stale version the caller sent.
    if (response.status === 412) return new Retry();
    if (response.status === 409)
      return new ConflictError(
        `Another ${request.entry?.entity ?? 'record'} already has the same key.`,
        request.entry?.entity ?? 'record',
        request.entry?.id ?? '',
      );
    if (response.status === 404) return new NotFoundError(request.entry?.entity ?? 'record', request.entry?.id ?? '');
    return new GraphRequestError(`SharePoint refused a write (${response.status} ${graphErrorCode(response.body) ?? ''})`, response.status, response.body);
  }

  private checkUnique(plan: CommitPlan): void {
    for (const w of plan.writes) {
      if (w.op !== 'create') continue;
      const spec = listFor(this.deps.schema, w.entity);
      const fields = itemFields(spec, w.after ?? {}, false);
      for (const c of spec.columns.filter((c) => c.unique && c.name !== 'EntityId')) {
        const taken = [...this.cache(w.entity).values()].some((i) => i.fields[c.name] === fields[c.name]);
        if (taken) throw new ConflictError(`Another ${w.entity} already has the same ${c.name}.`, w.entity, w.id);
      }
    }
  }
}

/** The lists a commit must see fresh: the entities it changes, their parents and children, and the plans. */
function withRelatives(entities: readonly EntityName[]): EntityName[] {
  const all = new Set<EntityName>(entities);
  for (const e of entities) {
    const rel = relationOf(e);
    if (rel.parent) all.add(rel.parent.entity);
    if (rel.child) all.add(rel.child);
    if (rel.planField) all.add('plan');
  }
  return [...all];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
