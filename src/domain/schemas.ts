// Zod schemas for every input that crosses a boundary (HTTP body, CLI option, import row,
// bot card). Objects are strict: an unknown field is an error, not silently dropped.

import { z } from 'zod';
import { FUNCTIONAL_AREAS, PILLARS, TARGET_STATUSES } from './catalogues';
import { isCalendarDate, EARLIEST_DATE, LATEST_DATE } from './dates';
import { ValidationError, type FieldProblem } from './errors';
import { sexFiguresProblem, type SexFigures } from './monitoring-derive';
import { cycleSpan, DEFAULT_REPORT_DUE_DAYS, DISAGGREGATIONS, INDICATOR_TYPES, PERIODICITIES } from './monitoring';
import { problemOfIssue, refinement } from './problem-codes';
import { hasVisibleText, isXmlSafe, XML_FORBIDDEN_MESSAGE } from './visible-text';

/** Any text we store: bounded, and free of the characters XML 1.0 forbids (the exports are XML). */
export const xmlSafeText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).refine(isXmlSafe, refinement('forbidden-characters', XML_FORBIDDEN_MESSAGE));
/**
 * Required text: whitespace and invisible format characters alone do not count as an answer.
 * Reported as too_small, like the empty string, so that every reader (the tab's form messages
 * among them) treats "only invisible characters" exactly as "empty".
 */
export const text = (max: number) =>
  xmlSafeText(max).superRefine((s, ctx) => {
    if (!hasVisibleText(s)) ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, message: 'must not be empty', input: s });
  });
export const optionalText = (max: number) => xmlSafeText(max).nullable().optional();

export const calendarDate = z
  .string()
  .refine(
    isCalendarDate,
    refinement('date', `must be a date YYYY-MM-DD between ${EARLIEST_DATE} and ${LATEST_DATE}`, { min: EARLIEST_DATE, max: LATEST_DATE }),
  );
export const email = z
  .email('must be an e-mail address')
  .max(254)
  .transform((s) => s.toLowerCase());
/**
 * Quantities (baseline, target value, check-in value) stay within ±1e15: beyond that doubles
 * lose whole units, and differences of extreme values overflow to Infinity/NaN in the
 * progress computation (which JSON then turns into null).
 */
export const MAX_QUANTITY = 1e15;
const quantityMessage = `must be between -${MAX_QUANTITY} and ${MAX_QUANTITY}`;
/** zod refuses NaN and ±Infinity as no number at all. */
const finite = z.number({ error: 'must be a finite number' }).min(-MAX_QUANTITY, quantityMessage).max(MAX_QUANTITY, quantityMessage);
const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) link' })
  .max(2000, 'must be at most 2000 characters')
  .refine(isXmlSafe, refinement('forbidden-characters', XML_FORBIDDEN_MESSAGE));

export const officeCode = z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, 'must be 2–10 capital letters or digits');
export const cycle = z
  .string()
  .regex(/^\d{4}(-\d{4})?$/, 'must be a year or a span of years, e.g. 2006-2007')
  .refine((c) => c.length === 4 || Number(c.slice(5)) > Number(c.slice(0, 4)), refinement('end-not-after-start', 'must end after it starts'));
export const ref = z.string().regex(/^[0-9A-Za-z]{1,6}(\.[0-9A-Za-z]{1,6}){0,3}$/, 'must look like 1, 1.2 or 1.2.a');

const milestones = z
  .strictObject({
    needsAssessment: calendarDate.nullable(),
    workshop: calendarDate.nullable(),
    planSubmitted: calendarDate.nullable(),
    planEndorsed: calendarDate.nullable(),
  })
  .partial();

export const officeInput = z.strictObject({
  code: officeCode,
  name: text(200),
  focalPoints: z.array(email).max(20).default([]),
  digestChannelId: optionalText(500),
  milestones: milestones.optional(),
});
export const officePatch = officeInput.omit({ code: true }).partial().strict();

export const planInput = z.strictObject({
  office: officeCode,
  cycle,
  title: text(300).optional(),
});
export const planPatch = z
  .strictObject({
    title: text(300).optional(),
    /** The workshop the plan came out of (one of its office's), null to unlink. */
    workshopId: z.string().min(1).max(100).nullable().optional(),
  })
  // An empty change would move the version for nothing: name the title (or the workshop).
  .refine((p) => p.title !== undefined || p.workshopId !== undefined, refinement('required', 'give the title or the workshop', {}, ['title']));
export const transitionInput = z.strictObject({ comment: optionalText(4000) });

export const paragraphs = z
  .array(z.number().int().min(1, 'paragraphs are numbered 1 to 18').max(18, 'paragraphs are numbered 1 to 18'))
  .min(1, 'name at least one SCR 1325 paragraph')
  .max(18)
  .refine((ps) => new Set(ps).size === ps.length, refinement('duplicate', 'must not repeat a paragraph'));

export const objectiveInput = z.strictObject({
  ref: ref.optional(),
  title: text(500),
  pillar: z.enum(PILLARS),
  paragraphs,
  functionalArea: z.enum(FUNCTIONAL_AREAS),
  /** The needs-assessment findings it answers (ids; the service checks they exist). */
  findingIds: z
    .array(z.string().min(1).max(100))
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, refinement('duplicate', 'must not cite a finding twice'))
    .optional(),
});
/** References identify items (imports match on them), so a patch never changes one. */
export const objectivePatch = objectiveInput.omit({ ref: true }).partial().strict();

