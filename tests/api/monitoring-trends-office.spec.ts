// Trends per office (GET /api/trends?office=CODE) and each office's milestones in the
// department's trends: a closed period's figures are its snapshot's office rows, the open
// period's are what its close then freezes, and the office is part of what the server keeps the
// answer by. One monitoring world per store (SQLite, SharePoint): Q1 closed with office B
// missing, then Q2 read live and closed.

import { trends as trendsSchema, type SnapshotView, type Trends } from '../../src/contract';
import { USERS } from '../support/api-harness';
import { openSharePointStore } from '../support/sharepoint';
import { CYCLE, expectProblem, expectStatus, useApiFixture, type ApiFixtureOptions } from './fixture';
import {
  act,
  buildMonitoringWorld,
  checkIn,
  close,
  monitoringAuthenticator,
  movableClock,
  Q1,
  Q2,
  startReport,
  type MonitoringWorld,
} from './monitoring-fixture';

describeOfficeTrends('SQLite', {});
describeOfficeTrends('SharePoint on the Graph double', {
  async openStore() {
    const { fake, store } = await openSharePointStore();
    return {
      store,
      name: 'sharepoint',
      async close() {
        await store.close();
        await fake.close();
      },
    };
  },
});

type OfficeRow = SnapshotView['offices'][number];
type TrendPeriod = Trends['periods'][number];

/** The figures a trend period shows, as an office row of a snapshot counts them. */
function figuresOfRow(row: OfficeRow | undefined) {
  const c = row?.counts;
  if (!c) throw new Error('the snapshot has no counts for the office');
  const s = c.byStatus;
  return {
    targets: {
      achieved: s.achieved,
      onTrack: s['on-track'],
      atRisk: s['at-risk'],
      offTrack: s['off-track'],
      notStarted: s['not-started'],
      dropped: s.dropped,
      overdue: c.overdue,
      total: c.targets,
    },
    milestones: { met: c.milestonesMet, missed: c.milestonesMissed, due: c.milestonesMet + c.milestonesMissed },
    reports: { expected: 1, onTime: c.reportsOnTime, late: c.reportsLate, missing: c.reportsMissing },
  };
}

const figuresOfPeriod = ({ targets, milestones, reports }: TrendPeriod) => ({ targets, milestones, reports });

