// Validation problems carry a stable code and params beside their English message: every code
// has an English and a French text in the tab, every check of the domain schemas names a known
// code, and the tab translates by code, so rewording an English message changes nothing on screen.

import { z } from 'zod';
import { ValidationError, type FieldProblem } from '../../src/domain/errors';
import { PROBLEM_CODES, refinement, type ProblemCode, type ProblemParams } from '../../src/domain/problem-codes';
import {
  activityInput,
  activityPatch,
  checkInInput,
  objectiveInput,
  officeInput,
  parse,
  planInput,
  targetInput,
  transitionInput,
} from '../../src/domain/schemas';
import { reminderPolicySchema } from '../../src/domain/reminder-policy';
import { ApiProblem } from '../../src/tab/api/api-client';
import { problemText, serverFieldErrors, validate } from '../../src/tab/forms/validation';
import { en } from '../../src/tab/i18n/messages-en';
import { fr } from '../../src/tab/i18n/messages-fr';

/** Every param any code's text uses, so that a text that forgets one shows "undefined". */
const PARAMS = { min: 2, max: 300, option: '--save-to-sharepoint', after: 'escalateToFocalPointAfterDays', expected: 'object', other: 'q' };

describe('problem codes in the tab', () => {
  it.each(PROBLEM_CODES)('%s has an English and a French text', (code) => {
    const english = problemText({ code, params: PARAMS }, en);
    const french = problemText({ code, params: PARAMS }, fr);
    for (const text of [english, french]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(french).not.toBe(english);
  });

  it('says the limit a code carries', () => {
    expect(problemText({ code: 'too-long', params: { max: 300 } }, en)).toContain('300');
    expect(problemText({ code: 'too-long', params: { max: 300 } }, fr)).toContain('300');
    expect(problemText({ code: 'too-small', params: { min: 0 } }, fr)).toContain('0');
  });
});

const office = { code: 'OO', name: 'Office of Operations' };
const objective = { title: 'Gender in operations', pillar: 'participation', paragraphs: [1], functionalArea: 'military' };
const target = { description: 'More women deployed', indicator: 'Share of women', dueDate: '2027-06-30', owner: 'a@un.org' };
const checkIn = { status: 'on-track' };
const emails = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@un.org`);

/** [what, schema, input, field, code, params]: one row per check the domain schemas make. */
const BAD_INPUTS: Array<[string, z.ZodType, unknown, string, ProblemCode, ProblemParams?]> = [
  ['an office code in lower case', officeInput, { ...office, code: 'oo' }, 'code', 'format'],
  ['an empty office name', officeInput, { ...office, name: '' }, 'name', 'required'],
  ['a name of only invisible characters', officeInput, { ...office, name: ' \u200b ' }, 'name', 'required'],
  ['a missing office name', officeInput, { code: 'OO' }, 'name', 'required'],
  ['a name that is a number', officeInput, { ...office, name: 5 }, 'name', 'wrong-type', { expected: 'string' }],
  ['a name over 200 characters', officeInput, { ...office, name: 'x'.repeat(201) }, 'name', 'too-long', { max: 200 }],
  ['a control character in a name', officeInput, { ...office, name: 'a\u0001b' }, 'name', 'forbidden-characters'],
  ['a focal point that is no e-mail', officeInput, { ...office, focalPoints: ['x'] }, 'focalPoints.0', 'email'],
  ['21 focal points', officeInput, { ...office, focalPoints: emails(21) }, 'focalPoints', 'too-many', { max: 20 }],
  [
    'an impossible milestone date',
    officeInput,
    { ...office, milestones: { workshop: '2026-02-30' } },
    'milestones.workshop',
    'date',
    { min: '1990-01-01', max: '2100-12-31' },
  ],
  ['an unknown field', officeInput, { ...office, colour: 'red' }, 'colour', 'unknown-field'],
  ['a cycle ending before it starts', planInput, { office: 'OO', cycle: '2007-2006' }, 'cycle', 'end-not-after-start'],
  ['a cycle in another shape', planInput, { office: 'OO', cycle: '06-07' }, 'cycle', 'format'],
  ['a repeated paragraph', objectiveInput, { ...objective, paragraphs: [1, 1] }, 'paragraphs', 'duplicate'],
  ['no paragraph', objectiveInput, { ...objective, paragraphs: [] }, 'paragraphs', 'too-few', { min: 1 }],
  ['paragraph 0', objectiveInput, { ...objective, paragraphs: [0] }, 'paragraphs.0', 'too-small', { min: 1 }],
  ['paragraph 19', objectiveInput, { ...objective, paragraphs: [19] }, 'paragraphs.0', 'too-big', { max: 18 }],
  ['paragraph 1.5', objectiveInput, { ...objective, paragraphs: [1.5] }, 'paragraphs.0', 'not-whole'],
  ['a reference in another shape', objectiveInput, { ...objective, ref: '1..2' }, 'ref', 'format'],
  ['a pillar outside the catalogue', objectiveInput, { ...objective, pillar: 'peace' }, 'pillar', 'choice'],
  ['an activity ending before it starts', activityInput, { title: 'A', start: '2026-12-01', end: '2026-11-01' }, 'end', 'end-before-start'],
  ['an activity patch ending before it starts', activityPatch, { start: '2026-12-01', end: '2026-11-01' }, 'end', 'end-before-start'],
  ['a baseline beyond 1e15', targetInput, { ...target, baseline: 1e16 }, 'baseline', 'too-big', { max: 1e15 }],
  ['a baseline of NaN', targetInput, { ...target, baseline: Number.NaN }, 'baseline', 'not-a-number'],
  ['a target value of Infinity', targetInput, { ...target, targetValue: Number.POSITIVE_INFINITY }, 'targetValue', 'not-a-number'],
  ['a target value as text', targetInput, { ...target, targetValue: '80' }, 'targetValue', 'not-a-number'],
  ['an owner that is no e-mail', targetInput, { ...target, owner: 'someone' }, 'owner', 'email'],
  ['a due date before 1990', targetInput, { ...target, dueDate: '1800-01-01' }, 'dueDate', 'date'],
  ['a check-in without a status', checkInInput, {}, 'status', 'required'],
  ['a status outside the catalogue', checkInInput, { status: 'done' }, 'status', 'choice'],
  ['a percent of 101', checkInInput, { ...checkIn, percent: 101 }, 'percent', 'too-big', { max: 100 }],
  ['an evidence link that is not http(s)', checkInInput, { ...checkIn, evidenceUrl: 'ftp://un.org/x' }, 'evidenceUrl', 'url'],
  [
    'an evidence link over 2000 characters',
    checkInInput,
    { ...checkIn, evidenceUrl: `https://un.org/${'a'.repeat(2000)}` },
    'evidenceUrl',
    'too-long',
    { max: 2000 },
  ],
  ['U+FFFE in a note', checkInInput, { ...checkIn, note: 'a\uFFFEb' }, 'note', 'forbidden-characters'],
  ['a review comment over 4000 characters', transitionInput, { comment: 'x'.repeat(4001) }, 'comment', 'too-long', { max: 4000 }],
  ['an unknown time zone', reminderPolicySchema, { defaultTimeZone: 'Mars/Olympus' }, 'defaultTimeZone', 'time-zone'],
  ['a send window ending before it starts', reminderPolicySchema, { sendWindow: { startHour: 17, endHour: 9 } }, 'sendWindow.endHour', 'end-not-after-start'],
  ['a repeated working day', reminderPolicySchema, { workingDays: [1, 1] }, 'workingDays', 'duplicate'],
  ['no working day', reminderPolicySchema, { workingDays: [] }, 'workingDays', 'too-few', { min: 1 }],
  [
    'the Gender Unit told before the focal points',
    reminderPolicySchema,
    { escalateToGenderUnitAfterDays: 5 },
    'escalateToGenderUnitAfterDays',
    'later-than-focal-point',
    { after: 'escalateToFocalPointAfterDays' },
  ],
  ['overdue reminders every 0 days', reminderPolicySchema, { overdueEveryDays: 0 }, 'overdueEveryDays', 'too-small', { min: 1 }],
  ['digest weekday 8', reminderPolicySchema, { digestWeekday: 8 }, 'digestWeekday', 'too-big', { max: 7 }],
  ['a fractional due-soon day count', reminderPolicySchema, { dueSoonDays: 1.5 }, 'dueSoonDays', 'not-whole'],
];

