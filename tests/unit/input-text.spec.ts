// Text at the input boundary: required text must show something once whitespace and Unicode
// format characters (Cf) are set aside, and no text may carry a character XML 1.0 forbids
// (the exports are XML; one such character makes the workbook unreadable). Numbers stay
// within ±1e15. The schemas are the same for the API, the bot and Excel imports.

import { objectiveInput, officeInput, targetInput, checkInInput, transitionInput, activityInput } from '../../src/domain/schemas';
import { hasVisibleText, isXmlSafe } from '../../src/domain/visible-text';
import { parseRow } from '../../src/import/import-rows';
import type { ImportRow } from '../../src/import/import-workbook';
import { validate } from '../../src/tab/forms/validation';
import { en } from '../../src/tab/i18n/messages-en';

const FORBIDDEN: [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['a C0 control (U+0001)', 'a\u0001b'],
  ['vertical tab', 'a\u000Bb'],
  ['form feed', 'a\u000Cb'],
  ['U+001F', 'a\u001Fb'],
  ['U+FFFE', 'a\uFFFEb'],
  ['U+FFFF', 'a\uFFFFb'],
  ['a lone high surrogate', 'a\uD800b'],
  ['a lone low surrogate', 'a\uDC00b'],
  ['a low surrogate before a high one', 'a\uDC00\uD800b'],
];

const INVISIBLE: [string, string][] = [
  ['spaces, tabs and line breaks', ' \t\r\n '],
  ['zero-width spaces', '\u200B\u200B'],
  ['joiners and word joiners', '\u200C\u200D\u2060'],
  ['bidi marks and isolates', '\u200E\u200F\u2066\u2069'],
  ['a soft hyphen and a byte-order mark', '\u00AD\uFEFF'],
  ['no-break and ideographic spaces', '\u00A0\u3000'],
];

describe('visible text', () => {
  it.each(INVISIBLE)('finds nothing visible in %s', (_what, text) => {
    expect(hasVisibleText(text)).toBe(false);
  });

  it.each([
    ['a letter among zero-width spaces', '\u200Bx\u200B'],
    ['an emoji', '👩🏽‍⚕️'],
    ['Arabic with marks', '\u200Fنعم'],
  ])('finds %s visible', (_what, text) => {
    expect(hasVisibleText(text)).toBe(true);
  });
});

describe('XML-safe text', () => {
  it.each(FORBIDDEN)('refuses %s', (_what, text) => {
    expect(isXmlSafe(text)).toBe(false);
  });

  it.each([
    ['tab, LF and CR', 'a\tb\nc\r'],
    ['a surrogate pair (emoji)', '\uD83D\uDE00'],
    ['U+FFFD', '\uFFFD'],
    ['U+E000', '\uE000'],
    ['U+10FFFF', '\u{10FFFF}'],
  ])('accepts %s', (_what, text) => {
    expect(isXmlSafe(text)).toBe(true);
  });
});

const objective = { title: 'More women in field operations', pillar: 'participation', paragraphs: [4], functionalArea: 'military' };
const target = { description: 'Contingents trained', indicator: 'Share trained', dueDate: '2026-12-31', owner: 'owner@example.org' };

/** Every text field of every input schema, with a valid body around it. */
const TEXT_FIELDS = [
  ['office name', officeInput, { code: 'OO', name: 'Office' }, 'name'],
  ['office digest channel', officeInput, { code: 'OO', name: 'Office' }, 'digestChannelId'],
  ['objective title', objectiveInput, objective, 'title'],
  ['activity title', activityInput, { title: 'Training' }, 'title'],
  ['activity resources', activityInput, { title: 'Training' }, 'resources'],
  ['target description', targetInput, target, 'description'],
  ['target indicator', targetInput, target, 'indicator'],
  ['target unit', targetInput, target, 'unit'],
  ['target means of verification', targetInput, target, 'meansOfVerification'],
  ['check-in note', checkInInput, { status: 'on-track' }, 'note'],
  ['review comment', transitionInput, {}, 'comment'],
] as const;

describe('input schemas', () => {
  it.each(
    TEXT_FIELDS.flatMap(([what, schema, body, field]) =>
      FORBIDDEN.slice(0, 3)
        .concat(FORBIDDEN.slice(5))
        .map(([c, text]) => [what, c, schema, body, field, text] as const),
    ),
  )('refuse the %s with %s, naming the field', (_what, _char, schema, body, field, text) => {
    const result = schema.safeParse({ ...body, [field]: text });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('refuses an evidence link carrying a control character', () => {
    expect(checkInInput.safeParse({ status: 'on-track', evidenceUrl: 'https://example.org/a\u0001b' }).success).toBe(false);
  });

  it.each(INVISIBLE)('refuse a required text of only %s as empty', (_what, text) => {
    const result = objectiveInput.safeParse({ ...objective, title: text });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['title'], message: 'must not be empty' })]);
  });

  it('are read by the tab as "Required" when the text is only invisible characters, as when it is empty', () => {
    for (const title of ['', '\u200B\u2060']) {
      expect(validate(objectiveInput, { ...objective, title }, en).errors.title).toBe(en.validation.required);
    }
  });

  it.each([
    ['baseline', 1e15 + 2],
    ['baseline', -1.7e308],
    ['targetValue', 1e16],
    ['targetValue', -1e16],
  ])('refuse a target whose %s is %d', (field, value) => {
    const result = targetInput.safeParse({ ...target, [field]: value });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });

  it.each([NaN, Infinity, -Infinity, 1.5e15])('refuse a check-in value of %d', (value) => {
    expect(checkInInput.safeParse({ status: 'on-track', value }).success).toBe(false);
  });

  it('accepts quantities up to ±1e15', () => {
    expect(targetInput.safeParse({ ...target, baseline: -1e15, targetValue: 1e15 }).success).toBe(true);
    expect(checkInInput.safeParse({ status: 'on-track', value: 1e15 }).success).toBe(true);
  });
});

describe('import rows', () => {
  const row = (values: ImportRow['values']): ImportRow => ({
    sheet: 'Action Plan',
    row: 2,
    problems: [],
    values: {
      objectiveRef: '1',
      objective: 'Women deminers',
      pillar: 'Participation',
      paragraphs: '4',
      functionalArea: 'Mine action',
      activityRef: '1.1',
      activity: 'Recruit',
      targetRef: '1.1.a',
      target: 'Women recruited',
      indicator: 'Share of women',
      dueDate: '2027-06-30',
      owner: 'owner@example.org',
      ...values,
    },
  });

  it('parses the good row (the baseline of the cases below)', () => {
    expect(parseRow(row({})).problems).toEqual([]);
  });

  it.each([
    ['Objective', { objective: 'Women\u0001 deminers' }],
    ['Activity', { activity: 'Recruit\uFFFF' }],
    ['Target', { target: '\uD800Women recruited' }],
    ['Indicator', { indicator: '\u200B\u200D' }],
    ['Means of verification', { meansOfVerification: 'Rosters\u0008' }],
    ['Baseline', { baseline: 1e16 }],
    ['Target value', { targetValue: -2e15 }],
  ])('refuses the row on column %s', (column, values) => {
    expect(parseRow(row(values)).problems).toEqual([expect.objectContaining({ column, row: 2 })]);
  });
});
