// The data rows of the workbook's large sheets (Action Plan, the office sheets, _ids), written
// as sheet XML straight into exceljs's streaming worksheet. exceljs's own way (Row and Cell
// objects and an XML builder for every row) made a 100,000-target workbook take 4½ times the
// bare minimum (the export benchmark's floor, bench/export-floor.ts); written this way it takes
// under 2 times.
// Everything else stays exceljs's: the sheet's header row, columns, views, filter and footer,
// styles.xml and the shared strings, which these cells use through the same tables.
//
// This leans on three members exceljs 4 has but does not declare in its types: the workbook
// writer's `styles` and `sharedStrings`, and the worksheet writer's `stream`. They are checked
// when a sheet starts, so a change in exceljs fails loudly rather than writing a bad file.
//
// Text is written as a shared string (t="s"), or inline (t="inlineStr") for text that is
// different in every row, never as a formula (see xlsx.ts).

import type { Style, Workbook, Worksheet } from 'exceljs';
import { escapeText, printable } from './xml-text';
import { columnLetter } from './xlsx-style';

export type SheetValue = string | number | Date | null;

interface WorkbookInternals {
  styles: { addStyleModel(style: Partial<Style>): number };
  sharedStrings: { add(text: string): number };
}

interface SheetInternals {
  stream: { write(text: string): unknown };
}

/** Excel's day number of 1970-01-01 (the 1900 date system). */
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;
/** Rows are handed to the sheet's stream in batches of about this many characters. */
const BATCH_CHARS = 64 * 1024;

export class SheetRows {
  private readonly styles: WorkbookInternals['styles'];
  private readonly strings: WorkbookInternals['sharedStrings'];
  private readonly stream: SheetInternals['stream'];
  private readonly styleIds = new Map<Partial<Style>, number>();
  private readonly letters: string[];
  private batch = '';

  /**
   * Call once the sheet's header row is committed (which opens its sheet data), and write no
   * other rows through exceljs afterwards; `rowNumber` is the number of the next row.
   */
  constructor(
    workbook: Workbook,
    sheet: Worksheet,
    columns: number,
    public rowNumber: number,
    /**
     * Text goes inline rather than into the shared strings: for ids, which differ in every row,
     * sharing saves nothing, and the table of shared strings would hold them all until the end.
     */
    private readonly inlineText = false,
  ) {
    const book = workbook as unknown as Partial<WorkbookInternals>;
    const { stream } = sheet as unknown as Partial<SheetInternals>;
    if (typeof book.styles?.addStyleModel !== 'function' || typeof book.sharedStrings?.add !== 'function' || typeof stream?.write !== 'function') {
      throw new Error('This version of exceljs does not have the streaming writer internals the workbook export uses (src/export/xlsx-rows.ts).');
    }
    this.styles = book.styles;
    this.strings = book.sharedStrings;
    this.stream = stream;
    this.letters = Array.from({ length: columns }, (_, i) => columnLetter(i + 1));
  }

  /** One row; a null value leaves its cell out. `styleOf` gives each written cell's style object. */
  add(values: readonly SheetValue[], styleOf: (value: Exclude<SheetValue, null>, column: number) => Partial<Style>): void {
    const r = this.rowNumber++;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null || value === undefined) continue;
      const open = `<c r="${this.letters[i] ?? columnLetter(i + 1)}${r}" s="${this.styleId(styleOf(value, i))}"`;
      if (typeof value === 'string') {
        xml += this.inlineText
          ? `${open} t="inlineStr"><is><t>${escapeText(value)}</t></is></c>`
          : `${open} t="s"><v>${this.strings.add(printable(value))}</v></c>`;
      } else if (typeof value === 'number') xml += Number.isFinite(value) ? `${open}><v>${value}</v></c>` : '';
      else xml += `${open}><v>${value.getTime() / DAY_MS + EXCEL_EPOCH_DAYS}</v></c>`;
    }
    this.batch += `${xml}</row>`;
    if (this.batch.length >= BATCH_CHARS) this.flush();
  }

  /** Hands what is batched to the sheet; call before committing the sheet. */
  flush(): void {
    if (this.batch) this.stream.write(this.batch);
    this.batch = '';
  }

  /**
   * Lets the zip catch up. exceljs hands a sheet's XML to the zip without backpressure, and the
   * zip deflates only between turns of the event loop: a loop that never yields would hold the
   * whole sheet in memory (some 200 MB at 100,000 rows).
   */
  async breathe(): Promise<void> {
    this.flush();
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** exceljs knows a style object it has seen by identity; asked once per object here. */
  private styleId(style: Partial<Style>): number {
    let id = this.styleIds.get(style);
    if (id === undefined) {
      id = this.styles.addStyleModel(style);
      this.styleIds.set(style, id);
    }
    return id;
  }
}