/** The field problems `parse` throws for `input`. */
function problemsOf(schema: z.ZodType, input: unknown): readonly FieldProblem[] {
  try {
    parse(schema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.problems;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('the domain schemas', () => {
  // Objects rather than rows: jest would pass its `done` callback in place of a missing last column.
  const cases = BAD_INPUTS.map(([what, schema, input, field, code, params]) => ({ what, schema, input, field, code, params }));
  it.each(cases)('name a known code for $what', ({ schema, input, field, code, params }) => {
    const problems = problemsOf(schema, input);
    // No problem falls back to the catch-all code of foreign refinements.
    expect(problems.filter((p) => p.code === 'invalid')).toEqual([]);
    expect(problems.every((p) => PROBLEM_CODES.includes(p.code))).toBe(true);
    expect(problems).toContainEqual(expect.objectContaining({ field, code, ...(params ? { params } : {}) }));
  });

  it('keep their English message beside the code', () => {
    expect(problemsOf(objectiveInput, { ...objective, paragraphs: [1, 1] })).toEqual([
      { field: 'paragraphs', code: 'duplicate', params: {}, message: 'must not repeat a paragraph' },
    ]);
  });
});

describe('the tab translates by code', () => {
  it('says a refinement by its code, however its English is worded', () => {
    const reworded = z.strictObject({ end: z.string().refine(() => false, refinement('end-before-start', 'this wording is new and matches nothing')) });
    expect(validate(reworded, { end: '2026-01-01' }, fr).errors).toEqual({ end: fr.validation['end-before-start'] });
  });

  it("says the server's problems by code and params, however their English is worded", () => {
    const failure = new ApiProblem(400, 'Invalid check-in', undefined, [
      { field: 'percent', code: 'too-big', params: { max: 100 }, message: 'a sentence the tab has never seen' },
      { field: 'sendWindow.endHour', code: 'end-not-after-start', message: 'reworded as well' },
    ]);
    expect(serverFieldErrors(failure, fr)).toEqual({
      percent: 'Doit être au plus 100',
      sendWindow: fr.validation['end-not-after-start'],
      'sendWindow.endHour': fr.validation['end-not-after-start'],
    });
  });

  it("shows the server's own message for a code this tab does not know yet", () => {
    const fromNewerServer: FieldProblem[] = JSON.parse('[{ "field": "title", "code": "too-shouty", "message": "must not be all capitals" }]');
    expect(serverFieldErrors(new ApiProblem(400, 'Invalid', undefined, fromNewerServer), fr)).toEqual({ title: 'must not be all capitals' });
  });

  it('gives no field errors for a failure that is not a problem from the API', () => {
    expect(serverFieldErrors(new Error('offline'), fr)).toEqual({});
  });
});
