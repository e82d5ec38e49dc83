// The consolidated plan as an Excel workbook, written with exceljs's streaming writer so that
// memory stays flat however large the plan: every row is committed as soon as it is written.
// Sheets: Summary, Action Plan, one per office, By SCR 1325 paragraph, Overdue, and the hidden
// _ids sheet that lets an edited workbook be imported back safely.
//
// Formula injection: text is always passed to exceljs as a plain string, which it writes as a
// shared string (<c t="s">), never as a formula (<f>), so a title such as "=HYPERLINK(…)" or
// "+1" stays text in Excel. An apostrophe prefix is therefore not needed (and would become part
// of the value); tests/export check the sheet XML for <f> elements.

import ExcelJS, { type Workbook, type Worksheet } from 'exceljs';
import type { Writable } from 'node:stream';
import type { ConsolidatedPlan } from './consolidate';
import { MATRIX_COLUMNS, matrixEntries, matrixRowCount, type MatrixEntry } from './matrix';
import { ID_COLUMNS, officeSheetName, SHEETS } from './workbook-layout';
import { writeOverdueSheet, writeParagraphSheet, writeSummarySheet } from './xlsx-summary';
import { cellValue, columnLetter, defineColumns, KIND_STYLES, progressColours, statusStyle, styleHeader } from './xlsx-style';

export interface WorkbookProgress {
  /** Called now and then with the rows written so far and the rows to write in all. */
  onProgress?: (done: number, total: number) => void;
}

export async function writeActionPlanWorkbook(plan: ConsolidatedPlan, out: Writable, options: WorkbookProgress = {}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = '1325 Action Plan';
  workbook.title = `SCR 1325 Departmental Action Plan ${plan.cycle}`;
  const rows = matrixRowCount(plan);
  const progress = new ProgressCounter(rows * 3, options.onProgress);

  writeSummarySheet(workbook, plan);
  writeMatrixSheet(workbook.addWorksheet(SHEETS.actionPlan, frozenHeader()), plan, undefined, progress);
  for (const { office } of plan.offices) {
    writeMatrixSheet(workbook.addWorksheet(officeSheetName(office), frozenHeader()), plan, office.id, progress);
  }
  writeParagraphSheet(workbook, plan);
  writeOverdueSheet(workbook, plan);
  writeIdsSheet(workbook, plan, progress);
  await workbook.commit();
  progress.finish();
}

const frozenHeader = () => ({ views: [{ state: 'frozen' as const, ySplit: 1, xSplit: 0 }] });

function writeMatrixSheet(sheet: Worksheet, plan: ConsolidatedPlan, officeId: string | undefined, progress: ProgressCounter): void {
  defineColumns(sheet, MATRIX_COLUMNS);
  styleHeader(sheet, 1, MATRIX_COLUMNS.map((c) => c.header));
  let rowNumber = 1;
  for (const entry of matrixEntries(plan, officeId)) {
    rowNumber += 1;
    const row = sheet.getRow(rowNumber);
    MATRIX_COLUMNS.forEach((column, i) => {
      const value = cellValue(column.kind, entry.values[column.key]);
      if (value === null) return;
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.style = column.key === 'status' ? statusStyle(value) : KIND_STYLES[column.kind];
    });
    row.commit();
    progress.step();
  }
  const last = columnLetter(MATRIX_COLUMNS.length);
  sheet.autoFilter = `A1:${last}${Math.max(rowNumber, 1)}`;
  const progressColumn = columnLetter(MATRIX_COLUMNS.findIndex((c) => c.key === 'progress') + 1);
  if (rowNumber > 1) progressColours(sheet, `${progressColumn}2:${progressColumn}${rowNumber}`);
  sheet.commit();
}

function writeIdsSheet(workbook: Workbook, plan: ConsolidatedPlan, progress: ProgressCounter): void {
  // veryHidden: not listed under Unhide in Excel, so nobody edits the ids by accident.
  const sheet = workbook.addWorksheet(SHEETS.ids, { state: 'veryHidden' });
  sheet.columns = ID_COLUMNS.map((header) => ({ key: header, width: header.endsWith('id') ? 38 : 10 }));
  styleHeader(sheet, 1, [...ID_COLUMNS]);
  let rowNumber = 1;
  for (const entry of matrixEntries(plan)) {
    rowNumber += 1;
    const row = sheet.getRow(rowNumber);
    idRow(plan.cycle, entry).forEach((value, i) => {
      if (value === null) return;
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.style = KIND_STYLES.code;
    });
    row.commit();
    progress.step();
  }
  sheet.commit();
}

function idRow(cycle: string, { values, ids }: MatrixEntry): (string | number | null)[] {
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

/** Reports progress every few hundred rows rather than on each, so a progress bar costs nothing. */
class ProgressCounter {
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly report?: (done: number, total: number) => void,
  ) {}

  step(): void {
    this.done += 1;
    if (this.report && this.done % 500 === 0) this.report(this.done, this.total);
  }

  finish(): void {
    this.report?.(this.total, this.total);
  }
}
