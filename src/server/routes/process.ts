// /api/findings and /api/workshops: the needs assessment and the workshops of the planning
// process. Thin: the services decide; here only the query, the If-Match and the ETags (each
// finding's and workshop's version). A 412 carries what is stored now and its ETag.

import { Router, type Response } from 'express';
import { findingQuery, findingView, workshopQuery, workshopView } from '../../contract/process';
import { ConflictError } from '../../domain/errors';
import type { ServiceContext } from '../../services/context';
import { createFinding, deleteFinding, listFindings, updateFinding } from '../../services/process/findings';
import { createWorkshop, listWorkshops, replaceParticipants, updateWorkshop } from '../../services/process/workshops';
import { actorOf, etag, ifMatch, param, query } from '../http';

export function processRoutes(ctx: ServiceContext): Router {
  const router = Router();

  router.get('/findings', async (req, res) => {
    res.json(await listFindings(ctx, actorOf(res), query(findingQuery, req)));
  });
  router.post('/findings', async (req, res) => {
    const finding = await createFinding(ctx, actorOf(res), req.body);
    res.status(201).set('ETag', etag(finding)).json(finding);
  });
  router.patch('/findings/:id', async (req, res) => {
    const version = ifMatch(req);
    const finding = await staleWithEtag(res, () => updateFinding(ctx, actorOf(res), param(req, 'id'), req.body, version), findingVersion);
    res.set('ETag', etag(finding)).json(finding);
  });
  router.delete('/findings/:id', async (req, res) => {
    const version = ifMatch(req);
    await staleWithEtag(res, () => deleteFinding(ctx, actorOf(res), param(req, 'id'), version), findingVersion);
    res.status(204).end();
  });

  router.get('/workshops', async (req, res) => {
    res.json(await listWorkshops(ctx, actorOf(res), query(workshopQuery, req)));
  });
  router.post('/workshops', async (req, res) => {
    const workshop = await createWorkshop(ctx, actorOf(res), req.body);
    res.status(201).set('ETag', etag(workshop)).json(workshop);
  });
  router.patch('/workshops/:id', async (req, res) => {
    const version = ifMatch(req);
    const workshop = await staleWithEtag(res, () => updateWorkshop(ctx, actorOf(res), param(req, 'id'), req.body, version), workshopVersion);
    res.set('ETag', etag(workshop)).json(workshop);
  });
  router.put('/workshops/:id/participants', async (req, res) => {
    const version = ifMatch(req);
    const workshop = await staleWithEtag(res, () => replaceParticipants(ctx, actorOf(res), param(req, 'id'), req.body, version), workshopVersion);
    res.set('ETag', etag(workshop)).json(workshop);
  });

  return router;
}

const findingVersion = (current: unknown) => findingView.safeParse(current).data?.version;
const workshopVersion = (current: unknown) => workshopView.safeParse(current).data?.version;

/** A 412 carries the current record (the services put it in the error) and its ETag. */
async function staleWithEtag<T>(res: Response, write: () => Promise<T>, versionOf: (current: unknown) => number | undefined): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ConflictError && error.kind === 'stale') {
      const version = versionOf(error.current);
      if (typeof version === 'number') res.set('ETag', `"${version}"`);
    }
    throw error;
  }
}
