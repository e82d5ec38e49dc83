// /api/cycles, /api/periods, /api/reports, /api/trends: monitoring the implementation. Thin:
// the services decide; here only the query, the If-Match and the ETag (a report's version,
// which moves with any of its lines).

import { Router, type Request, type Response } from 'express';
import { periodListQuery, REPORT_ACTIONS, reportListQuery, reportView as reportViewSchema, trendsQuery, type ReportView } from '../../contract/monitoring';
import { ConflictError } from '../../domain/errors';
import { createCycle, listCycles } from '../../services/monitoring/cycles';
import { closePeriod, getSnapshot, listPeriods } from '../../services/monitoring/periods';
import { createReport, getReport, listReports, transitionReport, updateReport } from '../../services/monitoring/reports';
import { prepareTrends } from '../../services/monitoring/trends';
import type { ServiceContext } from '../../services/context';
import { actorOf, etag, ifMatch, param, query } from '../http';
import { RepresentationCache } from '../representation-cache';

export function monitoringRoutes(ctx: ServiceContext): Router {
  const router = Router();

  router.get('/cycles', async (_req, res) => {
    res.json(await listCycles(ctx, actorOf(res)));
  });
  router.post('/cycles', async (req, res) => {
    const cycle = await createCycle(ctx, actorOf(res), req.body);
    res
      .status(201)
      .location(`/api/periods?cycle=${encodeURIComponent(cycle.code)}`)
      .json(cycle);
  });

  router.get('/periods', async (req, res) => {
    res.json(await listPeriods(ctx, actorOf(res), query(periodListQuery, req)));
  });
  router.post('/periods/:id/close', async (req, res) => {
    res.json(await closePeriod(ctx, actorOf(res), param(req, 'id'), req.body ?? {}));
  });
  router.get('/periods/:id/snapshot', async (req, res) => {
    res.json(await getSnapshot(ctx, actorOf(res), param(req, 'id')));
  });

  router.get('/reports', async (req, res) => {
    res.json(await listReports(ctx, actorOf(res), query(reportListQuery, req)));
  });
  router.post('/reports', async (req, res) => {
    const view = await createReport(ctx, actorOf(res), req.body);
    res.location(`/api/reports/${view.report.id}`);
    sendReport(res, view, 201);
  });
  router.get('/reports/:id', async (req, res) => {
    sendReport(res, await getReport(ctx, actorOf(res), param(req, 'id')));
  });
  router.patch('/reports/:id', async (req, res) => {
    const id = param(req, 'id');
    const version = ifMatch(req);
    sendReport(res, await staleWithEtag(res, () => updateReport(ctx, actorOf(res), id, req.body, version)));
  });
  for (const action of REPORT_ACTIONS) {
    router.post(`/reports/:id/${action}`, async (req, res) => {
      // If-Match is optional here: the workflow itself refuses a step from the wrong state.
      const version = optionalIfMatch(req);
      sendReport(res, await staleWithEtag(res, () => transitionReport(ctx, actorOf(res), param(req, 'id'), action, req.body ?? {}, version)));
    });
  }

  // Trends are kept by their stamp (periods, and for the open period the day, plans, offices and
  // reports, each with its version): asked for again while nothing they count changed, they cost
  // a few small reads, not the open period's figures over every target, nor a compression.
  const trends = new RepresentationCache(64);
  router.get('/trends', async (req, res) => {
    const prepared = await prepareTrends(ctx, actorOf(res), query(trendsQuery, req));
    const entry = await trends.obtain(prepared.stamp, () => prepared.read());
    res.set({ 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' }).type('application/json');
    if (req.acceptsEncodings('gzip') === 'gzip') res.set('Content-Encoding', 'gzip').send(trends.gzipped(entry));
    else res.send(entry.json);
  });

  return router;
}

function sendReport(res: Response, view: ReportView, status = 200): void {
  res.status(status).set('ETag', etag(view.report)).json(view);
}

/** A 412 carries the current view (the services put it in the error) and its ETag, for the retry. */
async function staleWithEtag(res: Response, write: () => Promise<ReportView>): Promise<ReportView> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ConflictError && error.kind === 'stale') {
      const current = reportViewSchema.safeParse(error.current);
      if (current.success) res.set('ETag', etag(current.data.report));
    }
    throw error;
  }
}

function optionalIfMatch(req: Request): number | undefined {
  return req.get('if-match') ? ifMatch(req) : undefined;
}
