// The pure logic behind the dashboard's trends and scorecard heat map, without a browser: the
// series per period and each office's milestones (all from the trends), the periods
// worth showing, and where the heat map's keys move the focus. Both catalogues name every
// rating and criterion.

import type { PeriodSummary, Trends } from '../../src/contract';
import { RATINGS } from '../../src/domain/scorecard';
import { CRITERION_IDS } from '../../src/domain/scorecard-criteria';
import { en } from '../../src/tab/i18n/messages-en';
import { fr } from '../../src/tab/i18n/messages-fr';
import { moveOf } from '../../src/tab/views/dashboard/rating-grid-moves';
import { milestonesByOffice, officesOf, ratablePeriods, shareMet, trendPoints } from '../../src/tab/views/dashboard/trend-series';

type TrendOffice = Trends['periods'][number]['offices'][number];

const trendPeriod = (periodId: string, source: 'snapshot' | 'live', overdue: number, offices: TrendOffice[] = []): Trends['periods'][number] => ({
  periodId,
  label: periodId,
  status: source === 'live' ? 'open' : 'closed',
  source,
  targets: { achieved: 1, onTrack: 2, atRisk: 3, offTrack: 4, notStarted: 5, dropped: 6, overdue, total: 21 },
  milestones: { met: 7, missed: 3, due: 10 },
  reports: { expected: 2, onTime: 1, late: 1, missing: 0 },
  offices,
});

const office = (code: string, met: number, missed: number): TrendOffice => ({ code, name: `Office ${code}`, milestones: { met, missed, due: met + missed } });

describe('the trend series', () => {
  it('reads the series from the trends, the open period marked live', () => {
    const points = trendPoints({ cycle: 'c', office: null, periods: [trendPeriod('Q1', 'snapshot', 0), trendPeriod('Q2', 'live', 4)] });
    expect(points.map((p) => [p.label, p.live, p.overdue, p.byStatus['off-track'], p.milestonesDue])).toEqual([
      ['Q1', false, 0, 4, 10],
      ['Q2', true, 4, 4, 10],
    ]);
  });

  it('reads each office’s milestones in every period it was expected in, the open one included and marked live', () => {
    const trends: Trends = {
      cycle: 'c',
      office: null,
      periods: [trendPeriod('Q1', 'snapshot', 0, [office('OO', 3, 1)]), trendPeriod('Q2', 'live', 0, [office('MD', 1, 1), office('OO', 0, 2)])],
    };
    expect(milestonesByOffice(trends).map((m) => [m.label, m.live, m.officeCode, m.met, m.due])).toEqual([
      ['Q1', false, 'OO', 3, 4],
      ['Q2', true, 'MD', 1, 2],
      ['Q2', true, 'OO', 0, 2],
    ]);
    expect(officesOf(trends)).toEqual([
      { code: 'MD', name: 'Office MD' },
      { code: 'OO', name: 'Office OO' },
    ]);
  });

  it('gives no share of milestones met when none was due', () => {
    expect(shareMet(0, 0)).toBeNull();
    expect(shareMet(3, 4)).toBe(75);
  });

  it('offers the closed periods and the first open one, newest first', () => {
    const period = (id: string, start: string, status: PeriodSummary['status']) => ({ id, start, status });
    const periods = [
      period('Q3', '2026-07-01', 'open'),
      period('Q1', '2026-01-01', 'closed'),
      period('Q4', '2026-10-01', 'open'),
      period('Q2', '2026-04-01', 'closed'),
    ];
    expect(ratablePeriods(periods).map((p) => p.id)).toEqual(['Q3', 'Q2', 'Q1']);
  });
});

describe('the heat map’s keys', () => {
  it('move one cell with the arrows and stop at the edges', () => {
    expect(moveOf('ArrowRight', false, [1, 1], 3, 4)).toEqual([1, 2]);
    expect(moveOf('ArrowRight', false, [1, 3], 3, 4)).toEqual([1, 3]);
    expect(moveOf('ArrowLeft', false, [1, 0], 3, 4)).toEqual([1, 0]);
    expect(moveOf('ArrowDown', false, [2, 1], 3, 4)).toEqual([2, 1]);
    expect(moveOf('ArrowUp', false, [1, 1], 3, 4)).toEqual([0, 1]);
  });

  it('go to the row’s ends with Home and End, and to the grid’s with Ctrl', () => {
    expect(moveOf('Home', false, [1, 2], 3, 4)).toEqual([1, 0]);
    expect(moveOf('End', false, [1, 2], 3, 4)).toEqual([1, 3]);
    expect(moveOf('Home', true, [1, 2], 3, 4)).toEqual([0, 0]);
    expect(moveOf('End', true, [1, 2], 3, 4)).toEqual([2, 3]);
  });

  it('leave other keys to the browser', () => {
    expect(moveOf('Tab', false, [0, 0], 3, 4)).toBeUndefined();
    expect(moveOf('a', false, [0, 0], 3, 4)).toBeUndefined();
  });
});

describe('the scorecard’s words', () => {
  it('name every rating, in full and short, and every criterion in English and French', () => {
    for (const t of [en, fr]) {
      for (const r of RATINGS) expect([t.rating[r], t.ratingShort[r]].every((w) => w.length > 0)).toBe(true);
      for (const c of CRITERION_IDS) expect([t.criterion[c], t.criterionMeasure[c]].every((w) => w.length > 0)).toBe(true);
    }
    expect(fr.rating.meets).not.toBe(en.rating.meets);
  });
});
