// The blank workbook an office fills in at its workshop and imports: an Instructions sheet, the
// Action Plan sheet with the importable columns and drop-down lists (pillar, paragraphs,
// functional area, status) and date/number checks, and a hidden Lists sheet the drop-downs
// read from (a list written inline may not exceed 255 characters; the areas would).

import ExcelJS, { type DataValidation, type Worksheet } from 'exceljs';
import { FUNCTIONAL_AREAS, PARAGRAPHS, PILLARS, TARGET_STATUSES } from '../domain/catalogues';
import { EARLIEST_DATE, LATEST_DATE } from '../domain/dates';
import { FUNCTIONAL_AREA_LABELS, PILLAR_LABELS, TARGET_STATUS_LABELS } from './catalogue-labels';
import { MATRIX_COLUMNS, type MatrixKey } from './matrix';
import { SHEETS } from './workbook-layout';
import { columnLetter, defineColumns, styleHeader, TITLE_FONT } from './xlsx-style';

export const TEMPLATE_COLUMNS = MATRIX_COLUMNS.filter((c) => c.onImport !== 'ignored');

const LISTS: readonly { title: string; values: readonly (string | number)[] }[] = [
  { title: 'Pillar', values: PILLARS.map((p) => PILLAR_LABELS[p]) },
  { title: 'SCR 1325 paragraph', values: PARAGRAPHS.map((p) => p.number) },
  { title: 'Functional area', values: FUNCTIONAL_AREAS.map((a) => FUNCTIONAL_AREA_LABELS[a]) },
  { title: 'Status', values: TARGET_STATUSES.map((s) => TARGET_STATUS_LABELS[s]) },
];
const LIST_OF: Partial<Record<MatrixKey, number>> = { pillar: 0, paragraphs: 1, functionalArea: 2, status: 3 };

