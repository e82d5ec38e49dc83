// Throttling and outages on demand: a seeded, deterministic share of requests answered 429 or 503
// with Retry-After, the next n requests failed outright, and optional SharePoint-style metering of
// resource units per minute (429 once spent, RateLimit-* headers when close to the limit).

import { graphError, type GraphResponse } from './errors';
import type { GraphRequest } from './request';

export interface FaultControl {
  /** From now on a share of Graph requests (0..1 each) fails with 429 or 503 and `Retry-After: retryAfterSeconds`. */
  setRate(share429: number, share503: number, retryAfterSeconds: number): void;
  /** The next n Graph requests (inner batch requests one by one, not the envelope) fail with `status`. */
  failNext(n: number, status: number, retryAfterSeconds?: number): void;
  /** Back to no injected failures. */
  clear(): void;
}

export interface InjectedFailure {
  status: number;
  retryAfterSeconds?: number;
}

const CODES: Record<number, [string, string]> = {
  // What Graph says when it does not accept a token (wrong audience, another cloud's token).
  401: ['InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.'],
  403: ['accessDenied', 'Access denied'],
  429: ['TooManyRequests', 'Too many requests. Retry after the interval in the Retry-After header.'],
  500: ['generalException', 'An unspecified error occurred.'],
  502: ['badGateway', 'Bad gateway.'],
  503: ['serviceNotAvailable', 'The service is temporarily unavailable. Retry after the interval in the Retry-After header.'],
  504: ['gatewayTimeout', 'The gateway timed out.'],
};

/** mulberry32: small, seedable, good enough to pick which requests fail. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Faults implements FaultControl {
  private readonly random: () => number;
  private share429 = 0;
  private share503 = 0;
  private retryAfterSeconds = 0;
  private queue: Array<{ remaining: number; failure: InjectedFailure }> = [];

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  setRate(share429: number, share503: number, retryAfterSeconds: number): void {
    const share = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
    if (!share(share429) || !share(share503) || share429 + share503 > 1) throw new RangeError('Fault shares must be within 0..1 and add up to at most 1.');
    if (!(retryAfterSeconds >= 0)) throw new RangeError('retryAfterSeconds must be 0 or more.');
    this.share429 = share429;
    this.share503 = share503;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  failNext(n: number, status: number, retryAfterSeconds = 0): void {
    if (!Number.isInteger(n) || n < 0 || status < 400 || status > 599) throw new RangeError('failNext needs n >= 0 and a 4xx/5xx status.');
    this.queue.push({ remaining: n, failure: { status, retryAfterSeconds } });
  }

  clear(): void {
    this.share429 = 0;
    this.share503 = 0;
    this.queue = [];
  }

  /** Decides the fate of one request: a failure to answer instead of executing it, or undefined. */
  pick(): InjectedFailure | undefined {
    this.queue = this.queue.filter((entry) => entry.remaining > 0);
    const head = this.queue[0];
    if (head) {
      head.remaining -= 1;
      return head.failure;
    }
    if (this.share429 + this.share503 === 0) return undefined;
    const roll = this.random();
    if (roll < this.share429) return { status: 429, retryAfterSeconds: this.retryAfterSeconds };
    if (roll < this.share429 + this.share503) return { status: 503, retryAfterSeconds: this.retryAfterSeconds };
    return undefined;
  }
}

export function failureResponse(req: GraphRequest, failure: InjectedFailure): GraphResponse {
  const [code, message] = CODES[failure.status] ?? ['generalException', `Injected failure ${failure.status}.`];
  const headers: Record<string, string> = {};
  if (failure.retryAfterSeconds !== undefined && (failure.status === 429 || failure.status === 503 || failure.retryAfterSeconds > 0)) {
    headers['retry-after'] = String(failure.retryAfterSeconds);
  }
  return graphError(req, failure.status, code, message, headers);
}

/**
 * SharePoint's resource-unit budget per app per minute: a single-item read costs 1, a multi-item
 * read or any write 2, and batched requests are metered one by one.
 */
export class ResourceMeter {
  private windowStart = 0;
  private used = 0;

  constructor(
    private readonly limitPerMinute: number | undefined,
    private readonly now: () => Date,
  ) {}

  static cost(method: string, path: string): number {
    if (method !== 'GET') return 2;
    return /\/(items|lists|columns|delta(\(\))?)$/.test(path) ? 2 : 1;
  }

  /** Charges a request; answers the failure to give instead when the minute's budget is spent. */
  charge(cost: number): InjectedFailure | undefined {
    if (this.limitPerMinute === undefined) return undefined;
    const at = this.now().getTime();
    if (at - this.windowStart >= 60_000) {
      this.windowStart = at - (at % 60_000);
      this.used = 0;
    }
    if (this.used + cost > this.limitPerMinute) return { status: 429, retryAfterSeconds: this.secondsToReset(at) };
    this.used += cost;
    return undefined;
  }

  /** RateLimit-* headers, sent (as SharePoint does) only once 80% of the budget is used. */
  headers(): Record<string, string> {
    if (this.limitPerMinute === undefined || this.used < this.limitPerMinute * 0.8) return {};
    return {
      'ratelimit-limit': String(this.limitPerMinute),
      'ratelimit-remaining': String(Math.max(0, this.limitPerMinute - this.used)),
      'ratelimit-reset': String(this.secondsToReset(this.now().getTime())),
    };
  }

  private secondsToReset(at: number): number {
    return Math.max(1, Math.ceil((this.windowStart + 60_000 - at) / 1000));
  }
}
