// The periodic progress report as an Excel workbook, written with exceljs's streaming writer:
// Summary (offices × the period's figures, with the department's total), Trend (period ×
// measure, ready for a chart), Scorecard and Remedial actions (progress-xlsx-scorecard.ts) and
// Targets (one row per target and period). As in the action-plan workbook
// (xlsx.ts), text is always written as a string, never as a formula, and stripped of the
// characters XML 1.0 forbids.

import ExcelJS, { type Workbook, type Worksheet } from 'exceljs';
import type { Writable } from 'node:stream';
import type { SnapshotCounts } from '../domain/monitoring';
import { REPORT_STATUS_LABELS } from '../domain/report-status-labels';
import { statusLabel, TIMELINESS_LABELS } from './progress-labels';
import { progressTitle, type ProgressModel } from './progress-model';
import { writeRemedialSheet, writeScorecardSheet } from './progress-xlsx-scorecard';
import { DRAFT_FONT, KIND_STYLES, sheetValue, statusStyle, styleHeader, TITLE_FONT } from './xlsx-style';
import { printable } from './xml-text';

export const PROGRESS_SHEETS = { summary: 'Summary', trend: 'Trend', targets: 'Targets' } as const;

/** The counts every office line and trend row shows, in this order. */
const MEASURES: readonly [string, (c: SnapshotCounts) => number][] = [
  ['Targets', (c) => c.targets],
  ['Achieved', (c) => c.byStatus.achieved],
  ['On track', (c) => c.byStatus['on-track']],
  ['At risk', (c) => c.byStatus['at-risk']],
  ['Off track', (c) => c.byStatus['off-track']],
  ['Not started', (c) => c.byStatus['not-started']],
  ['Dropped', (c) => c.byStatus.dropped],
  ['Overdue', (c) => c.overdue],
  ['Milestones met', (c) => c.milestonesMet],
  ['Milestones missed', (c) => c.milestonesMissed],
];
const REPORT_MEASURES: readonly [string, (c: SnapshotCounts) => number][] = [
  ['Reports on time', (c) => c.reportsOnTime],
  ['Reports late', (c) => c.reportsLate],
  ['Reports missing', (c) => c.reportsMissing],
];

export const SUMMARY_HEADERS = ['Office', 'Name', ...MEASURES.map(([h]) => h), 'Report', 'Handed in'];
export const TREND_HEADERS = ['Period', 'Start', 'End', 'Source', ...MEASURES.map(([h]) => h), ...REPORT_MEASURES.map(([h]) => h)];
export const TARGET_HEADERS = [
  'Office',
  'Ref',
  'Target',
  'Unit',
  'Period',
  'Milestone',
  'Milestone met',
  'Actual',
  'Women',
  'Men',
  'Status',
  'Overdue',
  'Comment',
];

export async function writeProgressWorkbook(model: ProgressModel, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = '1325 Action Plan';
  workbook.title = printable(progressTitle(model));
  writeSummary(workbook, model);
  writeTrend(workbook, model);
  writeScorecardSheet(workbook, model);
  writeTargets(workbook, model);
  writeRemedialSheet(workbook, model);
  await workbook.commit();
}

const frozen = (ySplit: number) => ({ views: [{ state: 'frozen' as const, ySplit, xSplit: 0 }] });

/** Title lines, then the table from row SUMMARY_HEADER_ROW. */
export const SUMMARY_HEADER_ROW = 5;

