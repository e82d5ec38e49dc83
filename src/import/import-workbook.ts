// What a work plan workbook holds once read (import-xlsx.ts reads it): typed rows with their
// problems, the columns present, and the versions an exported workbook was made from. Apart from
// the reader so that planning an import (import-plan.ts) does not load exceljs with the app.

import type { ImportProblem } from './import-report';
import type { MatrixKey } from '../export/matrix';

export type ImportValue = string | number | null;

export interface ImportRow {
  sheet: string;
  /** The Excel row number. */
  row: number;
  values: Partial<Record<MatrixKey, ImportValue>>;
  problems: ImportProblem[];
}

/** What an exported workbook says each item was when it was exported, by office code and reference. */
export interface ExportedItem {
  planId: string;
  id: string;
  version: number;
}
export interface ExportedVersions {
  objectives: Map<string, ExportedItem>;
  activities: Map<string, ExportedItem>;
  targets: Map<string, ExportedItem>;
  /** The cycle each office's rows were exported from. */
  cycles: Map<string, string>;
}

export interface ImportWorkbook {
  /** The columns the sheet has, by key; optional columns it lacks are left alone on import. */
  columns: ReadonlySet<MatrixKey>;
  rows: ImportRow[];
  exported: ExportedVersions;
}

export const exportedKey = (office: string, ref: string) => `${office.toUpperCase()}|${ref}`;
