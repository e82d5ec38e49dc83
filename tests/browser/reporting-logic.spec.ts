// The reporting views' pure logic, without a browser: the URLs and Teams deep links of the
// monitoring views, and a progress report as a form — the patch of only what the user
// changed (women and men together, never a typed total), and the user's changes laid over
// someone else's newer version after a 412.

import { reportPatch, type ReportView } from '../../src/contract';
import { hrefOf, parseRoute, routeOfSubPageId, subPageIdOf, type Route } from '../../src/tab/app/routes';
import { apiValuesOf, changedFields, MILESTONE_PREFIX, patchOf as targetPatchOf, TARGET_FORM } from '../../src/tab/views/work-plan/item-forms';
import { changesOf, draftOf, patchOf, rebase, typedTotal, type LineDraft, type ReportDraft } from '../../src/tab/views/reporting/report-form';

describe('the routes of the monitoring views', () => {
  const routes: Route[] = [
    { view: 'reporting' },
    { view: 'reporting', periodId: '2006-2007_2006-Q3' },
    { view: 'reporting', periodId: '2006-2007_2006-Q3', office: 'MD' },
    { view: 'reporting', office: 'UNMAS' },
    { view: 'report', reportId: 'r 1' },
    { view: 'report-review' },
    { view: 'report-review', reportId: 'r-2' },
    { view: 'periods' },
    { view: 'periods', cycle: '2006-2007' },
  ];

  it.each(routes)('reads back the URL it writes for %j', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual({ periodId: undefined, office: undefined, reportId: undefined, cycle: undefined, ...route });
  });

  it('maps a Teams deep link to the same view as its URL (the bot opens the Reporting view so)', () => {
    for (const route of routes.filter((r) => r.view !== 'periods' || !r.cycle)) {
      expect(routeOfSubPageId(subPageIdOf(route))).toEqual({ periodId: undefined, office: undefined, reportId: undefined, ...route });
    }
    expect(routeOfSubPageId('reporting')).toEqual({ view: 'reporting', periodId: undefined, office: undefined });
  });

  it('reads office codes in capitals, as #/offices/CODE does', () => {
    expect(parseRoute('#/reporting?office=md')).toEqual({ view: 'reporting', periodId: undefined, office: 'MD' });
  });
});

/** A report of two lines: 1.1.a counts women and men, 1.1.b is a plain number. */
function reportView(): ReportView {
  const stamp = { version: 3, createdAt: '2006-07-02T09:00:00Z', updatedAt: '2006-07-02T09:00:00Z' };
  const target = (id: string, ref: string, disaggregation: 'none' | 'sex') => ({
    id,
    ref,
    description: `Target ${ref}`,
    indicator: 'People trained',
    unit: null,
    indicatorType: 'number' as const,
    disaggregation,
    targetValue: 100,
    dueDate: '2007-12-31',
    owner: 'olga.petrenko@dpko.example.org',
    ownerName: 'Olga Petrenko',
  });
  const line = (targetId: string, ref: string, disaggregation: 'none' | 'sex', value: number | null, women: number | null, men: number | null) => ({
    id: `line-${targetId}`,
    ...stamp,
    reportId: 'r-1',
    targetId,
    value,
    women,
    men,
    milestone: 40,
    status: 'on-track' as const,
    comment: null,
    target: target(targetId, ref, disaggregation),
    milestoneMet: value === null ? false : value >= 40,
    previous: null,
  });
  return {
    report: {
      id: 'r-1',
      ...stamp,
      officeId: 'o-md',
      periodId: '2006-2007_2006-Q3',
      status: 'draft',
      summary: 'Training went well.',
      achievements: null,
      challenges: null,
      supportNeeded: null,
      nextSteps: null,
      transitions: [],
      createdBy: 'ingrid.halvorsen@dpko.example.org',
      submittedBy: null,
      submittedAt: null,
      decidedBy: null,
      decidedAt: null,
      returnComment: null,
    },
    office: { id: 'o-md', code: 'MD', name: 'Military Division' },
    period: { id: '2006-2007_2006-Q3', cycle: '2006-2007', label: '2006 Q3', start: '2006-07-01', end: '2006-09-30', reportDue: '2006-10-15', status: 'open' },
    lines: [line('t-a', '1.1.a', 'sex', 30, 18, 12), line('t-b', '1.1.b', 'none', 5, null, null)],
    late: false,
    names: {},
    previous: null,
  };
}

