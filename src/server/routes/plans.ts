// /api/plans: summaries, the tree (with ETag), creation, edits and the review workflow.

import { Router, type Request } from 'express';
import { z } from 'zod';
import { ConflictError } from '../../domain/errors';
import { cycle, officeCode } from '../../domain/schemas';
import type { PlanAction } from '../../domain/workflow';
import type { ServiceContext } from '../../services/context';
import { createPlan, getPlanTree, listPlans, transitionPlan, updatePlan } from '../../services/plans';
import { actorOf, etag, ifMatch, param, query, sendVersioned } from '../http';

const planListQuery = z.strictObject({ office: officeCode.optional(), cycle: cycle.optional() });

export function planRoutes(ctx: ServiceContext): Router {
  const router = Router();

  router.get('/plans', async (req, res) => {
    res.json(await listPlans(ctx, actorOf(res), query(planListQuery, req)));
  });

  router.post('/plans', async (req, res) => {
    const plan = await createPlan(ctx, actorOf(res), req.body);
    res.location(`/api/plans/${plan.id}`);
    sendVersioned(res, await getPlanTree(ctx, actorOf(res), plan.id), 201);
  });

  router.get('/plans/:id', async (req, res) => {
    const tree = await getPlanTree(ctx, actorOf(res), param(req, 'id'));
    res.set('Cache-Control', 'private, no-cache');
    if (req.fresh) {
      res.set('ETag', etag(tree)).status(304).end();
      return;
    }
    sendVersioned(res, tree);
  });

  /** On a stale write to a plan, the 412 carries the whole current tree, as a GET would. */
  const withCurrentTree = async (req: Request, id: string, write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (error) {
      if (error instanceof ConflictError && error.kind === 'stale' && error.entity === 'plan') {
        throw new ConflictError(error.message, 'plan', id, await getPlanTree(ctx, actorOf(req.res!), id));
      }
      throw error;
    }
  };

  router.patch('/plans/:id', async (req, res) => {
    const id = param(req, 'id');
    const version = ifMatch(req);
    await withCurrentTree(req, id, () => updatePlan(ctx, actorOf(res), id, req.body, version));
    sendVersioned(res, await getPlanTree(ctx, actorOf(res), id));
  });

  for (const action of ['submit', 'endorse', 'return'] as const satisfies readonly PlanAction[]) {
    router.post(`/plans/:id/${action}`, async (req, res) => {
      const id = param(req, 'id');
      const version = ifMatch(req);
      await withCurrentTree(req, id, () => transitionPlan(ctx, actorOf(res), id, action, req.body ?? {}, version));
      sendVersioned(res, await getPlanTree(ctx, actorOf(res), id));
    });
  }

  return router;
}
