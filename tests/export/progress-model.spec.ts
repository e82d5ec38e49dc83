// The progress report's model (src/export/progress-model.ts), fed from the demo department's
// store: the DRAFT rule and what counts as a change since the previous period.

import type { SnapshotRow } from '../../src/domain/monitoring';
import { CRITERION_IDS } from '../../src/domain/scorecard-criteria';
import { changesBetween, progressModel, type ProgressInput } from '../../src/export/progress-model';
import { figureOf, ratingBasis, type RatingLine } from '../../src/export/progress-scorecard';
import { resolveActor } from '../../src/services/context';
import { listScorecards } from '../../src/services/scorecard/scorecards';
import { CYCLE, PEOPLE, startExportApi, type ExportHarness } from './harness';
import { demoPeriods } from './progress-reading';

const row = (key: string, status: SnapshotRow['status'], overdue = false): SnapshotRow => ({
  periodId: 'p',
  scope: 'target',
  key,
  officeId: 'o',
  status,
  value: null,
  milestone: null,
  milestoneMet: null,
  overdue,
  daysOverdue: overdue ? 1 : 0,
  women: null,
  men: null,
  counts: null,
});

describe('changesBetween', () => {
  it('counts a target achieved this period only when it was not achieved before', () => {
    const changes = changesBetween([row('a', 'achieved'), row('b', 'achieved')], [row('a', 'achieved'), row('b', 'on-track')]);
    expect(changes.achievedThisPeriod).toBe(1);
  });

  it('counts a target newly overdue only when it was not overdue before', () => {
    const changes = changesBetween([row('a', 'off-track', true), row('b', 'off-track', true)], [row('a', 'off-track', true), row('b', 'off-track')]);
    expect(changes.newlyOverdue).toBe(1);
  });

  it('groups status moves by from and to, most frequent first, and ignores targets new this period', () => {
    const changes = changesBetween(
      [row('a', 'at-risk'), row('b', 'at-risk'), row('c', 'achieved'), row('d', 'on-track')],
      [row('a', 'on-track'), row('b', 'on-track'), row('c', 'on-track')],
    );
    expect(changes.statusMoves).toBe(3);
    expect(changes.moves).toEqual([
      { from: 'on-track', to: 'at-risk', count: 2 },
      { from: 'on-track', to: 'achieved', count: 1 },
    ]);
  });
});

describe('progressModel', () => {
  let h: ExportHarness;
  let input: ProgressInput;

  beforeAll(async () => {
    h = await startExportApi();
    const { earlier, closed: last } = await demoPeriods(h.store);
    const closed = [earlier, last];
    const rows = await Promise.all(
      closed.map(async (period) => ({ period, source: 'snapshot' as const, rows: (await h.store.getSnapshot(period.id))?.rows ?? [] })),
    );
    const reports = await h.store.listReports({ periodId: last.id });
    const targets = new Map((await h.store.listPlanContents({ cycle: CYCLE })).flatMap((c) => c.targets.map((t) => [t.id, t])));
    input = {
      periods: rows,
      offices: await h.store.listOffices(),
      targets,
      reports: reports.map((report) => ({ report, lines: [] })),
      names: new Map(),
      scorecards: (
        await listScorecards(h.ctx, await resolveActor(h.ctx, { id: PEOPLE.advisor, email: PEOPLE.advisor, name: 'Advisor', roles: ['gender-unit'] }), {
          period: last.id,
        })
      ).scorecards,
      today: '2026-11-28',
    };
  });
  afterAll(() => h.close());

  it('is final for a closed period whose reports are all accepted', () => {
    expect(input.reports.every((r) => r.report.status === 'accepted')).toBe(true);
    expect(progressModel(input).draft).toBe(false);
  });

  it('is a DRAFT when one included report is not accepted', () => {
    const [first, ...rest] = input.reports;
    if (!first) throw new Error('The demo period has no report.');
    expect(progressModel({ ...input, reports: [{ ...first, report: { ...first.report, status: 'submitted' } }, ...rest] }).draft).toBe(true);
  });

  it('is a DRAFT while the period is open', () => {
    const periods = input.periods.map((p, i) => (i === input.periods.length - 1 ? { ...p, period: { ...p.period, status: 'open' as const } } : p));
    expect(progressModel({ ...input, periods }).draft).toBe(true);
  });

  it('limits the figures to the office asked for: its own counts, its targets, its section', () => {
    const office = h.office('OO');
    const model = progressModel({ ...input, officeId: office.id });
    const own = input.periods.at(-1)?.rows.find((r) => r.scope === 'office' && r.key === office.id)?.counts;
    expect(model.current).toEqual(own);
    expect(model.offices.map((o) => o.office.code)).toEqual(['OO']);
    expect(new Set(model.annex.map((l) => l.officeCode))).toEqual(new Set(['OO']));
  });

  it("gives each office of the report its scorecard's ratings in words, and none to an office without a scorecard", () => {
    const [first, ...rest] = input.scorecards;
    if (!first) throw new Error('The demo closed period has no scorecard.');
    const model = progressModel({ ...input, scorecards: rest });
    const shown = model.offices.filter((o) => o.scorecard !== null);
    expect(model.offices.find((o) => o.office.id === first.office.id)?.scorecard ?? null).toBeNull();
    expect(shown.length).toBeGreaterThan(1);
    for (const o of shown) {
      const view = rest.find((v) => v.office.id === o.office.id);
      expect(o.scorecard?.ratings.map((r) => [r.criterion, r.ratingLabel])).toEqual(view?.ratings.map((r) => [r.criterion, r.ratingLabel]));
    }
  });

  it("lists the criteria the offices are rated by, in the criteria's order", () => {
    expect(progressModel(input).criteria.map((c) => c.id)).toEqual([...CRITERION_IDS]);
  });
});

describe('the basis of a rating', () => {
  const line = (over: Partial<RatingLine>): RatingLine => ({
    criterion: 'targets-on-course',
    label: 'Targets achieved or on track',
    rating: 'meets',
    ratingLabel: 'Meets requirements',
    figure: '84.2%',
    measure: 'share of targets (not dropped) achieved or on track',
    override: null,
    ...over,
  });

  it('gives the figure with its unit, a negative one with a minus sign', () => {
    expect(figureOf(84.2, { unit: 'percent' })).toBe('84.2%');
    expect(figureOf(-3, { unit: 'days' })).toBe('−3 days');
    expect(figureOf(1, { unit: 'people' })).toBe('1 person');
    expect(figureOf(null, { unit: 'days' })).toBe('');
  });

  it('says what was measured and the figure', () => {
    expect(ratingBasis(line({}))).toBe('Share of targets (not dropped) achieved or on track: 84.2%');
  });

  it('says who overrode a rating, when, what the rules gave and why, before the figure', () => {
    const basis = ratingBasis(
      line({ override: { computedLabel: 'Approaches requirements', justification: 'Late figures.', by: 'Amina Diallo', on: '2026-11-28' } }),
    );
    expect(basis).toBe(
      'Overridden by Amina Diallo on 2026-11-28 (computed: Approaches requirements): Late figures.\nShare of targets (not dropped) achieved or on track: 84.2%',
    );
  });

  it('tells a criterion with nothing to measure from a figure not reported', () => {
    expect(ratingBasis(line({ figure: '', rating: 'not-applicable' }))).toBe('Nothing to measure');
    expect(ratingBasis(line({ figure: '', rating: 'missing' }))).toBe('Share of targets (not dropped) achieved or on track: not reported');
  });
});
