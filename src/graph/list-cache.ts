// A per-list copy of the items, kept fresh with delta queries: the first read enumerates the
// list, every later read asks only for what changed since (one small request when nothing
// did), and a 410 Gone starts over. Each cached item keeps its SharePoint id and eTag, which
// the writes send as If-Match.

import { type GraphAccess, GraphRequestError } from './graph-access';
import { partOf, wholeRecordText } from './record-parts';

export interface CachedItem {
  /** SharePoint item id (a number, as a string). */
  spId: string;
  eTag: string;
  fields: Record<string, unknown>;
  /** The record kept as JSON in the Record column, parsed once. */
  record?: unknown;
}

interface DeltaPage {
  value: { id: string; eTag?: string; deleted?: unknown; fields?: Record<string, unknown> }[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

export class ListCache {
  private readonly items = new Map<string, CachedItem>();
  private readonly byKey = new Map<string, CachedItem>();
  private deltaLink: string | undefined;
  private syncing: Promise<ListNews> | undefined;

  constructor(
    private readonly graph: GraphAccess,
    private readonly itemsUrl: string,
    /** The field that identifies a record (EntityId, TxId…); items without it are ignored. */
    private readonly keyField: string,
  ) {}

  /**
   * Brings the copy up to date and tells what it brought that this process did not itself
   * write and remember. Concurrent callers share one round of requests.
   */
  sync(): Promise<ListNews> {
    this.syncing ??= this.pull().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  /** True once the list has been read at least once. */
  get loaded(): boolean {
    return this.deltaLink !== undefined;
  }

  get(key: string): CachedItem | undefined {
    return this.byKey.get(key);
  }

  values(): IterableIterator<CachedItem> {
    return this.byKey.values();
  }

  /** Records what a write of ours returned, so that the next read need not wait for delta. */
  remember(item: CachedItem): void {
    this.forget(item.spId);
    this.items.set(item.spId, item);
    const key = item.fields[this.keyField];
    if (typeof key === 'string' && key) this.byKey.set(key, item);
    // A part of a long record (record-parts.ts) completes its record, which may now be read.
    const head = partOf(item.fields);
    this.parseRecord(head === undefined ? item : this.byKey.get(head));
  }

  forget(spId: string): void {
    const old = this.items.get(spId);
    if (!old) return;
    this.items.delete(spId);
    const key = old.fields[this.keyField];
    if (typeof key === 'string' && this.byKey.get(key) === old) this.byKey.delete(key);
    const head = partOf(old.fields);
    if (head !== undefined) this.parseRecord(this.byKey.get(head));
  }

  /** Parses the record kept as JSON in the Record column, once the item holds it whole (every part read). */
  private parseRecord(item: CachedItem | undefined): void {
    if (!item) return;
    const text = wholeRecordText(item.fields, (key) => this.byKey.get(key)?.fields);
    item.record = text === undefined ? undefined : JSON.parse(text);
  }

  private async pull(): Promise<ListNews> {
    // The largest page Graph serves: a first read costs one request per 5,000 items.
    let url = this.deltaLink ?? `${this.itemsUrl}/delta?$expand=fields&$top=5000`;
    const fresh = this.deltaLink === undefined;
    const seen: DeltaPage['value'] = [];
    for (;;) {
      const res = await this.graph.request<DeltaPage>('GET', url);
      if (res.status === 410) {
        // The token is too old: enumerate again from scratch.
        this.deltaLink = undefined;
        this.items.clear();
        this.byKey.clear();
        return this.pull();
      }
      if (res.status !== 200) throw new GraphRequestError(`Reading list changes answered ${res.status}`, res.status, res.body);
      seen.push(...res.body.value);
      if (res.body['@odata.nextLink']) {
        url = res.body['@odata.nextLink'];
        continue;
      }
      this.deltaLink = res.body['@odata.deltaLink'];
      break;
    }
    if (fresh) {
      this.items.clear();
      this.byKey.clear();
    }
    const news: ListNews = { changed: [], deleted: 0 };
    for (const change of seen) {
      const known = this.items.get(change.id);
      if (change.deleted) {
        if (known) news.deleted += 1;
        this.forget(change.id);
      } else if (change.fields) {
        const item = { spId: change.id, eTag: change.eTag ?? String(change.fields['@odata.etag'] ?? ''), fields: change.fields };
        if (known?.eTag !== item.eTag) news.changed.push(item);
        this.remember(item);
      }
    }
    return news;
  }
}

export interface ListNews {
  changed: CachedItem[];
  deleted: number;
}

export function hasNews(news: ListNews): boolean {
  return news.changed.length > 0 || news.deleted > 0;
}
