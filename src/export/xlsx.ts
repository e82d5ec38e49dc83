// The consolidated plan as an Excel workbook, written with exceljs's streaming writer so that
// memory stays flat however large the plan: every row goes out as soon as it is made (the large
// sheets' rows through SheetRows, xlsx-rows.ts, which is several times faster than exceljs's).
// Sheets: Summary, Action Plan, one per office, By SCR 1325 paragraph, Overdue, and the hidden
// _ids and _people sheets that let an edited workbook be imported back safely (people appear by
// name; _people gives their e-mails back).
//
// Text that XML 1.0 forbids (C0 controls, U+FFFE/U+FFFF, lone surrogates) is dropped wherever
// text reaches the file (xml-text.ts): the input schemas refuse it, but a record may come from
// elsewhere (a SharePoint list edited by hand), and one such character makes the file unreadable.
//
// Formula injection: text is always written as a string, shared (<c t="s">) or inline (_ids),
// never as a formula (<f>), so a title such as "=HYPERLINK(…)" or "+1" stays text in Excel. An
// apostrophe prefix is therefore not needed (and would become part of the value); tests/export
// check the sheet XML for <f> elements.

import ExcelJS, { type Workbook, type Worksheet } from 'exceljs';
import type { Writable } from 'node:stream';
import type { ConsolidatedPlan } from './consolidate';
import { MATRIX_COLUMNS, matrixEntries, matrixRowCount, type MatrixEntry } from './matrix';
import { ID_COLUMNS, officeSheetName, PEOPLE_COLUMNS, SHEETS } from './workbook-layout';
import { writeOverdueSheet, writeParagraphSheet, writeSummarySheet } from './xlsx-summary';
import { SheetRows } from './xlsx-rows';
import { cellValue, columnLetter, defineColumns, KIND_STYLES, progressColours, statusStyle, styleHeader } from './xlsx-style';
import { printable } from './xml-text';

export interface WorkbookProgress {
  /** Called now and then with the rows written so far and the rows to write in all. */
  onProgress?: (done: number, total: number) => void;
}

export async function writeActionPlanWorkbook(plan: ConsolidatedPlan, out: Writable, options: WorkbookProgress = {}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = '1325 Action Plan';
  workbook.title = printable(`SCR 1325 Departmental Action Plan ${plan.cycle}`);
  const rows = matrixRowCount(plan);
  const progress = new ProgressCounter(rows * 3, options.onProgress);

  writeSummarySheet(workbook, plan);
  await writeMatrixSheet(workbook.addWorksheet(SHEETS.actionPlan, frozenHeader()), plan, undefined, progress);
  for (const { office } of plan.offices) {
    await writeMatrixSheet(workbook.addWorksheet(officeSheetName(office), frozenHeader()), plan, office.id, progress);
  }
  writeParagraphSheet(workbook, plan);
  writeOverdueSheet(workbook, plan);
  await writeIdsSheet(workbook, plan, progress);
  writePeopleSheet(workbook, plan);
  await workbook.commit();
  progress.finish();
}

const frozenHeader = () => ({ views: [{ state: 'frozen' as const, ySplit: 1, xSplit: 0 }] });

async function writeMatrixSheet(sheet: Worksheet, plan: ConsolidatedPlan, officeId: string | undefined, progress: ProgressCounter): Promise<void> {
  defineColumns(sheet, MATRIX_COLUMNS);
  styleHeader(
    sheet,
    1,
    MATRIX_COLUMNS.map((c) => c.header),
  );
  const rows = new SheetRows(sheet.workbook, sheet, MATRIX_COLUMNS.length, 2);
  const styleOf = (value: unknown, i: number) => (i === STATUS_COLUMN ? statusStyle(value) : COLUMN_STYLES[i]!); // a style for every column index i
  for (const entry of matrixEntries(plan, officeId)) {
    rows.add(
      MATRIX_COLUMNS.map((column) => cellValue(column.kind, entry.values[column.key])),
      styleOf,
    );
    if (progress.step()) await rows.breathe();
  }
  rows.flush();
  const lastRow = Math.max(rows.rowNumber - 1, 1);
  sheet.autoFilter = `A1:${columnLetter(MATRIX_COLUMNS.length)}${lastRow}`;
  const progressColumn = columnLetter(MATRIX_COLUMNS.findIndex((c) => c.key === 'progress') + 1);
  if (lastRow > 1) progressColours(sheet, `${progressColumn}2:${progressColumn}${lastRow}`);
  sheet.commit();
}

const STATUS_COLUMN = MATRIX_COLUMNS.findIndex((c) => c.key === 'status');
const COLUMN_STYLES = MATRIX_COLUMNS.map((c) => KIND_STYLES[c.kind]);

async function writeIdsSheet(workbook: Workbook, plan: ConsolidatedPlan, progress: ProgressCounter): Promise<void> {
  // veryHidden: not listed under Unhide in Excel, so nobody edits the ids by accident.
  const sheet = workbook.addWorksheet(SHEETS.ids, { state: 'veryHidden' });
  sheet.columns = ID_COLUMNS.map((header) => ({ key: header, width: header.endsWith('id') ? 38 : 10 }));
  styleHeader(sheet, 1, [...ID_COLUMNS]);
  const rows = new SheetRows(workbook, sheet, ID_COLUMNS.length, 2, true);
  const styleOf = () => KIND_STYLES.code;
  for (const entry of matrixEntries(plan)) {
    rows.add(idRow(plan.cycle, entry), styleOf);
    if (progress.step()) await rows.breathe();
  }
  rows.flush();
  sheet.commit();
}

/** Name and e-mail of everyone the workbook names by name, for the importer (import-xlsx.ts). */
function writePeopleSheet(workbook: Workbook, plan: ConsolidatedPlan): void {
  const sheet = workbook.addWorksheet(SHEETS.people, { state: 'veryHidden' });
  sheet.columns = PEOPLE_COLUMNS.map((header) => ({ key: header, width: 36 }));
  styleHeader(sheet, 1, [...PEOPLE_COLUMNS]);
  const rows = new SheetRows(workbook, sheet, PEOPLE_COLUMNS.length, 2, true);
  for (const [email, name] of [...plan.people].sort(([a], [b]) => a.localeCompare(b))) rows.add([name, email], () => KIND_STYLES.text);
  rows.flush();
  sheet.commit();
}

/** The _ids sheet's row for a matrix entry (bench/export-floor.ts writes it too). */
export function idRow(cycle: string, { values, ids }: MatrixEntry): (string | number | null)[] {
  return [
    values.office,
    values.objectiveRef,
    values.activityRef,
    values.targetRef,
    cycle,
    ids.planId,
    ids.objective.id,
    ids.objective.version,
    ids.activity?.id ?? null,
    ids.activity?.version ?? null,
    ids.target?.id ?? null,
    ids.target?.version ?? null,
  ];
}

/** Every this many rows the zip is let catch up (see SheetRows.breathe). */
const YIELD_EVERY = 25;

/** Reports progress every few hundred rows rather than on each, so a progress bar costs nothing. */
class ProgressCounter {
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly report?: (done: number, total: number) => void,
  ) {}

  /** Counts a row; true when it is time to let the zip catch up. */
  step(): boolean {
    this.done += 1;
    if (this.report && this.done % 500 === 0) this.report(this.done, this.total);
    return this.done % YIELD_EVERY === 0;
  }

  finish(): void {
    this.report?.(this.total, this.total);
  }
}
