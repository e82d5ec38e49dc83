// Microsoft Graph as the SharePoint store uses it: app-only tokens from msal-node (one
// ConfidentialClientApplication per process), graph-client with our own throttling middleware
// in place of its RetryHandler, a shared rate limiter, and $batch with retries of the inner
// requests that Graph throttles one by one (graph-client does not retry those).

import { ConfidentialClientApplication } from '@azure/msal-node';
import { AuthenticationHandler, Client, HTTPMessageHandler, ResponseType, type AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import type { Logger } from 'pino';
import { retryAfterMs, Throttle, ThrottleHandler, type ThrottleOptions } from './throttle';

export interface GraphAccessOptions {
  graphEndpoint: string;
  authorityHost: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  logger: Logger;
  throttle?: Partial<ThrottleOptions>;
}

export interface GraphResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface BatchRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  /** Relative to the version root, e.g. "/sites/{id}/lists/{id}/items" (never "/v1.0/…"). */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Indices of requests of the same call that must succeed first. */
  dependsOn?: number[];
}

export interface BatchResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Inner batch requests are retried when throttled; other statuses are the caller's to judge. */
const RETRIABLE = new Set([429, 503, 504]);
export const BATCH_LIMIT = 20;

export class GraphAccess {
  private readonly client: Client;
  readonly throttle: Throttle;
  /** Why the last token request failed: graph-client rewraps errors of the middleware, losing their type. */
  private tokenRefusal: GraphAccessRefused | undefined;

  constructor(private readonly options: GraphAccessOptions) {
    this.throttle = new Throttle(options.throttle);
    const msal = new ConfidentialClientApplication({
      auth: {
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        authority: `${options.authorityHost}/${options.tenantId}`,
        // The authority host is configured, so msal never needs to discover it on the internet.
        knownAuthorities: [new URL(options.authorityHost).host],
      },
    });
    const scope = `${options.graphEndpoint}/.default`;
    const auth: AuthenticationProvider = {
      getAccessToken: async () => {
        try {
          const result = await msal.acquireTokenByClientCredential({ scopes: [scope] });
          if (!result?.accessToken) throw new Error('Microsoft Entra ID returned no token for Microsoft Graph');
          this.tokenRefusal = undefined;
          return result.accessToken;
        } catch (error) {
          this.tokenRefusal = tokenRefused(error, options);
          throw error;
        }
      },
    };
    const authentication = new AuthenticationHandler(auth);
    const throttling = new ThrottleHandler(this.throttle, options.logger);
    const http = new HTTPMessageHandler();
    authentication.setNext(throttling);
    throttling.setNext(http);
    this.client = Client.initWithMiddleware({
      middleware: authentication,
      baseUrl: `${options.graphEndpoint}/`,
      defaultVersion: 'v1.0',
      customHosts: new Set([new URL(options.graphEndpoint).hostname]),
    });
  }

