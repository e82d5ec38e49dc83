// Exports and imports of the consolidated plan: the queries of the downloads and of the
// Excel import, the result of filing an export in the document library, and the import report.

import { z } from 'zod';
import { contractSchemas } from './registry';
import { cycle, officeCode } from '../domain/schemas';

export const EXPORT_FORMATS = ['xlsx', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** GET /api/export/action-plan.{xlsx|docx}: a cycle (the latest by default), one office or all. */
export const exportQuery = z.strictObject({ cycle: cycle.optional(), office: officeCode.optional() });
export type ExportQuery = z.infer<typeof exportQuery>;
/** GET /api/export/progress-report.{xlsx|docx}: the progress report of a period (its id), one office or all. */
export const progressExportQuery = z.strictObject({ period: z.string().trim().min(1).max(100), office: officeCode.optional() });
export type ProgressExportQuery = z.infer<typeof progressExportQuery>;
/** POST …/save: the same, and the library folder to file it in. */
export const saveQuery = exportQuery.extend({ folder: z.string().trim().min(1).max(200).optional() });

export const savedExport = z
  .object({
    name: z.string(),
    webUrl: z.string(),
    size: z.number().int(),
    /** False when a file of the same name was replaced (the library keeps it as a version). */
    created: z.boolean(),
  })
  .register(contractSchemas, { id: 'SavedExport' });
export type SavedExport = z.infer<typeof savedExport>;

/** POST /api/import?office=CODE[&cycle=C][&dryRun=true], the workbook as the body. */
export const importQuery = z.strictObject({
  office: officeCode,
  cycle: cycle.optional(),
  dryRun: z.enum(['true', 'false']).optional(),
});

export const REFUSAL_KINDS = ['too-large', 'not-xlsx', 'zip-bomb', 'macro-enabled', 'too-many-rows', 'missing-column', 'unreadable'] as const;

export const importProblem = z
  .object({
    /** Null for problems with the file as a whole. */
    sheet: z.string().nullable(),
    /** The Excel row number (the header is row 1). */
    row: z.number().int().nullable(),
    /** The column's header, as in the template. */
    column: z.string().nullable(),
    problem: z.string(),
    /** `conflict`: the row was exported before someone else changed the item; it is not overwritten. */
    kind: z.enum(['file', 'row', 'conflict']),
  })
  .register(contractSchemas, { id: 'ImportProblem' });

const itemTally = z
  .object({ objectives: z.number().int(), activities: z.number().int(), targets: z.number().int() })
  .register(contractSchemas, { id: 'ItemTally' });

export const importReport = z
  .object({
    office: z.string(),
    cycle: z.string().nullable(),
    planId: z.string().nullable(),
    dryRun: z.boolean(),
    /** True only when every change was written (one commit); false whenever there is a problem. */
    applied: z.boolean(),
    refusal: z.enum(REFUSAL_KINDS).nullable(),
    summary: z.object({
      created: itemTally,
      updated: itemTally,
      unchanged: itemTally,
      /** Rows of other offices, which an import for one office leaves alone. */
      otherOfficeRows: z.number().int(),
      /** True when the office had no plan for the cycle and the import starts one (as a draft). */
      createsPlan: z.boolean(),
    }),
    problems: z.array(importProblem),
  })
  .register(contractSchemas, { id: 'ImportReport' });
export type ImportReport = z.infer<typeof importReport>;
