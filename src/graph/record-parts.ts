// A record too long for one Record column, kept in parts. SharePoint Online's multiple lines of
// text hold at most 63,999 characters; a frozen plan revision (its whole tree as JSON, ~1.2 KB a
// target) passes that from about 50 targets. A list that declares the columns RecordParts,
// RecordPart and PartOf keeps such a record as its item (the first part, RecordParts = k) and
// k - 1 part items (EntityId `${id}#part${n}`, PartOf = id), all written in the same commit as
// the record (one journal, undone together), and reads it back only once every part is there.

import type { ListSpec } from './list-schema';

/** The most one part holds: below SharePoint's 63,999, so that no part meets the limit. */
export const RECORD_PART_MAX = 60_000;

/** True for a list whose records may be kept in parts (its schema has the part columns). */
export function keepsParts(spec: ListSpec): boolean {
  return ['RecordParts', 'RecordPart', 'PartOf'].every((name) => spec.columns.some((c) => c.name === name));
}

/** The EntityId of part n (2…k) of a record. */
export function partKey(id: string, n: number): string {
  return `${id}#part${n}`;
}

/** Cuts text into pieces of at most `max` UTF-16 units, never between the two halves of a surrogate pair. */
export function splitText(text: string, max = RECORD_PART_MAX): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + max);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces.length > 0 ? pieces : [''];
}

/**
 * The items that hold a record whose fields (itemFields) are `head`: the head alone when its
 * Record fits; else the head with the first part and RecordParts = k, then the other parts.
 */
export function partedFields(spec: ListSpec, head: Record<string, unknown>): Record<string, unknown>[] {
  const json = head.Record;
  if (typeof json !== 'string' || json.length <= RECORD_PART_MAX || !keepsParts(spec)) return [head];
  const id = String(head.EntityId);
  const [first = '', ...rest] = splitText(json);
  const parts = rest.map((text, i) => ({
    Title: partKey(id, i + 2),
    EntityId: partKey(id, i + 2),
    EntityVersion: head.EntityVersion,
    Record: text,
    PartOf: id,
    RecordPart: i + 2,
  }));
  return [{ ...head, Record: first, RecordParts: rest.length + 1, RecordPart: 1 }, ...parts];
}

/**
 * The whole Record text of an item, joined from its parts (found by EntityId); undefined while
 * a part is missing, so that a record half written or half undone is never read.
 */
export function wholeRecordText(fields: Record<string, unknown>, partFields: (key: string) => Record<string, unknown> | undefined): string | undefined {
  if (typeof fields.Record !== 'string') return undefined;
  const count = typeof fields.RecordParts === 'number' ? fields.RecordParts : 1;
  if (count <= 1) return fields.Record;
  const id = String(fields.EntityId);
  const texts = [fields.Record];
  for (let n = 2; n <= count; n++) {
    const part = partFields(partKey(id, n));
    if (!part || part.PartOf !== id || part.RecordPart !== n || typeof part.Record !== 'string') return undefined;
    texts.push(part.Record);
  }
  return texts.join('');
}

/** The record an item belongs to when it is a part of one (its PartOf). */
export function partOf(fields: Record<string, unknown>): string | undefined {
  return typeof fields.PartOf === 'string' && fields.PartOf !== '' ? fields.PartOf : undefined;
}
