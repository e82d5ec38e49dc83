// /api/plans: summaries, the tree (with ETag), creation, edits and the review workflow.

import { Router, type Response } from 'express';
import { ConflictError } from '../../domain/errors';
import { planListQuery } from '../../contract/plans';
import { planTreeQuery } from '../../contract/lifecycle';
import { getRevisionTree } from '../../services/plan-revisions';
import type { PlanAction } from '../../domain/workflow';
import { today, type ServiceContext } from '../../services/context';
import type { PlanTree } from '../../domain/derive';
import { createPlan, getPlanHead, getPlanTree, listPlans, planTreeEtag, transitionPlan, updatePlan } from '../../services/plans';
import { RepresentationCache } from '../representation-cache';
import { actorOf, ifMatch, param, query } from '../http';

export function planRoutes(ctx: ServiceContext): Router {
  const router = Router();

  router.get('/plans', async (req, res) => {
    res.json(await listPlans(ctx, actorOf(res), query(planListQuery, req)));
  });

  router.post('/plans', async (req, res) => {
    const plan = await createPlan(ctx, actorOf(res), req.body);
    res.location(`/api/plans/${plan.id}`);
    sendTree(res, await getPlanTree(ctx, actorOf(res), plan.id), 201);
  });

  // The tree is served from a cache keyed by the plan's version, which moves on with any
  // change below the plan, and by the day, on which "overdue" depends.
  const trees = new RepresentationCache();
  router.get('/plans/:id', async (req, res) => {
    const id = param(req, 'id');
    // An endorsed revision, frozen: read-only, never cached here (its derived values move with the day).
    const { revision } = query(planTreeQuery, req);
    if (revision !== undefined) {
      res.set('Cache-Control', 'no-store').json(await getRevisionTree(ctx, actorOf(res), id, revision));
      return;
    }
    const head = await getPlanHead(ctx, actorOf(res), id);
    res.set({ 'Cache-Control': 'no-store', ETag: planTreeEtag(head, today(ctx)), Vary: 'Accept-Encoding' });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    const key = `${id}:${head.version}:${today(ctx)}`;
    let entry = trees.get(key);
    if (!entry) {
      const tree = await getPlanTree(ctx, actorOf(res), id);
      // The plan may have moved on since the head was read: never file a newer tree under an older version.
      if (tree.version !== head.version) {
        sendTree(res, tree);
        return;
      }
      entry = trees.put(key, tree);
    }
    res.type('application/json');
    if (req.acceptsEncodings('gzip') === 'gzip') res.set('Content-Encoding', 'gzip').send(trees.gzipped(entry));
    else res.send(entry.json);
  });

  /** On a stale write to a plan, the 412 carries the whole current tree, as a GET would. */
  const withCurrentTree = async (res: Response, id: string, write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (error) {
      if (error instanceof ConflictError && error.kind === 'stale' && error.entity === 'plan') {
        throw new ConflictError(error.message, 'plan', id, await getPlanTree(ctx, actorOf(res), id));
      }
      throw error;
    }
  };

  router.patch('/plans/:id', async (req, res) => {
    const id = param(req, 'id');
    const version = ifMatch(req);
    await withCurrentTree(res, id, () => updatePlan(ctx, actorOf(res), id, req.body, version));
    sendTree(res, await getPlanTree(ctx, actorOf(res), id));
  });

  for (const action of ['submit', 'endorse', 'return'] as const satisfies readonly PlanAction[]) {
    router.post(`/plans/:id/${action}`, async (req, res) => {
      const id = param(req, 'id');
      const version = ifMatch(req);
      await withCurrentTree(res, id, () => transitionPlan(ctx, actorOf(res), id, action, req.body ?? {}, version));
      sendTree(res, await getPlanTree(ctx, actorOf(res), id));
    });
  }

  const sendTree = (res: Response, tree: PlanTree, status = 200) => {
    res
      .status(status)
      .set('ETag', planTreeEtag(tree, today(ctx)))
      .json(tree);
  };

  return router;
}
