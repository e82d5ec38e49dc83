// Target queries and check-ins.

import { Router } from 'express';
import type { ServiceContext } from '../../services/context';
import { listCheckIns, queryTargets, recordCheckIn } from '../../services/progress';
import { actorOf, param, sendVersioned } from '../http';

export function progressRoutes(ctx: ServiceContext): Router {
  const router = Router();
  router.get('/targets', async (req, res) => {
    res.json(await queryTargets(ctx, actorOf(res), { ...(req.query as object) }));
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
