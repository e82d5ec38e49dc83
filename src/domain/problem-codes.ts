// The stable names of what can be wrong with a field. Every validation problem carries one of
// these codes and its params ({ max: 300 }) beside its English message, so that readers (the
// tab in the user's language, API clients) decide by code and never by the wording of a message.

import type { z } from 'zod';

export const PROBLEM_CODES = [
  /** Missing, empty, or only invisible characters. */
  'required',
  /** Text shorter than params.min characters. */
  'too-short',
  /** Text longer than params.max characters. */
  'too-long',
  /** Fewer than params.min items chosen. */
  'too-few',
  /** More than params.max items chosen. */
  'too-many',
  /** A number below params.min. */
  'too-small',
  /** A number above params.max. */
  'too-big',
  /** Not a finite number (text, NaN, Infinity). */
  'not-a-number',
  /** A number with a fraction where a whole number is needed. */
  'not-whole',
  /** A value of the wrong JSON type (params.expected: string, object…). */
  'wrong-type',
  /** Text that does not have the expected shape (office code, cycle, reference, identifier). */
  'format',
  'email',
  /** Not an http(s) link. */
  'url',
  /** Not a calendar date YYYY-MM-DD between params.min and params.max. */
  'date',
  /** Not one of the allowed values. */
  'choice',
  /** A field the schema does not know (objects are strict). */
  'unknown-field',
  /** The same item twice in a list. */
  'duplicate',
  /** An end before the start (an activity may start and end on the same day). */
  'end-before-start',
  /** An end not after the start (a cycle, a send window). */
  'end-not-after-start',
  /** Escalation to the Gender Unit not later than params.after (the focal points hear first). */
  'later-than-focal-point',
  /** Characters an XML document cannot hold (the exports are XML). */
  'forbidden-characters',
  /** Not an IANA time zone. */
  'time-zone',
  /** A date after today. */
  'in-the-future',
  /** Not parseable JSON. */
  'not-json',
  /** Goes only without params.other (two ways of asking, not both). */
  'exclusive',
  /** Needs params.option as well. */
  'needs-option',
  /** A file that cannot be read or written. */
  'unreadable',
  'unwritable',
  /** A typed total that is not women + men (params.total: their sum); the total is derived. */
  'total-mismatch',
  /** Women without men or men without women: both figures, or neither. */
  'women-and-men',
  /** Names a record that does not exist (an office code, a finding, a workshop). */
  'unknown-record',
  /** Names a record that exists but may not be used here (a workshop of another office). */
  'not-applicable-record',
  /** What a foreign refinement (outside the domain schemas) refused; its message says more. */
  'invalid',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The values a code's text needs: { max: 300 }, { min: '1990-01-01', max: '2100-12-31' }. */
export type ProblemParams = Readonly<Record<string, string | number>>;

/** What is wrong with one field, without the words. */
export interface CodedProblem {
  readonly code: ProblemCode;
  readonly params?: ProblemParams;
}

const KNOWN: ReadonlySet<string> = new Set(PROBLEM_CODES);

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && KNOWN.has(value);
}

/**
 * The second argument of a zod `refine`: the English message plus the code (and params) in
 * the issue's params, where problemOfIssue finds them.
 */
export function refinement(code: ProblemCode, message: string, params: ProblemParams = {}, path?: string[]) {
  return { message, params: { ...params, code }, ...(path ? { path } : {}) };
}

/**
 * The code of a zod issue: zod's own issue kinds map to ours; a custom refinement names its
 * code in its params. Undefined for a refinement that names none (not one of ours).
 */
export function problemOfIssue(issue: z.core.$ZodIssue): CodedProblem | undefined {
  switch (issue.code) {
    case 'too_small':
      return sizeProblem(issue.origin, 'min', Number(issue.minimum));
    case 'too_big':
      return sizeProblem(issue.origin, 'max', Number(issue.maximum));
    case 'invalid_type':
      if (issue.expected === 'number') return { code: 'not-a-number' };
      if (issue.expected === 'int') return { code: 'not-whole' };
      // Without the input (zod reports it only when asked), a wrong type reads as missing.
      return issue.input === undefined || issue.input === null ? { code: 'required' } : { code: 'wrong-type', params: { expected: issue.expected } };
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'email' };
      if (issue.format === 'url') return { code: 'url' };
      return { code: 'format' };
    case 'invalid_value':
      // A missing choice is missing, not a wrong one (known only when zod reports the input).
      return 'input' in issue && issue.input == null ? { code: 'required' } : { code: 'choice' };
    case 'unrecognized_keys':
      return { code: 'unknown-field' };
    case 'custom':
      return customProblem(issue.params);
    default:
      return { code: 'format' };
  }
}

function sizeProblem(origin: string, bound: 'min' | 'max', value: number): CodedProblem {
  const params = { [bound]: value };
  if (origin === 'string') {
    if (bound === 'max') return { code: 'too-long', params };
    return value <= 1 ? { code: 'required' } : { code: 'too-short', params };
  }
  if (origin === 'array' || origin === 'set') return { code: bound === 'min' ? 'too-few' : 'too-many', params };
  return { code: bound === 'min' ? 'too-small' : 'too-big', params };
}

function customProblem(params: Record<string, unknown> | undefined): CodedProblem | undefined {
  if (!params || !isProblemCode(params.code)) return undefined;
  const rest: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number')) rest[key] = value;
  }
  return { code: params.code, params: rest };
}
