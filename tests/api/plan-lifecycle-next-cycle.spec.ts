// The next cycle over HTTP (issue 16): the preview of what an endorsed plan carries into the next
// cycle's plan (objectives, activities, targets neither achieved nor dropped) and what it leaves
// (with the reason), then the plan itself, written at once, linked back to its source, without
// progress — and the refusals: another office, readers, a plan not endorsed, a cycle taken or
// not later, bad input.

import { USERS } from '../support/api-harness';
import { addTarget, endorse, expectProblem, expectStatus, getPlan, snapshot, submit, useApiFixture } from './fixture';

describe("the next cycle's plan", () => {
  const { h, f } = useApiFixture();

  /** Plan A with three more targets (achieved, dropped, open), endorsed, and a check-in on its first target. */
  async function endorsedPlanA(): Promise<{ achieved: string; dropped: string; open: string }> {
    const achieved = await addTarget(h, f.activity.id, { description: 'Policy adopted', status: 'achieved' });
    const dropped = await addTarget(h, f.activity.id, { description: 'Abandoned survey', status: 'dropped' });
    const open = await addTarget(h, f.activity.id, { description: 'Women officers deployed', dueDate: '2007-06-30' });
    await endorse(h, f.planA.id, await submit(h, f.planA.id, (await getPlan(h, f.planA.id)).headers.get('etag') ?? ''));
    expectStatus(await h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { value: 20, status: 'on-track' } }), 201);
    return { achieved: achieved.id, dropped: dropped.id, open: open.id };
  }
  const nextCycle = (body: unknown, as: string = USERS.focalA, query = '', planId = f.planA.id) =>
    h.request('POST', `/api/plans/${planId}/next-cycle${query}`, { as, body });
  const plansOfA = async () =>
    expectStatus(await h.request('GET', `/api/plans?office=${f.officeA.code}`, { as: USERS.viewer }), 200).body.map((p: { cycle: string }) => p.cycle);

  it('previews what is copied and what is not, with the reason, writing nothing', async () => {
    const ids = await endorsedPlanA();
    const before = await snapshot(h, f);
    const res = expectStatus(await nextCycle({ cycle: '2008-2009' }, USERS.focalA, '?preview=true'), 200);
    expect(res.body).toMatchObject({
      sourcePlanId: f.planA.id,
      office: { code: f.officeA.code },
      cycle: { code: '2008-2009', start: '2008-01-01', end: '2009-12-31', registered: false },
      checkInsNotCopied: 1,
    });
    expect(res.body.copied.map((c: { entity: string; sourceId: string }) => [c.entity, c.sourceId])).toEqual([
      ['objective', f.objective.id],
      ['activity', f.activity.id],
      ['target', f.target.id],
      ['target', ids.open],
    ]);
    expect(res.body.copied.find((c: { sourceId: string }) => c.sourceId === ids.open)).toMatchObject({ dueDate: '2009-12-31' });
    expect(res.body.notCopied).toEqual([
      { entity: 'target', sourceId: ids.achieved, ref: '1.1.b', label: 'Policy adopted', reason: 'achieved' },
      { entity: 'target', sourceId: ids.dropped, ref: '1.1.c', label: 'Abandoned survey', reason: 'dropped' },
    ]);
    expect(await snapshot(h, f)).toEqual(before);
    expect(await plansOfA()).toEqual(['2006-2007']);
  });

  it("creates the next cycle's draft plan for the same office: references kept, linked back, no progress", async () => {
    const ids = await endorsedPlanA();
    const res = expectStatus(await nextCycle({ cycle: '2008-2009' }), 201);
    const plan = res.body.plan;
    expect(res.headers.get('location')).toBe(`/api/plans/${plan.id}`);
    expect(plan).toMatchObject({ officeId: f.officeA.id, cycle: '2008-2009', status: 'draft', revision: 1, sourcePlanId: f.planA.id, history: [] });
    expect(plan.title).toContain('2008-2009');
    const targets = plan.objectives[0].activities[0].targets;
    expect(plan.objectives[0]).toMatchObject({ ref: '1', sourceId: f.objective.id });
    expect(plan.objectives[0].activities[0]).toMatchObject({ ref: '1.1', sourceId: f.activity.id });
    expect(targets.map((t: { ref: string; sourceId: string }) => [t.ref, t.sourceId])).toEqual([
      ['1.1.a', f.target.id],
      ['1.1.d', ids.open],
    ]);
    for (const t of targets) expect(t).toMatchObject({ status: 'not-started', progress: 0, lastCheckInAt: null });
    const checkIns = expectStatus(await h.request('GET', `/api/targets/${targets[0].id}/checkins`, { as: USERS.viewer }), 200).body;
    expect(checkIns).toEqual([]);
    expect(res.body.preview.notCopied.map((c: { reason: string }) => c.reason)).toEqual(['achieved', 'dropped']);
    // The source stays as it was, its progress included.
    expect((await getPlan(h, f.planA.id)).body).toMatchObject({ status: 'endorsed', cycle: '2006-2007', rollup: { targets: 4 } });
    const created = expectStatus(await h.request('GET', `/api/audit?entity=plan&id=${plan.id}`, { as: USERS.advisor }), 200).body;
    expect(created).toEqual([expect.objectContaining({ action: 'create', actor: USERS.focalA })]);
  });

  it('takes the dates of a registered cycle, and lets the Gender Unit start it', async () => {
    await endorsedPlanA();
    expectStatus(
      await h.request('POST', '/api/cycles', { as: USERS.advisor, body: { code: '2008-2009', start: '2008-07-01', end: '2009-06-30', periodicity: 'annual' } }),
      201,
    );
    const res = expectStatus(await nextCycle({ cycle: '2008-2009', title: 'Office A — second action plan' }, USERS.advisor), 201);
    expect(res.body.preview.cycle).toEqual({ code: '2008-2009', start: '2008-07-01', end: '2009-06-30', registered: true });
    expect(res.body.plan.title).toBe('Office A — second action plan');
    expect(res.body.plan.objectives[0].activities[0].targets.map((t: { dueDate: string }) => t.dueDate)).toEqual(['2026-12-31', '2009-06-30']);
  });

  it('refuses a cycle the office already has a plan for, naming it (409 plan-exists)', async () => {
    await endorsedPlanA();
    const first = expectStatus(await nextCycle({ cycle: '2008-2009' }), 201);
    for (const query of ['', '?preview=true']) {
      const again = await nextCycle({ cycle: '2008-2009' }, USERS.focalA, query);
      expectProblem(again, 409);
      expect(again.body).toMatchObject({ code: 'plan-exists', params: { office: f.officeA.code, cycle: '2008-2009', planId: first.body.plan.id } });
    }
    expect(await plansOfA()).toEqual(['2006-2007', '2008-2009']);
  });

  it('refuses another office, readers and a plan that is not endorsed, writing nothing', async () => {
    await endorsedPlanA();
    const before = await snapshot(h, f);
    expectProblem(await nextCycle({ cycle: '2008-2009' }, USERS.focalB), 403);
    expectProblem(await nextCycle({ cycle: '2008-2009' }, USERS.viewer, '?preview=true'), 403);
    expectProblem(await nextCycle({ cycle: '2008-2009' }, USERS.owner), 403);
    const draft = await nextCycle({ cycle: '2008-2009' }, USERS.focalB, '', f.planB.id);
    expectProblem(draft, 409);
    expect(draft.body).toMatchObject({ code: 'plan-status', params: { status: 'draft' } });
    expectProblem(await nextCycle({ cycle: '2008-2009' }, USERS.focalA, '', 'no-such-plan'), 404);
    expect(await snapshot(h, f)).toEqual(before);
  });

  it('refuses bad input with the field: no cycle, a malformed one, one not after the plan, an unknown field, a bad preview flag', async () => {
    await endorsedPlanA();
    const before = await snapshot(h, f);
    expectProblem(await nextCycle({}), 400, 'cycle');
    expectProblem(await nextCycle({ cycle: '20O8-2009' }), 400, 'cycle');
    expectProblem(await nextCycle({ cycle: '2008-2009', title: '   ' }), 400, 'title');
    expectProblem(await nextCycle({ cycle: '2008-2009', office: 'B1' }), 400, 'office');
    expectProblem(await nextCycle({ cycle: '2008-2009' }, USERS.focalA, '?preview=yes'), 400, 'preview');
    const overlapping = await nextCycle({ cycle: '2007-2008' });
    expectProblem(overlapping, 400, 'cycle');
    expect(overlapping.body.errors[0]).toMatchObject({ code: 'too-small', params: { min: '2008' } });
    expect(await snapshot(h, f)).toEqual(before);
  });
});
