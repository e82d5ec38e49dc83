// The office scorecard in the domain: each default criterion's rule at its thresholds (just
// inside, just outside), the figures taken from a period's rows, overrides and remedial
// actions, and the criteria the Gender Unit may set (and the ones refused, with the field).

import { StateError, ValidationError } from '../../src/domain/errors';
import type { SnapshotRow } from '../../src/domain/monitoring';
import { effectiveRating, needsRemedialAction, overrideRating, rate, rateOffice, RATING_LABELS, RATINGS, type FigureOutcome } from '../../src/domain/scorecard';
import { CRITERION_IDS, DEFAULT_CRITERIA, type Criterion, type CriterionId } from '../../src/domain/scorecard-criteria';
import { officeFigures, type OfficeFigureInput } from '../../src/domain/scorecard-figures';
import { parse } from '../../src/domain/schemas';
import { parseCriteria, ratingOverrideInput, remedialActionInput } from '../../src/domain/scorecard-inputs';

function criterion(id: CriterionId): Criterion {
  const found = DEFAULT_CRITERIA.find((c) => c.id === id);
  if (!found) throw new Error(`no default criterion ${id}`);
  return found;
}

const value = (v: number): FigureOutcome => ({ value: v });

describe('the UN-SWAP scale', () => {
  it('reads as words, lowest first', () => {
    expect(RATINGS.map((r) => RATING_LABELS[r])).toEqual([
      'Not applicable',
      'Missing',
      'Approaches requirements',
      'Meets requirements',
      'Exceeds requirements',
    ]);
  });
});

describe('rate: each default criterion at its thresholds', () => {
  // [criterion, figure, rating]: each threshold met exactly, and missed by the smallest step.
  const cases: [CriterionId, number, string][] = [
    // Plan endorsed: days after the cycle's start (lower is better): 0 / 90 / 180.
    ['plan-endorsed', 0, 'exceeds'],
    ['plan-endorsed', 1, 'meets'],
    ['plan-endorsed', 90, 'meets'],
    ['plan-endorsed', 91, 'approaches'],
    ['plan-endorsed', 180, 'approaches'],
    ['plan-endorsed', 181, 'missing'],
    // Report: days after the due date (negative: early): -7 / 0 / 30.
    ['report-on-time', -7, 'exceeds'],
    ['report-on-time', -6, 'meets'],
    ['report-on-time', 0, 'meets'],
    ['report-on-time', 1, 'approaches'],
    ['report-on-time', 30, 'approaches'],
    ['report-on-time', 31, 'missing'],
    // Achieved or on track (higher is better): 40 / 70 / 90 %.
    ['targets-on-course', 90, 'exceeds'],
    ['targets-on-course', 89.9, 'meets'],
    ['targets-on-course', 70, 'meets'],
    ['targets-on-course', 69.9, 'approaches'],
    ['targets-on-course', 40, 'approaches'],
    ['targets-on-course', 39.9, 'missing'],
    // Overdue (lower is better): 0 / 10 / 25 %.
    ['targets-overdue', 0, 'exceeds'],
    ['targets-overdue', 0.1, 'meets'],
    ['targets-overdue', 10, 'meets'],
    ['targets-overdue', 10.1, 'approaches'],
    ['targets-overdue', 25, 'approaches'],
    ['targets-overdue', 25.1, 'missing'],
    // Milestones met: 50 / 80 / 100 %.
    ['milestones-met', 100, 'exceeds'],
    ['milestones-met', 99.9, 'meets'],
    ['milestones-met', 80, 'meets'],
    ['milestones-met', 79.9, 'approaches'],
    ['milestones-met', 50, 'approaches'],
    ['milestones-met', 49.9, 'missing'],
    // Women and men reported where asked: 50 / 90 / 100 %.
    ['sex-disaggregated', 100, 'exceeds'],
    ['sex-disaggregated', 90, 'meets'],
    ['sex-disaggregated', 89.9, 'approaches'],
    ['sex-disaggregated', 50, 'approaches'],
    ['sex-disaggregated', 49.9, 'missing'],
    // Focal points appointed: 1 / 1 / 2.
    ['focal-point', 2, 'exceeds'],
    ['focal-point', 1, 'meets'],
    ['focal-point', 0, 'missing'],
    // The plan's functional areas represented at the office's workshops: 50 / 80 / 100 %.
    ['workshop-functions', 100, 'exceeds'],
    ['workshop-functions', 99.9, 'meets'],
    ['workshop-functions', 80, 'meets'],
    ['workshop-functions', 79.9, 'approaches'],
    ['workshop-functions', 50, 'approaches'],
    ['workshop-functions', 49.9, 'missing'],
  ];

  it.each(cases)('%s at %d rates %s', (id, figure, rating) => {
    expect(rate(criterion(id), value(figure))).toBe(rating);
  });

  it('rates a figure nobody was asked for as not applicable, and one asked for and not given as missing', () => {
    for (const id of CRITERION_IDS) {
      expect(rate(criterion(id), { notApplicable: true })).toBe('not-applicable');
      expect(rate(criterion(id), { missing: true })).toBe('missing');
    }
  });

  it('rates a criterion the Gender Unit turned off as not applicable, whatever the figure', () => {
    expect(rate({ ...criterion('focal-point'), enabled: false }, value(0))).toBe('not-applicable');
  });

  it('follows thresholds the Gender Unit set', () => {
    const strict = { ...criterion('targets-on-course'), approaches: 60, meets: 80, exceeds: 95 };
    expect([rate(strict, value(79)), rate(strict, value(80)), rate(strict, value(95))]).toEqual(['approaches', 'meets', 'exceeds']);
  });
});

