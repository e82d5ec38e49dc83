// The Word document's tables, written as WordprocessingML text a row at a time rather than as
// docx objects. docx keeps every cell as a tree of objects, then a second tree to serialise
// them and the whole part as one string: 1.5 GB for a 10,000-target plan. Here the document is
// built by docx with a placeholder paragraph where each table goes (TableSlots.add), and the
// tables' rows are generated into the part while it is deflated (TableSlots.fill).

import { randomUUID } from 'node:crypto';
import { Paragraph } from 'docx';
import { PLAN_TABLE, TABLE_HEADING } from './docx-text';
import { escapeMarkup, printable } from './xml-text';

/** A cell whose background carries a meaning (a rating's colour); its text says the same in words. */
export interface ShadedCell {
  text: string;
  /** The fill, as six hex digits (RRGGBB). */
  fill: string;
}

export type CellValue = string | number | ShadedCell | null | undefined;

/** The words of a cell, whatever its kind. */
export const cellText = (value: CellValue): string => (value === null || value === undefined ? '' : typeof value === 'object' ? value.text : String(value));

export interface TableRows {
  /** How many rows `each` yields, for progress. */
  count: number;
  /** The body rows, produced only when the table is written. */
  each(): Iterable<readonly CellValue[]>;
}

export interface TableSpec {
  header: readonly string[];
  rows: TableRows;
  /** Column widths in twips. */
  widths: readonly number[];
  /** The last row (totals) is bold. */
  boldLast: boolean;
}

const HEADER_FILL = 'D9E2F3';

export const listedRows = (rows: readonly (readonly CellValue[])[]): TableRows => ({ count: rows.length, each: () => rows });

/** Where the tables of one document go, and their rows once the document is written. */
export class TableSlots {
  private readonly specs: TableSpec[] = [];
  /** Marks the placeholders; random, so that no text of a plan can pass for one. */
  private readonly marker = `table-slot-${randomUUID()}-`;

  /** The paragraph that stands for the table in the document docx builds. */
  add(spec: TableSpec): Paragraph {
    this.specs.push(spec);
    return new Paragraph({ text: `${this.marker}${this.specs.length - 1}` });
  }

  get rowCount(): number {
    return this.specs.reduce((n, s) => n + s.rows.count + 1, 0);
  }

  /**
   * The document part with each placeholder paragraph replaced by its table, in pieces. A
   * placeholder that closes a section carries the section's properties: they stay, in an empty
   * paragraph after the table, as docx itself writes a section that ends with a table.
   */
  *fill(documentXml: string, onRows?: (rows: number) => void): Generator<string> {
    let from = 0;
    const found = new Set<number>();
    for (let at = documentXml.indexOf(this.marker); at !== -1; at = documentXml.indexOf(this.marker, at + 1)) {
      const start = paragraphStart(documentXml, at);
      const end = documentXml.indexOf('</w:p>', at) + '</w:p>'.length;
      const index = Number(/^\d+/.exec(documentXml.slice(at + this.marker.length, at + this.marker.length + 12))?.[0]);
      const spec = this.specs[index];
      if (start < from || end < at || !spec || found.has(index)) throw new Error('A table placeholder of the Word document was not where it was put.');
      found.add(index);
      yield documentXml.slice(from, start);
      yield* tableXml(spec, onRows);
      const properties = /<w:pPr>[\s\S]*<\/w:pPr>/.exec(documentXml.slice(start, end))?.[0];
      if (properties) yield `<w:p>${properties}</w:p>`;
      from = end;
    }
    if (found.size !== this.specs.length) throw new Error(`${this.specs.length - found.size} table(s) of the Word document were lost.`);
    yield documentXml.slice(from);
  }
}

/** Where the paragraph around `at` opens: the last <w:p> or <w:p …> before it (not <w:pPr>). */
function paragraphStart(xml: string, at: number): number {
  let start = xml.lastIndexOf('<w:p', at);
  while (start > 0 && xml[start + 4] !== '>' && xml[start + 4] !== ' ') start = xml.lastIndexOf('<w:p', start - 1);
  return start;
}

/**
 * One table: the shared table style, fixed column widths, a shaded header row repeated on every
 * page; every cell one paragraph of one run, which is all the table style needs.
 */
export function* tableXml({ header, rows, widths, boldLast }: TableSpec, onRows?: (rows: number) => void): Generator<string> {
  const width = (i: number) => `<w:tcW w:type="dxa" w:w="${widths[i] ?? 0}"/>`;
  yield (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${PLAN_TABLE}"/><w:tblW w:type="pct" w:w="5000"/><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${header
      .map((h, i) => `<w:tc><w:tcPr>${width(i)}<w:shd w:val="clear" w:color="auto" w:fill="${HEADER_FILL}"/></w:tcPr>${cellParagraph(h, TABLE_HEADING)}</w:tc>`)
      .join('')}</w:tr>`
  );
  // Cell widths are the same for every row: worked out once.
  const cellOpen = widths.map((_, i) => `<w:tc><w:tcPr>${width(i)}</w:tcPr>`);
  // One row held back, so that the last can be told apart when it is bold.
  let pending: readonly CellValue[] | undefined;
  const row = (values: readonly CellValue[], style?: string) => {
    let xml = '<w:tr>';
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      const open = typeof value === 'object' && value !== null ? shadedOpen(width(i), value.fill) : (cellOpen[i] ?? `<w:tc><w:tcPr>${width(i)}</w:tcPr>`);
      xml += `${open}${cellParagraph(value, style)}</w:tc>`;
    }
    return `${xml}</w:tr>`;
  };
  let written = 0;
  for (const values of rows.each()) {
    if (pending) yield row(pending);
    pending = values;
    if (++written % 100 === 0) onRows?.(100);
  }
  if (pending) yield row(pending, boldLast ? TABLE_HEADING : undefined);
  onRows?.((written % 100) + 1);
  yield '</w:tbl>';
}

/** A shaded cell's opening; only six hex digits reach the markup. */
function shadedOpen(width: string, fill: string): string {
  const colour = /^[0-9A-Fa-f]{6}$/.test(fill) ? fill : 'auto';
  return `<w:tc><w:tcPr>${width}<w:shd w:val="clear" w:color="auto" w:fill="${colour}"/></w:tcPr>`;
}

/** A cell's paragraph: line breaks inside a value become real line breaks; an empty cell has no run. */
function cellParagraph(value: CellValue, style?: string): string {
  const text = printable(cellText(value));
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  if (text === '') return properties ? `<w:p>${properties}</w:p>` : '<w:p/>';
  const lines = /[\r\n]/.test(text) ? text.split(/\r\n|\r|\n/) : [text];
  return `<w:p>${properties}<w:r>${lines.map((line) => `<w:t xml:space="preserve">${escapeMarkup(line)}</w:t>`).join('<w:br/>')}</w:r></w:p>`;
}
