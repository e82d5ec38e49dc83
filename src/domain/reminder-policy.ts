// The reminder policy: when owners, focal points and the Gender Unit are reminded, and when
// not to disturb them. Stored as the Setting 'reminder-policy', edited by the Gender Unit,
// validated here like any other input; every field has a sensible default.

import { z } from 'zod';
import { PLAN_STATUSES } from './catalogues';
import { refinement } from './problem-codes';
import { email, parse } from './schemas';

export const REMINDER_POLICY_SETTING = 'reminder-policy';

/** True when the runtime knows the IANA time zone (e.g. "America/New_York"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, refinement('time-zone', 'must be an IANA time zone, e.g. Europe/Zurich or America/New_York'));
const days = (max: number) => z.number().int().min(1, 'must be at least 1 day').max(max, `must be at most ${max} days`);

const sendWindow = z
  .strictObject({
    startHour: z.number().int().min(0).max(23).default(9),
    endHour: z.number().int().min(1).max(24).default(17),
  })
  .refine((w) => w.startHour < w.endHour, refinement('end-not-after-start', 'must end after it starts', {}, ['endHour']));

export const reminderPolicySchema = z
  .strictObject({
    /** N: remind the owner this many days before a target falls due, and whoever is responsible for a remedial action before it does (0 turns both off). */
    dueSoonDays: z.number().int().min(0).max(60).default(7),
    /** M: remind the owner of an overdue target on its first day overdue, then every M days. */
    overdueEveryDays: days(90).default(7),
    /** X: tell the office's focal points after this many days overdue. */
    escalateToFocalPointAfterDays: days(365).default(14),
    /** Y: tell the Gender Unit after this many days overdue (after the focal points). */
    escalateToGenderUnitAfterDays: days(365).default(30),
    /** Z: remind the Gender Unit of a plan (or a period report) waiting for review this long, then every Z days. */
    reviewWaitingDays: days(90).default(10),
    /** Remind an office's focal points this many days before its period report is due (0 turns it off). */
    reportDueSoonDays: z.number().int().min(0).max(60).default(7),
    /** Tell the Gender Unit of a period report this many days late (the focal points hear from the first day). */
    reportLateEscalateAfterDays: days(365).default(14),
    /** ISO weekday (1 = Monday) from which the weekly digests go out. */
    digestWeekday: z.number().int().min(1).max(7).default(1),
    /** ISO weekdays on which anyone is reminded at all. */
    workingDays: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'name at least one working day')
      .max(7)
      .refine((ds) => new Set(ds).size === ds.length, refinement('duplicate', 'must not repeat a day'))
      .default([1, 2, 3, 4, 5]),
    /** Local hours (in the recipient's time zone) within which reminders are sent. */
    sendWindow: sendWindow.default({ startHour: 9, endHour: 17 }),
    defaultTimeZone: timeZone.default('UTC'),
    /** Time zones of particular recipients (an e-mail, or "channel:<id>" for a digest channel). */
    timeZones: z.record(z.string().min(1).max(300), timeZone).default({}),
    genderUnit: z
      .strictObject({
        /** Who receives escalations, review reminders and the digest; empty = the directory's gender-unit members. */
        recipients: z.array(email).max(50).default([]),
        /** A Teams channel for the Gender Unit digest instead of personal chats. */
        channelId: z.string().min(1).max(500).nullable().default(null),
      })
      .default({ recipients: [], channelId: null }),
    /** Targets of plans in these states are reminded about (a draft's work has not begun). */
    planStatuses: z.array(z.enum(PLAN_STATUSES)).default(['submitted', 'returned', 'endorsed']),
  })
  .refine(
    (p) => p.escalateToGenderUnitAfterDays > p.escalateToFocalPointAfterDays,
    refinement(
      'later-than-focal-point',
      'must be later than escalateToFocalPointAfterDays: focal points hear first',
      { after: 'escalateToFocalPointAfterDays' },
      ['escalateToGenderUnitAfterDays'],
    ),
  );

export type ReminderPolicy = z.output<typeof reminderPolicySchema>;
export type ReminderPolicyInput = z.input<typeof reminderPolicySchema>;

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = reminderPolicySchema.parse({});

/** Parses a stored or submitted policy (missing fields take their defaults); throws ValidationError. */
export function parseReminderPolicy(value: unknown): ReminderPolicy {
  return parse(reminderPolicySchema, value ?? {}, 'reminder policy');
}
