// The HTTPS side of the double: loopback servers with the test CA's certificate, and Graph's front
// door (the v1.0 version segment, the bearer token check, $batch versus single operations).

import https from 'node:https';
import { randomUUID } from 'node:crypto';
import { testTls } from '../../support/tls';
import { handleBatch } from './batch';
import { graphError, type GraphResponse } from './errors';
import { failureResponse } from './faults';
import type { GraphRequest } from './request';
import { countStatus, executeGraph, type GraphRuntime } from './router';

export interface RawRequest {
  method: string;
  url: string;
  /** Lower-case names, one value each. */
  headers: Record<string, string>;
  body: Buffer;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Far above the 4 MB simple-upload limit, so that the 413 comes from Graph's rule, not from here. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface HttpsEndpoint {
  /** https://localhost:PORT — the certificate is issued to localhost. */
  origin: string;
  close(): Promise<void>;
}

export async function listenHttps(handle: (req: RawRequest) => RawResponse): Promise<HttpsEndpoint> {
  const server = https.createServer(testTls(), (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
      const answer =
        size > MAX_BODY_BYTES
          ? { status: 413, headers: { 'content-type': 'application/json' }, body: { error: { code: 'requestTooLarge', message: 'Request body too large.' } } }
          : handle({ method: (req.method ?? 'GET').toUpperCase(), url: req.url ?? '/', headers, body: Buffer.concat(chunks) });
      const payload = answer.body === undefined ? undefined : Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(JSON.stringify(answer.body));
      // An explicit length lets Node send headers and body in one write rather than chunked.
      res.writeHead(answer.status, payload ? { ...answer.headers, 'content-length': String(payload.length) } : answer.headers).end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://localhost:${(server.address() as { port: number }).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { origin, close };
}

/** Everything that reaches the Graph host: version segment, token, then a batch or one operation. */
export function graphFrontDoor(rt: GraphRuntime, authorityHost: string, raw: RawRequest): RawResponse {
  rt.counters.graphRequests += 1;
  const url = new URL(raw.url, rt.graphEndpoint);
  const req: GraphRequest = {
    method: raw.method,
    path: '',
    query: url.searchParams,
    headers: raw.headers,
    body: raw.body,
    inBatch: false,
    requestId: randomUUID(),
    receivedAt: rt.now(),
  };
  const version = /^\/([^/]*)(\/.*)?$/.exec(url.pathname);
  let res: GraphResponse | undefined;
  if (version?.[1] !== 'v1.0') res = graphError(req, 400, 'BadRequest', `Invalid version: ${version?.[1] ?? ''}`);
  res ??= authenticate(rt, req, authorityHost);
  if (!res) {
    try {
      req.path = decodeURIComponent(version?.[2] ?? '/');
    } catch {
      req.path = version?.[2] ?? '/';
    }
    if (req.path === '/$batch') {
      rt.counters.batchRequests += 1;
      const failure = rt.faultBatchEnvelopes ? rt.faults.pick() : undefined;
      res = failure ? failureResponse(req, failure) : handleBatch(rt, req);
      log(rt, req, raw.url, res, failure !== undefined);
    } else res = executeGraph(rt, req, raw.url);
  } else log(rt, req, raw.url, res);
  return { ...res, headers: { ...res.headers, 'request-id': req.requestId, 'client-request-id': req.headers['client-request-id'] ?? req.requestId } };
}

function log(rt: GraphRuntime, req: GraphRequest, url: string, res: GraphResponse, injected = false): void {
  countStatus(rt, res.status);
  if (res.status === 429) rt.counters.throttled += 1;
  if (res.status === 503) rt.counters.unavailable += 1;
  rt.state.requests.push({ method: req.method, url, status: res.status, inBatch: false, ...(injected ? { injected } : {}) });
}

/** Graph accepts only `Authorization: Bearer <token>` with a token this double issued and that has not expired. */
function authenticate(rt: GraphRuntime, req: GraphRequest, authorityHost: string): GraphResponse | undefined {
  const refuse = (message: string) =>
    graphError(req, 401, 'InvalidAuthenticationToken', message, {
      'www-authenticate': `Bearer realm="", authorization_uri="${authorityHost}/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"`,
    });
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return refuse('Access token is empty.');
  const expiresAt = rt.state.accessTokens.get(token);
  if (expiresAt === undefined) return refuse('CompactToken parsing failed with error code: 80049217');
  if (expiresAt <= rt.now().getTime()) return refuse('Lifetime validation failed, the token is expired.');
  return undefined;
}
