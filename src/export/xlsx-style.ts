// The look of the workbook, shared by every sheet: header rows, status colours, number and
// date formats, and how matrix values become Excel cells.

import type { Fill, Style, Worksheet } from 'exceljs';
import { TARGET_STATUSES, type TargetStatus } from '../domain/catalogues';
import { TARGET_STATUS_LABELS } from './catalogue-labels';
import type { MatrixColumn, MatrixKind } from './matrix';
import { printable } from './xml-text';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const DATE_FORMAT = 'yyyy-mm-dd';
export const PERCENT_FORMAT = '0%';

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

export const HEADER_STYLE: Partial<Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: solid('FF1F4E79'),
  alignment: { vertical: 'middle', wrapText: true },
};

export const TITLE_FONT: Partial<Style['font']> = { bold: true, size: 14 };
export const DRAFT_FONT: Partial<Style['font']> = { bold: true, size: 12, color: { argb: 'FFC00000' } };

/** Traffic-light colours, the same as the tab's status chips. */
const STATUS_FILLS: Readonly<Record<TargetStatus, Fill>> = {
  achieved: solid('FFC6EFCE'),
  'on-track': solid('FFDDEBF7'),
  'at-risk': solid('FFFFEB9C'),
  'off-track': solid('FFFFC7CE'),
  'not-started': solid('FFF2F2F2'),
  dropped: solid('FFD9D9D9'),
};

/**
 * One style object per column kind and per status, shared by every cell that has it: exceljs
 * recognises a style object it has seen by identity and skips working out its style id again,
 * which is most of the cost of writing a large sheet. Never mutate these.
 */
export const KIND_STYLES: Readonly<Record<MatrixKind, Partial<Style>>> = {
  code: { alignment: { vertical: 'top' } },
  text: { alignment: { vertical: 'top' } },
  number: { alignment: { vertical: 'top' } },
  date: { numFmt: DATE_FORMAT, alignment: { vertical: 'top' } },
  percent: { numFmt: PERCENT_FORMAT, alignment: { vertical: 'top' } },
  longText: { alignment: { vertical: 'top', wrapText: true } },
};

const STATUS_STYLES = new Map(TARGET_STATUSES.map((status) => [TARGET_STATUS_LABELS[status], { ...KIND_STYLES.text, fill: STATUS_FILLS[status] }]));

/** The status cell's style: its traffic-light colour, or plain text for anything else. */
export function statusStyle(label: unknown): Partial<Style> {
  return (typeof label === 'string' ? STATUS_STYLES.get(label) : undefined) ?? KIND_STYLES.text;
}

/** Sets the sheet's columns (widths, and styles for cells typed in later); no header is written. */
export function defineColumns(sheet: Worksheet, columns: readonly MatrixColumn[]): void {
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width, style: KIND_STYLES[c.kind] }));
}

export function styleHeader(sheet: Worksheet, rowNumber: number, values: readonly string[]): void {
  const row = sheet.getRow(rowNumber);
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    cell.value = printable(v);
    cell.style = HEADER_STYLE;
  });
  row.commit();
}

/**
 * A matrix value as an Excel value: ISO dates become real dates (midnight UTC, which is how
 * exceljs reads them back), progress becomes a fraction shown as a percent.
 */
export function cellValue(kind: MatrixKind, value: string | number | null): string | number | Date | null {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00.000Z`);
  if (kind === 'percent' && typeof value === 'number') return value / 100;
  return sheetValue(value);
}

/**
 * A value as exceljs may write it: text without the characters XML 1.0 forbids. exceljs escapes
 * markup but copies those characters into sharedStrings.xml, and Excel then refuses the file;
 * the input schemas refuse them, and this keeps a record that came in another way harmless.
 */
export function sheetValue<V extends string | number | Date | null>(value: V): V | string {
  return typeof value === 'string' ? printable(value) : value;
}

/** A-Z, AA…, for range addresses. */
export function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/**
 * A red–amber–green colour scale over a column of fractions 0–1, for "% complete" at a glance.
 * Not a data bar: exceljs's streaming writer would write the data bar's x14 extension
 * reference without the extension itself, which Excel then offers to "repair".
 */
export function progressColours(sheet: Worksheet, ref: string): void {
  sheet.addConditionalFormatting({
    ref,
    rules: [
      {
        type: 'colorScale',
        priority: 1,
        cfvo: [
          { type: 'num', value: 0 },
          { type: 'num', value: 0.5 },
          { type: 'num', value: 1 },
        ],
        color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
      },
    ],
  });
}
