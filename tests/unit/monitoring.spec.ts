// Monitoring in the domain: the calendar of a cycle, milestones, report timeliness, the
// progress report's workflow, women and men figures, and the rows a period's close freezes.

import { ForbiddenError, StateError, ValidationError } from '../../src/domain/errors';
import type { Target } from '../../src/domain/model';
import { cycleSpan, periodOf, periodsOf, previousPeriod, type Period, type ProgressReport } from '../../src/domain/monitoring';
import { changeSince, milestoneMet, milestoneOf, reportTimeliness, snapshotRowsOf, sexFiguresProblem, totalOf } from '../../src/domain/monitoring-derive';
import { assertReportEditable, transitionReport } from '../../src/domain/report-workflow';
import { checkInInput, cycleInput, parse, reportPatch, targetInput } from '../../src/domain/schemas';

const cycle = (over: Partial<Parameters<typeof periodsOf>[0]> = {}) => ({
  id: '2006-2007',
  start: '2006-01-01',
  end: '2007-12-31',
  periodicity: 'quarterly' as const,
  reportDueDays: 15,
  ...over,
});

function period(over: Partial<Period> = {}): Period {
  return {
    id: '2006-2007_2006-Q1',
    cycle: '2006-2007',
    label: '2006 Q1',
    start: '2006-01-01',
    end: '2006-03-31',
    reportDue: '2006-04-15',
    status: 'open',
    closedAt: null,
    closedBy: null,
    forced: false,
    missingOffices: [],
    snapshotRows: 0,
    closing: null,
    version: 1,
    createdAt: '2006-01-01T00:00:00.000Z',
    updatedAt: '2006-01-01T00:00:00.000Z',
    ...over,
  };
}

function report(over: Partial<ProgressReport> = {}): ProgressReport {
  return {
    id: 'r1',
    officeId: 'o1',
    periodId: '2006-2007_2006-Q1',
    status: 'draft',
    summary: null,
    achievements: null,
    challenges: null,
    supportNeeded: null,
    nextSteps: null,
    transitions: [],
    createdBy: 'focal@un.org',
    submittedBy: null,
    submittedAt: null,
    decidedBy: null,
    decidedAt: null,
    returnComment: null,
    version: 1,
    createdAt: '2006-04-01T00:00:00.000Z',
    updatedAt: '2006-04-01T00:00:00.000Z',
    ...over,
  };
}

function target(over: Partial<Target> = {}): Target {
  return {
    id: 't1',
    planId: 'p1',
    activityId: 'a1',
    ref: '1.1.a',
    description: 'Women observers',
    indicator: 'Number of women observers',
    unit: null,
    baseline: 0,
    targetValue: 40,
    dueDate: '2007-12-31',
    owner: 'owner@un.org',
    meansOfVerification: null,
    status: 'on-track',
    progress: 0,
    lastCheckInAt: null,
    version: 1,
    createdAt: '2006-01-01T00:00:00.000Z',
    updatedAt: '2006-01-01T00:00:00.000Z',
    ...over,
  };
}

describe('periodsOf', () => {
  it('gives a two-year quarterly cycle eight calendar quarters, each report due 15 days after its end', () => {
    const periods = periodsOf(cycle());
    expect(periods.map((p) => p.label)).toEqual(['2006 Q1', '2006 Q2', '2006 Q3', '2006 Q4', '2007 Q1', '2007 Q2', '2007 Q3', '2007 Q4']);
    expect(periods[0]).toEqual({
      id: '2006-2007_2006-Q1',
      cycle: '2006-2007',
      label: '2006 Q1',
      start: '2006-01-01',
      end: '2006-03-31',
      reportDue: '2006-04-15',
    });
    expect(periods[3]).toMatchObject({ start: '2006-10-01', end: '2006-12-31', reportDue: '2007-01-15' });
    expect(periods.every((p, i) => i === 0 || p.start > periods[i - 1]!.end)).toBe(true);
  });

  it('gives halves and years, labelled H1/H2 and by the year', () => {
    expect(periodsOf(cycle({ periodicity: 'semiannual' })).map((p) => [p.id, p.start, p.end])).toEqual([
      ['2006-2007_2006-H1', '2006-01-01', '2006-06-30'],
      ['2006-2007_2006-H2', '2006-07-01', '2006-12-31'],
      ['2006-2007_2007-H1', '2007-01-01', '2007-06-30'],
      ['2006-2007_2007-H2', '2007-07-01', '2007-12-31'],
    ]);
    expect(periodsOf(cycle({ periodicity: 'annual' })).map((p) => [p.id, p.label, p.end])).toEqual([
      ['2006-2007_2006', '2006', '2006-12-31'],
      ['2006-2007_2007', '2007', '2007-12-31'],
    ]);
  });

  it('clips a cycle that starts and ends inside a quarter, keeping the calendar labels', () => {
    const periods = periodsOf(cycle({ start: '2006-02-15', end: '2007-01-31' }));
    expect(periods.map((p) => p.label)).toEqual(['2006 Q1', '2006 Q2', '2006 Q3', '2006 Q4', '2007 Q1']);
    expect(periods[0]).toMatchObject({ start: '2006-02-15', end: '2006-03-31' });
    expect(periods.at(-1)).toMatchObject({ start: '2007-01-01', end: '2007-01-31', reportDue: '2007-02-15' });
  });

  it("uses the cycle's own report delay", () => {
    expect(periodsOf(cycle({ reportDueDays: 30 }))[0]!.reportDue).toBe('2006-04-30');
  });
});

