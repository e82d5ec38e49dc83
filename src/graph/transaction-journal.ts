// The journal of a SharePoint transaction (an item of WpsTransactions): every write of the
// commit with its before-image, kept as JSON so that a process finding an abandoned commit
// can roll it back. Read back through a schema: the item may have been written by another
// release, or edited by hand.

import { z } from 'zod';
import { ENTITY_NAMES, type EntityName } from '../domain/model';

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

/** What Graph answers for a created item, for updated fields, and for a write whose answer only matters for its id. */
export const createdItem = z.object({ id: z.string(), eTag: z.string(), fields: z.record(z.string(), z.unknown()) });
export const updatedFields = z.record(z.string(), z.unknown());
export const writtenItem = z.object({ id: z.string().optional() }).optional();
