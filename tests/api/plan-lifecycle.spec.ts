// Plans through their whole life over HTTP (issue 16): an endorsed plan amended as its next
// revision (the endorsed revision unchanged and the plan of record until the amendment is
// endorsed; the diff between them), archived at the end of its cycle (every write refused with
// plan-archived), and carried into the next cycle (what is and is not copied) — with the
// permission and bad-input refusals of each route.

import { loadWorkbook, sheetRecords } from '../export/harness';
import { USERS } from '../support/api-harness';
import { addTarget, endorse, expectProblem, expectStatus, getPlan, snapshot, submit, useApiFixture } from './fixture';

const revisionsOf = (planId: string, query = '') => `/api/plans/${planId}/revisions${query}`;

describe('plans through their whole life', () => {
  const { h, f } = useApiFixture();

  /** Plan A submitted by its focal point and endorsed by the Gender Unit; its ETag. */
  const endorsePlanA = async () => endorse(h, f.planA.id, await submit(h, f.planA.id, f.planA.etag));
  const post = (path: string, as: string, etag?: string, body?: unknown) =>
    h.request('POST', `/api/plans/${f.planA.id}/${path}`, { as, body, headers: etag ? { 'If-Match': etag } : {} });
  const amend = async (etag: string, as: string = USERS.focalA) => expectStatus(await post('amend', as, etag), 200).headers.get('etag') ?? '';
  const patchTarget = async (body: Record<string, unknown>) => {
    const target = expectStatus(await h.request('GET', `/api/plans/${f.planA.id}`, { as: USERS.focalA }), 200).body.objectives[0].activities[0].targets[0];
    return h.request('PATCH', `/api/targets/${f.target.id}`, { as: USERS.focalA, body, headers: { 'If-Match': `"${target.version}"` } });
  };

  describe('amendment', () => {
    it('freezes every endorsement as a revision, endorsed by a named person', async () => {
      await endorsePlanA();
      const res = expectStatus(await h.request('GET', revisionsOf(f.planA.id), { as: USERS.viewer }), 200);
      expect(res.body).toEqual({
        planId: f.planA.id,
        revision: 1,
        revisions: [
          { revision: 1, endorsedAt: expect.any(String), endorsedBy: USERS.advisor, endorsedByName: 'Gender Advisor', current: true, status: 'endorsed' },
        ],
      });
      const trail = expectStatus(await h.request('GET', '/api/audit?entity=planRevision', { as: USERS.advisor }), 200).body;
      expect(trail).toEqual([expect.objectContaining({ entityId: `${f.planA.id}:1`, actor: USERS.advisor, action: 'create', officeId: f.officeA.id })]);
      // The audit says that revision 1 was frozen, by whom and when; the frozen tree is the revision's own record.
      expect(trail[0].after).toEqual(expect.objectContaining({ planId: f.planA.id, revision: 1, endorsedBy: USERS.advisor }));
      expect(trail[0].after).not.toHaveProperty('tree');
    });

    it('freezes a plan endorsed before revisions were kept when it is first amended, from its history', async () => {
      const stored = (await h.store.get('plan', f.planB.id)) ?? fail('no plan B');
      const endorsedAt = '2026-10-01T09:00:00.000Z';
      await h.store.commit({
        actor: USERS.advisor,
        at: endorsedAt,
        changes: [
          {
            op: 'update',
            entity: 'plan',
            id: f.planB.id,
            expectedVersion: stored.version,
            patch: { status: 'endorsed', history: [{ status: 'endorsed', by: USERS.advisor, at: endorsedAt, comment: null }] },
          },
        ],
      });
      const etag = (await getPlan(h, f.planB.id)).headers.get('etag') ?? '';
      expectStatus(await h.request('POST', `/api/plans/${f.planB.id}/amend`, { as: USERS.focalB, headers: { 'If-Match': etag } }), 200);
      const list = expectStatus(await h.request('GET', revisionsOf(f.planB.id), { as: USERS.viewer }), 200).body;
      expect(list.revisions).toEqual([
        expect.objectContaining({ revision: 1, endorsedAt, endorsedBy: USERS.advisor, current: false, status: 'endorsed' }),
        expect.objectContaining({ revision: 2, endorsedAt: null, current: true, status: 'draft' }),
      ]);
      expect((await h.request('GET', `/api/plans/${f.planB.id}?revision=1`, { as: USERS.viewer })).body).toMatchObject({ status: 'endorsed' });
    });

    it('reopens an endorsed plan as its next revision in draft, its items editable again, check-ins going on', async () => {
      const res = await post('amend', USERS.focalA, await endorsePlanA(), { comment: 'The mandate changed' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'draft', revision: 2 });
      expect(res.body.history.at(-1)).toMatchObject({ status: 'draft', by: USERS.focalA, comment: 'The mandate changed' });
      expect((await patchTarget({ targetValue: 95 })).status).toBe(200);
      expect((await h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { value: 20, status: 'on-track' } })).status).toBe(201);
    });

    it('lets the Gender Unit amend too', async () => {
      expect((await post('amend', USERS.advisor, await endorsePlanA())).body).toMatchObject({ status: 'draft', revision: 2 });
    });

    it('keeps the endorsed revision unchanged, readable and the plan of record until the amendment is endorsed', async () => {
      await amend(await endorsePlanA());
      expectStatus(await patchTarget({ targetValue: 95, description: 'All contingents trained' }), 200);

      const frozen = expectStatus(await h.request('GET', `/api/plans/${f.planA.id}?revision=1`, { as: USERS.viewer }), 200).body;
      expect(frozen).toMatchObject({
        status: 'endorsed',
        objectives: [{ activities: [{ targets: [{ targetValue: 80, description: 'Contingents trained' }] }] }],
      });
      const dashboard = expectStatus(await h.request('GET', '/api/dashboard?cycle=2006-2007', { as: USERS.viewer }), 200).body;
      expect(dashboard.offices.find((o: { code: string }) => o.code === f.officeA.code)).toMatchObject({ planStatus: 'endorsed' });

      const etag = await submit(h, f.planA.id, (await getPlan(h, f.planA.id)).headers.get('etag') ?? '');
      await endorse(h, f.planA.id, etag);
      const second = expectStatus(await h.request('GET', `/api/plans/${f.planA.id}?revision=2`, { as: USERS.viewer }), 200).body;
      expect(second.objectives[0].activities[0].targets[0]).toMatchObject({ targetValue: 95, description: 'All contingents trained' });
      expect((await h.request('GET', `/api/plans/${f.planA.id}?revision=1`, { as: USERS.viewer })).body.objectives[0].activities[0].targets[0]).toMatchObject({
        targetValue: 80,
      });
      const list = expectStatus(await h.request('GET', revisionsOf(f.planA.id), { as: USERS.viewer }), 200).body;
      expect(list.revisions.map((r: { revision: number; current: boolean }) => [r.revision, r.current])).toEqual([
        [1, false],
        [2, true],
      ]);
    });

    it('exports the endorsed revision while the amendment is a draft, with the progress reported meanwhile', async () => {
      await amend(await endorsePlanA());
      expectStatus(await patchTarget({ targetValue: 95 }), 200);
      expectStatus(await h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { percent: 30, status: 'at-risk' } }), 201);
      const res = await fetch(`${h.url}/api/export/action-plan.xlsx?cycle=2006-2007&office=${f.officeA.code}`, { headers: { 'x-dev-user': USERS.advisor } });
      expect(res.status).toBe(200);
      const workbook = await loadWorkbook(Buffer.from(await res.arrayBuffer()));
      const rows = sheetRecords(workbook.getWorksheet('Action Plan') ?? fail('no Action Plan sheet')).filter((r) => r['Target ref']);
      expect(rows).toEqual([expect.objectContaining({ 'Target ref': '1.1.a', 'Target value': 80 })]);
      expect(JSON.stringify(rows[0])).toMatch(/at risk/i);
    });

    it('gives the diff from the endorsed revision to the amendment: added, removed and changed fields', async () => {
      await amend(await endorsePlanA());
      expectStatus(await patchTarget({ targetValue: 95 }), 200);
      const added = await addTarget(h, f.activity.id, { description: 'Gender advisers deployed' });
      const res = expectStatus(await h.request('GET', revisionsOf(f.planA.id, '?from=1&to=current'), { as: USERS.viewer }), 200);
      expect(res.body.diff).toEqual({
        from: 1,
        to: 'current',
        changes: {
          added: [{ entity: 'target', id: added.id, ref: '1.1.b', label: 'Gender advisers deployed' }],
          removed: [],
          changed: [
            { entity: 'target', id: f.target.id, ref: '1.1.a', label: 'Contingents trained', fields: [{ field: 'targetValue', before: 80, after: 95 }] },
          ],
        },
      });
      expect(res.body.revisions.at(-1)).toMatchObject({ revision: 2, current: true, status: 'draft', endorsedAt: null, endorsedByName: null });
      const back = expectStatus(await h.request('GET', revisionsOf(f.planA.id, '?from=2&to=1'), { as: USERS.viewer }), 200).body.diff.changes;
      expect(back.removed.map((i: { id: string }) => i.id)).toEqual([added.id]);
    });

    it('keeps both endorsements in the audit trail, and each revision as it was endorsed in the revision list', async () => {
      await amend(await endorsePlanA());
      expectStatus(await patchTarget({ targetValue: 95 }), 200);
      await endorse(h, f.planA.id, await submit(h, f.planA.id, (await getPlan(h, f.planA.id)).headers.get('etag') ?? ''));
      const trail = expectStatus(await h.request('GET', '/api/audit?entity=planRevision', { as: USERS.advisor }), 200).body;
      expect(trail.map((e: { entityId: string; after: { revision: number } }) => [e.entityId, e.after.revision])).toEqual([
        [`${f.planA.id}:2`, 2],
        [`${f.planA.id}:1`, 1],
      ]);
      const frozen = (await h.store.listPlanRevisions([f.planA.id])).map((r) => [r.revision, r.tree.targets[0]?.targetValue]);
      expect(frozen).toEqual([
        [1, 80],
        [2, 95],
      ]);
      const planEvents = expectStatus(await h.request('GET', `/api/audit?entity=plan&id=${f.planA.id}`, { as: USERS.advisor }), 200).body;
      expect(planEvents.slice(0, 3).map((e: { after: { status: string; revision: number } }) => [e.after.status, e.after.revision])).toEqual([
        ['endorsed', 2],
        ['submitted', 2],
        ['draft', 2],
      ]);
    });

    it('refuses another office, readers, a plan that is not endorsed, no or a stale If-Match, and an unknown field — changing nothing', async () => {
      const etag = await endorsePlanA();
      const before = await snapshot(h, f);
      expectProblem(await post('amend', USERS.focalB, etag), 403);
      expectProblem(await post('amend', USERS.viewer, etag), 403);
      expectProblem(await post('amend', USERS.owner, etag), 403);
      expectProblem(await post('amend', USERS.focalA), 428);
      expectProblem(await post('amend', USERS.focalA, '"1"'), 412);
      expectProblem(await post('amend', USERS.focalA, etag, { reason: 'x' }), 400, 'reason');
      expect(await snapshot(h, f)).toEqual(before);
      const draft = await h.request('POST', `/api/plans/${f.planB.id}/amend`, { as: USERS.focalB, headers: { 'If-Match': f.planB.etag } });
      expectProblem(draft, 409);
      expect(draft.body).toMatchObject({ code: 'plan-status', params: { status: 'draft', needed: 'endorsed' } });
    });

    it('refuses revisions and diffs asked for badly: one end only, not a number, a revision that does not exist', async () => {
      await endorsePlanA();
      const get = (path: string) => h.request('GET', path, { as: USERS.viewer });
      const oneEnd = await get(revisionsOf(f.planA.id, '?from=1'));
      expectProblem(oneEnd, 400, 'to');
      expect(oneEnd.body.errors[0]).toMatchObject({ code: 'needs-option' });
      expectProblem(await get(revisionsOf(f.planA.id, '?from=one&to=current')), 400, 'from');
      expectProblem(await get(revisionsOf(f.planA.id, '?from=1&to=latest')), 400, 'to');
      expectProblem(await get(revisionsOf(f.planA.id, '?from=1&to=current&extra=1')), 400, 'extra');
      expectProblem(await get(revisionsOf(f.planA.id, '?from=7&to=current')), 404);
      expectProblem(await get(`/api/plans/${f.planA.id}?revision=0`), 400, 'revision');
      expectProblem(await get(`/api/plans/${f.planA.id}?revision=3`), 404);
      expectProblem(await get(revisionsOf('no-such-plan')), 404);
      expectProblem(await h.request('GET', revisionsOf(f.planA.id), { as: USERS.stranger }), 403);
    });
  });

  describe('archive', () => {
    const archivePlanA = async () => expectStatus(await post('archive', USERS.advisor, await endorsePlanA()), 200);

    it('archives an endorsed plan at the end of its cycle, kept in the dashboard', async () => {
      expect((await archivePlanA()).body).toMatchObject({ status: 'archived' });
      const dashboard = expectStatus(await h.request('GET', '/api/dashboard?cycle=2006-2007', { as: USERS.viewer }), 200).body;
      expect(dashboard.offices.find((o: { code: string }) => o.code === f.officeA.code)).toMatchObject({ planStatus: 'archived', rollup: { targets: 1 } });
      expect((await h.request('GET', `/api/export/action-plan.xlsx?cycle=2006-2007&office=${f.officeA.code}`, { as: USERS.advisor })).status).toBe(200);
    });

    it('refuses every write on the plan and its items with the reason plan-archived, and changes nothing', async () => {
      const etag = (await archivePlanA()).headers.get('etag') ?? '';
      const before = await snapshot(h, f);
      const tree = (await getPlan(h, f.planA.id)).body;
      const target = tree.objectives[0].activities[0].targets[0];
      const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
      const writes = [
        h.request('PATCH', `/api/plans/${f.planA.id}`, { as: USERS.focalA, body: { title: 'Late change' }, headers: { 'If-Match': etag } }),
        h.request('POST', `/api/plans/${f.planA.id}/objectives`, {
          as: USERS.focalA,
          body: { title: 'New', pillar: 'participation', paragraphs: [4], functionalArea: 'military' },
        }),
        h.request('POST', `/api/activities/${f.activity.id}/targets`, {
          as: USERS.focalA,
          body: { description: 'd', indicator: 'i', dueDate: '2026-12-31', owner: USERS.owner },
        }),
        h.request('PATCH', `/api/targets/${f.target.id}`, { as: USERS.focalA, body: { targetValue: 1 }, headers: ifMatch(target.version) }),
        h.request('DELETE', `/api/targets/${f.target.id}`, { as: USERS.focalA, headers: ifMatch(target.version) }),
        h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { value: 5, status: 'on-track' } }),
        post('amend', USERS.focalA, etag),
        post('submit', USERS.focalA, etag),
        post('archive', USERS.advisor, etag),
      ];
      for (const res of await Promise.all(writes)) {
        expectProblem(res, 409);
        expect(res.body).toMatchObject({ code: 'plan-archived', params: { cycle: '2006-2007' } });
      }
      expect(await snapshot(h, f)).toEqual(before);
    });

    it('refuses focal points and a plan that is not endorsed', async () => {
      const etag = await endorsePlanA();
      expectProblem(await post('archive', USERS.focalA, etag), 403);
      const draft = await h.request('POST', `/api/plans/${f.planB.id}/archive`, { as: USERS.advisor, headers: { 'If-Match': f.planB.etag } });
      expectProblem(draft, 409);
      expect(draft.body).toMatchObject({ code: 'plan-status', params: { status: 'draft' } });
    });
  });
});
