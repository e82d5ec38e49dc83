// Validation as you type, with the server's own rules: the zod schemas of src/domain/schemas.ts
// run in the browser, and each problem is said again in the user's language by its code and
// params (src/domain/problem-codes.ts) — the same codes the server's 400 problems carry. The
// English messages are for the API and are never read here, so rewording one changes nothing.

import type { z } from 'zod';
import type { FieldProblem } from '../../domain/errors';
import { isProblemCode, problemOfIssue, type CodedProblem } from '../../domain/problem-codes';
import { ApiProblem } from '../api/api-client';
import type { Messages } from '../i18n/messages-en';

/** The first problem of each field, keyed by field name ("dueDate", "paragraphs"…) and, for nested fields, also by path ("sendWindow.endHour"). */
export type FieldErrors = Partial<Record<string, string>>;

export type Validation<T> = { ok: true; value: T; errors: FieldErrors } | { ok: false; errors: FieldErrors };

export function validate<S extends z.ZodType>(schema: S, input: unknown, t: Messages): Validation<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    note(errors, issue.path.map(String), problemText(problemOfIssue(issue) ?? { code: 'invalid' }, t));
  }
  return { ok: false, errors };
}

/**
 * The field problems of a failed save (the server's 400 problem+json), in the user's language.
 * An entry whose code this tab does not know (a newer server) shows the server's own message.
 */
export function serverFieldErrors(failure: unknown, t: Messages): FieldErrors {
  const errors: FieldErrors = {};
  if (!(failure instanceof ApiProblem)) return errors;
  for (const problem of failure.errors) note(errors, problem.field.split('.'), serverProblemText(problem, t));
  return errors;
}

/** The text of one problem code with its params. */
export function problemText(problem: CodedProblem, t: Messages): string {
  const text = t.validation[problem.code];
  return typeof text === 'string' ? text : text(problem.params ?? {});
}

function serverProblemText(problem: FieldProblem, t: Messages): string {
  return isProblemCode(problem.code) ? problemText(problem, t) : problem.message;
}

/** The first problem of a field wins, under its name and, when nested, its whole path. */
function note(errors: FieldErrors, path: readonly string[], text: string): void {
  errors[path[0] ?? ''] ??= text;
  if (path.length > 1) errors[path.join('.')] ??= text;
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
