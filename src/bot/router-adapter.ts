// The Teams SDK's HTTP transport, as an Express Router that the app's own server mounts: the
// SDK registers POST /api/messages here (and validates the Bot Framework token itself); this
// adapter only moves bodies and statuses. In dev mode, with no credentials, it also refuses
// any caller that is not on this machine, whatever interface the server listens on.

import express, { type RequestHandler, type Router } from 'express';
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';

export const LOOPBACK_ADDRESSES: readonly string[] = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

export class RouterAdapter implements IHttpServerAdapter {
  readonly router: Router = express.Router();

  constructor(private readonly options: { loopbackOnly: boolean; bodyLimit?: string }) {}

  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    if (method !== 'POST') throw new Error(`Unsupported HTTP method: ${method}`);
    const guard: RequestHandler[] = this.options.loopbackOnly ? [loopbackOnly] : [];
    this.router.post(path, ...guard, express.json({ limit: this.options.bodyLimit ?? '256kb' }), async (req, res, next) => {
      try {
        const response = await handler({ body: req.body, headers: req.headers as Record<string, string | string[]> });
        res.status(response.status);
        if (response.body === undefined || response.body === null) res.end();
        else res.json(response.body);
      } catch (error) {
        next(error);
      }
    });
  }
}

/** Unauthenticated activities are taken from this machine only. */
export const loopbackOnly: RequestHandler = (req, res, next) => {
  if (LOOPBACK_ADDRESSES.includes(req.socket.remoteAddress ?? '')) {
    next();
    return;
  }
  res.status(403).json({ error: 'In dev mode (no bot credentials) the bot accepts activities from this machine only.' });
};
