// People: directory search for the tab's people picker (GET /api/people?q=).

import { Router } from 'express';
import type { ServiceContext } from '../../services/context';

export function peopleRoutes(_ctx: ServiceContext): Router {
  const router = Router();
  return router;
}
