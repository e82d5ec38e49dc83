// Objectives, activities and targets inside a plan: create under a parent, PATCH and DELETE
// with If-Match on the item's own version.

import { Router } from 'express';
import type { ServiceContext } from '../../services/context';
import { createActivity, createObjective, createTarget, deleteItem, updateItem } from '../../services/plan-items';
import { actorOf, ifMatch, param, sendVersioned } from '../http';

const ITEMS = [
  { path: 'objectives', entity: 'objective', parentPath: 'plans', create: createObjective },
  { path: 'activities', entity: 'activity', parentPath: 'objectives', create: createActivity },
  { path: 'targets', entity: 'target', parentPath: 'activities', create: createTarget },
] as const;

export function planItemRoutes(ctx: ServiceContext): Router {
  const router = Router();
  for (const item of ITEMS) {
    router.post(`/${item.parentPath}/:id/${item.path}`, async (req, res) => {
      const created = await item.create(ctx, actorOf(res), param(req, 'id'), req.body);
      res.location(`/api/${item.path}/${created.id}`);
      sendVersioned(res, created, 201);
    });
    router.patch(`/${item.path}/:id`, async (req, res) => {
      const version = ifMatch(req);
      sendVersioned(res, await updateItem(ctx, actorOf(res), item.entity, param(req, 'id'), req.body, version));
    });
    router.delete(`/${item.path}/:id`, async (req, res) => {
      const version = ifMatch(req);
      await deleteItem(ctx, actorOf(res), item.entity, param(req, 'id'), version);
      res.status(204).end();
    });
  }
  return router;
}
