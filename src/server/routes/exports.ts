// Downloads of the consolidated plan (/api/export/action-plan.xlsx|.docx, streamed) and of a
// period's progress report (/api/export/progress-report.xlsx|.docx), filing the plan
// in the SharePoint document library (POST …/save), the import template, and POST /api/import
// with the workbook as the raw request body.
// Mount this router after authentication but BEFORE the API's JSON-only body check: the
// import's body is a workbook, not JSON.

import express, { Router, type ErrorRequestHandler, type Response } from 'express';
import { importQuery, progressExportQuery } from '../../contract/exchange';
import { DEFAULT_IMPORT_LIMITS, fileProblem, megabytes, type ImportLimits, type ImportReport } from '../../import/import-report';
import { XLSX_CONTENT_TYPE } from '../../export/xlsx-style';
import type { ServiceContext } from '../../services/context';
import { EXPORT_FORMATS, exportQuery, prepareActionPlanExport, saveActionPlanExport, saveQuery, type ExportLibrary } from '../../services/exports';
import { importTemplate, importWorkPlan } from '../../services/imports';
import { prepareProgressReport } from '../../services/progress-exports';
import { actorOf, query } from '../http';

export interface ExportRoutesOptions {
  /** Limits for uploaded workbooks; the defaults are 10 MB and 5,000 rows. */
  importLimits?: Partial<ImportLimits>;
  /** Where POST …/save files exports; by default the context's library (SharePoint only). */
  library?: ExportLibrary;
}

const PROBLEM_TYPE = 'https://action-plan.example/problems/';

export function exportRoutes(ctx: ServiceContext, options: ExportRoutesOptions = {}): Router {
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...options.importLimits };
  const router = Router();

  for (const format of EXPORT_FORMATS) {
    router.get(`/export/action-plan.${format}`, async (req, res) => {
      await download(res, await prepareActionPlanExport(ctx, actorOf(res), format, query(exportQuery, req)));
    });

    // The periodic progress report (progress-exports.ts): the same permissions and streaming.
    router.get(`/export/progress-report.${format}`, async (req, res) => {
      await download(res, await prepareProgressReport(ctx, actorOf(res), format, query(progressExportQuery, req)));
    });

    // 201 with the new file, or 200 when it replaced one of the same name (kept as a version).
    router.post(`/export/action-plan.${format}/save`, async (req, res) => {
      const saved = await saveActionPlanExport(ctx, actorOf(res), format, query(saveQuery, req), options.library);
      res.status(saved.created ? 201 : 200).json(saved);
    });
  }

  router.get('/import/template.xlsx', async (_req, res) => {
    const template = await importTemplate(ctx, actorOf(res), limits);
    res.set({ 'Content-Type': XLSX_CONTENT_TYPE, 'Content-Disposition': 'attachment; filename="1325-work-plan-import-template.xlsx"' });
    res.send(template);
  });

  router.post('/import', express.raw({ type: [XLSX_CONTENT_TYPE, 'application/octet-stream'], limit: limits.maxBytes }), async (req, res) => {
    const q = query(importQuery, req);
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
      sendImportProblem(res, 415, 'Send the workbook as the request body', `Send the .xlsx file itself as the body, with Content-Type: ${XLSX_CONTENT_TYPE}.`);
      return;
    }
    const report = await importWorkPlan(ctx, actorOf(res), req.body, { office: q.office, cycle: q.cycle, dryRun: q.dryRun === 'true' }, limits);
    if (report.applied || (report.dryRun && !report.refusal)) {
      res.json(report);
      return;
    }
    const status = report.refusal === 'too-large' ? 413 : report.refusal === 'not-xlsx' ? 415 : 422;
    sendImportProblem(res, status, report.refusal ? 'Workbook refused' : 'Import not applied', describe(report), report);
  });

  // The body parser's own refusal of an oversized upload, in the words of the import.
  const tooLarge: ErrorRequestHandler = (error, req, res, next) => {
    const tooLargeBody = typeof error === 'object' && error !== null && 'type' in error && error.type === 'entity.too.large';
    if (!tooLargeBody || req.path !== '/import') {
      next(error);
      return;
    }
    const message = `The file is larger than ${megabytes(limits.maxBytes)}, the largest workbook accepted.`;
    sendImportProblem(res, 413, 'Workbook refused', message);
  };
  router.use(tooLarge);
  return router;
}

/** Streams a prepared file as an attachment. */
async function download(res: Response, file: { fileName: string; contentType: string; write(out: Response): Promise<void> }): Promise<void> {
  res.set({
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${file.fileName}"`,
    'Cache-Control': 'no-store',
  });
  try {
    // A client that goes away stops the download; the writer is then left to be collected.
    await Promise.race([file.write(res), new Promise((resolve) => res.once('close', resolve))]);
  } catch (error) {
    // Once bytes are on the wire, a problem document cannot follow: cut the download short.
    if (!res.headersSent) throw error;
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

function describe(report: ImportReport): string {
  const n = report.problems.length;
  if (report.refusal) return report.problems[0]?.problem ?? 'The workbook was refused.';
  const conflicts = report.problems.filter((p) => p.kind === 'conflict').length;
  return `Nothing was imported: ${n} problem${n === 1 ? '' : 's'}${conflicts ? ` (${conflicts} conflict${conflicts === 1 ? '' : 's'})` : ''}; see report.problems.`;
}

/** An application/problem+json answer that also carries the import report, when there is one. */
function sendImportProblem(res: Response, status: number, title: string, detail: string, report?: ImportReport): void {
  const body = { type: `${PROBLEM_TYPE}import`, title, status, detail, report: report ?? { problems: [fileProblem(detail)] } };
  res.status(status).set('Content-Type', 'application/problem+json').send(JSON.stringify(body));
}
