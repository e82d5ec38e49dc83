// Throttling shared by every Graph call of the process: a rate limiter (bottleneck) caps
// concurrency and pace, and a 429/503 seen by any request pauses them all until Retry-After,
// so concurrent work backs off together instead of hammering a throttled tenant.

import Bottleneck from 'bottleneck';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { Logger } from 'pino';

export interface ThrottleOptions {
  maxConcurrent: number;
  /** Least time between two request starts, in ms. */
  minTime: number;
  maxAttempts: number;
}

const DEFAULTS: ThrottleOptions = { maxConcurrent: 4, minTime: 0, maxAttempts: 8 };

export class Throttle {
  readonly options: ThrottleOptions;
  private readonly limiter: Bottleneck;
  private pausedUntil = 0;
  /** Counts of throttled answers seen, for logs and tests. */
  throttled = 0;

  constructor(options: Partial<ThrottleOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
    this.limiter = new Bottleneck({ maxConcurrent: this.options.maxConcurrent, minTime: this.options.minTime });
  }

  /** Runs `task` within the limits, after any pause that is in force. */
  schedule<T>(task: () => Promise<T>): Promise<T> {
    return this.limiter.schedule(async () => {
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
