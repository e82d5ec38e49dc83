// The records kept in the lists' Record column, typed by the list's entity, and the caches
// of the lists by entity. Each list holds one entity, and only this app writes the column
// (itemFields, from a record of that entity): reading it back as that entity is the one
// place the SharePoint store trusts its own writing instead of validating every read.

import type { AuditEvent, EntityName, EntityTypes } from '../domain/model';
import type { CachedItem, ListCache } from './list-cache';

/** The cache of an entity's list; every entity of the schema has one once the site is resolved. */
export function cacheOf(caches: ReadonlyMap<string, ListCache>, entity: EntityName | 'audit'): ListCache {
  const cache = caches.get(entity);
  if (!cache) throw new Error(`The SharePoint site has no list for ${entity}.`);
  return cache;
}

/** The record an item of `entity`'s list holds, when it holds one. */
export function recordOf<E extends EntityName>(_entity: E, item: CachedItem | undefined): EntityTypes[E] | undefined {
  return storedRecord<EntityTypes[E]>(item);
}

/** Every record of `entity`'s list. */
export function recordsOf<E extends EntityName>(caches: ReadonlyMap<string, ListCache>, entity: E): EntityTypes[E][] {
  const records: EntityTypes[E][] = [];
  for (const item of cacheOf(caches, entity).values()) {
    const record = recordOf(entity, item);
    if (record) records.push(record);
  }
  return records;
}

/** An audit item's event (none for an item without its record); its sequence number is the SharePoint item id, which only grows. */
export function auditEventOf(item: CachedItem): AuditEvent | undefined {
  const event = storedRecord<Omit<AuditEvent, 'seq'>>(item);
  if (!event) return undefined;
  // Events written since revisions were kept in parts hold their images in the Before and After columns only.
  const inRecord = typeof item.record === 'object' && item.record !== null && 'before' in item.record;
  const images = inRecord ? {} : { before: imageIn(item.fields.Before), after: imageIn(item.fields.After) };
  return { ...event, ...images, seq: Number(item.spId) };
}

/** A record image kept as JSON in a column of its own (null when the column is empty). */
function imageIn(value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? JSON.parse(value) : null;
}

function storedRecord<T>(item: CachedItem | undefined): T | undefined {
  const record = item?.record;
  // The JSON this app wrote from a record of the list's entity (see the file comment).
  return typeof record === 'object' && record !== null ? (record as T) : undefined;
}
