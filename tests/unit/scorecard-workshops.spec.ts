// The scorecard's workshop criterion in the domain ("Workshop with staff from all functions"):
// the share of the office plan's functional areas with a participant at the office's workshops
// held by the period's end, when it does not apply and when it is missing; and the criteria
// stored before it was added, which still read (the new one at its default) while a PUT must
// name every criterion.

import { ValidationError } from '../../src/domain/errors';
import type { Workshop } from '../../src/domain/process';
import { rate } from '../../src/domain/scorecard';
import { CRITERION_IDS, DEFAULT_CRITERIA } from '../../src/domain/scorecard-criteria';
import { officeFigures, type OfficeFigureInput } from '../../src/domain/scorecard-figures';
import { parse } from '../../src/domain/schemas';
import { parseCriteria, scorecardCriteriaInput } from '../../src/domain/scorecard-inputs';

const OFFICE = 'office-a';
type WorkshopFacts = OfficeFigureInput['workshops'][number];

/** A workshop of office A held on 6–7 February 2006 with nobody recorded yet. */
function workshop(over: Partial<WorkshopFacts> = {}): WorkshopFacts {
  return { officeIds: [OFFICE], start: '2006-02-06', end: '2006-02-07', status: 'held', participants: { groups: [], named: [] }, ...over };
}

const group = (fn: Workshop['participants']['groups'][number]['function'], women: number, men: number) => ({
  level: 'professional' as const,
  function: fn,
  women,
  men,
});

/** Office A's figure for 2006 Q1 (ending 31 March), its plan covering military, police, training and human resources. */
function figure(workshops: readonly WorkshopFacts[], over: Partial<OfficeFigureInput> = {}) {
  return officeFigures({
    period: { end: '2006-03-31', reportDue: '2006-04-15' },
    cycleStart: '2006-01-01',
    office: { id: OFFICE, focalPoints: [] },
    plan: undefined,
    rows: [],
    report: undefined,
    sexDisaggregated: new Set(),
    today: '2006-05-01',
    planFunctions: ['military', 'police', 'training', 'human-resources', 'military'],
    workshops,
    ...over,
  })['workshop-functions'];
}

describe('the workshop criterion: staff from all the functions of the office`s plan', () => {
  it('counts the plan`s functions with people in a group or a person by name, over every held workshop of the office', () => {
    const first = workshop({ participants: { groups: [group('military', 2, 5), group('police', 0, 0)], named: [] } });
    const second = workshop({
      start: '2006-03-01',
      end: '2006-03-02',
      participants: { groups: [], named: [{ name: 'Ana Souza', level: 'senior-management', function: 'training', sex: 'female' }] },
    });
    // Military (a group) and training (a name) of four functions; the empty police group does not count.
    expect(figure([first, second])).toEqual({ value: 50 });
    // Functions outside the plan add nothing; a figure of thirds keeps one decimal.
    const beyond = workshop({ participants: { groups: [group('military', 1, 1), group('mine-action', 3, 3)], named: [] } });
    expect(figure([beyond], { planFunctions: ['military', 'police', 'training'] })).toEqual({ value: 33.3 });
  });

  it('counts a pilot that names the office, and no workshop of another office', () => {
    const pilot = workshop({ officeIds: ['office-b', OFFICE], participants: { groups: [group('police', 1, 0)], named: [] } });
    const other = workshop({ officeIds: ['office-b'], participants: { groups: [group('military', 4, 4)], named: [] } });
    expect(figure([pilot, other])).toEqual({ value: 25 });
  });

  it('leaves out planned and cancelled workshops, and those that end after the period, so that later ones never move it', () => {
    const everyone = { groups: [group('military', 1, 1), group('police', 1, 1), group('training', 1, 1), group('human-resources', 1, 1)], named: [] };
    const held = workshop({ participants: { groups: [group('military', 1, 1)], named: [] } });
    const afterwards = [
      workshop({ status: 'planned', participants: everyone }),
      workshop({ status: 'cancelled', participants: everyone }),
      workshop({ start: '2006-03-31', end: '2006-04-01', participants: everyone }),
    ];
    expect(figure([held, ...afterwards])).toEqual({ value: 25 });
    expect(figure([workshop({ start: '2006-03-30', end: '2006-03-31', participants: everyone })])).toEqual({ value: 100 });
  });

  it('is missing for an office that held none by the end of the period while the department records workshops', () => {
    expect(figure([workshop({ officeIds: ['office-b'] })])).toEqual({ missing: true });
    expect(figure([workshop({ status: 'planned' }), workshop({ start: '2006-03-31', end: '2006-04-01' })])).toEqual({ missing: true });
    // Held, but with nobody recorded: the figure is 0, which the default thresholds rate missing.
    const empty = figure([workshop()]);
    expect(empty).toEqual({ value: 0 });
    expect(rate(DEFAULT_CRITERIA.find((c) => c.id === 'workshop-functions') ?? fail(), empty)).toBe('missing');
  });

  it('does not apply where the department records no workshop dated by the period`s end, or the office has no plan functions', () => {
    expect(figure([])).toEqual({ notApplicable: true });
    expect(figure([workshop({ start: '2006-04-03', end: '2006-04-04' })])).toEqual({ notApplicable: true });
    expect(figure([workshop({ participants: { groups: [group('military', 1, 1)], named: [] } })], { planFunctions: [] })).toEqual({ notApplicable: true });
  });
});

describe('criteria stored before the workshop criterion', () => {
  const older = DEFAULT_CRITERIA.filter((c) => c.id !== 'workshop-functions').map((c) => (c.id === 'focal-point' ? { ...c, exceeds: 3 } : c));

  it('still read: the Gender Unit`s thresholds kept, the new criterion at its default', () => {
    const criteria = parseCriteria(older);
    expect(criteria.map((c) => c.id)).toEqual([...CRITERION_IDS]);
    expect(criteria.find((c) => c.id === 'focal-point')?.exceeds).toBe(3);
    expect(criteria.find((c) => c.id === 'workshop-functions')).toEqual({ id: 'workshop-functions', enabled: true, approaches: 50, meets: 80, exceeds: 100 });
  });

  it('are refused when sent whole with one left out, naming what is missing', () => {
    const error = catchError(() => parse(scorecardCriteriaInput, { criteria: older }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      expect.objectContaining({ field: 'criteria', code: 'too-few', params: { min: CRITERION_IDS.length, missing: 'workshop-functions' } }),
    ]);
    expect(parse(scorecardCriteriaInput, { criteria: DEFAULT_CRITERIA }).criteria).toHaveLength(CRITERION_IDS.length);
  });

  it('still refuse thresholds out of order or a criterion named twice when read from storage', () => {
    const wrong = older.map((c) => (c.id === 'milestones-met' ? { ...c, exceeds: 60 } : c));
    expect((catchError(() => parseCriteria(wrong)) as ValidationError).problems).toEqual([expect.objectContaining({ field: '4.exceeds', code: 'too-small' })]);
    expect((catchError(() => parseCriteria([...older, older[0]])) as ValidationError).problems).toEqual([
      expect.objectContaining({ field: '7.id', code: 'duplicate' }),
    ]);
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

function fail(): never {
  throw new Error('no default workshop criterion');
}
