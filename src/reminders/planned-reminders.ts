// What a sweep plans, as a read-only collection: a hundred thousand reminders for a large
// department, of which the sweep sends at most 50 a second and the dry run prints one line at
// a time. So the planner records its decisions about targets in columns (typed arrays: which
// target, which kind, which recipient, which shared due day) and each reminder is built when
// it is read; planning allocates per plan and due day, not per reminder.
//
// Why (measured with `npm run bench -- reminders`, see docs/benchmarks.md): allocating the
// 115,793 reminder objects of the bench, and the garbage collector's work on them, were most of
// what planning still cost once its decisions were cheap.

import type { Target } from '../domain/model';
import { TargetReminder, type PlannedReminder, type TargetDay } from './reminder';

/** The kinds of a target's reminder, by the code the columns hold. */
export const TARGET_KINDS = ['due-soon', 'overdue', 'escalation-focal-point', 'escalation-gender-unit'] as const satisfies readonly TargetReminder['kind'][];
export type TargetKindCode = 0 | 1 | 2 | 3;
export const DUE_SOON: TargetKindCode = 0;
export const OVERDUE: TargetKindCode = 1;
export const ESCALATION_FOCAL_POINT: TargetKindCode = 2;
export const ESCALATION_GENDER_UNIT: TargetKindCode = 3;

/** The recipient code of a reminder to the target's owner; other recipients are numbered from 0 in the order they are named. */
export const OWNER = -1;

type ReminderTarget = Pick<Target, 'id' | 'planId' | 'dueDate' | 'owner'>;

/** Rows per chunk of the columns: 4,096 rows of four 32-bit fields, 64 KB, allocated from the heap's free lists rather than fresh pages. */
const CHUNK_BITS = 12;
const ROWS = 1 << CHUNK_BITS;
const FIELDS = 4;

/**
 * Reminders about targets, one row per reminder in the order decided: the target's index, the
 * kind's code, the recipient's code and the due day's code, in chunks of typed arrays that are
 * filled and never copied (a column doubled as it fills is copied, and its fresh pages
 * faulted in, on every sweep: measured, a few milliseconds in the median).
 */
export class TargetReminderColumns {
  private size = 0;
  private readonly chunks: Int32Array[] = [];
  /** The last chunk, being filled. */
  private filling = new Int32Array(0);
  private readonly recipients: string[] = [];
  private readonly days: TargetDay[] = [];

  /** `targets` are read when a reminder is read: they must not change afterwards (stores hand out fresh records on every read). */
  constructor(private readonly targets: readonly ReminderTarget[]) {}

  get length(): number {
    return this.size;
  }

  /** Numbers a recipient other than a target's owner (a focal point, a member of the Gender Unit): name each once. */
  recipientCode(recipient: string): number {
    return this.recipients.push(recipient) - 1;
  }

  /** Numbers what the reminded targets of one plan due on one day share. */
  dayCode(day: TargetDay): number {
    return this.days.push(day) - 1;
  }

  add(targetIndex: number, kindCode: TargetKindCode, recipientCode: number, dayCode: number): void {
    const at = (this.size & (ROWS - 1)) * FIELDS;
    if (at === 0) this.chunks.push((this.filling = new Int32Array(ROWS * FIELDS)));
    const chunk = this.filling;
    chunk[at] = targetIndex;
    chunk[at + 1] = kindCode;
    chunk[at + 2] = recipientCode;
    chunk[at + 3] = dayCode;
    this.size += 1;
  }

  /** The reminder of row `i` (0 ≤ i < length), built now. */
  reminder(i: number): TargetReminder {
    const chunk = this.chunks[i >> CHUNK_BITS];
    const at = (i & (ROWS - 1)) * FIELDS;
    const target = this.targets[chunk?.[at] ?? -1];
    const kind: TargetReminder['kind'] | undefined = TARGET_KINDS[chunk?.[at + 1] ?? -1];
    const code = chunk?.[at + 2] ?? OWNER;
    const recipient = code === OWNER ? target?.owner : this.recipients[code];
    const day = this.days[chunk?.[at + 3] ?? -1];
    if (i >= this.size || !target || !kind || recipient === undefined || !day) throw new RangeError(`No planned target reminder at row ${i} of ${this.size}`);
    return new TargetReminder(kind, recipient, target, day);
  }
}

/**
 * A sweep's planned reminders in order: the target reminders (read from their columns), then
 * the few others (plans, reports, remedial actions, digests), which are ready objects. Each
 * read of a target reminder builds it anew: equal facts, equal JSON, not the same object.
 */
export class PlannedReminders implements Iterable<PlannedReminder> {
  constructor(
    private readonly targetReminders: TargetReminderColumns | null,
    private readonly others: readonly PlannedReminder[],
  ) {}

  get length(): number {
    return (this.targetReminders?.length ?? 0) + this.others.length;
  }

  /** The reminder at `index`, counted from the end when negative (as Array.prototype.at); undefined outside. */
  at(index: number): PlannedReminder | undefined {
    const n = Math.trunc(index) || 0;
    const i = n < 0 ? n + this.length : n;
    return i >= 0 && i < this.length ? this.read(i) : undefined;
  }

  *[Symbol.iterator](): Iterator<PlannedReminder> {
    for (let i = 0; i < this.length; i++) yield this.read(i);
  }

  /** Every reminder, built now, in one array. */
  toArray(): PlannedReminder[] {
    return [...this];
  }

  /** These reminders followed by `more` (the report and remedial reminders a sweep adds). */
  concat(more: readonly PlannedReminder[]): PlannedReminders {
    return more.length === 0 ? this : new PlannedReminders(this.targetReminders, [...this.others, ...more]);
  }

  /** The reminder at `i`, 0 ≤ i < length. */
  private read(i: number): PlannedReminder {
    const columns = this.targetReminders?.length ?? 0;
    const r = i < columns ? this.targetReminders?.reminder(i) : this.others[i - columns];
    if (!r) throw new RangeError(`No planned reminder at ${i} of ${this.length}`);
    return r;
  }

  /** What JSON.stringify writes: the array of reminders. */
  toJSON(): PlannedReminder[] {
    return this.toArray();
  }
}