function describeOfficeTrends(storeName: string, options: Pick<ApiFixtureOptions, 'openStore'>): void {
  describe(`trends per office (${storeName})`, () => {
    const clock = movableClock('2006-01-05');
    const { h, f } = useApiFixture({ ...options, per: 'file', clock: clock.now, authenticator: monitoringAuthenticator() });
    let w: MonitoringWorld;

    const trends = async (query: string, as: string = USERS.viewer): Promise<Trends> =>
      trendsSchema.parse(expectStatus(await h.request('GET', `/api/trends?cycle=${CYCLE}${query}`, { as }), 200).body);
    const snapshot = async (periodId: string): Promise<SnapshotView> =>
      expectStatus(await h.request('GET', `/api/periods/${periodId}/snapshot`, { as: USERS.viewer }), 200).body;
    const periodOf = (t: Trends, periodId: string): TrendPeriod => {
      const period = t.periods.find((p) => p.periodId === periodId);
      if (!period) throw new Error(`no ${periodId} in the trends`);
      return period;
    };

    beforeAll(async () => {
      clock.set('2006-01-05');
      w = await buildMonitoringWorld(h, f);
      clock.set('2006-03-22');
      expectStatus(await checkIn(h, w.sexTarget, { date: '2006-03-20', women: 6, men: 6, value: 12 }), 201);
      expectStatus(await checkIn(h, w.numberTarget, { date: '2006-03-21', value: 2, status: 'at-risk' }, USERS.focalA), 201);
      clock.set('2006-04-10');
      const { body } = await startReport(h, Q1, f.officeA.code);
      expectStatus(await act(h, body.report.id, 'submit', USERS.focalA), 200);
      expectStatus(await act(h, body.report.id, 'accept', USERS.advisor), 200);
      expectStatus(await close(h, Q1, { force: true }), 200);
    });

    it('gives in the department’s trends each office’s milestones of a closed period, equal to the snapshot’s office rows', async () => {
      const q1 = periodOf(await trends(''), Q1);
      const rows = (await snapshot(Q1)).offices;
      expect(rows.map((r) => r.officeCode).sort()).toEqual([f.officeA.code, f.officeB.code].sort());
      expect(q1.offices).toEqual(
        rows.map((r) => ({ code: r.officeCode, name: r.officeName, milestones: figuresOfRow(r).milestones })).sort((a, b) => a.code.localeCompare(b.code)),
      );
      expect(q1.offices.find((o) => o.code === f.officeA.code)?.milestones).toEqual({ met: 1, missed: 1, due: 2 });
    });

    it('gives an office’s figures of a closed period from its row of the snapshot', async () => {
      const rows = (await snapshot(Q1)).offices;
      for (const office of [f.officeA, f.officeB]) {
        const answer = await trends(`&office=${office.code}`);
        expect(answer.office).toEqual({ id: office.id, code: office.code, name: rows.find((r) => r.officeCode === office.code)?.officeName });
        const q1 = periodOf(answer, Q1);
        expect(q1.source).toBe('snapshot');
        expect(figuresOfPeriod(q1)).toEqual(figuresOfRow(rows.find((r) => r.officeCode === office.code)));
        expect(q1.offices.map((o) => o.code)).toEqual([office.code]);
      }
      // Office A's report came in on time, office B's not at all (closed before it was due, so not yet missing either).
      expect(periodOf(await trends(`&office=${f.officeA.code}`), Q1).reports).toEqual({ expected: 1, onTime: 1, late: 0, missing: 0 });
      expect(periodOf(await trends(`&office=${f.officeB.code}`), Q1).reports).toEqual({ expected: 1, onTime: 0, late: 0, missing: 0 });
    });

    it('keeps the department’s answer and each office’s apart', async () => {
      const department = await trends('');
      const officeA = await trends(`&office=${f.officeA.code}`);
      const officeB = await trends(`&office=${f.officeB.code}`);
      expect(periodOf(department, Q1).targets.total).toBe(periodOf(officeA, Q1).targets.total + periodOf(officeB, Q1).targets.total);
      expect(officeA).not.toEqual(officeB);
      expect(await trends('')).toEqual(department);
      expect(await trends(`&office=${f.officeA.code}`)).toEqual(officeA);
    });

    it('computes the open period for an office as its close then freezes it', async () => {
      clock.set('2006-05-02');
      expectStatus(await checkIn(h, w.numberTarget, { date: '2006-05-01', value: 8, status: 'achieved' }, USERS.focalA), 201);
      clock.set('2006-07-05');
      const liveA = periodOf(await trends(`&office=${f.officeA.code}`), Q2);
      const liveB = periodOf(await trends(`&office=${f.officeB.code}`), Q2);
      const liveOffices = periodOf(await trends(''), Q2).offices;
      expect(liveA.source).toBe('live');
      expect(liveA.targets.achieved).toBe(1);
      expectStatus(await close(h, Q2, { force: true }), 200);
      const rows = (await snapshot(Q2)).offices;
      expect(figuresOfPeriod(liveA)).toEqual(figuresOfRow(rows.find((r) => r.officeCode === f.officeA.code)));
      expect(figuresOfPeriod(liveB)).toEqual(figuresOfRow(rows.find((r) => r.officeCode === f.officeB.code)));
      expect(periodOf(await trends(''), Q2).offices).toEqual(liveOffices);
      expect(periodOf(await trends(`&office=${f.officeA.code}`), Q2)).toEqual({ ...liveA, status: 'closed', source: 'snapshot' });
    });

    it('lets a focal point read her office’s trends', async () => {
      expect((await trends(`&office=${f.officeB.code}`, USERS.focalB)).office?.code).toBe(f.officeB.code);
    });

    it('refuses someone with no role, office or target, and names a malformed office code', async () => {
      expectProblem(await h.request('GET', `/api/trends?cycle=${CYCLE}&office=${f.officeA.code}`, { as: USERS.stranger }), 403);
      expectProblem(await h.request('GET', `/api/trends?cycle=${CYCLE}&office=oo`, { as: USERS.viewer }), 400, 'office');
      expectProblem(await h.request('GET', `/api/trends?cycle=${CYCLE}&office=ZZ9`, { as: USERS.viewer }), 404);
    });
  });
}
