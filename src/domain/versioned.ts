// The bookkeeping every stored record carries, in a module of its own so that the record
// types of each concern (model.ts, monitoring.ts) share it without importing each other.

export interface Versioned {
  readonly id: string;
  /** Starts at 1 and grows by one on every change; compared on every update. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}
