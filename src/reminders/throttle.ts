// Keeps proactive sends within Teams' limits and rides out throttling: a cap per app
// (~50 requests/s), a cap per conversation (~1/s sustained), retries with jittered
// exponential backoff for 429 and 5xx, and Retry-After honoured for everyone at once (a 429
// with Retry-After means the whole app is throttled, as Company Communicator treats it).

import Bottleneck from 'bottleneck';

export type FailureKind = 'retryable' | 'unreachable' | 'fatal';

export interface DeliveryFailure {
  kind: FailureKind;
  /** HTTP status, when there was a response. */
  status: number | null;
  /** From Retry-After, when the service sent one. */
  retryAfterMs: number | null;
  /** e.g. "403 BotNotInConversationRoster", "ECONNRESET". */
  reason: string;
}

export type Attempted<T> = { ok: true; value: T; attempts: number } | { ok: false; failure: DeliveryFailure; attempts: number };

export interface ThrottleOptions {
  /** App-wide request rate cap. */
  requestsPerSecond: number;
  /** Least time between two requests to the same conversation. */
  perConversationIntervalMs: number;
  /** Attempts per message, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const TEAMS_LIMITS: ThrottleOptions = {
  requestsPerSecond: 50,
  perConversationIntervalMs: 1000,
  maxAttempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/** The share of the cap actually aimed at. */
export const RATE_MARGIN = 0.95;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Throttle {
  private readonly app: Bottleneck;
  private readonly conversations: Bottleneck.Group;
  private readonly lastSend = new Map<string, number>();
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Set by a 429 with Retry-After: nobody sends before this instant (ms since epoch). */
  private throttledUntil = 0;
  /** Requests made, retries included, for the bench and the logs. */
  requests = 0;

  constructor(private readonly options: ThrottleOptions) {
    // Aim a little under the cap, so that timer and network jitter never push a second over it.
    this.app = new Bottleneck({ minTime: 1000 / (options.requestsPerSecond * RATE_MARGIN), maxConcurrent: Math.max(1, Math.ceil(options.requestsPerSecond)) });
    // One at a time per conversation; the interval is kept between actual sends (below), not
    // between queue starts, since the wait for the app-wide cap varies from one send to the next.
    this.conversations = new Bottleneck.Group({ maxConcurrent: 1 });
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? realSleep;
  }

  /** Runs `attempt` within the caps until it succeeds, fails for good, or runs out of attempts. */
  async run<T>(conversation: string, attempt: () => Promise<T>, classify: (error: unknown) => DeliveryFailure): Promise<Attempted<T>> {
    for (let n = 1; ; n++) {
      try {
        const value = await this.conversations.key(conversation).schedule(async () => {
          await this.waitWhileThrottled();
          const due = (this.lastSend.get(conversation) ?? -Infinity) + this.options.perConversationIntervalMs;
          if (due > Date.now()) await this.sleep(due - Date.now());
          return this.app.schedule(() => {
            this.requests += 1;
            this.lastSend.set(conversation, Date.now());
            return attempt();
          });
        });
        return { ok: true, value, attempts: n };
      } catch (error) {
        const failure = classify(error);
        if (failure.kind !== 'retryable' || n >= this.options.maxAttempts) return { ok: false, failure, attempts: n };
        if (failure.retryAfterMs !== null) this.throttledUntil = Math.max(this.throttledUntil, Date.now() + failure.retryAfterMs);
        await this.sleep(this.backoff(n, failure.retryAfterMs));
      }
    }
  }

  /** Full jitter up to base·2^(n−1), capped; never sooner than Retry-After. */
  backoff(attempt: number, retryAfterMs: number | null): number {
    const ceiling = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** (attempt - 1));
    const jitter = this.random() * ceiling;
    return retryAfterMs === null ? jitter : retryAfterMs + this.random() * this.options.baseDelayMs;
  }

  private async waitWhileThrottled(): Promise<void> {
    for (let wait = this.throttledUntil - Date.now(); wait > 0; wait = this.throttledUntil - Date.now()) await this.sleep(wait);
  }

  async stop(): Promise<void> {
    await this.app.stop({ dropWaitingJobs: false });
  }
}

/** Parses Retry-After: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
