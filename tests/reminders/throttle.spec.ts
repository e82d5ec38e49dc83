// The send throttle: caps per app and per conversation, retries only what may be retried,
// jittered exponential backoff, Retry-After honoured for everyone; and the Bot Connector's
// answers sorted into retry, unreachable and final.

import { classifyBotConnectorError } from '../../src/bot/reminder-outbox';
import { parseRetryAfter, Throttle, type DeliveryFailure } from '../../src/reminders/throttle';

const retryable = (retryAfterMs: number | null = null): DeliveryFailure => ({ kind: 'retryable', status: 429, retryAfterMs, reason: '429' });
const options = { requestsPerSecond: 1000, perConversationIntervalMs: 0, maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };

describe('Throttle', () => {
  it('retries a retryable failure with growing, jittered delays, then succeeds', async () => {
    const delays: number[] = [];
    const throttle = new Throttle({ ...options, random: () => 0.5, sleep: async (ms) => void delays.push(ms) });
    let calls = 0;
    const result = await throttle.run(
      'c1',
      async () => (++calls < 4 ? Promise.reject(new Error('busy')) : 'ok'),
      () => retryable(),
    );
    expect(result).toEqual({ ok: true, value: 'ok', attempts: 4 });
    expect(delays).toEqual([50, 100, 200]);
  });

  it('caps the backoff and stops after the last attempt', async () => {
    const delays: number[] = [];
    const throttle = new Throttle({ ...options, maxAttempts: 7, random: () => 1, sleep: async (ms) => void delays.push(ms) });
    const result = await throttle.run(
      'c1',
      () => Promise.reject(new Error('busy')),
      () => retryable(),
    );
    expect(result).toMatchObject({ ok: false, attempts: 7, failure: { kind: 'retryable' } });
    expect(delays).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('does not retry an unreachable or final failure', async () => {
    const throttle = new Throttle({ ...options, sleep: async () => undefined });
    let calls = 0;
    const result = await throttle.run(
      'c1',
      async () => Promise.reject(new Error(String(++calls))),
      () => ({ kind: 'unreachable', status: 403, retryAfterMs: null, reason: '403' }),
    );
    expect(result).toMatchObject({ ok: false, attempts: 1, failure: { kind: 'unreachable' } });
    expect(calls).toBe(1);
  });

  it('waits at least Retry-After, and holds every conversation back meanwhile', async () => {
    const throttle = new Throttle({ ...options, random: () => 0 });
    const started = Date.now();
    const times: Record<string, number> = {};
    let first = true;
    await Promise.all([
      throttle.run(
        'c1',
        async () => {
          if (first) {
            first = false;
            throw new Error('429');
          }
          times.c1 = Date.now() - started;
        },
        () => retryable(300),
      ),
      (async () => {
        await new Promise((r) => setTimeout(r, 50));
        await throttle.run(
          'c2',
          async () => void (times.c2 = Date.now() - started),
          () => retryable(),
        );
      })(),
    ]);
    expect(times.c1).toBeGreaterThanOrEqual(300);
    expect(times.c2).toBeGreaterThanOrEqual(290);
  });

  it('keeps to the rate cap for the app and the interval for one conversation', async () => {
    const app = new Throttle({ ...options, requestsPerSecond: 100 });
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        app.run(
          `c${i}`,
          async () => undefined,
          () => retryable(),
        ),
      ),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(29 * 10 - 15);

    const one = new Throttle({ ...options, perConversationIntervalMs: 100 });
    const at: number[] = [];
    await Promise.all(
      Array.from({ length: 4 }, () =>
        one.run(
          'same',
          async () => void at.push(Date.now()),
          () => retryable(),
        ),
      ),
    );
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(95);
  });
});

describe('Retry-After and Bot Connector errors', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('0.5')).toBe(500);
    expect(parseRetryAfter(new Date(Date.UTC(2026, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(30_000);
    expect(parseRetryAfter(undefined)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });

  const http = (status: number, headers: Record<string, string> = {}, code?: string) => ({
    response: { status, headers, data: code ? { error: { code } } : {} },
  });

  it.each([
    [http(429, { 'retry-after': '3' }), { kind: 'retryable', status: 429, retryAfterMs: 3000 }],
    [http(502), { kind: 'retryable', status: 502 }],
    [http(503), { kind: 'retryable', status: 503 }],
    [http(412), { kind: 'retryable', status: 412 }],
    [http(403, {}, 'BotNotInConversationRoster'), { kind: 'unreachable', reason: '403 BotNotInConversationRoster' }],
    [http(404, {}, 'ConversationNotFound'), { kind: 'unreachable', reason: '404 ConversationNotFound' }],
    [http(400, {}, 'BadSyntax'), { kind: 'fatal', reason: '400 BadSyntax' }],
    [{ code: 'ECONNREFUSED' }, { kind: 'retryable', status: null }],
    [{ code: 'ECONNRESET' }, { kind: 'fatal', reason: 'unknown: ECONNRESET' }],
  ])('sorts %j as %j', (error, expected) => {
    expect(classifyBotConnectorError(error)).toMatchObject(expected);
  });
});
