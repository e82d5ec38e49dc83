// The journal of a SharePoint transaction (an item of WpsTransactions): every write of the
// commit with its before-image, kept as JSON so that a process finding an abandoned commit
// can roll it back. Read back through a schema: the item may have been written by another
// release, or edited by hand.

import { z } from 'zod';
import { ENTITY_NAMES, type EntityName } from '../domain/model';
import { partKey, splitText } from './record-parts';

/** One write of a transaction, with its before-image. */
export interface JournalEntry {
  entity: EntityName | 'audit';
  id: string;
  op: 'create' | 'update' | 'delete';
  before: object | null;
}

const journalEntry = z.object({
  entity: z.enum([...ENTITY_NAMES, 'audit']),
  id: z.string(),
  op: z.enum(['create', 'update', 'delete']),
  before: z.record(z.string(), z.unknown()).nullable(),
});

/** The journal's JSON as the commit wrote it; rolling back needs only its entries. */
export const transactionJournal = z.object({ entries: z.array(journalEntry) });

/**
 * The items that hold a journal: the journal's own (the first part of its JSON, JournalParts =
 * k) and k - 1 part items (TxId `${txId}#part${n}`, no TxState, so that no one takes them for
 * journals), as a record is kept in parts (record-parts.ts): a commit of many updates carries
 * many before-images, longer than a text column holds.
 */
export function journalItems(head: Record<string, unknown>, json: string): Record<string, unknown>[] {
  const txId = String(head.TxId);
  const [first = '', ...rest] = splitText(json);
  const parts = rest.map((text, i) => ({
    Title: partKey(txId, i + 2),
    TxId: partKey(txId, i + 2),
    Holder: head.Holder,
    StartedAt: head.StartedAt,
    Journal: text,
  }));
  return [{ ...head, Journal: first, JournalParts: rest.length + 1 }, ...parts];
}

/** The TxIds of a journal's part items, from its JournalParts (none for a journal in one item). */
export function journalPartIds(txId: string, journalParts: unknown): string[] {
  const count = typeof journalParts === 'number' ? journalParts : 1;
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => partKey(txId, i + 2));
}

/** What Graph answers for a created item, for updated fields, and for a write whose answer only matters for its id. */
export const createdItem = z.object({ id: z.string(), eTag: z.string(), fields: z.record(z.string(), z.unknown()) });
export const updatedFields = z.record(z.string(), z.unknown());
export const writtenItem = z.object({ id: z.string().optional() }).optional();