describe('periodOf and previousPeriod', () => {
  const periods = periodsOf(cycle());
  it('finds the period a date falls in, its first and last days included', () => {
    expect(periodOf('2006-01-01', periods)?.label).toBe('2006 Q1');
    expect(periodOf('2006-03-31', periods)?.label).toBe('2006 Q1');
    expect(periodOf('2006-04-01', periods)?.label).toBe('2006 Q2');
  });
  it('finds none for a date outside the cycle', () => {
    expect(periodOf('2005-12-31', periods)).toBeUndefined();
    expect(periodOf('2008-01-01', periods)).toBeUndefined();
  });
  it('finds the period before, and none before the first', () => {
    expect(previousPeriod(periods[2]!, periods)?.label).toBe('2006 Q2');
    expect(previousPeriod(periods[0]!, periods)).toBeUndefined();
  });
});

describe('milestones', () => {
  const t = target({ milestones: [{ periodId: 'q1', value: 10 }] });
  it('reads the milestone of a period, and none for a period without one', () => {
    expect(milestoneOf(t, 'q1')).toBe(10);
    expect(milestoneOf(t, 'q2')).toBeNull();
    expect(milestoneOf(target(), 'q1')).toBeNull();
  });
  it('is met by reaching it, missed below it or without a figure', () => {
    expect(milestoneMet(t, 10, 10)).toBe(true);
    expect(milestoneMet(t, 9, 10)).toBe(false);
    expect(milestoneMet(t, null, 10)).toBe(false);
  });
  it('is met by staying at or under it for a target that goes down', () => {
    const down = target({ baseline: 50, targetValue: 10 });
    expect(milestoneMet(down, 30, 30)).toBe(true);
    expect(milestoneMet(down, 31, 30)).toBe(false);
  });
  it('says nothing without a milestone or for a qualitative indicator', () => {
    expect(milestoneMet(t, 5, null)).toBeNull();
    expect(milestoneMet(target({ indicatorType: 'qualitative' }), 5, 10)).toBeNull();
  });
});

describe('reportTimeliness', () => {
  const p = period();
  const submitted = (at: string) => report({ transitions: [{ from: 'draft', to: 'submitted', by: 'f@un.org', at, comment: null }] });
  it('is on time when first submitted by the due date, late after it', () => {
    expect(reportTimeliness(submitted('2006-04-15T23:00:00.000Z'), p, '2006-05-01')).toBe('on-time');
    expect(reportTimeliness(submitted('2006-04-16T08:00:00.000Z'), p, '2006-05-01')).toBe('late');
  });
  it('counts the first submission, not a resubmission after a return', () => {
    const r = report({
      transitions: [
        { from: 'draft', to: 'submitted', by: 'f@un.org', at: '2006-04-10T00:00:00.000Z', comment: null },
        { from: 'submitted', to: 'returned', by: 'gu@un.org', at: '2006-04-12T00:00:00.000Z', comment: 'More detail' },
        { from: 'returned', to: 'submitted', by: 'f@un.org', at: '2006-04-20T00:00:00.000Z', comment: null },
      ],
    });
    expect(reportTimeliness(r, p, '2006-05-01')).toBe('on-time');
  });
  it('is missing without a submission once the due date passed, and not due before', () => {
    expect(reportTimeliness(undefined, p, '2006-04-16')).toBe('missing');
    expect(reportTimeliness(report(), p, '2006-04-16')).toBe('missing');
    expect(reportTimeliness(undefined, p, '2006-04-15')).toBe('not-due');
  });
});

