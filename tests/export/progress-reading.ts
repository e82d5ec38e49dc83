// Reading the progress report back for its specs: the Word document's paragraphs and tables as
// text, and the snapshot figures they must show.

import type { Period } from '../../src/domain/monitoring';
import { CYCLE, zipParts } from './harness';

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
export const textOf = (xml: string) => unescape([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

export interface ReadDocument {
  parts: Map<string, string>;
  document: string;
  /** Top-level paragraphs' text, in order (tables left out). */
  paragraphs: string[];
  /** Every table as rows of cell text; the first row is the header. */
  tables: string[][][];
}

export async function readDocument(file: Buffer): Promise<ReadDocument> {
  const parts = await zipParts(file);
  const document = parts.get('word/document.xml') ?? '';
  const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0]))),
  );
  const outside = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...outside.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0]));
  return { parts, document, paragraphs, tables };
}

/** Every table as rows of cells with their text and their shading (the fill's hex digits, null for none). */
export function shadedTables(doc: ReadDocument): { text: string; fill: string | null }[][][] {
  return [...doc.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => ({ text: textOf(c[0]), fill: /<w:shd\b[^>]*w:fill="([^"]+)"/.exec(c[0])?.[1] ?? null })),
    ),
  );
}

/** The table whose header row is `header`, starting at `from` (the n-th such table). */
export function tablesWithHeader(doc: ReadDocument, header: readonly string[]): string[][][] {
  return doc.tables.filter((t) => JSON.stringify(t[0]) === JSON.stringify(header));
}

/** A figure as the document writes it: empty for none. */
export const shown = (n: number | null) => (n === null ? '' : String(n));

/** The demo cycle's periods the specs use: the two closed ones and the open one after them. */
export async function demoPeriods(store: { listPeriods(cycle: string): Promise<Period[]> }): Promise<{ earlier: Period; closed: Period; open: Period }> {
  const periods = await store.listPeriods(CYCLE);
  const [earlier, closed] = periods.filter((p) => p.status === 'closed');
  const open = periods.find((p) => p.status === 'open');
  if (!earlier || !closed || !open) throw new Error('The demo cycle should have two closed periods and an open one.');
  return { earlier, closed, open };
}
