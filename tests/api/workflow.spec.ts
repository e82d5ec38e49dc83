// The review workflow through HTTP: draft → submitted → endorsed | returned → submitted …,
// the office milestones it sets, the history it keeps, and what it refuses.

import { NOW, USERS, type ApiHarness } from '../support/api-harness';
import { endorse, expectProblem, getPlan, objectiveBody, snapshot, submit, useApiFixture, type Fixture } from './fixture';

const TODAY = '2026-11-28';
const AT = NOW.toISOString();

describe('the review workflow', () => {
  const { h, f } = useApiFixture();

  const act = (action: string, etag: string, as: string, body?: unknown) =>
    h.request('POST', `/api/plans/${f.planA.id}/${action}`, { as, body, headers: { 'If-Match': etag } });
  const officeA = async () =>
    ((await h.request('GET', '/api/offices', { as: USERS.advisor })).body as { id: string }[]).find((o) => o.id === f.officeA.id) as any;

  describe('submit', () => {
    it('moves a draft to submitted and answers with the tree and its new ETag', async () => {
      const res = await act('submit', f.planA.etag, USERS.focalA);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: f.planA.id, status: 'submitted', objectives: [{ activities: [{ targets: [{ id: f.target.id }] }] }] });
      expect(res.headers.get('etag')).toBe(`"${res.body.version}-20261128"`);
      expect(res.headers.get('etag')).not.toBe(f.planA.etag);
    });

    it("records the office's planSubmitted milestone as today", async () => {
      await submit(h, f.planA.id, f.planA.etag);
      expect((await officeA()).milestones).toEqual({ needsAssessment: null, workshop: null, planSubmitted: TODAY, planEndorsed: null });
    });

    it('keeps who submitted and when in the history', async () => {
      await submit(h, f.planA.id, f.planA.etag);
      expect((await getPlan(h, f.planA.id)).body.history).toEqual([{ status: 'submitted', by: USERS.focalA, at: AT, comment: null }]);
    });
  });

  describe('endorse', () => {
    it("moves a submitted plan to endorsed and records the office's planEndorsed milestone", async () => {
      const etag = await submit(h, f.planA.id, f.planA.etag);
      const res = await act('endorse', etag, USERS.advisor);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('endorsed');
      expect((await officeA()).milestones).toMatchObject({ planSubmitted: TODAY, planEndorsed: TODAY });
    });

    it('keeps both transitions, each with by and at', async () => {
      await endorse(h, f.planA.id, await submit(h, f.planA.id, f.planA.etag));
      expect((await getPlan(h, f.planA.id)).body.history).toEqual([
        { status: 'submitted', by: USERS.focalA, at: AT, comment: null },
        { status: 'endorsed', by: USERS.advisor, at: AT, comment: null },
      ]);
    });
  });

  describe('return', () => {
    it('moves a submitted plan to returned with the review comment', async () => {
      const etag = await submit(h, f.planA.id, f.planA.etag);
      const res = await act('return', etag, USERS.advisor, { comment: 'Add baselines to 1.1.a.' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'returned', reviewComment: 'Add baselines to 1.1.a.' });
      expect(res.body.history.at(-1)).toEqual({ status: 'returned', by: USERS.advisor, at: AT, comment: 'Add baselines to 1.1.a.' });
    });

    it('lets the focal point edit and submit a returned plan again', async () => {
      const etag = await submit(h, f.planA.id, f.planA.etag);
      await act('return', etag, USERS.advisor, { comment: 'Add baselines.' });
      const edit = await h.request('PATCH', `/api/targets/${f.target.id}`, { as: USERS.focalA, body: { baseline: 5 }, headers: { 'If-Match': f.target.etag } });
      expect(edit.status).toBe(200);
      const again = await act('submit', (await getPlan(h, f.planA.id)).headers.get('etag')!, USERS.focalA);
      expect(again.status).toBe(200);
      expect(again.body.status).toBe('submitted');
      expect(again.body.history.map((t: { status: string }) => t.status)).toEqual(['submitted', 'returned', 'submitted']);
    });

    it('needs a comment: 400 naming the field comment, and nothing changes', async () => {
      const etag = await submit(h, f.planA.id, f.planA.etag);
      const before = await snapshot(h, f);
      const res = await act('return', etag, USERS.advisor, {});
      expectProblem(res, 400, 'comment');
      expect(await snapshot(h, f)).toEqual(before);
    });
  });

  describe('illegal transitions are refused with 409 and change nothing', () => {
    it('endorsing a draft', async () => {
      const before = await snapshot(h, f);
      expectProblem(await act('endorse', f.planA.etag, USERS.advisor), 409);
      expect(await snapshot(h, f)).toEqual(before);
    });

    it('returning a draft', async () => {
      const before = await snapshot(h, f);
      expectProblem(await act('return', f.planA.etag, USERS.advisor, { comment: 'Why?' }), 409);
      expect(await snapshot(h, f)).toEqual(before);
    });

    it('submitting a submitted plan', async () => {
      const etag = await submit(h, f.planA.id, f.planA.etag);
      const before = await snapshot(h, f);
      expectProblem(await act('submit', etag, USERS.focalA), 409);
      expect(await snapshot(h, f)).toEqual(before);
    });

    it('returning an endorsed plan', async () => {
      const etag = await endorse(h, f.planA.id, await submit(h, f.planA.id, f.planA.etag));
      const before = await snapshot(h, f);
      expectProblem(await act('return', etag, USERS.advisor, { comment: 'Too late' }), 409);
      expect(await snapshot(h, f)).toEqual(before);
    });

    it('endorsing an endorsed plan', async () => {
      const etag = await endorse(h, f.planA.id, await submit(h, f.planA.id, f.planA.etag));
      const before = await snapshot(h, f);
      expectProblem(await act('endorse', etag, USERS.advisor), 409);
      expect(await snapshot(h, f)).toEqual(before);
    });
  });

  describe.each([
    ['submitted', async (h: ApiHarness, f: Fixture) => submit(h, f.planA.id, f.planA.etag)],
    ['endorsed', async (h: ApiHarness, f: Fixture) => endorse(h, f.planA.id, await submit(h, f.planA.id, f.planA.etag))],
  ])('once the plan is %s', (_status, bringTo) => {
    let planEtag: string;
    beforeEach(async () => {
      planEtag = await bringTo(h, f);
    });

    const edits: [string, string, (f: Fixture) => string, unknown, (f: Fixture, planEtag: string) => string | undefined][] = [
      ['renaming the plan', 'PATCH', (f) => `/api/plans/${f.planA.id}`, { title: 'Renamed' }, (_f, e) => e],
      ['adding an objective', 'POST', (f) => `/api/plans/${f.planA.id}/objectives`, objectiveBody(), () => undefined],
      ['changing an objective', 'PATCH', (f) => `/api/objectives/${f.objective.id}`, { title: 'Renamed' }, (f) => f.objective.etag],
      ['deleting an activity', 'DELETE', (f) => `/api/activities/${f.activity.id}`, undefined, (f) => f.activity.etag],
      ['changing a target', 'PATCH', (f) => `/api/targets/${f.target.id}`, { indicator: 'Renamed' }, (f) => f.target.etag],
      ['deleting a target', 'DELETE', (f) => `/api/targets/${f.target.id}`, undefined, (f) => f.target.etag],
    ];

    it.each(edits)('refuses %s by its focal point with 409 and changes nothing', async (_what, method, path, body, etagOf) => {
      const before = await snapshot(h, f);
      const etag = etagOf(f, planEtag);
      const res = await h.request(method, path(f), { as: USERS.focalA, body, headers: etag ? { 'If-Match': etag } : {} });
      expectProblem(res, 409);
      expect(await snapshot(h, f)).toEqual(before);
    });

    it("still takes check-ins from the target's owner", async () => {
      const res = await h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { status: 'on-track', percent: 40 } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ targetId: f.target.id, date: TODAY, percent: 40, status: 'on-track', author: USERS.owner });
      const target = (await getPlan(h, f.planA.id)).body.objectives[0].activities[0].targets[0];
      expect(target).toMatchObject({ status: 'on-track', progress: 40, lastCheckInAt: TODAY });
    });
  });

  it("leaves other offices' plans alone", async () => {
    await endorse(h, f.planA.id, await submit(h, f.planA.id, f.planA.etag));
    expect((await getPlan(h, f.planB.id)).body).toMatchObject({ status: 'draft', history: [], version: 1 });
  });
});
