// The HTTP application: /healthz, the /api routes behind authentication, and (when built)
// the tab's static files. The Teams bot joins this same Express app at /api/messages.

import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { NotFoundError, UnauthenticatedError } from '../domain/errors';
import { requireReader, resolveActor, type ServiceContext } from '../services/context';
import type { Authenticator } from './auth/authenticator';
import { loopbackHostOnly } from './auth/loopback-host';
import { openApiRoute } from './openapi-route';
import { problemHandler, sendProblem, toProblem } from './problem';
import { departmentRoutes } from './routes/department';
import { exportRoutes } from './routes/exports';
import { monitoringRoutes } from './routes/monitoring';
import { planItemRoutes } from './routes/plan-items';
import { planLifecycleRoutes } from './routes/plan-lifecycle';
import { planRoutes } from './routes/plans';
import { peopleRoutes } from './routes/people';
import { progressRoutes } from './routes/progress';
import { reminderPolicyRoutes } from './routes/reminder-policy';
import { processRoutes } from './routes/process';
import { scorecardRoutes } from './routes/scorecard';
import { tabRoutes, type TabConfig } from './tab-routes';

export interface AppOptions {
  ctx: ServiceContext;
  authenticator: Authenticator;
  logger: Logger;
  /** Reported by /healthz. */
  storeName: string;
  /** Largest JSON body accepted. */
  bodyLimit?: string;
  /** The Teams bot (POST /api/messages), mounted before /api, whose auth is for API tokens. */
  bot?: RequestHandler;
  /** The built Teams tab and what it needs to sign in; without it, / answers with JSON. */
  tab?: { dir: string; config: TabConfig };
}

export function createApp({ ctx, authenticator, logger, storeName, bodyLimit = '256kb', bot, tab }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((_req, res, next) => {
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    next();
  });
  // Dev mode believes the x-dev-user header: only requests addressed to this machine (DNS rebinding).
  if (authenticator.mode === 'dev') app.use(loopbackHostOnly);

  // Plans and target lists are large JSON; browsers in Teams always accept gzip.
  app.use(compression({ threshold: 2048 }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', store: storeName });
  });
  app.use(openApiRoute());
  if (tab) app.use(tabRoutes(tab.dir, tab.config));
  else {
    // Without the tab (API-only tests), the root says where things are.
    app.get('/', (_req, res) => {
      res.json({ name: '1325 Action Plan', api: '/api', health: '/healthz', docs: 'docs/api.md in the repository' });
    });
  }

  if (bot) app.use(bot);

  const api = express.Router();
  api.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.method === 'GET' } }));
  // Plans, people and exports are not for shared or disk caches; a route may relax this for
  // data that is the same for everyone (the catalogue).
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  // Strangers are turned away before their bodies are read.
  api.use(async (req, res, next) => {
    let identity;
    try {
      identity = await authenticator.authenticate(req);
    } catch (error) {
      next(error instanceof UnauthenticatedError ? error : new UnauthenticatedError('Authentication failed.'));
      return;
    }
    const actor = await resolveActor(ctx, identity);
    res.locals.actor = actor;
    // Someone with no role, office or target has no business past this point; refusing here,
    // before any lookup, also keeps them from learning which ids exist.
    if (req.path !== '/me' && req.path !== '/catalogue') await requireReader(ctx, actor);
    next();
  });
  // Exports and the Excel import; before the JSON-only check, as the import's body is a workbook.
  api.use(exportRoutes(ctx));
  api.use((req, _res, next) => {
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
    if (hasBody && ['POST', 'PATCH', 'PUT'].includes(req.method) && !req.is('application/json')) {
      next(Object.assign(new Error('Send the body as application/json.'), { status: 415 }));
      return;
    }
    next();
  });
  api.use(express.json({ limit: bodyLimit, strict: true }));
  api.use(departmentRoutes(ctx, authenticator.mode));
  api.use(planRoutes(ctx));
  api.use(planItemRoutes(ctx));
  api.use(planLifecycleRoutes(ctx));
  api.use(progressRoutes(ctx));
  api.use(peopleRoutes(ctx));
  api.use(reminderPolicyRoutes(ctx));
  api.use(monitoringRoutes(ctx));
  api.use(scorecardRoutes(ctx));
  api.use(processRoutes(ctx));
  api.use((req, _res, next) => next(new NotFoundError('route', `${req.method} ${req.originalUrl}`)));
  app.use('/api', api);

  app.use(problemHandler(logger));
  app.use((req, res) => sendProblem(res, toProblem(new NotFoundError('page', req.path))));
  return app;
}
