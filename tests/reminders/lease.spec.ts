// The sweep lease, taken by compare-and-swap on its version in the store: one holder at a
// time, taken over only once expired, renewed only by its holder, given back at the end.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireLease, releaseLease, renewLease } from '../../src/reminders/lease';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';

const T0 = new Date('2026-11-30T10:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const TTL = 60_000;

describe('sweep lease', () => {
  let dir: string;
  let a: SqliteStore;
  let b: SqliteStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lease-'));
    a = new SqliteStore({ path: path.join(dir, 'lease.db') });
    b = new SqliteStore({ path: path.join(dir, 'lease.db') });
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is taken by the first instance and refused to the second while it lasts', async () => {
    expect(await acquireLease(a, { holder: 'one', ttlMs: TTL, now: T0 })).toMatchObject({ holder: 'one', expiresAt: later(TTL).toISOString() });
    expect(await acquireLease(b, { holder: 'two', ttlMs: TTL, now: later(TTL - 1) })).toBeNull();
  });

  it('goes to exactly one of two instances asking at the same moment', async () => {
    const results = await Promise.all([acquireLease(a, { holder: 'one', ttlMs: TTL, now: T0 }), acquireLease(b, { holder: 'two', ttlMs: TTL, now: T0 })]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('is taken over once expired, and the old holder can no longer renew it', async () => {
    const first = (await acquireLease(a, { holder: 'one', ttlMs: TTL, now: T0 }))!;
    const second = await acquireLease(b, { holder: 'two', ttlMs: TTL, now: later(TTL + 1) });
    expect(second).toMatchObject({ holder: 'two' });
    expect(await renewLease(a, first, { ttlMs: TTL, now: later(TTL + 2) })).toBeNull();
  });

  it('is renewed by its holder, which keeps others out longer', async () => {
    const first = (await acquireLease(a, { holder: 'one', ttlMs: TTL, now: T0 }))!;
    const renewed = await renewLease(a, first, { ttlMs: TTL, now: later(TTL / 2) });
    expect(renewed).toMatchObject({ holder: 'one', expiresAt: later(TTL / 2 + TTL).toISOString() });
    expect(await acquireLease(b, { holder: 'two', ttlMs: TTL, now: later(TTL + 1) })).toBeNull();
  });

  it('can be taken at once after its holder gives it back', async () => {
    const first = (await acquireLease(a, { holder: 'one', ttlMs: TTL, now: T0 }))!;
    await releaseLease(a, first, later(10));
    expect(await acquireLease(b, { holder: 'two', ttlMs: TTL, now: later(11) })).toMatchObject({ holder: 'two' });
  });
});