describe('officeFigures: what an office is rated by, from a period`s rows', () => {
  const OFFICE = 'office-a';
  const targetRow = (key: string, over: Partial<SnapshotRow> = {}): SnapshotRow => ({
    periodId: 'P',
    scope: 'target',
    key,
    officeId: OFFICE,
    status: 'on-track',
    value: null,
    milestone: null,
    milestoneMet: null,
    overdue: false,
    daysOverdue: 0,
    women: null,
    men: null,
    counts: null,
    ...over,
  });
  const officeRow: SnapshotRow = { ...targetRow(OFFICE), scope: 'office', status: null };

  function input(over: Partial<OfficeFigureInput> = {}): OfficeFigureInput {
    return {
      period: { end: '2006-03-31', reportDue: '2006-04-15' },
      cycleStart: '2006-01-01',
      office: { id: OFFICE, focalPoints: ['focal@example.org'] },
      plan: { history: [{ status: 'endorsed', by: 'gu@example.org', at: '2006-02-15T10:00:00.000Z', comment: null }] },
      rows: [
        officeRow,
        targetRow('t1', { status: 'achieved', milestone: 5, milestoneMet: true }),
        targetRow('t2', { status: 'on-track', milestone: 5, milestoneMet: false, women: 2, men: 3 }),
        targetRow('t3', { status: 'off-track', overdue: true, women: 1, men: null }),
        targetRow('t4', { status: 'at-risk' }),
        targetRow('t5', { status: 'dropped', overdue: true }),
        targetRow('other', { officeId: 'office-b', status: 'off-track', overdue: true }),
      ],
      report: { transitions: [{ from: 'draft', to: 'submitted', by: 'focal@example.org', at: '2006-04-10T09:00:00.000Z', comment: null }] },
      sexDisaggregated: new Set(['t2', 't3']),
      today: '2006-05-01',
      planFunctions: ['military', 'training'],
      workshops: [
        {
          officeIds: [OFFICE],
          start: '2006-02-06',
          end: '2006-02-07',
          status: 'held',
          participants: { groups: [{ level: 'professional', function: 'military', women: 2, men: 5 }], named: [] },
        },
      ],
      ...over,
    };
  }

  it('measures each criterion on the office`s own targets, leaving dropped ones out', () => {
    expect(officeFigures(input())).toEqual({
      'plan-endorsed': { value: 45 },
      'report-on-time': { value: -5 },
      'targets-on-course': { value: 50 },
      'targets-overdue': { value: 25 },
      'milestones-met': { value: 50 },
      'sex-disaggregated': { value: 50 },
      'focal-point': { value: 1 },
      'workshop-functions': { value: 50 },
    });
  });

  it('finds the plan missing when it was endorsed only after the period, or never', () => {
    const late = input({ plan: { history: [{ status: 'endorsed', by: 'gu@example.org', at: '2006-04-02T10:00:00.000Z', comment: null }] } });
    expect(officeFigures(late)['plan-endorsed']).toEqual({ missing: true });
    expect(officeFigures(input({ plan: undefined }))['plan-endorsed']).toEqual({ missing: true });
  });

  it('finds the report missing once it is due, not applicable before, and not applicable for an office not expected to report', () => {
    expect(officeFigures(input({ report: undefined }))['report-on-time']).toEqual({ missing: true });
    expect(officeFigures(input({ report: undefined, today: '2006-04-15' }))['report-on-time']).toEqual({ notApplicable: true });
    expect(officeFigures(input({ rows: input().rows.filter((r) => r.scope !== 'office') }))['report-on-time']).toEqual({ notApplicable: true });
  });

  it('has nothing to measure for an office without targets, milestones or sex-disaggregated targets', () => {
    const figures = officeFigures(input({ rows: [officeRow], sexDisaggregated: new Set() }));
    for (const id of ['targets-on-course', 'targets-overdue', 'milestones-met', 'sex-disaggregated'] as const)
      expect(figures[id]).toEqual({ notApplicable: true });
  });

  it('rates an office by every criterion in order, keeping the figure beside the rating', () => {
    const ratings = rateOffice(DEFAULT_CRITERIA, officeFigures(input()));
    expect(ratings.map((r) => [r.criterion, r.value, r.computed])).toEqual([
      ['plan-endorsed', 45, 'meets'],
      ['report-on-time', -5, 'meets'],
      ['targets-on-course', 50, 'approaches'],
      ['targets-overdue', 25, 'approaches'],
      ['milestones-met', 50, 'approaches'],
      ['sex-disaggregated', 50, 'approaches'],
      ['focal-point', 1, 'meets'],
      ['workshop-functions', 50, 'approaches'],
    ]);
    expect(ratings.every((r) => r.override === null)).toBe(true);
  });
});

