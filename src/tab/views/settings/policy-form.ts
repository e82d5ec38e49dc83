// The reminder policy as a form: day counts as typed (text, so that a cleared field can say
// "Enter a whole number"), choices as values, and the fields this form does not edit
// (recipients' own time zones, the Gender Unit's recipients and channel) kept as they are.
// Validation is the server's own schema (src/domain/reminder-policy.ts).

import { reminderPolicySchema, type ReminderPolicy } from '../../../domain/reminder-policy';
import type { PlanStatus } from '../../../contract';

export const DAY_FIELDS = [
  'dueSoonDays',
  'overdueEveryDays',
  'escalateToFocalPointAfterDays',
  'escalateToGenderUnitAfterDays',
  'reviewWaitingDays',
  'reportDueSoonDays',
  'reportLateEscalateAfterDays',
] as const;
export type DayField = (typeof DAY_FIELDS)[number];

export interface PolicyForm {
  days: Record<DayField, string>;
  workingDays: number[];
  digestWeekday: number;
  startHour: number;
  endHour: number;
  defaultTimeZone: string;
  planStatuses: PlanStatus[];
}

/** The fields the form shows, in the order the conflict view lists them. */
export const POLICY_FIELDS = [
  ...DAY_FIELDS,
  'workingDays',
  'digestWeekday',
  'sendWindow.startHour',
  'sendWindow.endHour',
  'defaultTimeZone',
  'planStatuses',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

export { reminderPolicySchema };
export type { ReminderPolicy };

export function formOf(policy: ReminderPolicy): PolicyForm {
  return {
    days: {
      dueSoonDays: String(policy.dueSoonDays),
      overdueEveryDays: String(policy.overdueEveryDays),
      escalateToFocalPointAfterDays: String(policy.escalateToFocalPointAfterDays),
      escalateToGenderUnitAfterDays: String(policy.escalateToGenderUnitAfterDays),
      reviewWaitingDays: String(policy.reviewWaitingDays),
      reportDueSoonDays: String(policy.reportDueSoonDays),
      reportLateEscalateAfterDays: String(policy.reportLateEscalateAfterDays),
    },
    workingDays: [...policy.workingDays],
    digestWeekday: policy.digestWeekday,
    startHour: policy.sendWindow.startHour,
    endHour: policy.sendWindow.endHour,
    defaultTimeZone: policy.defaultTimeZone,
    planStatuses: [...policy.planStatuses],
  };
}

/** A whole number as typed; anything else is NaN, which the schema reports. */
const dayCount = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

/** The policy to send: the stored one with the form's fields on top. */
export function policyOf(form: PolicyForm, base: ReminderPolicy): Record<string, unknown> {
  return {
    ...base,
    ...Object.fromEntries(DAY_FIELDS.map((f) => [f, dayCount(form.days[f])])),
    workingDays: [...form.workingDays].sort((a, b) => a - b),
    digestWeekday: form.digestWeekday,
    sendWindow: { startHour: form.startHour, endHour: form.endHour },
    defaultTimeZone: form.defaultTimeZone,
    planStatuses: [...form.planStatuses],
  };
}

/** A field's value in a policy (or a policy being written), for comparing and showing. */
export function fieldValue(policy: Record<string, unknown>, field: PolicyField): unknown {
  if (field === 'sendWindow.startHour' || field === 'sendWindow.endHour') {
    const window = policy.sendWindow;
    return isRecord(window) ? window[field.slice('sendWindow.'.length)] : undefined;
  }
  return policy[field];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const same = (a: unknown, b: unknown) => {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
  return Object.is(a, b);
};

export function changedPolicyFields(from: Record<string, unknown>, to: Record<string, unknown>): PolicyField[] {
  return POLICY_FIELDS.filter((f) => !same(fieldValue(from, f), fieldValue(to, f)));
}

/** The user's changes (from `base`) written over `theirs`: what "keep my changes" sends. */
export function mergeMine(base: ReminderPolicy, mine: Record<string, unknown>, theirs: ReminderPolicy): Record<string, unknown> {
  const window: Record<string, unknown> = { ...theirs.sendWindow };
  const merged: Record<string, unknown> = { ...theirs, sendWindow: window };
  for (const field of changedPolicyFields(base, mine)) {
    if (field === 'sendWindow.startHour' || field === 'sendWindow.endHour') window[field.slice('sendWindow.'.length)] = fieldValue(mine, field);
    else merged[field] = mine[field];
  }
  return merged;
}

/** The ISO weekdays (1 = Monday … 7 = Sunday) with their names in the user's language. */
export function weekdays(locale: string): { day: number; name: string }[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  return [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, name: format.format(new Date(Date.UTC(2024, 0, day))) }));
}

/** Time zones the browser knows, with UTC first and the current choice always among them. */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...known])];
}
