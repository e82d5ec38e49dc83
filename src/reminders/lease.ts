// The sweep lease: one row in the store, taken and renewed by compare-and-swap on its
// version, so that of N server instances one at a time sweeps. The ledger alone already
// prevents double sends; the lease keeps instances from racing each other for every key.

import { ConflictError } from '../domain/errors';
import type { Lease } from '../domain/model';
import type { PlanStore } from '../store/plan-store';

export const SWEEP_LEASE = 'reminder-sweep';

export interface LeaseRequest {
  holder: string;
  ttlMs: number;
  now: Date;
}

const expiry = (now: Date, ttlMs: number) => new Date(now.getTime() + ttlMs).toISOString();

/** Takes the lease when it is free, expired, or already ours; null when another holder has it. */
export async function acquireLease(store: PlanStore, { holder, ttlMs, now }: LeaseRequest, id = SWEEP_LEASE): Promise<Lease | null> {
  const current = await store.get('lease', id);
  const at = now.toISOString();
  try {
    if (!current) {
      const { records } = await store.commit({
        actor: holder,
        at,
        changes: [{ op: 'create', entity: 'lease', record: { id, holder, expiresAt: expiry(now, ttlMs) } }],
      });
      return records[0];
    }
    if (current.holder !== null && current.holder !== holder && current.expiresAt > at) return null;
    return await swap(store, current, holder, expiry(now, ttlMs), at);
  } catch (error) {
    // Another instance created or took it between our read and our write: it won.
    if (error instanceof ConflictError) return null;
    throw error;
  }
}

/** Extends a lease we hold; null when it was lost (taken over after expiry). */
export async function renewLease(store: PlanStore, lease: Lease, { ttlMs, now }: Omit<LeaseRequest, 'holder'>): Promise<Lease | null> {
  try {
    return await swap(store, lease, lease.holder, expiry(now, ttlMs), now.toISOString());
  } catch (error) {
    if (error instanceof ConflictError) return null;
    throw error;
  }
}

/** Gives the lease back so that the next sweep need not wait for it to expire. */
export async function releaseLease(store: PlanStore, lease: Lease, now: Date): Promise<void> {
  try {
    await swap(store, lease, null, now.toISOString(), now.toISOString());
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}

async function swap(store: PlanStore, current: Lease, holder: string | null, expiresAt: string, at: string): Promise<Lease> {
  const { records } = await store.commit({
    actor: holder ?? current.holder ?? 'reminders',
    at,
    changes: [{ op: 'update', entity: 'lease', id: current.id, expectedVersion: current.version, patch: { holder, expiresAt } }],
  });
  return records[0];
}
