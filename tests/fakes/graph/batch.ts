// POST /v1.0/$batch: at most 20 inner requests with unique ids, relative urls without the version
// segment, a Content-Type with every body, dependsOn (424 after a failed dependency), one status
// and one fault draw per inner request, responses in reverse order to catch order assumptions.

import { graphError, isError, methodNotAllowed, ok, type GraphResponse } from './errors';
import { jsonBody, type GraphRequest } from './request';
import { countStatus, executeGraph, type GraphRuntime } from './router';

export const MAX_BATCH_REQUESTS = 20;

interface InnerRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

export function handleBatch(rt: GraphRuntime, outer: GraphRequest): GraphResponse {
  if (outer.method !== 'POST') return methodNotAllowed(outer);
  const body = jsonBody(outer);
  if (isError(body)) return body;
  const parsed = parseRequests(outer, body.requests);
  if (isError(parsed)) return parsed;
  const order = executionOrder(outer, parsed);
  if (isError(order)) return order;

  const results = new Map<string, { id: string; status: number; headers: Record<string, string>; body?: unknown }>();
  for (const inner of order) {
    const failedDependency = inner.dependsOn.some((dep) => (results.get(dep.toLowerCase())?.status ?? 0) >= 400);
    const res = failedDependency ? dependencyFailed(rt, outer, inner) : executeGraph(rt, innerRequest(outer, inner), inner.url);
    results.set(inner.id.toLowerCase(), {
      id: inner.id,
      status: res.status,
      headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [spell(k), v])),
      ...(res.body === undefined ? {} : { body: Buffer.isBuffer(res.body) ? res.body.toString('base64') : res.body }),
    });
  }
  const responses = parsed.map((r) => results.get(r.id.toLowerCase())).reverse();
  return ok({ responses });
}

function parseRequests(outer: GraphRequest, raw: unknown): InnerRequest[] | GraphResponse {
  const bad = (message: string) => graphError(outer, 400, 'BadRequest', message);
  if (!Array.isArray(raw)) return bad('Invalid batch payload format.');
  if (raw.length > MAX_BATCH_REQUESTS) return bad(`The batch holds ${raw.length} requests; the maximum is ${MAX_BATCH_REQUESTS}.`);
  const requests: InnerRequest[] = [];
  for (const entry of raw as Array<Record<string, unknown>>) {
    const { id, method, url, headers = {}, body, dependsOn = [] } = entry ?? {};
    if (typeof id !== 'string' || !id || typeof method !== 'string' || typeof url !== 'string') {
      return bad('Invalid batch payload format: every request needs a string id, method and url.');
    }
    if (typeof headers !== 'object' || headers === null || !Array.isArray(dependsOn)) return bad(`Invalid batch payload format in request '${id}'.`);
    const lowered = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    if (body !== undefined && !lowered['content-type']) return bad(`Write request id : ${id} does not contain Content-Type header or body.`);
    // Ids are compared without regard to case.
    if (requests.some((r) => r.id.toLowerCase() === id.toLowerCase())) return bad(`The batch contains the request id '${id}' more than once.`);
    requests.push({ id, method: method.toUpperCase(), url, headers: lowered, body, dependsOn: dependsOn.map(String) });
  }
  return requests;
}

/** Array order, except that a request runs after the requests it depends on. */
function executionOrder(outer: GraphRequest, requests: InnerRequest[]): InnerRequest[] | GraphResponse {
  const byId = new Map(requests.map((r) => [r.id.toLowerCase(), r]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: InnerRequest[] = [];
  const visit = (r: InnerRequest): string | undefined => {
    const key = r.id.toLowerCase();
    if (done.has(key)) return undefined;
    if (visiting.has(key)) return `The dependsOn of request '${r.id}' forms a cycle.`;
    visiting.add(key);
    for (const dep of r.dependsOn) {
      const target = byId.get(dep.toLowerCase());
      if (!target) return `Request '${r.id}' depends on '${dep}', which is not in the batch.`;
      const problem = visit(target);
      if (problem) return problem;
    }
    visiting.delete(key);
    done.add(key);
    order.push(r);
    return undefined;
  };
  for (const r of requests) {
    const problem = visit(r);
    if (problem) return graphError(outer, 400, 'BadRequest', problem);
  }
  return order;
}

function innerRequest(outer: GraphRequest, inner: InnerRequest): GraphRequest {
  const relative = /^[a-z][a-z0-9+.-]*:/i.test(inner.url) ? inner.url : `https://batch.invalid${inner.url.startsWith('/') ? '' : '/'}${inner.url}`;
  const url = new URL(relative);
  const textual = (inner.headers['content-type'] ?? '').toLowerCase().includes('json');
  // Non-JSON bodies travel base64-encoded inside the batch.
  const body = inner.body === undefined || textual ? inner.body : Buffer.from(String(inner.body), 'base64');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  return {
    method: inner.method,
    // An absolute url keeps its host in the path, so that it is refused like any unknown segment.
    path: url.host === 'batch.invalid' ? path : `/${url.host}${path}`,
    query: url.searchParams,
    headers: { ...inner.headers, 'client-request-id': inner.headers['client-request-id'] ?? outer.headers['client-request-id'] ?? outer.requestId },
    body,
    inBatch: true,
    requestId: outer.requestId,
    receivedAt: outer.receivedAt,
  };
}

function dependencyFailed(rt: GraphRuntime, outer: GraphRequest, inner: InnerRequest): GraphResponse {
  countStatus(rt, 424);
  rt.state.requests.push({ method: inner.method, url: inner.url, status: 424, inBatch: true });
  return graphError(outer, 424, 'failedDependency', 'The request was not run because a request it depends on failed.');
}

/** Header names as Graph spells them inside batch responses (Retry-After, Content-Type, ETag). */
function spell(name: string): string {
  if (name === 'etag') return 'ETag';
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-');
}
