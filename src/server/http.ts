// Small pieces every route shares: the caller, If-Match, ETags and query validation.

import type { Request, Response } from 'express';
import type { z } from 'zod';
import { PreconditionRequiredError, UnauthenticatedError, ValidationError } from '../domain/errors';
import { parse } from '../domain/schemas';
import type { Actor } from '../services/identity';

/** The caller the authentication middleware (app.ts) resolved for this request. */
export function actorOf(res: Response): Actor {
  const actor: unknown = res.locals.actor;
  if (!isActor(actor)) throw new UnauthenticatedError('This request has no authenticated caller.');
  return actor;
}

/** Express types `res.locals` as `any`: this checks the shape app.ts put there. */
function isActor(value: unknown): value is Actor {
  return (
    typeof value === 'object' &&
    value !== null &&
    'email' in value &&
    typeof value.email === 'string' &&
    'roles' in value &&
    Array.isArray(value.roles) &&
    'focalOfficeIds' in value &&
    Array.isArray(value.focalOfficeIds)
  );
}

/**
 * The version named by If-Match: "3", W/"3", or a plan tree's "3-20261128" (whose day part
 * only marks the derived values). Updates without one are refused with 428. Any other tag —
 * malformed, `*`, a list, a tag of another format — is simply not the current one: it
 * names no version, so the write fails as stale (412 with the current state), as RFC 9110
 * says of an If-Match that does not match.
 */
export function ifMatch(req: Request): number {
  const header = req.get('if-match');
  if (!header) throw new PreconditionRequiredError("Send If-Match with the ETag you read, so that nobody's change is overwritten.");
  const match = /^(?:W\/)?"(\d{1,12})(?:-\d{8})?"$/.exec(header.trim());
  return match?.[1] === undefined ? NO_VERSION : Number(match[1]);
}

/** Versions start at 1: an expected version of -1 never matches a stored record. */
const NO_VERSION = -1;

export function etag(record: { version: number }): string {
  return `"${record.version}"`;
}

export function sendVersioned(res: Response, record: { version: number }, status = 200): void {
  res.status(status).set('ETag', etag(record)).json(record);
}

export function query<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  return parse(schema, { ...req.query }, 'query');
}

export function param(req: Request, name: string): string {
  const value = req.params[name];
  if (typeof value !== 'string' || value.length === 0 || value.length > 100) {
    throw new ValidationError('Invalid path', [{ field: name, code: 'format', message: 'is not a valid identifier' }]);
  }
  return value;
}
