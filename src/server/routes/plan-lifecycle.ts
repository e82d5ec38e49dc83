// A plan's whole life over HTTP (issue 16): amend, archive, revisions and their diff, next
// cycle with its preview. Thin: the services decide; GET /api/plans/{id}?revision=n is plans.ts's.

import { Router } from 'express';
import { nextCycleQuery, revisionsQuery } from '../../contract/lifecycle';
import { today, type ServiceContext } from '../../services/context';
import { amendPlan, archivePlan, previewNextCycle, startNextCycle } from '../../services/plan-lifecycle';
import { listRevisions } from '../../services/plan-revisions';
import { getPlanTree, planTreeEtag } from '../../services/plans';
import { actorOf, ifMatch, param, query } from '../http';

export function planLifecycleRoutes(ctx: ServiceContext): Router {
  const router = Router();

  const changes = [
    ['amend', amendPlan],
    ['archive', archivePlan],
  ] as const;
  for (const [action, change] of changes) {
    router.post(`/plans/:id/${action}`, async (req, res) => {
      const id = param(req, 'id');
      const version = ifMatch(req);
      await change(ctx, actorOf(res), id, req.body ?? {}, version);
      const tree = await getPlanTree(ctx, actorOf(res), id);
      res.set('ETag', planTreeEtag(tree, today(ctx))).json(tree);
    });
  }

  router.get('/plans/:id/revisions', async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await listRevisions(ctx, actorOf(res), param(req, 'id'), query(revisionsQuery, req)));
  });

  router.post('/plans/:id/next-cycle', async (req, res) => {
    const id = param(req, 'id');
    if (query(nextCycleQuery, req).preview === 'true') {
      res.json(await previewNextCycle(ctx, actorOf(res), id, req.body));
      return;
    }
    const { plan, preview } = await startNextCycle(ctx, actorOf(res), id, req.body);
    const tree = await getPlanTree(ctx, actorOf(res), plan.id);
    res
      .status(201)
      .location(`/api/plans/${plan.id}`)
      .set('ETag', planTreeEtag(tree, today(ctx)))
      .json({ plan: tree, preview });
  });

  return router;
}
