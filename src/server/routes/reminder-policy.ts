// The reminder policy, read and changed by the Gender Unit (GET|PUT /api/reminder-policy).
// The body is the policy itself, with its version in the ETag ("0" while none is stored), so
// that two advisors editing at once cannot overwrite each other.

import { Router, type Response } from 'express';
import { ConflictError } from '../../domain/errors';
import { readReminderPolicy, updateReminderPolicy, type VersionedReminderPolicy } from '../../services/reminders';
import type { ServiceContext } from '../../services/context';
import { actorOf, ifMatch } from '../http';
import { sendProblem, toProblem } from '../problem';

export function reminderPolicyRoutes(ctx: ServiceContext): Router {
  const router = Router();

  router.get('/reminder-policy', async (_req, res) => {
    send(res, await readReminderPolicy(ctx, actorOf(res)));
  });

  router.put('/reminder-policy', async (req, res) => {
    const version = ifMatch(req);
    try {
      send(res, await updateReminderPolicy(ctx, actorOf(res), req.body, version));
    } catch (error) {
      // A stale tag: the problem carries the policy as it is now, the ETag its version.
      if (error instanceof ConflictError && isVersionedPolicy(error.current)) {
        sendProblem(res, { ...toProblem(error), current: error.current.policy }, { ETag: `"${error.current.version}"` });
        return;
      }
      throw error;
    }
  });

  return router;
}

function send(res: Response, stored: VersionedReminderPolicy): void {
  res.set({ ETag: `"${stored.version}"`, 'Cache-Control': 'no-store' }).json(stored.policy);
}

function isVersionedPolicy(value: unknown): value is VersionedReminderPolicy {
  return typeof value === 'object' && value !== null && 'policy' in value && 'version' in value && typeof value.version === 'number';
}
