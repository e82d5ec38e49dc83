// Graph's responses as the handlers build them, and its error body
// {error:{code, message, innerError:{date, request-id, client-request-id}}} used for every refusal.

import type { GraphRequest } from './request';

export interface GraphResponse {
  status: number;
  /** Lower-case header names; the batch writer and the HTTPS server spell them out. */
  headers: Record<string, string>;
  /** A JSON value, or a Buffer for raw content; absent for 204. */
  body?: unknown;
}

/** What real Graph sends with JSON payloads; clients only look for "application/json" in it. */
export const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function ok(body: unknown, status = 200, headers: Record<string, string> = {}): GraphResponse {
  return { status, headers: { 'content-type': ODATA_JSON, ...headers }, body };
}

export function noContent(): GraphResponse {
  return { status: 204, headers: {} };
}

export function graphError(
  req: Pick<GraphRequest, 'headers' | 'requestId' | 'receivedAt'>,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  innerCode?: string,
): GraphResponse {
  const innerError = {
    ...(innerCode ? { code: innerCode } : {}),
    // Graph's innerError date carries no zone designator, e.g. 2025-02-13T10:17:05.
    date: req.receivedAt.toISOString().slice(0, 19),
    'request-id': req.requestId,
    'client-request-id': req.headers['client-request-id'] ?? req.requestId,
  };
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: { error: { code, message, innerError } } };
}

export function isError(value: unknown): value is GraphResponse {
  return typeof value === 'object' && value !== null && 'status' in value && 'headers' in value;
}

/** The answer real Graph gives for a path segment it does not know — including "v1.0" inside a batch. */
export function unknownSegment(req: GraphRequest, segment: string): GraphResponse {
  return graphError(req, 400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
}

export function methodNotAllowed(req: GraphRequest): GraphResponse {
  return graphError(req, 405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
}

export function invalidRequest(req: GraphRequest, message: string): GraphResponse {
  return graphError(req, 400, 'invalidRequest', message);
}

export function notFound(req: GraphRequest, message: string): GraphResponse {
  return graphError(req, 404, 'itemNotFound', message);
}
