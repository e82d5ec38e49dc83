// The periodic progress report (Word and Excel) for a period: who may export it (as the action
// plan: exports.ts), and what it is built from. A closed period is read from snapshots only (its
// own and those of the periods before it), so its report is the same every time it is built;
// the open period is computed as a close would compute it now (period-figures.ts). The offices'
// scorecards come through the scorecard service: a closed period's as stored (rated once, from
// its snapshot), the open one's live. Names, refs and descriptions of targets are the plan's
// current ones; remedial actions show their current status (they are carried out after the period).

import type { Writable } from 'node:stream';
import { EXPORT_CONTENT_TYPES, progressExportQuery, type ExportFormat } from '../contract/exchange';
import type { Target } from '../domain/model';
import type { Period } from '../domain/monitoring';
import { parse } from '../domain/schemas';
import { progressModel, type PeriodRows, type ProgressModel } from '../export/progress-model';
import { load, today, type ServiceContext } from './context';
import { requireExporter } from './exports';
import type { Actor } from './identity';
import { periodFigures } from './monitoring/period-figures';
import { officeByCode } from './offices';
import { listScorecards } from './scorecard/scorecards';

export interface ProgressReportFile {
  fileName: string;
  contentType: string;
  model: ProgressModel;
  /** Writes the whole file to `out`; resolves once `out` has been ended. */
  write(out: Writable): Promise<void>;
}

/** Checks the caller may export, reads the period's figures, and names the file. */
export async function prepareProgressReport(ctx: ServiceContext, actor: Actor, format: ExportFormat, rawQuery: unknown): Promise<ProgressReportFile> {
  const query = parse(progressExportQuery, rawQuery ?? {}, 'query');
  const office = query.office ? await officeByCode(ctx, query.office) : undefined;
  requireExporter(actor, office);
  const period = await load(ctx, 'period', query.period);
  const day = today(ctx);
  const periods = (await ctx.store.listPeriods(period.cycle)).filter((p) => p.start <= period.start).sort((a, b) => a.start.localeCompare(b.start));
  const [rows, offices, contents, reports] = await Promise.all([
    Promise.all(periods.map((p) => rowsOf(ctx, p, day))),
    ctx.store.listOffices(),
    ctx.store.listPlanContents({ cycle: period.cycle }),
    ctx.store.listReports({ periodId: period.id }),
  ]);
  const withLines = await Promise.all(reports.map(async (report) => ({ report, lines: (await ctx.store.getReportContents(report.id))?.lines ?? [] })));
  // After the figures: the first read of a closed period's scorecards stores them (scorecards.ts).
  const { scorecards } = await listScorecards(ctx, actor, { period: period.id, office: office?.code });
  const targets = new Map<string, Target>(contents.flatMap((c) => c.targets.map((t) => [t.id, t] as const)));
  // Who submitted and accepted each report appear by name, looked up once.
  const names = await ctx.directory.namesOf([...new Set(reports.flatMap((r) => [r.submittedBy, r.decidedBy]).filter((e): e is string => e !== null))]);
  const model = progressModel({ periods: rows, offices, targets, reports: withLines, officeId: office?.id, names, scorecards, today: day });
  const fileName = `1325-progress-report-${period.id}${office ? `-${office.code.toLowerCase()}` : ''}${model.draft ? '-draft' : ''}.${format}`;
  return {
    fileName,
    contentType: EXPORT_CONTENT_TYPES[format],
    model,
    // The writer of the format loads when the file is written: exceljs, docx and the chart
    // renderer (Vega, resvg) are large.
    write: async (out) => {
      if (format === 'xlsx') return (await import('../export/progress-xlsx')).writeProgressWorkbook(model, out);
      const [{ progressCharts }, { renderCharts }, { writeProgressDocument }] = await Promise.all([
        import('../export/progress-charts'),
        import('../export/chart-renderer'),
        import('../export/progress-docx'),
      ]);
      const charts = progressCharts(model);
      const images = await renderCharts(charts.map((c) => c.spec));
      return writeProgressDocument(
        model,
        charts.flatMap((chart, i) => (images[i] ? [{ chart, image: images[i] }] : [])),
        out,
      );
    },
  };
}

/** A period's rows: its snapshot when closed, else what a close would freeze now. */
async function rowsOf(ctx: ServiceContext, period: Period, day: string): Promise<PeriodRows> {
  if (period.status === 'closed') {
    const snapshot = await ctx.store.getSnapshot(period.id);
    return { period, source: 'snapshot', rows: snapshot?.rows ?? [] };
  }
  return { period, source: 'live', rows: (await periodFigures(ctx.store, period, day)).rows };
}
