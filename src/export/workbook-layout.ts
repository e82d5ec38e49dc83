// The workbook's layout that the exporter writes and the importer reads back: the sheet
// names and the hidden sheet of ids and versions.

import type { Office } from '../domain/model';
import { printable } from './xml-text';

export const SHEETS = {
  summary: 'Summary',
  actionPlan: 'Action Plan',
  byParagraph: 'By SCR 1325 paragraph',
  overdue: 'Overdue',
  ids: '_ids',
  people: '_people',
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

/**
 * The hidden sheet of the people the workbook names: the Owner and Activity lead columns show
 * display names, and an import reads a name found here as the e-mail beside it.
 */
export const PEOPLE_COLUMNS = ['Name', 'E-mail'] as const;

/** Excel compares sheet names without case: an office coded "SUMMARY" must not clash with Summary. */
export function officeSheetName(office: Pick<Office, 'code'>): string {
  const taken = Object.values(SHEETS).map((s) => s.toLowerCase());
  // The name goes into workbook.xml as an attribute: a character XML forbids would spoil the file.
  const code = printable(office.code);
  return taken.includes(code.toLowerCase()) ? `${code} office` : code;
}
