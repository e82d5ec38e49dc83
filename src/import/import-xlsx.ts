// Reads an office work plan out of a workbook (the import template, or an Action Plan sheet
// exported by this app and edited): the header row names the columns, each data row becomes
// typed values (text, numbers, ISO dates) with a problem for every cell that is not what its
// column takes, and the hidden _ids sheet, when there is one, gives the versions exported.
// Call only after inspectWorkbook has passed the file.

import ExcelJS, { type Cell, type CellValue, type Row, type Worksheet } from 'exceljs';
import { isCalendarDate } from '../domain/dates';
import { WorkbookRefusedError, type ImportProblem } from './import-report';
import { exportedKey, type ExportedVersions, type ImportRow, type ImportValue, type ImportWorkbook } from './import-workbook';
import { MATRIX_COLUMNS, type MatrixKey } from '../export/matrix';
import { ID_COLUMNS, PEOPLE_COLUMNS, SHEETS } from '../export/workbook-layout';

type MatrixColumn = (typeof MATRIX_COLUMNS)[number];

export async function readImportWorkbook(file: Buffer): Promise<ImportWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer` (an ArrayBuffer); at run time it takes Node's Buffer.
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookRefusedError('unreadable', 'The workbook could not be read; open it in Excel, save it again as .xlsx and retry.');
  }
  const sheet = dataSheet(workbook);
  const headers = headerColumns(sheet);
  const missing = MATRIX_COLUMNS.filter((c) => c.onImport === 'required' && !headers.has(c.key));
  if (missing.length) {
    throw new WorkbookRefusedError(
      'missing-column',
      `The ${sheet.name} sheet has no column ${missing.map((c) => `"${c.header}"`).join(', ')}; row 1 must hold the column headers of the import template.`,
    );
  }
  const rows: ImportRow[] = [];
  const emails = readPeople(workbook.getWorksheet(SHEETS.people));
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = readRow(sheet, r, headers);
    if (row) rows.push(withEmails(row, emails));
  }
  return { columns: new Set(headers.keys()), rows, exported: readExported(workbook.getWorksheet(SHEETS.ids)) };
}

/** The Action Plan sheet, or else the only sheet that is neither instructions nor lists. */
function dataSheet(workbook: ExcelJS.Workbook): Worksheet {
  const byName = workbook.worksheets.find((s) => s.name.toLowerCase() === SHEETS.actionPlan.toLowerCase());
  if (byName) return byName;
  const helpers: readonly string[] = [SHEETS.instructions, SHEETS.lists, SHEETS.ids, SHEETS.people];
  const others = workbook.worksheets.filter((s) => !helpers.includes(s.name));
  const [only, ...more] = others;
  if (only && more.length === 0) return only;
  throw new WorkbookRefusedError(
    'missing-column',
    `The workbook has no "${SHEETS.actionPlan}" sheet; enter the work plan on that sheet of the import template.`,
  );
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const COLUMN_BY_HEADER = new Map<string, MatrixColumn>(MATRIX_COLUMNS.map((c) => [normalise(c.header), c]));

function headerColumns(sheet: Worksheet): Map<MatrixKey, { index: number; column: MatrixColumn }> {
  const found = new Map<MatrixKey, { index: number; column: MatrixColumn }>();
  sheet.getRow(1).eachCell((cell, index) => {
    const column = COLUMN_BY_HEADER.get(normalise(textOf(cell.value)));
    if (column && !found.has(column.key)) found.set(column.key, { index, column });
  });
  return found;
}

function readRow(sheet: Worksheet, r: number, headers: Map<MatrixKey, { index: number; column: MatrixColumn }>): ImportRow | undefined {
  const row = sheet.getRow(r);
  const result: ImportRow = { sheet: sheet.name, row: r, values: {}, problems: [] };
  let filled = false;
  // A formula anywhere in a data row is refused, in our columns or any other.
  row.eachCell((cell, index) => {
    if (isFormula(cell)) {
      const column = [...headers.values()].find((h) => h.index === index)?.column.header ?? headerText(sheet, index);
      result.problems.push(problem(result, column, 'holds a formula; enter the value itself (formulas are never imported)'));
    }
  });
  for (const [key, { index, column }] of headers) {
    if (column.onImport === 'ignored') continue;
    const cell = row.getCell(index);
    if (isFormula(cell)) continue;
    const read = readCell(cell.value, column);
    if ('problem' in read) result.problems.push(problem(result, column.header, read.problem));
    else result.values[key] = read.value;
    if (!('value' in read) || read.value !== null) filled = true;
  }
  return filled || result.problems.length ? result : undefined;
}

const isFormula = (cell: Cell) => cell.type === ExcelJS.ValueType.Formula;

function headerText(sheet: Worksheet, index: number): string {
  return textOf(sheet.getRow(1).getCell(index).value) || `column ${sheet.getColumn(index).letter}`;
}

function problem(row: ImportRow, column: string, message: string): ImportProblem {
  return { sheet: row.sheet, row: row.row, column, problem: message, kind: 'row' };
}

/** The text a cell shows, for text columns: rich text joined, hyperlinks by their text. */
function textOf(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  return '';
}

type CellRead = { value: ImportValue } | { problem: string };

function readCell(value: CellValue, column: MatrixColumn): CellRead {
  if (value !== null && typeof value === 'object' && 'error' in value) return { problem: `holds the Excel error ${value.error}` };
  if (column.kind === 'number') return readNumber(value);
  if (column.kind === 'date') return readDate(value);
  const text = textOf(value).trim();
  return { value: text === '' ? null : text };
}

function readNumber(value: CellValue): CellRead {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : { problem: 'must be a number' };
  if (value instanceof Date) return { problem: 'must be a number, not a date' };
  const text = textOf(value).trim();
  if (text === '') return { value: null };
  // Numbers typed into a text-formatted cell arrive as text; anything else is refused.
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return { value: Number(text) };
  return { problem: `must be a number (found "${clip(text)}")` };
}

function readDate(value: CellValue): CellRead {
  if (value === null || value === undefined) return { value: null };
  // exceljs reads Excel dates as midnight UTC of the day shown.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { problem: 'must be a date' } : { value: value.toISOString().slice(0, 10) };
  const text = textOf(value).trim();
  if (text === '') return { value: null };
  if (typeof value === 'string' && isCalendarDate(text)) return { value: text };
  return { problem: `must be a date, e.g. 2007-06-30 (found "${clip(text)}")` };
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function readExported(sheet: Worksheet | undefined): ExportedVersions {
  const exported: ExportedVersions = { objectives: new Map(), activities: new Map(), targets: new Map(), cycles: new Map() };
  if (!sheet) return exported;
  const at = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, index) => at.set(textOf(cell.value), index));
  if (!ID_COLUMNS.every((c) => at.has(c))) return exported;
  // Every ID column is in `at`: checked just above.
  const get = (row: Row, name: (typeof ID_COLUMNS)[number]) => textOf(row.getCell(at.get(name) ?? 0).value).trim();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const office = get(row, 'Office');
    const planId = get(row, 'Plan id');
    if (!office || !planId) continue;
    exported.cycles.set(office.toUpperCase(), get(row, 'Cycle'));
    const levels = [
      [exported.objectives, 'Objective ref', 'Objective id', 'Objective version'],
      [exported.activities, 'Activity ref', 'Activity id', 'Activity version'],
      [exported.targets, 'Target ref', 'Target id', 'Target version'],
    ] as const;
    for (const [map, refColumn, idColumn, versionColumn] of levels) {
      const ref = get(row, refColumn);
      const id = get(row, idColumn);
      const version = Number(get(row, versionColumn));
      if (ref && id && Number.isInteger(version)) map.set(exportedKey(office, ref), { planId, id, version });
    }
  }
  return exported;
}

/**
 * An exported workbook shows owners and leads by name: the hidden _people sheet gives each
 * name's e-mail. A name two people share maps to neither (the row then asks for the e-mail).
 */
function readPeople(sheet: Worksheet | undefined): Map<string, string | null> {
  const emails = new Map<string, string | null>();
  if (!sheet) return emails;
  const at = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, index) => at.set(textOf(cell.value), index));
  const [nameAt, emailAt] = PEOPLE_COLUMNS.map((c) => at.get(c));
  if (nameAt === undefined || emailAt === undefined) return emails;
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const name = normalise(textOf(row.getCell(nameAt).value));
    const email = textOf(row.getCell(emailAt).value).trim();
    if (name && email) emails.set(name, emails.has(name) && emails.get(name) !== email ? null : email);
  }
  return emails;
}

const PERSON_KEYS = ['owner', 'activityOwner'] as const satisfies readonly MatrixKey[];

function withEmails(row: ImportRow, emails: ReadonlyMap<string, string | null>): ImportRow {
  for (const key of PERSON_KEYS) {
    const value = row.values[key];
    const email = typeof value === 'string' && !value.includes('@') ? emails.get(normalise(value)) : undefined;
    if (email) row.values[key] = email;
  }
  return row;
}
