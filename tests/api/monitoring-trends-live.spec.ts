// The open period's trend is kept by the server between reads (by a stamp of what it counts),
// so these check that nothing it counts can change without the very next read showing it: a
// check-in, a plan's target changed directly in the store, a report accepted, the day moving
// on. One monitoring world per store (SQLite, SharePoint), changed test by test: each test
// compares the read after its change with the read before it.

import { USERS } from '../support/api-harness';
import { openSharePointStore } from '../support/sharepoint';
import { CYCLE, expectStatus, useApiFixture, type ApiFixtureOptions } from './fixture';
import { act, buildMonitoringWorld, checkIn, monitoringAuthenticator, movableClock, Q1, startReport, type MonitoringWorld } from './monitoring-fixture';

describeLiveTrends('SQLite', {});
describeLiveTrends('SharePoint on the Graph double', {
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

interface LiveTrend {
  periodId: string;
  source: string;
  targets: { achieved: number; dropped: number; overdue: number; total: number };
  reports: { onTime: number; missing: number };
}

function describeLiveTrends(storeName: string, options: Pick<ApiFixtureOptions, 'openStore'>): void {
  describe(`trends of the open period show every change at once (${storeName})`, () => {
    const clock = movableClock('2006-01-05');
    const { h, f } = useApiFixture({ ...options, per: 'file', clock: clock.now, authenticator: monitoringAuthenticator() });
    let w: MonitoringWorld;

    beforeAll(async () => {
      clock.set('2006-01-05');
      w = await buildMonitoringWorld(h, f);
      clock.set('2006-04-03');
    });

    /** The first quarter's trend: it has ended but is not closed, so it is computed live. */
    async function q1(): Promise<LiveTrend> {
      const body = expectStatus(await h.request('GET', `/api/trends?cycle=${CYCLE}`, { as: USERS.viewer }), 200).body;
      const trend = body.periods.find((p: LiveTrend) => p.periodId === Q1);
      expect(trend?.source).toBe('live');
      return trend;
    }

    it('counts a check-in in the next read', async () => {
      const before = await q1();
      expect(await q1()).toEqual(before);
      expectStatus(await checkIn(h, w.numberTarget, { date: '2006-03-30', value: 5, status: 'achieved' }, USERS.focalA), 201);
      expect((await q1()).targets.achieved).toBe(before.targets.achieved + 1);
    });

    it('counts a target changed in the store, without the API, in the next read', async () => {
      const before = await q1();
      const target = await h.store.get('target', w.targetB);
      if (!target) throw new Error('The world has no target of office B.');
      expect(target.lastCheckInAt).toBeNull(); // so its trend figure is its own status
      await h.store.commit({
        actor: USERS.advisor,
        at: '2006-04-03T10:00:00.000Z',
        changes: [{ op: 'update', entity: 'target', id: target.id, expectedVersion: target.version, patch: { status: 'dropped' } }],
      });
      expect((await q1()).targets.dropped).toBe(before.targets.dropped + 1);
    });

    it('counts a report accepted in the next read', async () => {
      const before = await q1();
      const { body } = await startReport(h, Q1, f.officeA.code);
      expectStatus(await act(h, body.report.id, 'submit', USERS.focalA), 200);
      expectStatus(await act(h, body.report.id, 'accept', USERS.advisor), 200);
      expect((await q1()).reports.onTime).toBe(before.reports.onTime + 1);
    });

    it('counts the reports missing once the day is past their due date', async () => {
      const before = await q1();
      expect(before.reports.missing).toBe(0); // not due yet
      clock.set('2006-06-30');
      expect((await q1()).reports.missing).toBe(1); // office B's
    });
  });
}
