// The reminder ledger as the planner reads it: what was sent (or tried) before, indexed once
// per sweep so that a hundred thousand targets are checked against it without building their
// keys, and the deliveries that did not arrive, for the Gender Unit digest.

import { addDays } from '../domain/dates';
import type { ReminderRecord } from '../domain/model';
import { reminderSubject, TARGET_REMINDER_KINDS, type UndeliveredReminder } from './reminder';

/** How far back the Gender Unit digest looks for reminders that did not arrive. */
export const UNDELIVERED_LOOKBACK_DAYS = 7;

export interface LedgerIndex {
  /** Every key on record, for the few reminders of plans, offices and the department. */
  keys: Set<string>;
  /** The key tails on record (see reminderKeyTail) by target id: a target without rows costs one Map miss, and no key is built. */
  targetTails: Map<string, Set<string>>;
  /** Due dates (the period) of every focal-point escalation on record per target, whatever its outcome. */
  focalEscalated: Map<string, Set<string>>;
  undelivered: UndeliveredReminder[];
}

export function indexLedger(ledger: Iterable<ReminderRecord>, today: string): LedgerIndex {
  const index: LedgerIndex = { keys: new Set(), targetTails: new Map(), focalEscalated: new Map(), undelivered: [] };
  const since = addDays(today, -UNDELIVERED_LOOKBACK_DAYS);
  for (const r of ledger) {
    index.keys.add(r.id);
    const subject = reminderSubject(r);
    if (r.targetId && TARGET_REMINDER_KINDS.has(r.kind) && r.id.startsWith(subject)) {
      const tails = index.targetTails.get(r.targetId) ?? new Set<string>();
      index.targetTails.set(r.targetId, tails.add(r.id.slice(subject.length)));
    }
    if (r.kind === 'escalation-focal-point' && r.targetId) {
      const periods = index.focalEscalated.get(r.targetId) ?? new Set<string>();
      index.focalEscalated.set(r.targetId, periods.add(r.period));
    }
    if ((r.status === 'unreachable' || r.status === 'failed') && r.updatedAt.slice(0, 10) >= since) {
      index.undelivered.push({ key: r.id, kind: r.kind, recipient: r.recipient, status: r.status, outcome: r.outcome, at: r.updatedAt });
    }
  }
  index.undelivered.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return index;
}
