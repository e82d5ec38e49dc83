// Serialized representations of versioned resources (the plan tree), kept per version so that
// a repeated GET of an unchanged plan costs one small read of the plan's version. A key names
// the version and everything else the representation depends on (the day, for "overdue"),
// so an entry can never be stale; old entries simply age out.

import zlib from 'node:zlib';

export interface Entry {
  json: Buffer;
  gzip?: Buffer;
}

export class RepresentationCache {
  private readonly entries = new Map<string, Entry>();
  /** Representations being made, so that the requests that miss together make one. */
  private readonly making = new Map<string, Promise<Entry>>();

  constructor(private readonly maxEntries = 64) {}

  get(key: string): Entry | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting makes this entry the most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  put(key: string, value: unknown): Entry {
    const entry: Entry = { json: Buffer.from(JSON.stringify(value)) };
    this.entries.set(key, entry);
    const oldest = this.entries.keys().next().value;
    if (this.entries.size > this.maxEntries && oldest !== undefined) this.entries.delete(oldest);
    return entry;
  }

  /** The entry kept under `key`, or made once by `make` however many requests ask for it meanwhile. */
  async obtain(key: string, make: () => Promise<unknown>): Promise<Entry> {
    const kept = this.get(key);
    if (kept) return kept;
    let made = this.making.get(key);
    if (!made) {
      made = make()
        .then((value) => this.put(key, value))
        .finally(() => this.making.delete(key));
      this.making.set(key, made);
    }
    return made;
  }

  /** The gzip form of an entry, compressed once. */
  gzipped(entry: Entry): Buffer {
    entry.gzip ??= zlib.gzipSync(entry.json, { level: 6 });
    return entry.gzip;
  }
}
