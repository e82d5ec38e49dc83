// A closed period's snapshot on SharePoint (WpsSnapshots): thousands of rows, read by their
// indexed PeriodId (or PeriodScope) in pages of 5,000 and written in $batch requests of 20.
// The rows are not kept in a delta copy like the entity lists: every period adds thousands,
// and a reader wants one period's at a time.
//
// Writing is idempotent, so a close retried after any failure ends with each row exactly
// once: the period's rows are read first (by their unique RowKey), and only the missing are
// created, the changed updated and the stale deleted. A create answered 409 (a request whose
// first answer was lost and that Graph had applied) finds its row already there.

import type { SnapshotRow, SnapshotScope } from '../domain/monitoring';
import { snapshotRowKey } from '../store/snapshot-write';
import { BATCH_LIMIT, GraphRequestError, graphErrorCode, type BatchRequest, type GraphAccess } from './graph-access';
import { itemFields, type ListSpec } from './list-schema';

export interface SnapshotList {
  graph: GraphAccess;
  spec: ListSpec;
  /** …/lists/{id}/items of WpsSnapshots. */
  itemsUrl: string;
}

interface StoredRow {
  spId: string;
  rowKey: string;
  /** The Record column as stored: compared as text to tell a changed row. */
  json: string;
}

interface ItemsPage {
  value: { id: string; fields?: Record<string, unknown> }[];
  '@odata.nextLink'?: string;
}

/** The stored rows of a period (only of `scopes` when given), following pages. */
async function storedRows(list: SnapshotList, periodId: string, scopes?: readonly SnapshotScope[]): Promise<StoredRow[]> {
  if (scopes?.length === 0) return [];
  const quoted = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const filter = scopes
    ? scopes.map((scope) => `fields/PeriodScope eq ${quoted(`${periodId}|${scope}`)}`).join(' or ')
    : `fields/PeriodId eq ${quoted(periodId)}`;
  const rows: StoredRow[] = [];
  let url: string | undefined = `${list.itemsUrl}?$expand=fields($select=RowKey,Record)&$filter=${filter}&$top=5000`;
  while (url) {
    const res: { status: number; body: ItemsPage } = await list.graph.request<ItemsPage>('GET', url);
    if (res.status !== 200) throw new GraphRequestError(`Reading the snapshot of ${periodId} answered ${res.status}`, res.status, res.body);
    for (const item of res.body.value) {
      const rowKey = item.fields?.RowKey;
      const json = item.fields?.Record;
      if (typeof rowKey === 'string' && typeof json === 'string') rows.push({ spId: item.id, rowKey, json });
    }
    url = res.body['@odata.nextLink'];
  }
  return rows;
}

/** A period's rows as stored, in (scope, key) order. */
export async function readSnapshotRows(list: SnapshotList, periodId: string, scopes?: readonly SnapshotScope[]): Promise<SnapshotRow[]> {
  // The JSON this app wrote from a SnapshotRow (see writeSnapshotRows), as for the entity lists (list-records.ts).
  const rows = (await storedRows(list, periodId, scopes)).map((r): SnapshotRow => JSON.parse(r.json));
  return rows.sort((a, b) => (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Makes the period's stored rows exactly `rows`: creates the missing, updates the changed, deletes the rest. */
export async function writeSnapshotRows(list: SnapshotList, periodId: string, rows: readonly SnapshotRow[]): Promise<void> {
  const stored = new Map((await storedRows(list, periodId)).map((r) => [r.rowKey, r]));
  const requests: (BatchRequest & { create?: true })[] = [];
  for (const row of rows) {
    const fields = itemFields(list.spec, row);
    const held = stored.get(snapshotRowKey(row));
    stored.delete(snapshotRowKey(row));
    if (!held) requests.push({ method: 'POST', url: list.itemsUrl, body: { fields }, create: true });
    else if (held.json !== fields.Record)
      requests.push({ method: 'PATCH', url: `${list.itemsUrl}/${held.spId}/fields`, headers: { 'If-Match': '*' }, body: fields });
  }
  for (const stale of stored.values()) requests.push({ method: 'DELETE', url: `${list.itemsUrl}/${stale.spId}`, headers: { 'If-Match': '*' } });
  // Rows depend on nothing: as many $batch calls at once as the shared throttle lets run.
  const lanes = Math.max(1, list.graph.throttle.options.maxConcurrent);
  const share = Math.ceil(requests.length / lanes / BATCH_LIMIT) * BATCH_LIMIT || BATCH_LIMIT;
  const slices = Array.from({ length: Math.ceil(requests.length / share) }, (_, i) => requests.slice(i * share, (i + 1) * share));
  const responses = (await Promise.all(slices.map((slice) => list.graph.batch(slice)))).flat();
  const refused = responses.filter((response, i) => {
    if (response.status < 300) return false;
    if (response.status === 409 && requests[i]?.create) return false; // written already, by an answer we never saw
    if (response.status === 404 && requests[i]?.method === 'DELETE') return false; // gone already
    return true;
  });
  const first = refused[0];
  if (first) {
    throw new GraphRequestError(
      `SharePoint refused ${refused.length} of ${requests.length} snapshot writes (${first.status} ${graphErrorCode(first.body) ?? ''}); closing the period again completes it.`,
      first.status,
      first.body,
    );
  }
}