  /** One request; `path` is relative to the version root or an absolute @odata link. */
  async request<T = unknown>(
    method: BatchRequest['method'],
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<GraphResponse<T>> {
    let call = this.client.api(path).responseType(ResponseType.RAW);
    if (init.headers) call = call.headers(init.headers);
    let response: Response;
    try {
      response =
        method === 'GET'
          ? await call.get()
          : method === 'POST'
            ? await call.post(init.body)
            : method === 'PATCH'
              ? await call.patch(init.body)
              : method === 'PUT'
                ? await call.put(init.body)
                : await call.delete();
    } catch (error) {
      throw this.tokenRefusal ?? error;
    }
    const text = await response.text();
    // The caller names the shape of what this endpoint answers: Graph's JSON is not checked field by field.
    const body = (text ? safeJson(text) : undefined) as T;
    // Refused credentials or grants are never data: whatever the caller was doing cannot succeed.
    if (response.status === 401 || response.status === 403) throw graphRefused(response.status, body, this.options);
    return { status: response.status, headers: response.headers, body };
  }

  /**
   * Sends requests in $batch calls of at most 20 and returns one response per request, in
   * order. Throttled inner requests wait for Retry-After (shared with every other call) and
   * are sent again, with whatever depended on them; the others come back as they are. A
   * request's `dependsOn` (indices) holds it back until those succeeded: Graph answers 424
   * for it when one failed. Dependencies must be sent before it or in the same chunk.
   */
  async batch(requests: readonly BatchRequest[]): Promise<BatchResponse[]> {
    const results: (BatchResponse | undefined)[] = new Array(requests.length);
    const done = (i: number) => results[i] !== undefined;
    const ok = (i: number) => (results[i]?.status ?? 999) < 300;
    let pending = requests.map((_, i) => i);
    for (let attempt = 1; pending.length > 0; attempt++) {
      const retry = new Set<number>();
      const queue = [...pending];
      while (queue.length > 0) {
        const chunk: number[] = [];
        while (chunk.length < BATCH_LIMIT) {
          const i = queue.shift();
          if (i === undefined) break;
          const deps = requests[i]?.dependsOn ?? [];
          if (deps.some((d) => done(d) && !ok(d))) {
            results[i] = dependencyFailed();
          } else if (deps.some((d) => !done(d) && !chunk.includes(d))) {
            retry.add(i);
          } else {
            chunk.push(i);
          }
        }
        if (chunk.length === 0) continue;
        const body = {
          requests: chunk.map((i) => {
            const r = requestAt(requests, i);
            const headers = { ...(r.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...r.headers };
            const dependsOn = (r.dependsOn ?? []).filter((d) => chunk.includes(d)).map(String);
            return {
              id: String(i),
              method: r.method,
              url: r.url,
              ...(dependsOn.length ? { dependsOn } : {}),
              ...(Object.keys(headers).length ? { headers } : {}),
              ...(r.body !== undefined ? { body: r.body } : {}),
            };
          }),
        };
        const res = await this.request<{ responses: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] }>('POST', '/$batch', {
          body,
        });
        if (res.status !== 200) throw new GraphRequestError(`$batch answered ${res.status}`, res.status, res.body);
        const failedDependency: number[] = [];
        for (const inner of res.body.responses) {
          const i = Number(inner.id);
          const headers = lowerCaseKeys(inner.headers ?? {});
          if (RETRIABLE.has(inner.status) && attempt < this.throttle.options.maxAttempts) {
            this.throttle.backOff(retryAfterMs(headers['retry-after'], attempt));
            retry.add(i);
          } else if (inner.status === 424) {
            failedDependency.push(i);
          } else {
            results[i] = { status: inner.status, headers, body: inner.body };
          }
        }
        // A request refused only because what it waited for was throttled goes again with it.
        // (Dependencies chain, so repeat until nothing more joins the retry.)
        for (let grew = true; grew;) {
          grew = false;
          for (const i of failedDependency) {
            if (!retry.has(i) && (requests[i]?.dependsOn ?? []).some((d) => retry.has(d))) {
              retry.add(i);
              grew = true;
            }
          }
        }
        for (const i of failedDependency) {
          if (!retry.has(i)) results[i] = dependencyFailed();
        }
      }
      if (retry.size) this.options.logger.debug({ count: retry.size, attempt }, 'retrying throttled batch requests');
      pending = requests.map((_, i) => i).filter((i) => retry.has(i));
      if (pending.length) await this.throttle.wait();
    }
    return requests.map((_, i) => results[i] ?? dependencyFailed());
  }
}

/** What Graph answers for a request whose dependency failed. */
const dependencyFailed = (): BatchResponse => ({ status: 424, headers: {}, body: { error: { code: 'failedDependency' } } });

function requestAt(requests: readonly BatchRequest[], i: number): BatchRequest {
  const request = requests[i];
  if (!request) throw new RangeError(`No batch request at ${i}.`);
  return request;
}

export class GraphRequestError extends Error {
  override readonly name: string = 'GraphRequestError';
  constructor(
    message: string,
    readonly status: number,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

/**
 * Microsoft Entra ID or Microsoft Graph refused the app: its credentials, its cloud or its
 * grants are wrong. The message says which setting or permission to check, in one line.
 */
export class GraphAccessRefused extends GraphRequestError {
  override readonly name = 'GraphAccessRefused';
}

type AccessSettings = Pick<GraphAccessOptions, 'graphEndpoint' | 'authorityHost'>;

/** Explains msal-node's failure to get a token (Entra's error code is in `errorCode`). */
function tokenRefused(error: unknown, { authorityHost, graphEndpoint }: AccessSettings): GraphAccessRefused {
  const code = typeof error === 'object' && error !== null && 'errorCode' in error && typeof error.errorCode === 'string' ? error.errorCode : '';
  const message = error instanceof Error ? error.message : String(error);
  const aadsts = /AADSTS\d+/.exec(message)?.[0];
  const why = [code, aadsts].filter(Boolean).join(', ') || message.split('\n')[0];
  if (code === 'invalid_resource' || code === 'invalid_scope') {
    return new GraphAccessRefused(
      `Microsoft Entra ID at AUTHORITY_HOST (${authorityHost}) issues no token for GRAPH_ENDPOINT (${graphEndpoint}) (${why}): check that GRAPH_ENDPOINT is the Graph of AUTHORITY_HOST's cloud.`,
      400,
    );
  }
  const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 0;
  return new GraphAccessRefused(
    `Microsoft Entra ID refused the app's credentials (${why}): check TENANT_ID, CLIENT_ID and CLIENT_SECRET, and that AUTHORITY_HOST (${authorityHost}) is the cloud of that tenant.`,
    status,
  );
}

/** Explains Graph's 401 (the token is not accepted) and 403 (the app lacks a grant on the site). */
function graphRefused(status: 401 | 403, body: unknown, { authorityHost, graphEndpoint }: AccessSettings): GraphAccessRefused {
  const said = [graphErrorCode(body), graphErrorMessage(body)].filter(Boolean).join(': ');
  if (status === 401) {
    return new GraphAccessRefused(
      `Microsoft Graph refused the app's token (401${said ? ` ${said}` : ''}): check CLIENT_ID and CLIENT_SECRET, and that GRAPH_ENDPOINT (${graphEndpoint}) is the Graph of AUTHORITY_HOST's cloud (${authorityHost}).`,
      status,
      body,
    );
  }
  return new GraphAccessRefused(
    `Microsoft Graph denied access (403${said ? ` ${said}` : ''}): grant the app Sites.Selected with write (manage, to provision lists) on this site, or Sites.Manage.All, with admin consent.`,
    status,
    body,
  );
}

function graphErrorMessage(body: unknown): string | undefined {
  const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string' ? error.message : undefined;
}

export function graphErrorCode(body: unknown): string | undefined {
  const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