function writeSummary(workbook: Workbook, model: ProgressModel): void {
  const sheet = workbook.addWorksheet(PROGRESS_SHEETS.summary, frozen(SUMMARY_HEADER_ROW));
  sheet.columns = SUMMARY_HEADERS.map((h, i) => ({ key: h, width: i === 1 ? 44 : i >= SUMMARY_HEADERS.length - 2 ? 26 : 12 }));
  const text = (row: number, value: string, font?: Partial<ExcelJS.Font>) => {
    const cell = sheet.getRow(row).getCell(1);
    cell.value = printable(value);
    if (font) cell.font = font;
    sheet.getRow(row).commit();
  };
  text(1, progressTitle(model), TITLE_FONT);
  text(
    2,
    `${model.period.start} to ${model.period.end}; ${model.source === 'snapshot' ? 'figures from the snapshot taken when the period closed' : 'the period is open: figures as of today'}.`,
  );
  if (model.draft) text(3, 'DRAFT — the period is open or a progress report included here is not accepted yet.', DRAFT_FONT);
  styleHeader(sheet, SUMMARY_HEADER_ROW, SUMMARY_HEADERS);
  let next = SUMMARY_HEADER_ROW + 1;
  for (const o of model.offices) {
    const report = o.report ? REPORT_STATUS_LABELS[o.report.status] : 'None';
    addRow(sheet, next++, [
      o.office.code,
      o.office.name,
      ...MEASURES.map(([, pick]) => (o.counts ? pick(o.counts) : null)),
      report,
      TIMELINESS_LABELS[o.timeliness],
    ]);
  }
  const total = sheet.getRow(next);
  total.values = ['Total', model.office ? model.office.name : 'The Department', ...MEASURES.map(([, pick]) => pick(model.current))].map(sheetValue);
  total.font = { bold: true };
  total.commit();
  sheet.commit();
}

function writeTrend(workbook: Workbook, model: ProgressModel): void {
  const sheet = workbook.addWorksheet(PROGRESS_SHEETS.trend, frozen(1));
  sheet.columns = TREND_HEADERS.map((h, i) => ({ key: h, width: i < 4 ? 12 : 14, style: i === 1 || i === 2 ? KIND_STYLES.date : KIND_STYLES.number }));
  styleHeader(sheet, 1, TREND_HEADERS);
  model.trend.forEach(({ period, counts }, i) => {
    const source = i === model.trend.length - 1 && model.source === 'live' ? 'Live (open)' : 'Snapshot';
    addRow(sheet, i + 2, [
      period.label,
      isoDate(period.start),
      isoDate(period.end),
      source,
      ...MEASURES.map(([, pick]) => pick(counts)),
      ...REPORT_MEASURES.map(([, pick]) => pick(counts)),
    ]);
  });
  sheet.commit();
}

const yesNo = (b: boolean | null) => (b === null ? null : b ? 'Yes' : 'No');

function writeTargets(workbook: Workbook, model: ProgressModel): void {
  const sheet = workbook.addWorksheet(PROGRESS_SHEETS.targets, frozen(1));
  const widths = [10, 8, 60, 12, 10, 11, 11, 10, 10, 10, 14, 10, 50];
  sheet.columns = TARGET_HEADERS.map((h, i) => ({ key: h, width: widths[i] ?? 12 }));
  styleHeader(sheet, 1, TARGET_HEADERS);
  const status = TARGET_HEADERS.indexOf('Status') + 1;
  model.annex.forEach((l, i) => {
    const row = addRow(
      sheet,
      i + 2,
      [
        l.officeCode,
        l.ref,
        l.description,
        l.unit,
        l.period,
        l.milestone,
        yesNo(l.milestoneMet),
        l.value,
        l.women,
        l.men,
        statusLabel(l.status),
        l.overdue ? 'Yes' : 'No',
        l.comment,
      ],
      false,
    );
    row.getCell(status).style = statusStyle(statusLabel(l.status));
    row.commit();
  });
  sheet.autoFilter = `A1:M${Math.max(model.annex.length + 1, 1)}`;
  sheet.commit();
}

function addRow(sheet: Worksheet, n: number, values: (string | number | Date | null)[], commit = true): ExcelJS.Row {
  const row = sheet.getRow(n);
  row.values = values.map(sheetValue);
  if (commit) row.commit();
  return row;
}

const isoDate = (day: string) => new Date(`${day}T00:00:00.000Z`);
