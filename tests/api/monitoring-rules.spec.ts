// Monitoring's refusals over HTTP, one per test, each on a fresh copy of the monitoring world:
// who may do what (wrong office, viewers, the submitter reviewing), bad input (women + men and
// a typed total, cycles, milestones), the state rules (closed periods, closing in order,
// duplicates) and the If-Match rules. Every refusal leaves the audit trail as it was.

import { USERS } from '../support/api-harness';
import { auditTrail, CYCLE, expectProblem, expectStatus, useApiFixture } from './fixture';
import {
  act,
  buildMonitoringWorld,
  checkIn,
  close,
  FOCAL_ADVISOR,
  monitoringAuthenticator,
  movableClock,
  Q1,
  Q2,
  SECOND_ADVISOR,
  startReport,
  type MonitoringWorld,
} from './monitoring-fixture';

describe('monitoring refuses', () => {
  const clock = movableClock('2006-01-05');
  const { h, f } = useApiFixture({ clock: clock.now, authenticator: monitoringAuthenticator() });
  let w: MonitoringWorld;

  beforeEach(async () => {
    clock.set('2006-01-05');
    w = await buildMonitoringWorld(h, f);
    clock.set('2006-04-03');
  });

  /** Runs a refused request and checks that nothing was written. */
  async function refused(send: () => Promise<{ status: number; body: any; headers: Headers }>, status: number, field?: string) {
    const before = await auditTrail(h);
    const res = await send();
    expectProblem(res, status, field);
    expect(await auditTrail(h)).toEqual(before);
    return res;
  }

  describe('by role and office', () => {
    it('refuses every monitoring write to a viewer', async () => {
      const { body: report } = await startReport(h, Q1, f.officeA.code);
      const etag = `"${report.report.version}"`;
      await refused(() => h.request('POST', '/api/cycles', { as: USERS.viewer, body: { code: '2008-2009', periodicity: 'annual' } }), 403);
      await refused(() => h.request('POST', '/api/reports', { as: USERS.viewer, body: { periodId: Q1, office: f.officeB.code } }), 403);
      await refused(
        () => h.request('PATCH', `/api/reports/${report.report.id}`, { as: USERS.viewer, headers: { 'If-Match': etag }, body: { summary: 'x' } }),
        403,
      );
      await refused(() => act(h, report.report.id, 'submit', USERS.viewer), 403);
      await refused(() => close(h, Q1, { force: true }, USERS.viewer), 403);
    });

    it("refuses a focal point another office's report", async () => {
      const { body: report, headers } = await startReport(h, Q1, f.officeA.code);
      await refused(() => h.request('POST', '/api/reports', { as: USERS.focalB, body: { periodId: Q2, office: f.officeA.code } }), 403);
      await refused(
        () =>
          h.request('PATCH', `/api/reports/${report.report.id}`, {
            as: USERS.focalB,
            headers: { 'If-Match': headers.get('etag') ?? '' },
            body: { summary: 'x' },
          }),
        403,
      );
      await refused(() => act(h, report.report.id, 'submit', USERS.focalB), 403);
    });

    it('refuses a focal point the review of her own report, and the Gender Unit the submission of one', async () => {
      const { body: report } = await startReport(h, Q1, f.officeA.code);
      await refused(() => act(h, report.report.id, 'submit', USERS.advisor), 403);
      expectStatus(await act(h, report.report.id, 'submit', USERS.focalA), 200);
      await refused(() => act(h, report.report.id, 'accept', USERS.focalA), 403);
    });

    it('refuses the submitter the acceptance or return of her own report, whatever her roles; another advisor accepts it', async () => {
      const office = expectStatus(await h.request('GET', '/api/offices', { as: USERS.advisor }), 200).body.find((o: { id: string }) => o.id === f.officeA.id);
      expectStatus(
        await h.request('PATCH', `/api/offices/${office.id}`, {
          as: USERS.advisor,
          headers: { 'If-Match': `"${office.version}"` },
          body: { focalPoints: [USERS.focalA, FOCAL_ADVISOR] },
        }),
        200,
      );
      const { body: report } = await startReport(h, Q1, f.officeA.code, FOCAL_ADVISOR);
      expectStatus(await act(h, report.report.id, 'submit', FOCAL_ADVISOR), 200);
      const accept = await refused(() => act(h, report.report.id, 'accept', FOCAL_ADVISOR), 403);
      expect(accept.body.detail).toContain('separation of duties');
      await refused(() => act(h, report.report.id, 'return', FOCAL_ADVISOR, { comment: 'Mine' }), 403);
      expect(expectStatus(await act(h, report.report.id, 'accept', SECOND_ADVISOR), 200).body.report.status).toBe('accepted');
    });

    it('refuses a focal point the close of a period', async () => {
      await refused(() => close(h, Q1, { force: true }, USERS.focalA), 403);
    });
  });

  describe('bad input', () => {
    it('refuses a check-in whose women + men differ from its typed total, naming the sum', async () => {
      const res = await refused(() => checkIn(h, w.sexTarget, { date: '2006-02-01', women: 4, men: 3, value: 8 }), 400, 'value');
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'value', code: 'total-mismatch', params: { total: 7 } })]);
    });

    it('refuses women without men, a typed total alone on a sex-disaggregated target, and women and men on any other', async () => {
      expect((await refused(() => checkIn(h, w.sexTarget, { date: '2006-02-01', women: 4 }), 400, 'men')).body.errors[0].code).toBe('women-and-men');
      expect((await refused(() => checkIn(h, w.sexTarget, { date: '2006-02-01', value: 9 }), 400, 'women')).body.errors[0].code).toBe('women-and-men');
      await refused(() => checkIn(h, w.numberTarget, { date: '2006-02-01', women: 1, men: 1 }, USERS.focalA), 400, 'women');
    });

    it('refuses a figure its indicator cannot take: yes-no other than 1 or 0, a percent beyond 100', async () => {
      for (const [indicatorType, value, code] of [
        ['yes-no', 2, 'choice'],
        ['percent', 120, 'too-big'],
      ] as const) {
        // The plan is endorsed, so its targets change only in the store (as an amendment would).
        const target = await h.store.get('target', w.numberTarget);
        if (!target) throw new Error('target gone');
        await h.store.commit({
          actor: USERS.advisor,
          at: clock.now().toISOString(),
          changes: [{ op: 'update', entity: 'target', id: target.id, expectedVersion: target.version, patch: { indicatorType } }],
        });
        const res = await refused(() => checkIn(h, w.numberTarget, { date: '2006-02-01', value }, USERS.focalA), 400, 'value');
        expect(res.body.errors[0].code).toBe(code);
      }
      expectStatus(await checkIn(h, w.numberTarget, { date: '2006-02-01', value: 100 }, USERS.focalA), 201);
    });

    it('refuses a report line whose women + men differ from its value, and a line for a target the report does not have', async () => {
      const { body: report, headers } = await startReport(h, Q1, f.officeA.code);
      const patch = (lines: unknown[]) =>
        h.request('PATCH', `/api/reports/${report.report.id}`, {
          as: USERS.focalA,
          headers: { 'If-Match': headers.get('etag') ?? '' },
          body: { summary: 'kept?', lines },
        });
      const res = await refused(() => patch([{ targetId: w.sexTarget, women: 2, men: 2, value: 5 }]), 400, 'lines.0.value');
      expect(res.body.errors[0]).toMatchObject({ code: 'total-mismatch', params: { total: 4 } });
      await refused(() => patch([{ targetId: w.targetB, value: 1 }]), 400, 'lines.0.targetId');
      await refused(() => patch([{ targetId: w.numberTarget, women: 1, men: 2 }]), 400, 'lines.0.women');
      expect(expectStatus(await h.request('GET', `/api/reports/${report.report.id}`, { as: USERS.focalA }), 200).body.report.summary).toBeNull();
    });

    it('refuses a return without a visible comment', async () => {
      const { body: report } = await startReport(h, Q1, f.officeA.code);
      expectStatus(await act(h, report.report.id, 'submit', USERS.focalA), 200);
      await refused(() => act(h, report.report.id, 'return', USERS.advisor, { comment: '\u200b ' }), 400, 'comment');
    });

    it('refuses a cycle that ends before it starts, a malformed code, and one of more than 40 periods', async () => {
      const create = (body: Record<string, unknown>) => () =>
        h.request('POST', '/api/cycles', { as: USERS.advisor, body: { periodicity: 'quarterly', ...body } });
      await refused(create({ code: '2008-2009', start: '2009-06-01', end: '2008-01-01' }), 400, 'end');
      await refused(create({ code: '2008/09' }), 400, 'code');
      const long = await refused(create({ code: '2008-2020' }), 400, 'periodicity');
      expect(long.body.errors[0]).toMatchObject({ code: 'too-many', params: { max: 40 } });
      await refused(create({ code: '2008-2009', periodicity: 'monthly' }), 400, 'periodicity');
    });

    it('refuses a milestone for a period outside the plan’s cycle', async () => {
      const res = await refused(
        () =>
          h.request('POST', `/api/activities/${f.activity.id}/targets`, {
            as: USERS.focalA,
            body: { description: 'x', indicator: 'y', dueDate: '2007-12-31', owner: USERS.owner, milestones: [{ periodId: '1999-2000_1999-Q1', value: 1 }] },
          }),
        // Plan A is endorsed in this world: the plan's state is checked too, but the milestone first.
        400,
        'milestones.0.periodId',
      );
      expect(res.body.errors[0].code).toBe('choice');
    });
  });

  describe('the state of things', () => {
    it('refuses a second report of an office for a period, naming the first', async () => {
      const { body: report } = await startReport(h, Q1, f.officeA.code);
      const res = await refused(() => h.request('POST', '/api/reports', { as: USERS.focalA, body: { periodId: Q1, office: f.officeA.code } }), 409);
      expect(res.body).toMatchObject({ code: 'report-exists', params: { reportId: report.report.id } });
    });

    it('refuses a second cycle with the same code', async () => {
      const res = await refused(() => h.request('POST', '/api/cycles', { as: USERS.advisor, body: { code: CYCLE, periodicity: 'annual' } }), 409);
      expect(res.body).toMatchObject({ code: 'cycle-exists', params: { cycle: CYCLE } });
    });

    it('refuses a report of an office without an endorsed plan in the cycle', async () => {
      expectStatus(await h.request('POST', '/api/offices', { as: USERS.advisor, body: { code: 'NOPLAN', name: 'No plan', focalPoints: [USERS.focalB] } }), 201);
      const res = await refused(() => h.request('POST', '/api/reports', { as: USERS.focalB, body: { periodId: Q1, office: 'NOPLAN' } }), 409);
      expect(res.body.code).toBe('no-endorsed-plan');
    });

    it('refuses to close a period before it ends, out of order, or twice', async () => {
      clock.set('2006-03-31');
      expect((await refused(() => close(h, Q1, { force: true }), 409)).body).toMatchObject({ code: 'period-not-ended', params: { end: '2006-03-31' } });
      clock.set('2006-07-02');
      expect((await refused(() => close(h, Q2, { force: true }), 409)).body).toMatchObject({ code: 'earlier-period-open', params: { period: '2006 Q1' } });
      expectStatus(await close(h, Q1, { force: true }), 200);
      expect((await refused(() => close(h, Q1, { force: true }), 409)).body.code).toBe('period-closed');
    });

    it('refuses to close without force while reports are missing, naming every missing office', async () => {
      const res = await refused(() => close(h, Q1), 409);
      expect(res.body).toMatchObject({ code: 'reports-missing', params: { offices: [f.officeA.code, f.officeB.code].sort().join(', ') } });
    });

    it('closes without force once every expected office has submitted, recording nobody missing', async () => {
      for (const [office, as] of [
        [f.officeA.code, USERS.focalA],
        [f.officeB.code, USERS.focalB],
      ] as const) {
        const { body } = await startReport(h, Q1, office, as);
        expectStatus(await act(h, body.report.id, 'submit', as), 200);
      }
      expect(expectStatus(await close(h, Q1), 200).body.snapshot).toMatchObject({ forced: false, missingOffices: [] });
    });

    it('refuses the review of a submitted report once its period is closed', async () => {
      const { body: report } = await startReport(h, Q1, f.officeA.code);
      expectStatus(await act(h, report.report.id, 'submit', USERS.focalA), 200);
      expectStatus(await close(h, Q1, { force: true }), 200);
      expect((await refused(() => act(h, report.report.id, 'accept', USERS.advisor), 409)).body.code).toBe('period-closed');
    });

    it('answers 404 (period-open) for the snapshot of an open period, and 404 for unknown periods and cycles', async () => {
      expect((await refused(() => h.request('GET', `/api/periods/${Q1}/snapshot`, { as: USERS.viewer }), 404)).body.code).toBe('period-open');
      await refused(() => h.request('GET', '/api/reports?period=nope', { as: USERS.viewer }), 404);
      await refused(() => h.request('GET', '/api/periods?cycle=2030-2031', { as: USERS.viewer }), 404);
      await refused(() => h.request('GET', '/api/trends?cycle=2030-2031', { as: USERS.viewer }), 404);
    });

    it('refuses the edit of a submitted report', async () => {
      const { body: report } = await startReport(h, Q1, f.officeA.code);
      const etag = expectStatus(await act(h, report.report.id, 'submit', USERS.focalA), 200).headers.get('etag') ?? '';
      const res = await refused(
        () => h.request('PATCH', `/api/reports/${report.report.id}`, { as: USERS.focalA, headers: { 'If-Match': etag }, body: { summary: 'x' } }),
        409,
      );
      expect(res.body).toMatchObject({ code: 'report-status', params: { status: 'submitted' } });
    });
  });

  describe('If-Match', () => {
    it('refuses an edit without If-Match (428)', async () => {
      const { body: report } = await startReport(h, Q1, f.officeA.code);
      await refused(() => h.request('PATCH', `/api/reports/${report.report.id}`, { as: USERS.focalA, body: { summary: 'x' } }), 428);
    });

    it('refuses a stale edit (412) with the report as it is now and its ETag', async () => {
      const { body: report, headers } = await startReport(h, Q1, f.officeA.code);
      const first = headers.get('etag') ?? '';
      const saved = expectStatus(
        await h.request('PATCH', `/api/reports/${report.report.id}`, { as: USERS.focalA, headers: { 'If-Match': first }, body: { summary: 'First' } }),
        200,
      );
      const stale = await refused(
        () => h.request('PATCH', `/api/reports/${report.report.id}`, { as: USERS.focalA, headers: { 'If-Match': first }, body: { summary: 'Second' } }),
        412,
      );
      expect(stale.headers.get('etag')).toBe(saved.headers.get('etag'));
      expect(stale.body.current.report).toMatchObject({ summary: 'First', version: report.report.version + 1 });
    });

    it('refuses a stale submit (412) when If-Match is given', async () => {
      const { body: report, headers } = await startReport(h, Q1, f.officeA.code);
      expectStatus(
        await h.request('PATCH', `/api/reports/${report.report.id}`, {
          as: USERS.focalA,
          headers: { 'If-Match': headers.get('etag') ?? '' },
          body: { summary: 'First' },
        }),
        200,
      );
      await refused(() => act(h, report.report.id, 'submit', USERS.focalA, undefined, headers.get('etag') ?? ''), 412);
    });
  });
});
