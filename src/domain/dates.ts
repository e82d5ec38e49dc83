// Calendar dates (YYYY-MM-DD) and the arithmetic the plan needs, all in UTC so that a
// date means the same day for every reader.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const EARLIEST_DATE = '1990-01-01';
export const LATEST_DATE = '2100-12-31';

/** True when `s` is a real calendar date in the supported range. */
export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s && s >= EARLIEST_DATE && s <= LATEST_DATE;
}

/** The calendar day of an instant, in UTC. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}
