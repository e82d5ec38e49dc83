// What one route of the API promises: method and path (OpenAPI form), who may call it, the
// query and body it accepts and the answers it gives. routes.ts lists them all; openapi.ts
// turns the list into the document served at GET /api/openapi.json.

import type { z } from 'zod';
import { problem } from './problem';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteAnswer {
  description: string;
  /** The body's schema; none for an empty answer (204, 304). */
  schema?: z.ZodType;
  /** application/json unless said otherwise (a problem, a download). */
  contentType?: string;
}

export interface RouteSpec {
  method: HttpMethod;
  /** The path as OpenAPI writes it, e.g. /api/plans/{id}. */
  path: string;
  summary: string;
  /** Who may call it, in words (the rules themselves are src/domain/permissions.ts). */
  access: string;
  tag: string;
  query?: z.ZodObject;
  body?: { schema?: z.ZodType; contentType?: string; required?: boolean };
  /** Writes that carry the version read: 428 without If-Match, 412 when it is stale. */
  ifMatch?: boolean;
  /** Answered without a signed-in caller (health, the document itself, the bot's own auth). */
  anonymous?: boolean;
  answers: Record<number, RouteAnswer>;
}

export const JSON_TYPE = 'application/json';
export const PROBLEM_TYPE = 'application/problem+json';

const PROBLEM_MEANINGS: Record<number, string> = {
  400: 'Invalid input: `errors` names each field with a stable code',
  403: "Outside the caller's role or office",
  404: 'No such record (or route)',
  409: 'Not possible in the current state, or already exists',
  412: 'Stale If-Match: `current` carries the record as it is now, the ETag its version',
  413: 'Body too large',
  415: 'Wrong content type',
  422: 'A workbook with problems: nothing was imported; `report` lists them',
  428: 'If-Match required',
};

/** The problem+json answers a route may give, by status. */
export function problems(...statuses: number[]): Record<number, RouteAnswer> {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: PROBLEM_MEANINGS[status] ?? 'Problem', schema: problem, contentType: PROBLEM_TYPE }]),
  );
}

export const ok = (description: string, schema?: z.ZodType, contentType?: string): RouteAnswer => ({ description, schema, contentType });
