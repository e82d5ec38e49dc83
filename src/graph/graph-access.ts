// Microsoft Graph as the SharePoint store uses it: app-only tokens from msal-node (one
// ConfidentialClientApplication per process), graph-client with our own throttling middleware
// in place of its RetryHandler, a shared rate limiter, and $batch with retries of the inner
// requests that Graph throttles one by one (graph-client does not retry those).

import { ConfidentialClientApplication } from '@azure/msal-node';
import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  ResponseType,
  type AuthenticationProvider,
} from '@microsoft/microsoft-graph-client';
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

export interface BatchResponse<T = unknown> {
  status: number;
  headers: Record<string, string>;
  body: T;
}

/** Inner batch requests are retried when throttled; other statuses are the caller's to judge. */
const RETRIABLE = new Set([429, 503, 504]);
export const BATCH_LIMIT = 20;

export class GraphAccess {
  private readonly client: Client;
  readonly throttle: Throttle;

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
      async getAccessToken() {
        const result = await msal.acquireTokenByClientCredential({ scopes: [scope] });
        if (!result?.accessToken) throw new Error('Microsoft Entra ID returned no token for Microsoft Graph');
        return result.accessToken;
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
  async request<T = unknown>(method: BatchRequest['method'], path: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<GraphResponse<T>> {
    let call = this.client.api(path).responseType(ResponseType.RAW);
    if (init.headers) call = call.headers(init.headers);
    const response: Response =
      method === 'GET'
        ? await call.get()
        : method === 'POST'
          ? await call.post(init.body)
          : method === 'PATCH'
            ? await call.patch(init.body)
            : method === 'PUT'
              ? await call.put(init.body)
              : await call.delete();
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? safeJson(text) : undefined) as T };
  }

  /**
   * Sends requests in $batch calls of at most 20 and returns one response per request, in
   * order. Throttled inner requests wait for Retry-After (shared with every other call) and
   * are sent again, with whatever depended on them; the others come back as they are. A
   * request's `dependsOn` (indices) holds it back until those succeeded: Graph answers 424
   * for it when one failed. Dependencies must be sent before it or in the same chunk.
   */
  async batch<T = unknown>(requests: readonly BatchRequest[]): Promise<BatchResponse<T>[]> {
    const results: (BatchResponse<T> | undefined)[] = new Array(requests.length);
    const done = (i: number) => results[i] !== undefined;
    const ok = (i: number) => (results[i]?.status ?? 999) < 300;
    let pending = requests.map((_, i) => i);
    for (let attempt = 1; pending.length > 0; attempt++) {
      const retry = new Set<number>();
      const queue = [...pending];
      while (queue.length > 0) {
        const chunk: number[] = [];
        while (queue.length > 0 && chunk.length < BATCH_LIMIT) {
          const i = queue.shift()!;
          const deps = requests[i]!.dependsOn ?? [];
          if (deps.some((d) => done(d) && !ok(d))) {
            results[i] = { status: 424, headers: {}, body: { error: { code: 'failedDependency' } } as T };
          } else if (deps.some((d) => !done(d) && !chunk.includes(d))) {
            retry.add(i);
          } else {
            chunk.push(i);
          }
        }
        if (chunk.length === 0) continue;
        const body = {
          requests: chunk.map((i) => {
            const r = requests[i]!;
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
        const res = await this.request<{ responses: { id: string; status: number; headers?: Record<string, string>; body?: T }[] }>('POST', '/$batch', { body });
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
            results[i] = { status: inner.status, headers, body: inner.body as T };
          }
        }
        // A request refused only because what it waited for was throttled goes again with it.
        // (Dependencies chain, so repeat until nothing more joins the retry.)
        for (let grew = true; grew; ) {
          grew = false;
          for (const i of failedDependency) {
            if (!retry.has(i) && (requests[i]!.dependsOn ?? []).some((d) => retry.has(d))) {
              retry.add(i);
              grew = true;
            }
          }
        }
        for (const i of failedDependency) {
          if (!retry.has(i)) results[i] = { status: 424, headers: {}, body: { error: { code: 'failedDependency' } } as T };
        }
      }
      if (retry.size) this.options.logger.debug({ count: retry.size, attempt }, 'retrying throttled batch requests');
      pending = requests.map((_, i) => i).filter((i) => retry.has(i));
      if (pending.length) await this.throttle.wait();
    }
    return results as BatchResponse<T>[];
  }
}

export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';
  constructor(message: string, readonly status: number, readonly body?: unknown) {
    super(message);
  }
}

export function graphErrorCode(body: unknown): string | undefined {
  return (body as { error?: { code?: string } } | undefined)?.error?.code;
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