export async function buildImportTemplate(maxRows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '1325 Action Plan';
  writeInstructions(workbook.addWorksheet(SHEETS.instructions), maxRows);
  writeDataSheet(workbook.addWorksheet(SHEETS.actionPlan, { views: [{ state: 'frozen', ySplit: 1 }] }), maxRows);
  writeLists(workbook.addWorksheet(SHEETS.lists, { state: 'hidden' }));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeDataSheet(sheet: Worksheet, maxRows: number): void {
  defineColumns(sheet, TEMPLATE_COLUMNS);
  // References stay text: typed as numbers, "1.10" would become 1.1.
  for (const [i, c] of TEMPLATE_COLUMNS.entries()) if (c.kind === 'code') sheet.getColumn(i + 1).numFmt = '@';
  styleHeader(
    sheet,
    1,
    TEMPLATE_COLUMNS.map((c) => c.header),
  );
  // exceljs 4 has Worksheet.dataValidations but does not declare it in its types.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations;
  TEMPLATE_COLUMNS.forEach((column, i) => {
    const validation = validationFor(column.key, column.kind);
    if (validation) validations.add(`${columnLetter(i + 1)}2:${columnLetter(i + 1)}${maxRows + 1}`, validation);
  });
}

function validationFor(key: MatrixKey, kind: string): DataValidation | undefined {
  const list = LIST_OF[key];
  const spec = list === undefined ? undefined : LISTS[list];
  if (list !== undefined && spec) {
    const letter = columnLetter(list + 1);
    const many = key === 'paragraphs';
    return {
      type: 'list',
      allowBlank: true,
      formulae: [`${SHEETS.lists}!$${letter}$2:$${letter}$${spec.values.length + 1}`],
      // Several paragraphs ("4, 5") are not in the list: warn about them, never block them.
      errorStyle: many ? 'information' : 'stop',
      showErrorMessage: true,
      errorTitle: spec.title,
      error: many ? 'Several paragraphs are written as numbers separated by commas, e.g. 4, 5.' : `Choose a ${spec.title.toLowerCase()} from the list.`,
      showInputMessage: many,
      prompt: many ? 'One paragraph from the list, or several separated by commas, e.g. 4, 5' : undefined,
    };
  }
  if (kind === 'date') {
    return {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      formulae: [new Date(`${EARLIEST_DATE}T00:00:00Z`), new Date(`${LATEST_DATE}T00:00:00Z`)],
      showErrorMessage: true,
      errorTitle: 'Date',
      error: `Enter a date between ${EARLIEST_DATE} and ${LATEST_DATE}.`,
    };
  }
  if (kind === 'number') {
    return {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [-1e12, 1e12],
      showErrorMessage: true,
      errorTitle: 'Number',
      error: 'Enter a number.',
    };
  }
  return undefined;
}

function writeLists(sheet: Worksheet): void {
  LISTS.forEach((list, i) => {
    sheet.getColumn(i + 1).width = 34;
    sheet.getCell(1, i + 1).value = list.title;
    list.values.forEach((value, r) => (sheet.getCell(r + 2, i + 1).value = value));
  });
}

const RULES = [
  'Enter one row per target on the Action Plan sheet. Repeat the objective and activity columns on each of their rows, or fill them on the first row only.',
  'References identify the items and must be hierarchical: objective 1, its activities 1.1 and 1.2, their targets 1.1.a, 1.1.b. Importing the same file again changes nothing.',
  'An objective or activity without targets yet can have a row of its own, with the target columns left empty.',
  'Pillar, functional area and status come from the drop-down lists. Paragraphs are SCR 1325 operative paragraph numbers (1 to 18), several separated by commas, e.g. 4, 5.',
  'Dates are Excel dates (or text written 2007-06-30); baseline and target value are numbers. Owners and activity leads are e-mail addresses.',
  'Enter values only: a cell holding a formula is refused. Workbooks with macros (.xlsm) are refused.',
  'The import never deletes: items of the plan that are not in the file stay as they are.',
  'A workbook exported from the app can be edited and imported back; a row changed in the app since the export is reported as a conflict and not overwritten.',
];

function writeInstructions(sheet: Worksheet, maxRows: number): void {
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 12;
  sheet.getColumn(3).width = 100;
  sheet.getCell('A1').value = 'SCR 1325 work plan: import template';
  sheet.getCell('A1').font = TITLE_FONT;
  const rules = [...RULES, `At most ${maxRows.toLocaleString('en')} rows and 10 MB per file.`];
  rules.forEach((rule, i) => {
    const cell = sheet.getCell(i + 3, 1);
    cell.value = `${i + 1}. ${rule}`;
    sheet.mergeCells(i + 3, 1, i + 3, 3);
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(i + 3).height = 30;
  });
  const top = rules.length + 4;
  styleHeader(sheet, top, ['Column', 'Required', 'What to enter']);
  TEMPLATE_COLUMNS.forEach((c, i) => {
    const row = sheet.getRow(top + 1 + i);
    row.values = [c.header, c.onImport === 'required' ? 'yes' : '', COLUMN_HELP[c.key] ?? ''];
  });
}

const COLUMN_HELP: Partial<Record<MatrixKey, string>> = {
  office: 'The office code (e.g. OO); may be left empty: rows of other offices are skipped.',
  objectiveRef: 'Objective reference: 1, 2, 3…',
  objective: 'The outcome the office wants to reach.',
  pillar: 'Prevention, Participation, Protection or Relief and recovery.',
  paragraphs: 'SCR 1325 operative paragraphs, e.g. 4, 5.',
  functionalArea: 'From the list, e.g. Military, Police, Training.',
  activityRef: 'Activity reference under its objective: 1.1, 1.2…',
  activity: 'What will be done.',
  activityOwner: 'E-mail of the person leading the activity.',
  activityStart: 'Date the activity starts.',
  activityEnd: 'Date the activity ends (not before it starts).',
  resources: 'Staff, budget or partners the activity needs.',
  targetRef: 'Target reference under its activity: 1.1.a, 1.1.b…',
  target: 'The goal or output, measurable.',
  indicator: 'How progress is measured.',
  baseline: 'Value at the start (a number).',
  targetValue: 'Value to reach (a number).',
  unit: 'Unit of the values, e.g. %, staff, missions.',
  dueDate: 'Date the target is due.',
  owner: 'E-mail of the person answerable for the target.',
  status: 'Not started unless progress has been made; later updates come as check-ins in the app.',
  meansOfVerification: 'Where the evidence will be found.',
};
