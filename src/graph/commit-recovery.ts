// The transaction journal of a SharePoint commit (sharepoint-commit.ts) and what it is for:
// undoing the writes of a commit that failed, from their before-images, and rolling back the
// commits of a writer that died midway. A journal is an item of the transactions list (in
// parts when long, transaction-journal.ts) holding every change of the commit and its
// before-image; it is dropped when the commit is through. The first reader or writer to find
// one older than the timeout takes it (If-Match, so only one process does) and rolls it back.

import type { Logger } from 'pino';
import { type BatchRequest, type GraphAccess, GraphRequestError } from './graph-access';
import type { EntityName } from '../domain/model';
import type { CommitRequest } from '../store/plan-store';
import type { ListCache } from './list-cache';
import { cacheOf } from './list-records';
import { itemFields, listFor, type ListSchema } from './list-schema';
import { partedFields } from './record-parts';
import type { SiteRef } from './site';
import { journalItems, journalPartIds, transactionJournal, type JournalEntry } from './transaction-journal';

/** What the journal works with: the site and its lists, the list copies, who this process is. */
export interface JournalDeps {
  graph: GraphAccess;
  schema: ListSchema;
  site: SiteRef;
  caches: Map<string, ListCache>;
  holder: string;
  logger: Logger;
  /** How old a journal must be before another process may take it and roll it back. */
  txTimeoutMs: number;
}

/** A write that reached SharePoint, with what is needed to undo it. */
export interface Applied extends JournalEntry {
  spId: string;
}

/** The items url of an entity's list on the site. */
export function itemsUrlOf(deps: Pick<JournalDeps, 'site'>, entity: string): string {
  return `/sites/${deps.site.siteId}/lists/${deps.site.listIds.get(entity)}/items`;
}

export class CommitRecovery {
  constructor(private readonly deps: JournalDeps) {}

  private cache(entity: EntityName | 'audit'): ListCache {
    return cacheOf(this.deps.caches, entity);
  }

  private itemsUrl(entity: string): string {
    return itemsUrlOf(this.deps, entity);
  }

  journalRequests(txId: string, request: CommitRequest, entries: readonly JournalEntry[]): BatchRequest[] {
    const plans = [...new Set(entries.filter((e) => e.entity === 'plan').map((e) => e.id))];
    const fields = {
      Title: txId,
      TxId: txId,
      TxState: 'pending',
      Holder: this.deps.holder,
      StartedAt: new Date().toISOString(),
      Plans: plans.join(';'),
    };
    const json = JSON.stringify({ actor: request.actor, entries });
    return journalItems(fields, json).map((item) => ({ method: 'POST', url: this.itemsUrl('transaction'), body: { fields: item } }));
  }

  dropJournalRequest(spId: string): BatchRequest {
    return { method: 'DELETE', url: `${this.itemsUrl('transaction')}/${spId}` };
  }

  /** Undoes applied writes, newest first, from their before-images. */
  async undo(applied: readonly Applied[], txId: string): Promise<void> {
    const requests: BatchRequest[] = [];
    for (const a of [...applied].reverse()) {
      const url = this.itemsUrl(a.entity);
      if (a.op === 'create') requests.push({ method: 'DELETE', url: `${url}/${a.spId}`, headers: { 'If-Match': '*' } });
      else if (a.op === 'delete' && a.before) {
        // The record comes back whole: in parts again when it was kept in parts (a part's own entry has no before-image).
        const spec = listFor(this.deps.schema, a.entity);
        for (const fields of partedFields(spec, { ...itemFields(spec, a.before), ...unstamped(a.entity) }))
          requests.push({ method: 'POST', url, body: { fields } });
      } else if (a.before) {
        const extra = a.entity === 'plan' ? { PendingTx: '' } : unstamped(a.entity);
        requests.push({
          method: 'PATCH',
          url: `${url}/${a.spId}/fields`,
          headers: { 'If-Match': '*' },
          body: { ...itemFields(listFor(this.deps.schema, a.entity), a.before), ...extra },
        });
      }
    }
    const responses = await this.deps.graph.batch(requests);
    const failed = responses.filter((r) => r.status >= 300 && r.status !== 404);
    if (failed.length) this.deps.logger.error({ txId, failed: failed.map((r) => r.status) }, 'a transaction could not be fully undone');
    await this.syncLoaded();
  }

  /** Refreshes the list copies that were ever read: a list nobody read costs nothing (nor do new lists to old operations). */
  private async syncLoaded(also: readonly (EntityName | 'audit')[] = []): Promise<void> {
    await Promise.all([...this.deps.caches.entries()].filter(([entity, c]) => c.loaded || also.some((e) => e === entity)).map(([, c]) => c.sync()));
  }

