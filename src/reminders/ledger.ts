// The reminder ledger: one row per idempotency key, written as pending before the message is
// sent and completed after (the Company Communicator pattern). Creating a row whose key
// exists fails in the store, so a key is claimed by exactly one sweep of one instance.
//
// A crash after the claim leaves the row pending. It is never resent automatically (that
// could send twice); after a timeout it is marked failed with an "unknown" outcome, which the
// Gender Unit digest surfaces: never twice, at most once for a send cut off mid-flight.

import { ConflictError } from '../domain/errors';
import type { ReminderRecord } from '../domain/model';
import type { PlanStore } from '../store/plan-store';
import type { PlannedReminder } from './reminder';

/** Rows older than this are not read back; a key older than this cannot be sent again anyway (its row still exists). */
export const LEDGER_LOOKBACK_DAYS = 400;

export const STALE_PENDING_OUTCOME = 'unknown: the sending instance stopped before recording the result';

export type Completion = { status: 'sent' | 'failed' | 'unreachable'; outcome: string; attempts: number };

export class ReminderLedger {
  constructor(
    private readonly store: PlanStore,
    private readonly actor: string,
  ) {}

  /** Rows recent enough to matter to planning and to the digest. */
  async recent(now: Date): Promise<ReminderRecord[]> {
    return this.store.listReminders({ since: new Date(now.getTime() - LEDGER_LOOKBACK_DAYS * 86_400_000).toISOString() });
  }

  /** Claims the key as pending; null when the key already has a row (sent, in flight, or given up). */
  async claim(reminder: PlannedReminder, now: Date): Promise<ReminderRecord | null> {
    return this.create(reminder, now, { status: 'pending', attempts: 0, sentAt: null, outcome: null });
  }

  /** Records straight away a reminder that could not even be addressed (no conversation, no directory entry). */
  async recordUndeliverable(reminder: PlannedReminder, now: Date, status: 'unreachable' | 'failed', reason: string): Promise<ReminderRecord | null> {
    return this.create(reminder, now, { status, attempts: 0, sentAt: null, outcome: reason });
  }

  async complete(row: ReminderRecord, now: Date, result: Completion): Promise<void> {
    await this.store.commit({
      actor: this.actor,
      at: now.toISOString(),
      changes: [
        {
          op: 'update',
          entity: 'reminder',
          id: row.id,
          expectedVersion: row.version,
          patch: { status: result.status, attempts: result.attempts, outcome: result.outcome, sentAt: result.status === 'sent' ? now.toISOString() : null },
        },
      ],
    });
  }

  /**
   * Gives a claim back when the Bot Connector said for certain that it did not take the
   * message (429 until we gave up): the next sweep plans and claims the key again.
   */
  async release(row: ReminderRecord, now: Date): Promise<void> {
    await this.store.commit({
      actor: this.actor,
      at: now.toISOString(),
      changes: [{ op: 'delete', entity: 'reminder', id: row.id, expectedVersion: row.version }],
    });
  }

  /** Marks pending rows older than `timeoutMs` as failed-unknown; returns how many. */
  async expireStalePending(rows: readonly ReminderRecord[], now: Date, timeoutMs: number): Promise<ReminderRecord[]> {
    const cutoff = new Date(now.getTime() - timeoutMs).toISOString();
    const expired: ReminderRecord[] = [];
    for (const row of rows) {
      if (row.status !== 'pending' || row.updatedAt > cutoff) continue;
      try {
        const { records } = await this.store.commit({
          actor: this.actor,
          at: now.toISOString(),
          changes: [
            { op: 'update', entity: 'reminder', id: row.id, expectedVersion: row.version, patch: { status: 'failed', outcome: STALE_PENDING_OUTCOME } },
          ],
        });
        expired.push(records[0]);
      } catch (error) {
        // Completed meanwhile by its own (slow, not dead) instance: nothing to expire.
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    return expired;
  }

  private async create(
    reminder: PlannedReminder,
    now: Date,
    state: Pick<ReminderRecord, 'status' | 'attempts' | 'sentAt' | 'outcome'>,
  ): Promise<ReminderRecord | null> {
    try {
      const { records } = await this.store.commit({
        actor: this.actor,
        at: now.toISOString(),
        changes: [
          {
            op: 'create',
            entity: 'reminder',
            record: {
              id: reminder.key,
              kind: reminder.kind,
              targetId: reminder.targetId,
              planId: reminder.planId,
              officeId: reminder.officeId,
              recipient: reminder.recipient,
              period: reminder.period,
              ...state,
            },
          },
        ],
      });
      return records[0];
    } catch (error) {
      if (error instanceof ConflictError && error.kind === 'duplicate') return null;
      throw error;
    }
  }
}
