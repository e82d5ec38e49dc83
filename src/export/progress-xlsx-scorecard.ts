// The scorecard's sheets of the progress workbook: Scorecard (offices × criteria, each rating in
// words on its colour, a legend above the table, an override marked by a note that says who
// made it and why) and Remedial actions (one row per action, due dates as real dates).

import type { Style, Workbook } from 'exceljs';
import { RATING_LABELS, RATINGS, type Rating } from '../domain/scorecard';
import type { ProgressModel } from './progress-model';
import { RATING_FILLS, type RatingLine } from './progress-scorecard';
import { columnLetter, KIND_STYLES, sheetValue, styleHeader, TITLE_FONT } from './xlsx-style';
import { printable } from './xml-text';

export const SCORECARD_SHEETS = { scorecard: 'Scorecard', remedial: 'Remedial actions' } as const;
/** Title, legend and a line on where the ratings come from, then the table from this row. */
export const SCORECARD_HEADER_ROW = 5;
export const LEGEND_ROW = 2;
export const REMEDIAL_HEADERS = ['Office', 'Criterion', 'Rating', 'Steps', 'Due', 'Responsible', 'Resources', 'Status'];

/** One style object per rating, shared by its cells (exceljs recognises a style it has seen by identity). */
const ratingStyle = (r: Rating): Partial<Style> => ({
  ...KIND_STYLES.text,
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${RATING_FILLS[r]}` } },
});
const RATING_STYLES: Readonly<Record<Rating, Partial<Style>>> = {
  'not-applicable': ratingStyle('not-applicable'),
  missing: ratingStyle('missing'),
  approaches: ratingStyle('approaches'),
  meets: ratingStyle('meets'),
  exceeds: ratingStyle('exceeds'),
};

/** The note on an overridden rating: the override is shown as one, with its reason. */
export function overrideNote(line: RatingLine): string | null {
  if (!line.override) return null;
  return printable(`Overridden by ${line.override.by} on ${line.override.on} (computed: ${line.override.computedLabel}). ${line.override.justification}`);
}

export function writeScorecardSheet(workbook: Workbook, model: ProgressModel): void {
  const sheet = workbook.addWorksheet(SCORECARD_SHEETS.scorecard, { views: [{ state: 'frozen', ySplit: SCORECARD_HEADER_ROW, xSplit: 2 }] });
  const headers = ['Office', 'Name', ...model.criteria.map((c) => c.label)];
  sheet.columns = headers.map((h, i) => ({ key: `c${i}`, width: i === 0 ? 10 : i === 1 ? 40 : 22 }));

  const title = sheet.getRow(1);
  title.getCell(1).value = printable(`Scorecard ${model.period.label}: each office rated on the UN-SWAP scale`);
  title.getCell(1).font = TITLE_FONT;
  title.commit();
  const legend = sheet.getRow(LEGEND_ROW);
  legend.getCell(1).value = 'Legend';
  legend.getCell(1).font = { bold: true };
  RATINGS.forEach((r, i) => {
    const cell = legend.getCell(i + 2);
    cell.value = RATING_LABELS[r];
    cell.style = RATING_STYLES[r];
  });
  legend.commit();
  const source = sheet.getRow(3);
  source.getCell(1).value =
    model.source === 'snapshot'
      ? 'Ratings kept when the period closed, from its snapshot. A note marks a rating the Gender Unit overrode, with its justification.'
      : 'The period is open: ratings from today’s figures, which may still change.';
  source.commit();

  styleHeader(sheet, SCORECARD_HEADER_ROW, headers);
  let next = SCORECARD_HEADER_ROW + 1;
  for (const { office, scorecard } of model.offices) {
    const row = sheet.getRow(next++);
    row.getCell(1).value = sheetValue(office.code);
    row.getCell(2).value = sheetValue(office.name);
    model.criteria.forEach((criterion, i) => {
      const line = scorecard?.ratings.find((r) => r.criterion === criterion.id);
      if (!line) return;
      const cell = row.getCell(i + 3);
      cell.value = line.ratingLabel;
      cell.style = RATING_STYLES[line.rating];
      const note = overrideNote(line);
      if (note) cell.note = note;
    });
    row.commit();
  }
  sheet.commit();
}

export function writeRemedialSheet(workbook: Workbook, model: ProgressModel): void {
  const sheet = workbook.addWorksheet(SCORECARD_SHEETS.remedial, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const widths = [10, 32, 24, 60, 12, 26, 30, 14];
  sheet.columns = REMEDIAL_HEADERS.map((h, i) => ({ key: h, width: widths[i] ?? 14, style: i === 4 ? KIND_STYLES.date : KIND_STYLES.longText }));
  styleHeader(sheet, 1, REMEDIAL_HEADERS);
  let next = 2;
  for (const { office, scorecard } of model.offices) {
    for (const action of scorecard?.actions ?? []) {
      const rating = scorecard?.ratings.find((r) => r.criterion === action.criterion);
      const row = sheet.getRow(next++);
      row.values = [
        office.code,
        action.criterionLabel,
        rating?.ratingLabel ?? null,
        action.steps,
        new Date(`${action.due}T00:00:00.000Z`),
        action.responsible,
        action.resources,
        action.statusLabel,
      ].map(sheetValue);
      if (rating) row.getCell(3).style = RATING_STYLES[rating.rating];
      row.commit();
    }
  }
  sheet.autoFilter = `A1:${columnLetter(REMEDIAL_HEADERS.length)}${Math.max(next - 1, 1)}`;
  sheet.commit();
}
