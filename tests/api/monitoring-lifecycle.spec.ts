// The monitoring cycle over HTTP, end to end and in order, on one server whose clock moves:
// cycle → periods → milestones → women/men check-ins → a report drafted (prefilled),
// submitted, returned, resubmitted, accepted → the period closed (forced, office B missing) →
// its snapshot unchanged by later check-ins and target edits → trends from the snapshot for
// the closed period and live for the open one.

import { z } from 'zod';
import { cycleSummary, periodSummary, reportSummary, reportView, snapshotView, trends as trendsSchema } from '../../src/contract';
import { USERS } from '../support/api-harness';
import { openSharePointStore } from '../support/sharepoint';
import { CYCLE, expectProblem, expectStatus, useApiFixture, type ApiFixtureOptions } from './fixture';
import {
  act,
  buildMonitoringWorld,
  checkIn,
  close,
  movableClock,
  monitoringAuthenticator,
  Q1,
  Q2,
  startReport,
  type MonitoringWorld,
} from './monitoring-fixture';

describeLifecycle('SQLite', {});
describeLifecycle('SharePoint on the Graph double', {
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

function describeLifecycle(storeName: string, options: Pick<ApiFixtureOptions, 'openStore'>): void {
  describe(`monitoring: one period from plan to snapshot (${storeName})`, () => {
    const clock = movableClock('2006-01-05');
    const { h, f } = useApiFixture({ ...options, per: 'file', clock: clock.now, authenticator: monitoringAuthenticator() });
    let w: MonitoringWorld;
    let reportId = '';
    let etag = '';
    let frozen: unknown;

    beforeAll(async () => {
      w = await buildMonitoringWorld(h, f);
    });

    it('creates the cycle with its eight quarters, each report due 15 days after it ends', async () => {
      const cycles = expectStatus(await h.request('GET', '/api/cycles', { as: USERS.viewer }), 200).body;
      expect(cycles).toHaveLength(1);
      expect(cycles[0]).toMatchObject({ code: CYCLE, periodicity: 'quarterly', reportDueDays: 15 });
      expect(cycles[0].periods.map((p: { label: string }) => p.label)).toEqual([
        '2006 Q1',
        '2006 Q2',
        '2006 Q3',
        '2006 Q4',
        '2007 Q1',
        '2007 Q2',
        '2007 Q3',
        '2007 Q4',
      ]);
      expect(cycles[0].periods[0]).toMatchObject({
        id: Q1,
        start: '2006-01-01',
        end: '2006-03-31',
        reportDue: '2006-04-15',
        status: 'open',
        reports: { expected: 2, missing: 2 },
      });
    });

    it('keeps the milestones on the target and derives the total of a women/men check-in', async () => {
      clock.set('2006-02-10');
      expect(expectStatus(await checkIn(h, w.sexTarget, { date: '2006-02-10', women: 4, men: 3 }), 201).body).toMatchObject({ value: 7, women: 4, men: 3 });
      clock.set('2006-03-20');
      expect(expectStatus(await checkIn(h, w.sexTarget, { date: '2006-03-20', women: 6, men: 6, value: 12 }), 201).body.value).toBe(12);
      expectStatus(await checkIn(h, w.numberTarget, { date: '2006-03-20', value: 3, status: 'at-risk' }, USERS.focalA), 201);
      const targets = expectStatus(await h.request('GET', `/api/plans/${f.planA.id}`, { as: USERS.viewer }), 200).body.objectives[0].activities[0].targets;
      expect(targets[0]).toMatchObject({
        disaggregation: 'sex',
        milestones: [
          { periodId: Q1, value: 10 },
          { periodId: Q2, value: 20 },
        ],
      });
    });

    it('drafts the report prefilled from the latest check-in of the period and the milestones', async () => {
      clock.set('2006-04-03');
      const res = await startReport(h, Q1, f.officeA.code);
      reportId = res.body.report.id;
      etag = res.headers.get('etag') ?? '';
      expect(res.headers.get('location')).toBe(`/api/reports/${reportId}`);
      expect(res.body).toMatchObject({
        report: { status: 'draft', version: 1 },
        office: { code: f.officeA.code },
        period: { id: Q1, label: '2006 Q1' },
        late: false,
        previous: null,
      });
      const byTarget = Object.fromEntries(res.body.lines.map((l: { targetId: string }) => [l.targetId, l]));
      expect(byTarget[w.sexTarget]).toMatchObject({
        value: 12,
        women: 6,
        men: 6,
        status: 'on-track',
        milestone: 10,
        milestoneMet: true,
        target: { disaggregation: 'sex', ownerName: 'Target Owner' },
      });
      expect(byTarget[w.numberTarget]).toMatchObject({ value: 3, women: null, men: null, status: 'at-risk', milestone: 5, milestoneMet: false });
    });

    it('saves the narrative and a line with If-Match, moving the ETag on', async () => {
      const res = expectStatus(
        await h.request('PATCH', `/api/reports/${reportId}`, {
          as: USERS.focalA,
          headers: { 'If-Match': etag },
          body: { summary: 'Training started in two sectors.', lines: [{ targetId: w.sexTarget, women: 7, men: 6, comment: 'Sector East counted late.' }] },
        }),
        200,
      );
      expect(res.headers.get('etag')).not.toBe(etag);
      etag = res.headers.get('etag') ?? '';
      expect(res.body.report.summary).toBe('Training started in two sectors.');
      expect(res.body.lines.find((l: { targetId: string }) => l.targetId === w.sexTarget)).toMatchObject({
        value: 13,
        women: 7,
        men: 6,
        comment: 'Sector East counted late.',
      });
    });

    it('is submitted, returned with a comment, resubmitted and accepted, each step recorded', async () => {
      clock.set('2006-04-05');
      etag = expectStatus(await act(h, reportId, 'submit', USERS.focalA, undefined, etag), 200).headers.get('etag') ?? '';
      clock.set('2006-04-06');
      expectProblem(await act(h, reportId, 'return', USERS.advisor, { comment: '   ' }), 400, 'comment');
      const returned = expectStatus(await act(h, reportId, 'return', USERS.advisor, { comment: 'Add the Sector West figures.' }), 200).body;
      expect(returned.report).toMatchObject({ status: 'returned', returnComment: 'Add the Sector West figures.', decidedBy: USERS.advisor });
      clock.set('2006-04-08');
      expectStatus(await act(h, reportId, 'submit', USERS.focalA), 200);
      clock.set('2006-04-10');
      const accepted = expectStatus(await act(h, reportId, 'accept', USERS.advisor), 200).body;
      expect(accepted.report.transitions.map((t: { from: string; to: string }) => `${t.from}>${t.to}`)).toEqual([
        'draft>submitted',
        'submitted>returned',
        'returned>submitted',
        'submitted>accepted',
      ]);
      expect(accepted.names[USERS.advisor]).toBe('Gender Advisor');
      const [summary] = expectStatus(await h.request('GET', `/api/reports?period=${Q1}&office=${f.officeA.code}`, { as: USERS.viewer }), 200).body;
      expect(summary).toMatchObject({
        id: reportId,
        status: 'accepted',
        late: false,
        submittedByName: 'Focal Point A',
        decidedByName: 'Gender Advisor',
        lineCount: 2,
      });
    });

    it('refuses to close while office B has not reported, naming it, and closes with force, recording it', async () => {
      clock.set('2006-04-20');
      const refused = await close(h, Q1);
      expectProblem(refused, 409);
      expect(refused.body).toMatchObject({ code: 'reports-missing', params: { offices: f.officeB.code } });
      const res = expectStatus(await close(h, Q1, { force: true }), 200).body;
      expect(res.period).toMatchObject({
        status: 'closed',
        forced: true,
        closedBy: USERS.advisor,
        closedByName: 'Gender Advisor',
        reports: { accepted: 1, missing: 1 },
      });
      expect(res.snapshot).toMatchObject({ periodId: Q1, forced: true, missingOffices: [{ code: f.officeB.code }] });
    });

    it('freezes per target, office and department the figures as of the period end', async () => {
      const snap = expectStatus(await h.request('GET', `/api/periods/${Q1}/snapshot`, { as: USERS.viewer }), 200).body;
      frozen = snap;
      const sex = snap.targets.find((t: { key: string }) => t.key === w.sexTarget);
      // The accepted report's line (13 = 7 + 6), not the check-in's 12.
      expect(sex).toMatchObject({ value: 13, women: 7, men: 6, milestone: 10, milestoneMet: true, status: 'on-track', officeCode: f.officeA.code });
      expect(snap.targets.find((t: { key: string }) => t.key === w.targetB)).toMatchObject({ value: null, status: 'not-started', officeCode: f.officeB.code });
      expect(snap.department.counts).toMatchObject({ targets: 3, milestonesMet: 1, milestonesMissed: 1, reportsOnTime: 1, reportsMissing: 1 });
      expect(snap.offices.map((o: { officeCode: string }) => o.officeCode)).toEqual([f.officeA.code, f.officeB.code].sort());
    });

    it('refuses a check-in dated in the closed period, and any change to its reports', async () => {
      clock.set('2006-05-02');
      const late = await checkIn(h, w.sexTarget, { date: '2006-03-25', women: 9, men: 9 });
      expectProblem(late, 409);
      expect(late.body.code).toBe('period-closed');
      const patch = await h.request('PATCH', `/api/reports/${reportId}`, { as: USERS.focalA, headers: { 'If-Match': etag }, body: { summary: 'Later' } });
      expectProblem(patch, 409);
      expect((await h.request('POST', '/api/reports', { as: USERS.focalB, body: { periodId: Q1, office: f.officeB.code } })).body.code).toBe('period-closed');
    });

    it('keeps the snapshot unchanged after later check-ins and target edits', async () => {
      expectStatus(await checkIn(h, w.sexTarget, { date: '2006-05-01', women: 10, men: 11, status: 'achieved' }), 201);
      // An amendment of the endorsed plan (not yet an API of its own) changes the target in the store.
      const target = await h.store.get('target', w.sexTarget);
      if (!target) throw new Error('target gone');
      await h.store.commit({
        actor: USERS.advisor,
        at: clock.now().toISOString(),
        changes: [
          {
            op: 'update',
            entity: 'target',
            id: target.id,
            expectedVersion: target.version,
            patch: { milestones: [{ periodId: Q1, value: 50 }], status: 'dropped' },
          },
        ],
      });
      expect(expectStatus(await h.request('GET', `/api/periods/${Q1}/snapshot`, { as: USERS.viewer }), 200).body).toEqual(frozen);
    });

    it('shows trends from the snapshot for the closed period and live for the open one, and nothing later', async () => {
      const trends = expectStatus(await h.request('GET', `/api/trends?cycle=${CYCLE}`, { as: USERS.viewer }), 200).body;
      expect(trends.cycle).toBe(CYCLE);
      expect(trends.periods.map((p: { periodId: string; source: string }) => [p.periodId, p.source])).toEqual([
        [Q1, 'snapshot'],
        [Q2, 'live'],
      ]);
      expect(trends.periods[0]).toMatchObject({
        targets: { onTrack: 1, atRisk: 1, notStarted: 1, total: 3 },
        milestones: { met: 1, missed: 1, due: 2 },
        reports: { expected: 2, onTime: 1, missing: 1 },
      });
      // Live, as a close would count it now: the check-in of 1 May (achieved) counts; the later edit took the Q2 milestone away.
      expect(trends.periods[1]).toMatchObject({
        status: 'open',
        targets: { achieved: 1, total: 3 },
        milestones: { due: 0 },
        reports: { expected: 2, onTime: 0, late: 0, missing: 0 },
      });
      expect(expectStatus(await h.request('GET', '/api/trends', { as: USERS.viewer }), 200).body).toEqual(trends);
    });

    it('starts the next report beside the previous one', async () => {
      clock.set('2006-07-03');
      const res = await startReport(h, Q2, f.officeA.code);
      expect(res.body.previous).toEqual({ reportId, status: 'accepted' });
      const line = res.body.lines.find((l: { targetId: string }) => l.targetId === w.sexTarget);
      expect(line).toMatchObject({ value: 21, women: 10, men: 11, status: 'achieved', previous: { value: 13, status: 'on-track' } });
    });

    it('answers in the shapes of the contract', async () => {
      const get = async (path: string) => expectStatus(await h.request('GET', path, { as: USERS.viewer }), 200).body;
      const checks: [z.ZodType, unknown][] = [
        [z.array(cycleSummary), await get('/api/cycles')],
        [z.array(periodSummary), await get(`/api/periods?cycle=${CYCLE}`)],
        [z.array(reportSummary), await get('/api/reports')],
        [reportView, await get(`/api/reports/${reportId}`)],
        [snapshotView, await get(`/api/periods/${Q1}/snapshot`)],
        [trendsSchema, await get('/api/trends')],
      ];
      for (const [schema, body] of checks) expect(schema.safeParse(body).error).toBeUndefined();
    });
  });
}
