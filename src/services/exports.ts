// Exports of the consolidated Departmental Action Plan (Excel and Word): who may export what,
// loading a cycle's plans once, and a file that any edge (HTTP download, CLI) writes to a
// stream of its choice or files in the SharePoint site's document library.
//
// Permission (the table in domain/permissions.ts): the Gender Unit exports the whole department
// or any office; an office's focal point exports their own office only (office=CODE); viewers,
// target owners and administrators without the Gender Unit role do not export. Only the Gender
// Unit files into the library.

import { PassThrough, type Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { EXPORT_CONTENT_TYPES, exportQuery, saveQuery, type ExportFormat } from '../contract/exchange';
import { StateError } from '../domain/errors';
import type { CheckIn, Office, PlanContents } from '../domain/model';
import { parse } from '../domain/schemas';
import { consolidate, peopleNamedIn, type ConsolidatedPlan } from '../export/consolidate';
import { requirePermission } from './access';
import { today, type ServiceContext } from './context';
import { plansOfRecord } from './plan-revisions';
import type { ExportLibrary, SavedExport } from './export-library';
import type { Actor } from './identity';
import { officeByCode } from './offices';

// The formats, their content types and the queries are the API contract's.
export { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportQuery, saveQuery, type ExportFormat, type ExportQuery } from '../contract/exchange';

export interface ActionPlanFile {
  fileName: string;
  contentType: string;
  consolidation: ConsolidatedPlan;
  /** Writes the whole file to `out`; resolves once `out` has been ended. */
  write(out: Writable, onProgress?: (done: number, total: number) => void): Promise<void>;
}

// The library is a port (export-library.ts) that the composition root fills in the ServiceContext.
export type { ExportLibrary, SavedExport } from './export-library';

export const NO_LIBRARY = 'Saving to the document library needs the SharePoint store (STORE=sharepoint); here the plans are kept in SQLite.';

/** Produces the export and files it in the library (the Gender Unit only); a file of the same name is replaced. */
export async function saveActionPlanExport(
  ctx: ServiceContext,
  actor: Actor,
  format: ExportFormat,
  rawQuery: unknown,
  library: ExportLibrary | null = ctx.library,
): Promise<SavedExport> {
  const { folder, ...query } = parse(saveQuery, rawQuery ?? {}, 'query');
  requirePermission(actor, 'save-export');
  if (!library) throw new StateError(NO_LIBRARY);
  const file = await prepareActionPlanExport(ctx, actor, format, query);
  return library.save({ fileName: file.fileName, contentType: file.contentType, bytes: await inMemory(file), folder });
}

/** The whole file as bytes: what a simple upload sends (at most a few MB; see document-library.ts). */
async function inMemory(file: ActionPlanFile): Promise<Buffer> {
  const sink = new PassThrough();
  const [bytes] = await Promise.all([buffer(sink), file.write(sink)]);
  return bytes;
}

/** Checks the caller may export, loads and consolidates the cycle's plans, and names the file. */
export async function prepareActionPlanExport(ctx: ServiceContext, actor: Actor, format: ExportFormat, rawQuery: unknown): Promise<ActionPlanFile> {
  const query = parse(exportQuery, rawQuery ?? {}, 'query');
  const office = query.office ? await officeByCode(ctx, query.office) : undefined;
  requireExporter(actor, office);
  const cycle = query.cycle ?? (await latestCycle(ctx, office));
  // A plan under amendment is exported as its last endorsed revision: the amendment is not final until endorsed.
  const [offices, contents, workshops] = await Promise.all([
    ctx.store.listOffices(),
    ctx.store.listPlanContents({ cycle, officeId: office?.id }).then((c) => plansOfRecord(ctx.store, c)),
    ctx.store.listWorkshops(),
  ]);
  // Owners and leads appear by name in both files; looked up once for the whole export.
  const [checkIns, people] = await Promise.all([lastCheckIns(ctx, contents), ctx.directory.namesOf(peopleNamedIn(contents))]);
  const consolidation = consolidate({
    offices,
    contents,
    lastCheckIns: checkIns,
    people,
    cycle,
    officeCode: office?.code,
    today: today(ctx),
    workshops,
  });
  const fileName = `1325-action-plan-${cycle}${office ? `-${office.code.toLowerCase()}` : ''}${consolidation.draft ? '-draft' : ''}.${format}`;
  return {
    fileName,
    contentType: EXPORT_CONTENT_TYPES[format],
    consolidation,
    // The writer of the format loads when the file is written: exceljs and docx are large.
    async write(out, onProgress) {
      if (format === 'xlsx') return (await import('../export/xlsx')).writeActionPlanWorkbook(consolidation, out, { onProgress });
      return (await import('../export/docx')).writeActionPlanDocument(consolidation, out, { onProgress });
    },
  };
}

export function requireExporter(actor: Actor, office: Office | undefined): void {
  if (!office) requirePermission(actor, 'export');
  else requirePermission(actor, 'export', { officeId: office.id }, `Only the Gender Unit or a focal point of ${office.code} exports its work plan.`);
}

/** The newest cycle with a plan (for the office, when one is named): what "the plan" means by default. */
async function latestCycle(ctx: ServiceContext, office: Office | undefined): Promise<string> {
  const cycles = (await ctx.store.listPlans({ officeId: office?.id })).map((p) => p.cycle).sort();
  const latest = cycles.at(-1);
  if (!latest) throw new StateError(office ? `${office.code} has no work plan to export yet.` : 'There is no work plan to export yet.');
  return latest;
}

/** The latest check-in of each target that has one, in one read of the store. */
async function lastCheckIns(ctx: ServiceContext, contents: readonly PlanContents[]): Promise<Map<string, CheckIn>> {
  return ctx.store.latestCheckIns(contents.flatMap((c) => c.targets.filter((t) => t.lastCheckInAt !== null).map((t) => t.id)));
}
