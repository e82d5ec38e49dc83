// Validation as you type, with the server's own rules: the zod schemas of src/domain/schemas.ts
// run in the browser, and each issue is said again in the user's language (the schemas'
// messages are English, for the API). The server checks everything again on save.

import type { z } from 'zod';
import type { Messages } from '../i18n/messages-en';

/** The first problem of each field, keyed by field name ("dueDate", "paragraphs"…) and, for nested fields, also by path ("sendWindow.endHour"). */
export type FieldErrors = Partial<Record<string, string>>;

export type Validation<T> = { ok: true; value: T; errors: FieldErrors } | { ok: false; errors: FieldErrors };

export function validate<S extends z.ZodType>(schema: S, input: unknown, t: Messages): Validation<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    const message = messageOf(issue, t);
    errors[field] ??= message;
    if (issue.path.length > 1) errors[issue.path.map(String).join('.')] ??= message;
  }
  return { ok: false, errors };
}

function messageOf(issue: z.core.$ZodIssue, t: Messages): string {
  const v = t.validation;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return v.required;
      if (issue.origin === 'array') return v.chooseAtLeastOne;
      return v.atLeast(Number(issue.minimum));
    case 'too_big':
      if (issue.origin === 'string') return v.atMostCharacters(Number(issue.maximum));
      if (issue.origin === 'array') return v.tooMany;
      return v.atMost(Number(issue.maximum));
    case 'invalid_format':
      if (issue.format === 'email') return v.email;
      if (issue.format === 'url') return v.url;
      return v.format;
    case 'invalid_type':
      if (issue.expected === 'int') return v.wholeNumber;
      return issue.expected === 'number' ? v.number : v.required;
    case 'invalid_value':
      return v.choose;
    case 'custom':
      return customMessage(issue, v);
    default:
      return v.format;
  }
}

/** The schemas' own refinements, recognised by what they check. */
function customMessage(issue: z.core.$ZodIssueCustom, v: Messages['validation']): string {
  const field = String(issue.path.at(-1) ?? '');
  if (issue.message.includes('before the start')) return v.endBeforeStart;
  if (issue.message.includes('end after it starts')) return v.endAfterStart;
  if (issue.message.includes('focal points hear first')) return v.laterThanFocalPoints;
  if (issue.message.includes('repeat')) return v.noRepeat;
  if (issue.message.includes('finite')) return v.number;
  if (issue.message.includes('http')) return v.url;
  if (['dueDate', 'start', 'end', 'date'].includes(field) || issue.message.includes('YYYY-MM-DD')) return v.date;
  return v.format;
}

/**
 * A number as typed in the user's locale: "2,5" in French, "1 000" or "1,000" with grouping.
 * Empty text is null (no value); anything else that is not a number is NaN, which the schema
 * then reports as "must be a number".
 */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  const normalised = trimmed
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(decimal === ',' ? /\./g : /,/g, '')
    .replace(decimal, '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** A number shown for editing in the user's locale, without grouping. */
export function formatLocaleNumber(n: number | null, locale: string): string {
  return n == null ? '' : new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }).format(n);
}

/** Optional text: blank means "none" (null), as the API stores it. */
export const optionalText = (s: string): string | null => (s.trim() === '' ? null : s);