function lineOf(draft: ReportDraft, targetId: string): LineDraft {
  const line = draft.lines[targetId];
  if (!line) throw new Error(`no line for ${targetId}`);
  return line;
}

describe('a progress report as a form', () => {
  const view = reportView();

  it('sends nothing when nothing was changed', () => {
    const base = draftOf(view, 'en-GB');
    expect(patchOf(base, draftOf(view, 'en-GB'), view, 'en-GB')).toEqual({});
  });

  it('sends only the narrative fields and line fields the user changed, in the API’s own shape', () => {
    const base = draftOf(view, 'en-GB');
    const mine = draftOf(view, 'en-GB');
    mine.narrative.challenges = 'Few women instructors';
    mine.lines['t-b'] = { ...lineOf(mine, 't-b'), value: '7', comment: 'Two more courses' };
    const patch = patchOf(base, mine, view, 'en-GB');
    expect(patch).toEqual({ challenges: 'Few women instructors', lines: [{ targetId: 't-b', value: 7, comment: 'Two more courses' }] });
    expect(reportPatch.safeParse(patch).success).toBe(true);
  });

  it('sends women and men together and never a total for a sex-disaggregated target', () => {
    const base = draftOf(view, 'fr-FR');
    const mine = draftOf(view, 'fr-FR');
    mine.lines['t-a'] = { ...lineOf(mine, 't-a'), women: '20' };
    expect(patchOf(base, mine, view, 'fr-FR')).toEqual({ lines: [{ targetId: 't-a', women: 20, men: 12 }] });
    expect(typedTotal(lineOf(mine, 't-a'), 'fr-FR')).toBe(32);
  });

  it('gives no total while women or men is not a number', () => {
    expect(typedTotal({ value: '', women: '3', men: 'many', status: 'on-track', comment: '' }, 'en-GB')).toBeNull();
  });

  it('lays the user’s changes over a newer version, keeping what the other person changed elsewhere', () => {
    const base = draftOf(view, 'en-GB');
    const mine = draftOf(view, 'en-GB');
    mine.narrative.summary = 'My summary';
    const newer = reportView();
    newer.report.challenges = 'Their challenges';
    newer.report.summary = 'Their summary';
    const theirs = draftOf(newer, 'en-GB');
    const merged = rebase(base, mine, theirs);
    expect(merged.narrative).toMatchObject({ summary: 'My summary', challenges: 'Their challenges' });
    expect(changesOf(theirs, merged)).toEqual([{ kind: 'narrative', field: 'summary' }]);
    expect(patchOf(theirs, merged, newer, 'en-GB')).toEqual({ summary: 'My summary' });
  });
});

describe("a target's monitoring fields in the target editor", () => {
  const before = {
    description: 'Women are 40% of the candidates on every shortlist',
    indicator: 'Share of women among shortlisted candidates',
    unit: '%',
    baseline: 20,
    targetValue: 40,
    dueDate: '2027-06-30',
    owner: 'priya.raghavan@dpko.example.org',
    meansOfVerification: null,
    status: 'on-track',
  };

  it('reads a target made before monitoring as a number, not disaggregated, without milestones, and changes none of them', () => {
    const values = TARGET_FORM.fromRecord(before, 'en-GB');
    expect(values).toMatchObject({ indicatorType: 'number', disaggregation: 'none' });
    expect(changedFields(TARGET_FORM, apiValuesOf(TARGET_FORM, before), TARGET_FORM.toApi(values, 'en-GB'))).toEqual([]);
  });

  it('sends the milestones typed per period in the user’s locale, in period order, blanks left out', () => {
    const record = { ...before, indicatorType: 'percent', disaggregation: 'none', milestones: [{ periodId: '2006-2007_2026-Q1', value: 25 }] };
    const values = TARGET_FORM.fromRecord(record, 'fr-FR');
    expect(values[`${MILESTONE_PREFIX}2006-2007_2026-Q1`]).toBe('25');
    const typed = { ...values, [`${MILESTONE_PREFIX}2006-2007_2026-Q3`]: '32,5', [`${MILESTONE_PREFIX}2006-2007_2026-Q2`]: ' ' };
    const patch = targetPatchOf(TARGET_FORM, apiValuesOf(TARGET_FORM, record), TARGET_FORM.toApi(typed, 'fr-FR'));
    expect(patch).toEqual({
      milestones: [
        { periodId: '2006-2007_2026-Q1', value: 25 },
        { periodId: '2006-2007_2026-Q3', value: 32.5 },
      ],
    });
  });
});
