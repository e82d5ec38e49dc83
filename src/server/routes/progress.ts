// Target queries (a page at a time, kept by their stamp) and check-ins.

import { Router } from 'express';
import type { ServiceContext } from '../../services/context';
import { listCheckIns, prepareTargetQuery, recordCheckIn } from '../../services/progress';
import { RepresentationCache } from '../representation-cache';
import { actorOf, param, sendVersioned } from '../http';

export function progressRoutes(ctx: ServiceContext): Router {
  const router = Router();
  // Pages are kept by their stamp (the query, the day, every plan's version): a page asked for
  // again while nothing under its plans changed costs two small reads, not a query, a
  // serialization and a compression.
  const pages = new RepresentationCache(256);
  router.get('/targets', async (req, res) => {
    const query = await prepareTargetQuery(ctx, actorOf(res), { ...req.query });
    const entry = pages.get(query.stamp) ?? pages.put(query.stamp, await query.read());
    res.set({ 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' }).type('application/json');
    if (req.acceptsEncodings('gzip') === 'gzip') res.set('Content-Encoding', 'gzip').send(pages.gzipped(entry));
    else res.send(entry.json);
  });
  router.post('/targets/:id/checkins', async (req, res) => {
    const checkIn = await recordCheckIn(ctx, actorOf(res), param(req, 'id'), req.body);
    sendVersioned(res, checkIn, 201);
  });
  router.get('/targets/:id/checkins', async (req, res) => {
    res.json(await listCheckIns(ctx, actorOf(res), param(req, 'id')));
  });
  return router;
}