const activityFields = {
  ref: ref.optional(),
  title: text(500),
  owner: email.nullable().optional(),
  start: calendarDate.nullable().optional(),
  end: calendarDate.nullable().optional(),
  resources: optionalText(2000),
};
const startBeforeEnd = (a: { start?: string | null; end?: string | null }) => !a.start || !a.end || a.start <= a.end;
const endNotBeforeStart = refinement('end-before-start', 'must not be before the start', {}, ['end']);
export const activityInput = z.strictObject(activityFields).refine(startBeforeEnd, endNotBeforeStart);
export const activityPatch = z.strictObject(activityFields).omit({ ref: true }).partial().refine(startBeforeEnd, endNotBeforeStart);

const targetFields = {
  ref: ref.optional(),
  description: text(1000),
  indicator: text(1000),
  unit: optionalText(100),
  baseline: finite.nullable().optional(),
  targetValue: finite.nullable().optional(),
  dueDate: calendarDate,
  owner: email,
  meansOfVerification: optionalText(2000),
  status: z.enum(TARGET_STATUSES).optional(),
  // Monitoring: optional, so that a target made before them reads as a number, not disaggregated.
  indicatorType: z.enum(INDICATOR_TYPES).optional(),
  disaggregation: z.enum(DISAGGREGATIONS).optional(),
  milestones: z
    .array(z.strictObject({ periodId: z.string().min(1).max(100), value: finite }))
    .max(40)
    .refine((ms) => new Set(ms.map((m) => m.periodId)).size === ms.length, refinement('duplicate', 'must not name a period twice'))
    .optional(),
};
export const targetInput = z.strictObject(targetFields);
export const targetPatch = z.strictObject(targetFields).omit({ ref: true }).partial();

/** People counted: whole and not negative. */
const headcount = z.number({ error: 'must be a finite number' }).int('must be a whole number').min(0).max(MAX_QUANTITY, quantityMessage);

/** Women and men go together, and a typed total beside them must be their sum (monitoring-derive.ts). */
function checkSexFigures(figures: SexFigures, ctx: z.RefinementCtx): void {
  const problem = sexFiguresProblem(figures);
  if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message, params: { ...problem.params, code: problem.code } });
}

export const checkInInput = z
  .strictObject({
    date: calendarDate.optional(),
    value: finite.nullable().optional(),
    percent: z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100').nullable().optional(),
    status: z.enum(TARGET_STATUSES),
    note: optionalText(4000),
    evidenceUrl: httpUrl.nullable().optional(),
    women: headcount.nullable().optional(),
    men: headcount.nullable().optional(),
  })
  .superRefine(checkSexFigures);

/** A reporting cycle: its code names its years; start and end default to their first and last day. */
export const cycleInput = z
  .strictObject({
    code: cycle,
    start: calendarDate.optional(),
    end: calendarDate.optional(),
    periodicity: z.enum(PERIODICITIES),
    reportDueDays: z.number().int('must be a whole number').min(0).max(365).default(DEFAULT_REPORT_DUE_DAYS),
  })
  .refine(
    (c) => {
      const span = cycleSpan(c.code, c.start, c.end);
      return span.start < span.end;
    },
    refinement('end-not-after-start', 'must end after it starts', {}, ['end']),
  );

export const closePeriodInput = z.strictObject({ force: z.boolean().default(false) });

export const reportInput = z.strictObject({ periodId: z.string().min(1).max(100), office: officeCode });

const reportLineFields = z
  .strictObject({
    targetId: z.string().min(1).max(100),
    value: finite.nullable().optional(),
    women: headcount.nullable().optional(),
    men: headcount.nullable().optional(),
    status: z.enum(TARGET_STATUSES).optional(),
    comment: optionalText(4000),
  })
  .superRefine(checkSexFigures);

/** The narrative of a report and any of its lines, by target. */
export const reportPatch = z.strictObject({
  summary: optionalText(8000),
  achievements: optionalText(8000),
  challenges: optionalText(8000),
  supportNeeded: optionalText(8000),
  nextSteps: optionalText(8000),
  lines: z
    .array(reportLineFields)
    .max(5000)
    .refine((ls) => new Set(ls.map((l) => l.targetId)).size === ls.length, refinement('duplicate', 'must not name a target twice'))
    .optional(),
});

export type OfficeInput = z.infer<typeof officeInput>;
export type OfficePatch = z.infer<typeof officePatch>;
export type PlanInput = z.infer<typeof planInput>;
export type PlanPatch = z.infer<typeof planPatch>;
export type TransitionInput = z.infer<typeof transitionInput>;
export type ObjectiveInput = z.infer<typeof objectiveInput>;
export type ObjectivePatch = z.infer<typeof objectivePatch>;
export type ActivityInput = z.infer<typeof activityInput>;
export type ActivityPatch = z.infer<typeof activityPatch>;
export type TargetInput = z.infer<typeof targetInput>;
export type TargetPatch = z.infer<typeof targetPatch>;
export type CheckInInput = z.infer<typeof checkInInput>;
export type CycleInput = z.infer<typeof cycleInput>;
export type ReportInput = z.infer<typeof reportInput>;
export type ReportPatch = z.infer<typeof reportPatch>;

/**
 * Parses `input` or throws a ValidationError naming every offending field. zod reports the
 * input with each issue so that a value of the wrong type is told apart from a missing one.
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown, what = 'input'): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError(`Invalid ${what}`, toFieldProblems(result.error));
}

/** Every issue of a ZodError as a FieldProblem with its code; the input itself is never copied. */
export function toFieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: path ? `${path}.${key}` : key, code: 'unknown-field', message: 'is not a known field' }));
    }
    // A refinement outside the domain schemas (a bot card, a cursor) may name no code.
    const { code, params } = problemOfIssue(issue) ?? { code: 'invalid', params: undefined };
    return [{ field: path || '(body)', code, ...(params ? { params } : {}), message: issue.message }];
  });
}
