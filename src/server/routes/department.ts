// Department-wide reads and settings: who am I, offices, the catalogue, the dashboard and the audit trail.

import { Router } from 'express';
import { catalogue } from '../../domain/catalogues';
import { dashboardQuery, type Me } from '../../contract/department';
import { listAudit } from '../../services/audit';
import { ownsAnyTarget, type ServiceContext } from '../../services/context';
import { dashboard } from '../../services/dashboard';
import { createOffice, listOffices, updateOffice } from '../../services/offices';
import { actorOf, ifMatch, param, query, sendVersioned } from '../http';

export function departmentRoutes(ctx: ServiceContext, authMode: 'dev' | 'entra'): Router {
  const router = Router();

  router.get('/me', async (_req, res) => {
    const actor = actorOf(res);
    const offices = await ctx.store.listOffices();
    const me: Me = {
      user: { id: actor.id, email: actor.email, name: actor.name },
      roles: [...actor.roles],
      offices: offices.filter((o) => actor.focalOfficeIds.includes(o.id)).map((o) => ({ id: o.id, code: o.code, name: o.name })),
      ownsTargets: await ownsAnyTarget(ctx, actor),
      authMode,
    };
    res.json(me);
  });

  router.get('/catalogue', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').json(catalogue());
  });

  router.get('/offices', async (_req, res) => {
    res.json(await listOffices(ctx, actorOf(res)));
  });
  router.post('/offices', async (req, res) => {
    const office = await createOffice(ctx, actorOf(res), req.body);
    res.location(`/api/offices/${office.id}`);
    sendVersioned(res, office, 201);
  });
  router.patch('/offices/:id', async (req, res) => {
    const version = ifMatch(req);
    sendVersioned(res, await updateOffice(ctx, actorOf(res), param(req, 'id'), req.body, version));
  });

  router.get('/dashboard', async (req, res) => {
    res.json(await dashboard(ctx, actorOf(res), query(dashboardQuery, req).cycle));
  });

  router.get('/audit', async (req, res) => {
    res.json(await listAudit(ctx, actorOf(res), { ...req.query }));
  });

  return router;
}