describe('overrides and remedial actions', () => {
  const ratings = rateOffice(DEFAULT_CRITERIA, {
    'plan-endorsed': value(0),
    'report-on-time': { missing: true },
    'targets-on-course': value(50),
    'targets-overdue': value(0),
    'milestones-met': { notApplicable: true },
    'sex-disaggregated': value(100),
    'focal-point': value(1),
    'workshop-functions': { notApplicable: true },
  });
  const override = {
    rating: 'meets' as const,
    justification: 'Report delayed by the mission drawdown; agreed with the USG',
    by: 'gu@example.org',
    at: '2006-05-02T10:00:00.000Z',
  };

  it('keeps the computed rating beside the override, and the override counts', () => {
    const after = overrideRating(ratings, 'report-on-time', override);
    const rating = after.find((r) => r.criterion === 'report-on-time');
    expect(rating).toMatchObject({ computed: 'missing', override });
    expect(rating && effectiveRating(rating)).toBe('meets');
    expect(after.filter((r) => r.override !== null)).toHaveLength(1);
  });

  it('refuses to override a criterion the scorecard does not rate', () => {
    expect(() => overrideRating(ratings.slice(1), 'plan-endorsed', override)).toThrow(StateError);
  });

  it('calls for a remedial action below "meets" only, by the rating that counts', () => {
    const by = (id: CriterionId) => ratings.find((r) => r.criterion === id) ?? fail(id);
    expect(needsRemedialAction(by('report-on-time'))).toBe(true);
    expect(needsRemedialAction(by('targets-on-course'))).toBe(true);
    expect(needsRemedialAction(by('plan-endorsed'))).toBe(false);
    expect(needsRemedialAction(by('milestones-met'))).toBe(false);
    expect(needsRemedialAction({ ...by('report-on-time'), override })).toBe(false);
  });

  it('refuses an override whose justification shows nothing, naming the field', () => {
    const error = catchError(() => parse(ratingOverrideInput, { rating: 'meets', justification: ' \u200b ' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([expect.objectContaining({ field: 'justification', code: 'required' })]);
  });

  it('refuses a remedial action without steps, with a date that is not one, or for an unknown criterion', () => {
    const error = catchError(() => parse(remedialActionInput, { criterion: 'charm', steps: '', due: '2006-02-30', responsible: 'focal@example.org' }));
    expect((error as ValidationError).problems.map((p) => p.field).sort()).toEqual(['criterion', 'due', 'steps']);
  });
});

describe('the criteria the Gender Unit sets', () => {
  it('are the defaults while none are stored', () => {
    expect(parseCriteria(undefined).map((c) => c.id)).toEqual([...CRITERION_IDS]);
  });

  it('refuses thresholds in the wrong order, naming the criterion and field', () => {
    const criteria = DEFAULT_CRITERIA.map((c) => (c.id === 'targets-on-course' ? { ...c, meets: 30 } : c.id === 'targets-overdue' ? { ...c, exceeds: 20 } : c));
    const error = catchError(() => parseCriteria(criteria));
    expect((error as ValidationError).problems).toEqual([
      expect.objectContaining({ field: '2.meets', code: 'too-small', params: { min: 40 } }),
      expect.objectContaining({ field: '3.exceeds', code: 'too-big', params: { max: 10 } }),
    ]);
  });

  it('refuses a criterion named twice', () => {
    const twice = [...DEFAULT_CRITERIA.slice(0, 6), DEFAULT_CRITERIA[0]];
    expect((catchError(() => parseCriteria(twice)) as ValidationError).problems).toEqual([expect.objectContaining({ field: '6.id', code: 'duplicate' })]);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function fail(what: string): never {
  throw new Error(`missing ${what}`);
}
