// Collects a sweep's planned reminders, a hundred thousand of them for a large department,
// into the one array the planner returns, without growing that array one push at a time.
//
// Why (measured with `npm run bench -- reminders`): an array grown by push to 100,000 entries
// is reallocated and copied over and over as it grows, each new backing store a large object
// that the freshly allocated reminders are then written into; that cost about a third of the
// planning time. Young arrays of a few thousand entries, copied once into an array of the
// final length, cost a fraction of it. (Knowing the length beforehand would be cheaper
// still, but the planner only knows it at the end.)

import type { PlannedReminder } from './reminder';

/** Entries per young array: small enough to be allocated in the young generation (32 KB). */
const CHUNK = 4096;

export class ReminderList {
  private readonly full: PlannedReminder[][] = [];
  private chunk: PlannedReminder[] = [];

  add(r: PlannedReminder): void {
    if (this.chunk.length === CHUNK) {
      this.full.push(this.chunk);
      this.chunk = [];
    }
    this.chunk.push(r);
  }

  /** The reminders in the order they were added. */
  toArray(): PlannedReminder[] {
    // concat copies each chunk in bulk into one array of the final length: as fast as filling
    // such an array by index at best, and steadier under load (measured).
    const none: PlannedReminder[] = [];
    return none.concat(...this.full, this.chunk);
  }
}
