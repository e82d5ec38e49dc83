// The Teams SDK's HTTP transport, as an Express Router that the app's own server mounts: the
// SDK registers POST /api/messages here (and validates the Bot Framework token itself); this
// adapter only moves bodies and statuses. In dev mode, with no credentials, it also refuses
// any caller that is not on this machine, whatever interface the server listens on.

import type { IncomingHttpHeaders } from 'node:http';
import express, { type ErrorRequestHandler, type RequestHandler, type Router } from 'express';
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import { UnauthenticatedError } from '../domain/errors';
import { sendProblem, toProblem } from '../server/problem';
import { activityProblem } from './activity-shape';

export const LOOPBACK_ADDRESSES: readonly string[] = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

/** Whether the request carries a valid Bot Framework token (always true in dev mode, which has none). */
export type TokenCheck = (headers: IncomingHttpHeaders, body: unknown) => Promise<boolean>;

export interface RouterAdapterOptions {
  loopbackOnly: boolean;
  bodyLimit?: string;
  /** The SDK's own token check, for bodies the SDK is never shown (see registerRoute). */
  tokenCheck?: TokenCheck;
}

export class RouterAdapter implements IHttpServerAdapter {
  readonly router: Router = express.Router();

  constructor(private readonly options: RouterAdapterOptions) {}

  /**
   * A body that is no activity (or no JSON) is answered 400 problem+json here rather than
   * handed to the SDK, which casts it unchecked and fails with a 500. The token is checked
   * first all the same, so that a caller without one still gets 401 and learns nothing of
   * what the endpoint accepts.
   */
  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    if (method !== 'POST') throw new Error(`Unsupported HTTP method: ${method}`);
    const guard: RequestHandler[] = this.options.loopbackOnly ? [loopbackOnly] : [];
    const refuse = async (headers: IncomingHttpHeaders, body: unknown, problem: unknown): Promise<unknown> => {
      const tokenCheck = this.options.tokenCheck ?? (async () => true);
      return (await tokenCheck(headers, body)) ? problem : new UnauthenticatedError('The activity carries no valid Bot Framework token.');
    };
    const malformedJson: ErrorRequestHandler = (error, req, res, next) => {
      if (!isObject(error) || !('type' in error) || error.type !== 'entity.parse.failed') {
        next(error);
        return;
      }
      refuse(req.headers, {}, error).then((problem) => sendProblem(res, toProblem(problem)), next);
    };
    const activity: RequestHandler = async (req, res, next) => {
      try {
        const malformed = activityProblem(req.body);
        if (malformed) {
          sendProblem(res, toProblem(await refuse(req.headers, isObject(req.body) ? req.body : {}, malformed)));
          return;
        }
        const headers = Object.fromEntries(Object.entries(req.headers).filter((h): h is [string, string | string[]] => h[1] !== undefined));
        const response = await handler({ body: req.body, headers });
        res.status(response.status);
        if (response.body === undefined || response.body === null) res.end();
        else res.json(response.body);
      } catch (error) {
        next(error);
      }
    };
    this.router.post(path, ...guard, express.json({ limit: this.options.bodyLimit ?? '256kb' }), activity, malformedJson);
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

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
