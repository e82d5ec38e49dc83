// What an import of an office work plan from Excel answers: the problems row by row, what it
// would create, update or leave unchanged, and whether it was applied. Also the limits a
// workbook must stay within before it is even opened.

export interface ImportLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most data rows in a sheet. */
  maxRows: number;
  /** Most bytes all parts of the workbook may unpack to (zip bombs). */
  maxUncompressedBytes: number;
  /** Most a large part may expand relative to its packed size. */
  maxCompressionRatio: number;
  /** Most parts (files) in the workbook's zip. */
  maxEntries: number;
}

const MB = 1024 * 1024;

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = {
  maxBytes: 10 * MB,
  maxRows: 5000,
  maxUncompressedBytes: 100 * MB,
  maxCompressionRatio: 100,
  maxEntries: 1000,
};

/** Why a whole file was turned away before any row was read. */
export type RefusalKind = 'too-large' | 'not-xlsx' | 'zip-bomb' | 'macro-enabled' | 'too-many-rows' | 'missing-column' | 'unreadable';

export interface ImportProblem {
  /** Null for problems with the file as a whole. */
  sheet: string | null;
  /** The Excel row number (the header is row 1). */
  row: number | null;
  /** The column's header, as in the template. */
  column: string | null;
  problem: string;
  /** `conflict`: the row was exported before someone else changed the item; it is not overwritten. */
  kind: 'file' | 'row' | 'conflict';
}

export interface ItemTally {
  objectives: number;
  activities: number;
  targets: number;
}

export interface ImportSummary {
  created: ItemTally;
  updated: ItemTally;
  unchanged: ItemTally;
  /** Rows of other offices, which an import for one office leaves alone. */
  otherOfficeRows: number;
  /** True when the office had no plan for the cycle and the import starts one (as a draft). */
  createsPlan: boolean;
}

export interface ImportReport {
  office: string;
  cycle: string | null;
  planId: string | null;
  dryRun: boolean;
  /** True only when every change was written (one commit); false whenever there is a problem. */
  applied: boolean;
  refusal: RefusalKind | null;
  summary: ImportSummary;
  problems: ImportProblem[];
}

export const emptyTally = (): ItemTally => ({ objectives: 0, activities: 0, targets: 0 });

export function emptySummary(): ImportSummary {
  return { created: emptyTally(), updated: emptyTally(), unchanged: emptyTally(), otherOfficeRows: 0, createsPlan: false };
}

/** A whole workbook turned away, with a message that says what to do about it. */
export class WorkbookRefusedError extends Error {
  override readonly name = 'WorkbookRefusedError';
  constructor(
    readonly kind: RefusalKind,
    message: string,
  ) {
    super(message);
  }
}

export function fileProblem(message: string): ImportProblem {
  return { sheet: null, row: null, column: null, problem: message, kind: 'file' };
}

export const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;
