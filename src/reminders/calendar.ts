// Local time for reminders: what day and hour it is for a recipient in their time zone, and
// whether the policy lets us disturb them now (a working day, within the send window).

import type { ReminderPolicy } from '../domain/reminder-policy';

export interface LocalClock {
  /** Calendar date in the time zone, YYYY-MM-DD. */
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Hour of the day, 0–23. */
  hour: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localClock(now: Date, timeZone: string): LocalClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(now)) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 1,
    hour: Number(parts.hour) % 24,
  };
}

/**
 * Answers "may this recipient be reminded now?" for one sweep. Each time zone is worked out
 * once per sweep, so planning a hundred thousand targets costs a handful of Intl calls.
 */
export function sendWindowGate(policy: ReminderPolicy, now: Date, timeZones: Readonly<Record<string, string>>) {
  const byZone = new Map<string, LocalClock & { open: boolean }>();
  const zones = new Map(Object.entries(timeZones));
  const zoneClock = (zone: string) => {
    let c = byZone.get(zone);
    if (!c) {
      const local = localClock(now, zone);
      const open = policy.workingDays.includes(local.weekday) && local.hour >= policy.sendWindow.startHour && local.hour < policy.sendWindow.endHour;
      c = { ...local, open };
      byZone.set(zone, c);
    }
    return c;
  };
  const clockOf = (recipient: string) => zoneClock(zones.get(recipient) ?? policy.defaultTimeZone);
  // isOpen is asked for every target's owner: most recipients share the default zone's answer,
  // so only those whose own zone answers otherwise right now are looked up (none, often).
  const openByDefault = zoneClock(policy.defaultTimeZone).open;
  const exceptions = new Set([...zones].filter(([, zone]) => zoneClock(zone).open !== openByDefault).map(([recipient]) => recipient));
  return {
    clockOf,
    isOpen: exceptions.size === 0 ? (_recipient: string) => openByDefault : (recipient: string) => exceptions.has(recipient) !== openByDefault,
  };
}

/** ISO 8601 week of a calendar date, e.g. "2026-W48": the period of a weekly digest. */
export function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = d.getUTCDay() || 7;
  // The week belongs to the year of its Thursday.
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
