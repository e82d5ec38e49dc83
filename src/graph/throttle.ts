// Throttling shared by every Graph call of the process: a limiter (p-limit) caps how many
// requests are in flight, and a 429/503 seen by any request pauses them all until Retry-After,
// so concurrent work backs off together instead of hammering a throttled tenant. Graph paces
// an app by its answers (Retry-After), not by a fixed rate, so there is no pace of our own.
// p-limit starts the next request as soon as one ends; bottleneck, used here before, waited
// on timers between jobs, which added about 5 ms to every request (docs/benchmarks.md).
// p-limit 3 is its last CommonJS major.

import pLimit from 'p-limit';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { Logger } from 'pino';

export interface ThrottleOptions {
  maxConcurrent: number;
  maxAttempts: number;
}

const DEFAULTS: ThrottleOptions = { maxConcurrent: 4, maxAttempts: 8 };

export class Throttle {
  readonly options: ThrottleOptions;
  private readonly limit: pLimit.Limit;
  private pausedUntil = 0;
  /** Counts of throttled answers seen, for logs and tests. */
  throttled = 0;

  constructor(options: Partial<ThrottleOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
    this.limit = pLimit(this.options.maxConcurrent);
  }

  /** Runs `task` within the limits, after any pause that is in force. */
  schedule<T>(task: () => Promise<T>): Promise<T> {
    return this.limit(async () => {
      await this.wait();
      return task();
    });
  }

  backOff(ms: number): void {
    this.throttled += 1;
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }

  async wait(): Promise<void> {
    for (let delay = this.pausedUntil - Date.now(); delay > 0; delay = this.pausedUntil - Date.now()) {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** graph-client middleware: sends through the throttle and retries 429/503/504 (idempotently safe: Graph did not apply them). */
export class ThrottleHandler implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly throttle: Throttle,
    private readonly logger: Logger,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const next = this.next;
      if (!next) throw new Error('The throttling middleware has no next handler (setNext was not called).');
      await this.throttle.schedule(() => next.execute(context));
      const status = context.response?.status ?? 0;
      if (![429, 503, 504].includes(status) || attempt >= this.throttle.options.maxAttempts) return;
      const wait = retryAfterMs(context.response?.headers.get('retry-after'), attempt);
      this.logger.debug({ status, attempt, wait }, 'Graph throttled the request; waiting');
      this.throttle.backOff(wait);
    }
  }
}

/** Retry-After in seconds when Graph gives it, else a jittered exponential backoff. */
export function retryAfterMs(header: string | null | undefined, attempt: number): number {
  const seconds = header ? Number(header) : NaN;
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const base = Math.min(30_000, 500 * 2 ** (attempt - 1));
  return base / 2 + Math.random() * (base / 2);
}
