// The reminder policy, read and changed by the Gender Unit (GET|PUT /api/reminder-policy).

import { Router } from 'express';
import type { ServiceContext } from '../../services/context';

export function reminderPolicyRoutes(_ctx: ServiceContext): Router {
  const router = Router();
  return router;
}
