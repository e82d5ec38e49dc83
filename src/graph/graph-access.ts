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
   * are sent again; the others come back as they are.
   */
  async batch<T = unknown>(requests: readonly BatchRequest[]): Promise<BatchResponse<T>[]> {
    const results: BatchResponse<T>[] = new Array(requests.length);
    let pending = requests.map((_, i) => i);
    for (let attempt = 1; pending.length > 0; attempt++) {
      const retry: number[] = [];
      for (let start = 0; start < pending.length; start += BATCH_LIMIT) {
        const chunk = pending.slice(start, start + BATCH_LIMIT);
        const body = {
          requests: chunk.map((i) => {
            const r = requests[i]!;
            const headers = { ...(r.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...r.headers };
            return { id: String(i), method: r.method, url: r.url, ...(Object.keys(headers).length ? { headers } : {}), ...(r.body !== undefined ? { body: r.body } : {}) };
          }),
        };
        const res = await this.request<{ responses: { id: string; status: number; headers?: Record<string, string>; body?: T }[] }>('POST', '/$batch', { body });
        if (res.status !== 200) throw new GraphRequestError(`$batch answered ${res.status}`, res.status, res.body);
        for (const inner of res.body.responses) {
          const i = Number(inner.id);
          const headers = lowerCaseKeys(inner.headers ?? {});
          if (RETRIABLE.has(inner.status) && attempt < this.throttle.options.maxAttempts) {
            this.throttle.backOff(retryAfterMs(headers['retry-after'], attempt));
            retry.push(i);
          } else {
            results[i] = { status: inner.status, headers, body: inner.body as T };
          }
        }
      }
      if (retry.length) this.options.logger.debug({ count: retry.length, attempt }, 'retrying throttled batch requests');
      pending = retry;
      if (pending.length) await this.throttle.wait();
    }
    return results;
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