describe('changeSince', () => {
  it('gives the difference of values and whether the status moved', () => {
    expect(changeSince({ value: 12, status: 'on-track' }, { value: 5, status: 'at-risk' })).toEqual({
      value: 7,
      statusFrom: 'at-risk',
      statusTo: 'on-track',
      statusChanged: true,
    });
  });
  it('gives no difference for the first period or a missing value', () => {
    expect(changeSince({ value: 12, status: 'on-track' }, undefined)).toEqual({ value: null, statusFrom: null, statusTo: 'on-track', statusChanged: false });
    expect(changeSince({ value: null, status: 'on-track' }, { value: 3, status: 'on-track' }).value).toBeNull();
  });
});

describe('women and men', () => {
  it('derives the total from women and men', () => {
    expect(totalOf({ women: 3, men: 4 })).toBe(7);
    expect(totalOf({ value: 9 })).toBe(9);
    expect(sexFiguresProblem({ women: 3, men: 4, value: 7 })).toBeUndefined();
  });
  it('refuses a typed total that is not women + men, with a stable code', () => {
    expect(sexFiguresProblem({ women: 3, men: 4, value: 8 })).toMatchObject({ field: 'value', code: 'total-mismatch', params: { total: 7 } });
    const error = (() => {
      try {
        parse(checkInInput, { status: 'on-track', women: 3, men: 4, value: 8 }, 'check-in');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([expect.objectContaining({ field: 'value', code: 'total-mismatch', params: { total: 7 } })]);
  });
  it('refuses women without men', () => {
    expect(() => parse(checkInInput, { status: 'on-track', women: 3 })).toThrow(ValidationError);
    expect(sexFiguresProblem({ women: 3 })).toMatchObject({ field: 'men', code: 'women-and-men' });
  });
  it('accepts a check-in without women and men exactly as before', () => {
    expect(parse(checkInInput, { status: 'on-track', value: 4 })).toEqual({ status: 'on-track', value: 4 });
  });
  it('checks report lines the same way', () => {
    expect(() => parse(reportPatch, { lines: [{ targetId: 't1', women: 1, men: 1, value: 3 }] })).toThrow(ValidationError);
  });
});

describe('targets and cycles as input', () => {
  const base = { description: 'D', indicator: 'I', dueDate: '2007-12-31', owner: 'o@un.org' };
  it('reads a target without monitoring fields to the same fields as before', () => {
    expect(Object.keys(parse(targetInput, base)).sort()).toEqual(['description', 'dueDate', 'indicator', 'owner']);
  });
  it('accepts indicator type, disaggregation and milestones, and refuses a period named twice', () => {
    const milestones = [{ periodId: 'q1', value: 5 }];
    expect(parse(targetInput, { ...base, indicatorType: 'percent', disaggregation: 'sex', milestones })).toMatchObject({
      indicatorType: 'percent',
      disaggregation: 'sex',
      milestones,
    });
    expect(() => parse(targetInput, { ...base, milestones: [...milestones, ...milestones] })).toThrow(ValidationError);
    expect(() => parse(targetInput, { ...base, indicatorType: 'ratio' })).toThrow(ValidationError);
  });
  it('gives a cycle a report delay of 15 days unless told, and refuses one that ends before it starts', () => {
    expect(parse(cycleInput, { code: '2006-2007', periodicity: 'quarterly' })).toEqual({ code: '2006-2007', periodicity: 'quarterly', reportDueDays: 15 });
    expect(() => parse(cycleInput, { code: '2006-2007', periodicity: 'quarterly', start: '2007-01-01', end: '2006-01-01' })).toThrow(ValidationError);
    expect(() => parse(cycleInput, { code: '2006-2007', periodicity: 'quarterly', start: '2008-01-01' })).toThrow(ValidationError);
  });
  it('spans the years its code names unless told otherwise', () => {
    expect(cycleSpan('2006-2007')).toEqual({ start: '2006-01-01', end: '2007-12-31' });
    expect(cycleSpan('2006')).toEqual({ start: '2006-01-01', end: '2006-12-31' });
    expect(cycleSpan('2006-2007', '2006-07-01')).toEqual({ start: '2006-07-01', end: '2007-12-31' });
  });
});

describe('the progress report workflow', () => {
  const open = period();
  const at = '2006-04-10T09:00:00.000Z';
  const submittedBy = (by: string) => ({ ...report(), ...transitionReport(report(), open, 'submit', { by, at }) });

  it('submits a draft, recording who and when', () => {
    const patch = transitionReport(report(), open, 'submit', { by: 'focal@un.org', at });
    expect(patch).toMatchObject({
      status: 'submitted',
      submittedBy: 'focal@un.org',
      submittedAt: at,
      transitions: [{ from: 'draft', to: 'submitted', by: 'focal@un.org', at, comment: null }],
    });
  });
  it('lets another person accept it', () => {
    expect(transitionReport(submittedBy('focal@un.org'), open, 'accept', { by: 'gu@un.org', at })).toMatchObject({
      status: 'accepted',
      decidedBy: 'gu@un.org',
    });
  });
  it('refuses the submitter accepting or returning her own report, whatever the case of her address', () => {
    expect(() => transitionReport(submittedBy('gu@un.org'), open, 'accept', { by: 'GU@un.org', at })).toThrow(ForbiddenError);
    expect(() => transitionReport(submittedBy('gu@un.org'), open, 'return', { by: 'gu@un.org', at, comment: 'Redo' })).toThrow(ForbiddenError);
  });
  it('needs a visible comment to return a report, and keeps it for the office', () => {
    expect(() => transitionReport(submittedBy('focal@un.org'), open, 'return', { by: 'gu@un.org', at, comment: ' \u200b ' })).toThrow(ValidationError);
    expect(transitionReport(submittedBy('focal@un.org'), open, 'return', { by: 'gu@un.org', at, comment: 'Add the figures' })).toMatchObject({
      status: 'returned',
      returnComment: 'Add the figures',
    });
  });
  it('lets a returned report be edited and submitted again, but not an accepted one', () => {
    const returned = report({ status: 'returned' });
    expect(() => assertReportEditable(returned, open)).not.toThrow();
    expect(transitionReport(returned, open, 'submit', { by: 'focal@un.org', at }).status).toBe('submitted');
    expect(() => assertReportEditable(report({ status: 'accepted' }), open)).toThrow(StateError);
    expect(() => transitionReport(report(), open, 'accept', { by: 'gu@un.org', at })).toThrow(StateError);
  });
  it('changes nothing of a closed period', () => {
    const closed = period({ status: 'closed' });
    expect(() => assertReportEditable(report(), closed)).toThrow(StateError);
    expect(() => transitionReport(report(), closed, 'submit', { by: 'focal@un.org', at })).toThrow(StateError);
  });
});

describe('snapshotRowsOf', () => {
  const p = { id: 'q1', end: '2006-03-31', reportDue: '2006-04-15' };
  const t1 = target({ id: 't1', milestones: [{ periodId: 'q1', value: 10 }] });
  const t2 = target({ id: 't2', dueDate: '2006-03-01', status: 'not-started' });
  const t3 = target({ id: 't3', planId: 'p2' });
  const rows = snapshotRowsOf({
    period: p,
    officeIds: ['o1', 'o2', 'o3'],
    targets: [
      { target: t1, officeId: 'o1' },
      { target: t2, officeId: 'o1' },
      { target: t3, officeId: 'o2' },
    ],
    figures: new Map([['t1', { status: 'on-track', value: 12, women: 5, men: 7 }]]),
    reports: [report({ officeId: 'o1', transitions: [{ from: 'draft', to: 'submitted', by: 'f@un.org', at: '2006-04-02T00:00:00.000Z', comment: null }] })],
    today: '2006-04-20',
  });
  const row = (scope: string, key: string) => rows.find((r) => r.scope === scope && r.key === key);

  it('freezes one row per target with its figure, milestone and overdue as of the period end', () => {
    expect(row('target', 't1')).toMatchObject({
      periodId: 'q1',
      officeId: 'o1',
      status: 'on-track',
      value: 12,
      women: 5,
      men: 7,
      milestone: 10,
      milestoneMet: true,
      overdue: false,
    });
    expect(row('target', 't2')).toMatchObject({ status: 'not-started', value: null, milestoneMet: null, overdue: true, daysOverdue: 30 });
  });
  it('adds a row per office, even one without targets, and one for the department, with counts', () => {
    expect(rows).toHaveLength(3 + 3 + 1);
    expect(row('office', 'o1')?.counts).toMatchObject({
      targets: 2,
      overdue: 1,
      milestonesMet: 1,
      reportsOnTime: 1,
      byStatus: { 'on-track': 1, 'not-started': 1 },
    });
    expect(row('office', 'o3')?.counts).toMatchObject({ targets: 0, reportsMissing: 1 });
    expect(row('department', 'department')?.counts).toMatchObject({ targets: 3, overdue: 1, milestonesMet: 1, reportsOnTime: 1, reportsMissing: 2 });
  });
});
