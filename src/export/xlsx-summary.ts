// The workbook's overview sheets: Summary (roll-ups by office, pillar, paragraph and
// functional area, with the department's totals), By SCR 1325 paragraph (paragraph × office)
// and Overdue. Each is written top to bottom and committed, as the streaming writer needs.

import type { Font, Workbook, Worksheet } from 'exceljs';
import type { Rollup } from '../domain/derive';
import { FUNCTIONAL_AREA_LABELS, PILLAR_LABELS, PLAN_STATUS_LABELS, TARGET_STATUS_LABELS } from './catalogue-labels';
import { personName, type ConsolidatedPlan, type SummaryLine } from './consolidate';
import { SHEETS } from './workbook-layout';
import {
  cellValue,
  columnLetter,
  DATE_FORMAT,
  DRAFT_FONT,
  statusStyle,
  PERCENT_FORMAT,
  progressColours,
  sheetValue,
  styleHeader,
  TITLE_FONT,
} from './xlsx-style';

/** The Summary table's columns; the first three name the line, the rest count. */
export const SUMMARY_HEADERS = [
  'Office',
  'Name',
  'Plan status',
  'Objectives',
  'Activities',
  'Targets',
  'Achieved',
  'On track',
  'At risk',
  'Off track',
  'Not started',
  'Dropped',
  'Overdue',
  '% complete',
] as const;

/** The label of the department's line in the Summary's office table. */
export const TOTAL_LABEL = 'Total';

export function writeSummarySheet(workbook: Workbook, plan: ConsolidatedPlan): void {
  const sheet = workbook.addWorksheet(SHEETS.summary);
  sheet.columns = SUMMARY_HEADERS.map((h, i) => ({ key: h, width: i === 1 ? 48 : i === 0 ? 22 : i === 2 ? 22 : 11 }));
  const writer = new RowWriter(sheet);
  const only = plan.offices.length === 1 ? plan.offices[0] : undefined;
  const scope = only && plan.officeCode ? ` — ${only.office.name}` : '';
  writer.text(`SCR 1325 Departmental Action Plan ${plan.cycle}${scope}`, TITLE_FONT);
  if (plan.draft) writer.text('DRAFT — not every work plan included here has been endorsed by the Gender Unit.', DRAFT_FONT);
  writer.text(`Figures as of ${plan.asOf}. A target counts under every SCR 1325 paragraph its objective names.`);
  writer.blank();

  writer.table('By office', [
    ...plan.offices.map(({ office, plan: tree, summary }) => line(office.code, office.name, PLAN_STATUS_LABELS[tree.status], summary)),
    ...plan.officesWithoutPlan.map((office) => [office.code, office.name, 'No work plan yet']),
    line(TOTAL_LABEL, plan.officeCode ? 'The office' : 'The Department', '', plan.totals),
  ]);
  writer.table(
    'By pillar',
    plan.byPillar.map((p) => line(PILLAR_LABELS[p.pillar], '', '', p)),
  );
  writer.table(
    'By SCR 1325 paragraph',
    plan.byParagraph.map((p) => line(`Paragraph ${p.paragraph}`, p.title, '', p)),
  );
  writer.table(
    'By functional area',
    plan.byFunctionalArea.map((a) => line(FUNCTIONAL_AREA_LABELS[a.functionalArea], '', '', a)),
  );
  sheet.commit();
}

function line(label: string, name: string, status: string, s: SummaryLine): (string | number | null)[] {
  const r: Rollup = s.rollup;
  return [
    label,
    name,
    status,
    s.objectives,
    s.activities,
    s.targets,
    r.byStatus.achieved,
    r.byStatus['on-track'],
    r.byStatus['at-risk'],
    r.byStatus['off-track'],
    r.byStatus['not-started'],
    r.byStatus.dropped,
    r.overdue,
    r.progress === null ? null : r.progress / 100,
  ];
}

/** Writes the Summary from the top down: titles, then tables with a header and a colour scale on "% complete". */
class RowWriter {
  private next = 1;

  constructor(private readonly sheet: Worksheet) {}

  text(value: string, font?: Partial<Font>): void {
    const row = this.sheet.getRow(this.next++);
    row.getCell(1).value = sheetValue(value);
    if (font) row.getCell(1).font = font;
    row.commit();
  }

  blank(): void {
    this.next += 1;
  }

  table(title: string, rows: (string | number | null)[][]): void {
    this.text(title, { bold: true, size: 12 });
    styleHeader(this.sheet, this.next++, [...SUMMARY_HEADERS]);
    const first = this.next;
    for (const values of rows) {
      const row = this.sheet.getRow(this.next++);
      row.values = values.map(sheetValue);
      row.getCell(SUMMARY_HEADERS.length).numFmt = PERCENT_FORMAT;
      if (values[0] === TOTAL_LABEL) row.font = { bold: true };
      row.commit();
    }
    const column = columnLetter(SUMMARY_HEADERS.length);
    if (rows.length) progressColours(this.sheet, `${column}${first}:${column}${this.next - 1}`);
    this.blank();
  }
}

export function writeParagraphSheet(workbook: Workbook, plan: ConsolidatedPlan): void {
  const sheet = workbook.addWorksheet(SHEETS.byParagraph, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const offices = plan.offices.map((o) => o.office);
  sheet.columns = [{ width: 10 }, { width: 60 }, ...offices.map(() => ({ width: 9 })), { width: 12 }];
  styleHeader(sheet, 1, ['Paragraph', 'Title', ...offices.map((o) => o.code), 'All offices']);
  plan.byParagraph.forEach((p, i) => {
    const row = sheet.getRow(i + 2);
    row.values = [p.paragraph, sheetValue(p.title), ...offices.map((o) => p.targetsByOffice.get(o.id) ?? 0), p.targets];
    row.commit();
  });
  const note = sheet.getRow(plan.byParagraph.length + 3);
  note.getCell(1).value = 'Targets per paragraph and office. A target counts under every paragraph its objective names.';
  note.commit();
  sheet.commit();
}

const OVERDUE_HEADERS = ['Office', 'Target ref', 'Target', 'Owner', 'Due date', 'Days overdue', 'Status', 'Progress', 'Objective', 'Activity'];

export function writeOverdueSheet(workbook: Workbook, plan: ConsolidatedPlan): void {
  const sheet = workbook.addWorksheet(SHEETS.overdue, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { width: 9 },
    { width: 9 },
    { width: 48, style: { alignment: { wrapText: true, vertical: 'top' } } },
    { width: 28 },
    { width: 12, style: { numFmt: DATE_FORMAT } },
    { width: 9 },
    { width: 12 },
    { width: 10, style: { numFmt: PERCENT_FORMAT } },
    { width: 40, style: { alignment: { wrapText: true, vertical: 'top' } } },
    { width: 40, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  styleHeader(sheet, 1, OVERDUE_HEADERS);
  plan.overdue.forEach(({ office, objective, activity, target }, i) => {
    const row = sheet.getRow(i + 2);
    row.values = [
      office.code,
      target.ref,
      target.description,
      personName(plan, target.owner),
      cellValue('date', target.dueDate),
      target.daysOverdue,
      TARGET_STATUS_LABELS[target.status],
      target.progress / 100,
      `${objective.ref} ${objective.title}`,
      `${activity.ref} ${activity.title}`,
    ].map(sheetValue);
    row.getCell(7).style = { ...statusStyle(TARGET_STATUS_LABELS[target.status]) };
    row.commit();
  });
  sheet.autoFilter = `A1:${columnLetter(OVERDUE_HEADERS.length)}${plan.overdue.length + 1}`;
  sheet.commit();
}
