// /api/scorecard-criteria, /api/scorecards, /api/remedial-actions: the office scorecard. Thin:
// the services decide; here only the query, the If-Match and the ETags (the criteria's
// version, "0" while the defaults apply; a scorecard's; a remedial action's). A 412 carries
// what is stored now and its ETag, for the retry.

import { Router, type Response } from 'express';
import { remedialActionView, scorecardQuery, scorecardView } from '../../contract/scorecard';
import { ConflictError } from '../../domain/errors';
import type { ServiceContext } from '../../services/context';
import { readCriteria, updateCriteria, type VersionedCriteria } from '../../services/scorecard/criteria';
import { createRemedialAction, updateRemedialAction } from '../../services/scorecard/remedial-actions';
import { listScorecards, overrideRating } from '../../services/scorecard/scorecards';
import { actorOf, etag, ifMatch, param, query } from '../http';
import { sendProblem, toProblem } from '../problem';

export function scorecardRoutes(ctx: ServiceContext): Router {
  const router = Router();

  router.get('/scorecard-criteria', async (_req, res) => {
    sendCriteria(res, await readCriteria(ctx, actorOf(res)));
  });
  router.put('/scorecard-criteria', async (req, res) => {
    const version = ifMatch(req);
    try {
      sendCriteria(res, await updateCriteria(ctx, actorOf(res), req.body, version));
    } catch (error) {
      if (error instanceof ConflictError && isVersionedCriteria(error.current)) {
        sendProblem(res, { ...toProblem(error), current: error.current.body }, { ETag: `"${error.current.version}"` });
        return;
      }
      throw error;
    }
  });

  router.get('/scorecards', async (req, res) => {
    res.json(await listScorecards(ctx, actorOf(res), query(scorecardQuery, req)));
  });
  router.patch('/scorecards/:id/ratings/:criterion', async (req, res) => {
    const version = ifMatch(req);
    const view = await staleWithEtag(
      res,
      () => overrideRating(ctx, actorOf(res), param(req, 'id'), param(req, 'criterion'), req.body, version),
      (c) => scorecardView.safeParse(c).data?.version,
    );
    res.set('ETag', `"${view.version ?? 0}"`).json(view);
  });
  router.post('/scorecards/:id/remedial-actions', async (req, res) => {
    const action = await createRemedialAction(ctx, actorOf(res), param(req, 'id'), req.body);
    res.status(201).set('ETag', etag(action)).json(action);
  });

  router.patch('/remedial-actions/:id', async (req, res) => {
    const version = ifMatch(req);
    const action = await staleWithEtag(
      res,
      () => updateRemedialAction(ctx, actorOf(res), param(req, 'id'), req.body, version),
      (c) => remedialActionView.safeParse(c).data?.version,
    );
    res.set('ETag', etag(action)).json(action);
  });

  return router;
}

function sendCriteria(res: Response, stored: VersionedCriteria): void {
  res.set('ETag', `"${stored.version}"`).json(stored.body);
}

function isVersionedCriteria(value: unknown): value is VersionedCriteria {
  return typeof value === 'object' && value !== null && 'body' in value && 'version' in value && typeof value.version === 'number';
}

/** A 412 carries the current record (the services put it in the error) and its ETag. */
async function staleWithEtag<T>(res: Response, write: () => Promise<T>, versionOf: (current: unknown) => number | null | undefined): Promise<T> {
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