  /**
   * Rolls back transactions whose writer is gone: journals older than the timeout (all of
   * them, or those named). The journal is taken with If-Match so only one process does it.
   */
  async recoverAbandoned(only?: ReadonlySet<string>): Promise<void> {
    const res = await this.deps.graph.request<{ value: { id: string; eTag: string; fields: Record<string, unknown> }[] }>(
      'GET',
      `${this.itemsUrl('transaction')}?$expand=fields&$filter=fields/TxState eq 'pending'`,
    );
    if (res.status !== 200) return;
    for (const item of res.body.value) {
      const txId = String(item.fields.TxId);
      if (only && !only.has(txId)) continue;
      if (Date.now() - Date.parse(String(item.fields.StartedAt)) < this.deps.txTimeoutMs) continue;
      const claim = await this.deps.graph.request('PATCH', `${this.itemsUrl('transaction')}/${item.id}/fields`, {
        headers: { 'If-Match': item.eTag },
        body: { TxState: 'rolled-back', Holder: this.deps.holder },
      });
      if (claim.status !== 200) continue;
      this.deps.logger.warn({ txId, holder: item.fields.Holder }, 'rolling back an abandoned transaction');
      const parts = await this.journalParts(txId, item.fields.JournalParts);
      // A journal missing a part was never opened whole: the locks and writes depend on every part, so nothing was written.
      const texts = parts.every((p) => p !== undefined) ? [String(item.fields.Journal), ...parts.map((p) => String(p?.fields.Journal))] : undefined;
      if (texts) await this.rollBack(txId, transactionJournal.parse(JSON.parse(texts.join(''))).entries);
      await this.deps.graph.batch([item.id, ...parts.flatMap((p) => (p ? [p.id] : []))].map((spId) => this.dropJournalRequest(spId)));
    }
  }

  /** Deletes the items of a journal of `count` items that exist. */
  async dropJournal(txId: string, count: number): Promise<void> {
    try {
      const items = await this.journalItemsOf([txId, ...journalPartIds(txId, count)]);
      const found = items.flatMap((item) => (item ? [this.dropJournalRequest(item.id)] : []));
      if (found.length) await this.deps.graph.batch(found);
    } catch (error) {
      // The commit's own failure is what the caller must hear; a journal left behind is rolled back once it times out.
      this.deps.logger.error({ txId, error }, 'the journal of a failed commit could not be dropped');
    }
  }

  /** The part items of a journal kept in parts, in order (undefined for a part that is not there). */
  private async journalParts(txId: string, journalParts: unknown): Promise<({ id: string; fields: Record<string, unknown> } | undefined)[]> {
    const ids = journalPartIds(txId, journalParts);
    return ids.length === 0 ? [] : this.journalItemsOf(ids);
  }

  /** The journal items with these TxIds, in order (undefined for one that is not there). */
  private async journalItemsOf(ids: readonly string[]): Promise<({ id: string; fields: Record<string, unknown> } | undefined)[]> {
    const filter = ids.map((id) => `fields/TxId eq '${id}'`).join(' or ');
    const res = await this.deps.graph.request<{ value: { id: string; fields: Record<string, unknown> }[] }>(
      'GET',
      `${this.itemsUrl('transaction')}?$expand=fields&$filter=${encodeURIComponent(filter)}`,
    );
    if (res.status !== 200) throw new GraphRequestError(`Reading a transaction journal answered ${res.status}`, res.status, res.body);
    return ids.map((id) => res.body.value.find((v) => v.fields.TxId === id));
  }

  private async rollBack(txId: string, entries: readonly JournalEntry[]): Promise<void> {
    await this.syncLoaded([...entries.map((e) => e.entity), 'audit']);
    const applied: Applied[] = [];
    for (const e of entries) {
      const current = e.entity === 'audit' ? undefined : this.cache(e.entity).get(e.id);
      if (e.op === 'create' && current) applied.push({ ...e, spId: current.spId });
      if (e.op === 'update' && current) applied.push({ ...e, spId: current.spId });
      if (e.op === 'delete' && !current) applied.push({ ...e, spId: '' });
    }
    const audit = [...this.cache('audit').values()].filter((i) => i.fields.TxId === txId);
    for (const a of audit) applied.push({ entity: 'audit', id: '', op: 'create', before: null, spId: a.spId });
    await this.undo(applied, txId);
  }
}

/** A restored item no longer belongs to the undone commit: its stamp goes back to "old". */
function unstamped(entity: string): Record<string, unknown> {
  return ['objective', 'activity', 'target', 'checkin'].includes(entity) ? { PlanVersion: 0 } : {};
}
