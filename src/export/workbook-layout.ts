// The workbook's layout that the exporter writes and the importer reads back: the sheet
// names and the hidden sheet of ids and versions.

import type { Office } from '../domain/model';

export const SHEETS = {
  summary: 'Summary',
  actionPlan: 'Action Plan',
  byParagraph: 'By SCR 1325 paragraph',
  overdue: 'Overdue',
  ids: '_ids',
  instructions: 'Instructions',
  lists: 'Lists',
} as const;

/** The hidden sheet's columns: the keys a row is found by, then what it was made from. */
export const ID_COLUMNS = [
  'Office',
  'Objective ref',
  'Activity ref',
  'Target ref',
  'Cycle',
  'Plan id',
  'Objective id',
  'Objective version',
  'Activity id',
  'Activity version',
  'Target id',
  'Target version',
] as const;

/** Excel compares sheet names without case: an office coded "SUMMARY" must not clash with Summary. */
export function officeSheetName(office: Pick<Office, 'code'>): string {
  const taken = Object.values(SHEETS).map((s) => s.toLowerCase());
  return taken.includes(office.code.toLowerCase()) ? `${office.code} office` : office.code;
}
