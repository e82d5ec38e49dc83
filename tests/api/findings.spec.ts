// The needs assessment's findings over HTTP: recorded by an office's focal point for her office
// and by the Gender Unit anywhere (department-wide ones only by the Gender Unit), cited by
// objectives (checked to exist and to be the plan's office's or department-wide), listed with
// their coverage, changed with If-Match, deleted only while no objective cites them; every
// refusal leaves the stored findings as they were.

import { findingList, findingView, type FindingView } from '../../src/contract';
import { USERS, type ApiResponse } from '../support/api-harness';
import { expectProblem, expectStatus, objectiveBody, useApiFixture } from './fixture';

const findingBody = (over: Record<string, unknown> = {}) => ({
  title: 'Contingents receive no gender briefing before deployment',
  description: 'Group sessions with military staff officers found that pre-deployment training has no gender module.',
  functionalArea: 'military',
  paragraphs: [6],
  source: 'group-session',
  priority: 'high',
  ...over,
});

describe('needs-assessment findings', () => {
  const { h, f } = useApiFixture();

  const post = (body: unknown, as: string = USERS.advisor) => h.request('POST', '/api/findings', { as, body });
  const list = async (query = '', as: string = USERS.viewer) =>
    findingList.parse(expectStatus(await h.request('GET', `/api/findings${query}`, { as }), 200).body);
  const created = async (body: unknown, as: string = USERS.advisor): Promise<{ view: FindingView; etag: string }> => {
    const res = expectStatus(await post(body, as), 201);
    return { view: findingView.parse(res.body), etag: res.headers.get('etag') ?? '' };
  };
  const patch = (id: string, body: unknown, etag: string | null, as: string = USERS.advisor) =>
    h.request('PATCH', `/api/findings/${id}`, { as, body, headers: etag === null ? {} : { 'If-Match': etag } });
  const remove = (id: string, etag: string | null, as: string = USERS.advisor) =>
    h.request('DELETE', `/api/findings/${id}`, { as, headers: etag === null ? {} : { 'If-Match': etag } });
  const stored = async () => (await h.store.listFindings()).map((x) => ({ id: x.id, version: x.version, officeId: x.officeId }));
  const codeOf = (res: ApiResponse, field: string): unknown => (res.body.errors as { field: string; code: string }[]).find((e) => e.field === field)?.code;

  it("records an office's finding by its focal point, with the office and the recorder by name", async () => {
    const res = expectStatus(await post(findingBody({ office: f.officeA.code }), USERS.focalA), 201);
    const view = findingView.parse(res.body);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(view).toMatchObject({
      office: { id: f.officeA.id, code: f.officeA.code },
      officeId: f.officeA.id,
      createdBy: USERS.focalA,
      createdByName: 'Focal Point A',
      covered: false,
      coveredBy: [],
      paragraphs: [6],
    });
    const audit = await h.store.listAudit({ entity: 'finding', entityId: view.id, limit: 5 });
    expect(audit.map((e) => [e.action, e.officeId, e.actor])).toEqual([['create', f.officeA.id, USERS.focalA]]);
  });

  it('records a department-wide finding by the Gender Unit only', async () => {
    const wide = await created(findingBody({ office: null, functionalArea: 'human-resources' }));
    expect(wide.view).toMatchObject({ office: null, officeId: null });
    expectProblem(await post(findingBody(), USERS.focalA), 403);
    expect(await stored()).toEqual([{ id: wide.view.id, version: 1, officeId: null }]);
  });

  it("refuses a focal point another office's finding, and a viewer any, storing nothing", async () => {
    expectProblem(await post(findingBody({ office: f.officeB.code }), USERS.focalA), 403);
    expectProblem(await post(findingBody({ office: f.officeA.code }), USERS.viewer), 403);
    expectProblem(await post(findingBody({ office: f.officeA.code }), USERS.stranger), 403);
    expect(await stored()).toEqual([]);
  });

  it.each([
    ['an unknown paragraph', { paragraphs: [19] }, 'paragraphs.0', 'too-big'],
    ['no paragraph', { paragraphs: [] }, 'paragraphs', 'too-few'],
    ['an unknown office', { office: 'NOPE' }, 'office', 'unknown-record'],
    ['an unknown source', { source: 'rumour' }, 'source', 'choice'],
    ['an unknown priority', { priority: 'urgent' }, 'priority', 'choice'],
    ['an empty title', { title: '  ' }, 'title', 'required'],
    ['an unknown field', { owner: USERS.focalA }, 'owner', 'unknown-field'],
  ])('refuses %s with a 400 naming the field, storing nothing', async (_what, over, field, code) => {
    const res = await post(findingBody(over));
    expectProblem(res, 400, field);
    expect(codeOf(res, field)).toBe(code);
    expect(await stored()).toEqual([]);
  });

  it('lists findings high priority first, by office, with their coverage, to readers only', async () => {
    const low = await created(findingBody({ office: f.officeA.code, priority: 'low' }));
    const high = await created(findingBody({ office: f.officeB.code }));
    const wide = await created(findingBody({ office: null, priority: 'medium' }));
    const all = await list();
    expect(all.findings.map((x) => x.id)).toEqual([high.view.id, wide.view.id, low.view.id]);
    expect(all.coverage).toEqual({ total: 3, covered: 0, uncovered: 3 });
    expect((await list(`?office=${f.officeA.code}`, USERS.focalB)).findings.map((x) => x.id)).toEqual([low.view.id]);
    expectProblem(await h.request('GET', '/api/findings', { as: USERS.stranger }), 403);
    expectProblem(await h.request('GET', '/api/findings?office=NOPE', { as: USERS.viewer }), 404);
    expectProblem(await h.request('GET', '/api/findings?uncovered=yes', { as: USERS.viewer }), 400, 'uncovered');
  });

  it('counts a finding covered once an objective cites it, and lists the uncovered ones apart', async () => {
    const own = await created(findingBody({ office: f.officeA.code }));
    const wide = await created(findingBody({ office: null }));
    const open = await created(findingBody({ office: f.officeA.code, title: 'No sex-disaggregated data on patrols' }));
    const objective = expectStatus(
      await h.request('POST', `/api/plans/${f.planA.id}/objectives`, { as: USERS.focalA, body: objectiveBody({ findingIds: [own.view.id, wide.view.id] }) }),
      201,
    );
    expect(objective.body.findingIds).toEqual([own.view.id, wide.view.id]);
    const all = await list();
    const ownView = all.findings.find((x) => x.id === own.view.id);
    expect(ownView?.coveredBy).toEqual([
      {
        objectiveId: objective.body.id,
        ref: objective.body.ref,
        title: objectiveBody().title,
        planId: f.planA.id,
        cycle: '2006-2007',
        officeCode: f.officeA.code,
      },
    ]);
    expect(all.coverage).toEqual({ total: 3, covered: 2, uncovered: 1 });
    expect((await list('?uncovered=true')).findings.map((x) => x.id)).toEqual([open.view.id]);
  });

  it("refuses an objective citing a finding that does not exist or is another office's, naming the citation", async () => {
    const other = await created(findingBody({ office: f.officeB.code }));
    const body = objectiveBody({ findingIds: ['no-such-finding', other.view.id] });
    const res = await h.request('POST', `/api/plans/${f.planA.id}/objectives`, { as: USERS.focalA, body });
    expectProblem(res, 400, 'findingIds.0');
    expect([codeOf(res, 'findingIds.0'), codeOf(res, 'findingIds.1')]).toEqual(['unknown-record', 'not-applicable-record']);
    expect(await h.store.listCitingObjectives()).toEqual([]);
  });

  it("changes an objective's citations with a PATCH", async () => {
    const own = await created(findingBody({ office: f.officeA.code }));
    const res = await h.request('PATCH', `/api/objectives/${f.objective.id}`, {
      as: USERS.focalA,
      body: { findingIds: [own.view.id] },
      headers: { 'If-Match': f.objective.etag },
    });
    expect(expectStatus(res, 200).body.findingIds).toEqual([own.view.id]);
    expect((await list()).coverage.covered).toBe(1);
    const bad = await h.request('PATCH', `/api/objectives/${f.objective.id}`, {
      as: USERS.focalA,
      body: { findingIds: ['gone'] },
      headers: { 'If-Match': res.headers.get('etag') ?? '' },
    });
    expectProblem(bad, 400, 'findingIds.0');
  });

  it('changes a finding with If-Match: 428 without, 412 stale with the current one, then 200', async () => {
    const own = await created(findingBody({ office: f.officeA.code }));
    expectProblem(await patch(own.view.id, { priority: 'low' }, null, USERS.focalA), 428);
    const changed = expectStatus(await patch(own.view.id, { priority: 'low', paragraphs: [6, 8] }, own.etag, USERS.focalA), 200);
    expect(changed.headers.get('etag')).toBe('"2"');
    expect(findingView.parse(changed.body)).toMatchObject({ priority: 'low', paragraphs: [6, 8], version: 2 });
    const stale = await patch(own.view.id, { title: 'Lost edit' }, own.etag, USERS.focalA);
    expectProblem(stale, 412);
    expect(stale.headers.get('etag')).toBe('"2"');
    expect(stale.body.current).toMatchObject({ id: own.view.id, version: 2, priority: 'low' });
    expect((await h.store.get('finding', own.view.id))?.title).toBe(own.view.title);
  });

  it('refuses a focal point to move her finding department-wide or to another office, and bad input, changing nothing', async () => {
    const own = await created(findingBody({ office: f.officeA.code }), USERS.focalA);
    expectProblem(await patch(own.view.id, { office: null }, own.etag, USERS.focalA), 403);
    expectProblem(await patch(own.view.id, { office: f.officeB.code }, own.etag, USERS.focalA), 403);
    expectProblem(await patch(own.view.id, { title: 'x' }, own.etag, USERS.focalB), 403);
    expectProblem(await patch(own.view.id, { paragraphs: [0] }, own.etag, USERS.focalA), 400, 'paragraphs.0');
    expectProblem(await patch('no-such-finding', { title: 'x' }, own.etag), 404);
    expect(await stored()).toEqual([{ id: own.view.id, version: 1, officeId: f.officeA.id }]);
    const moved = expectStatus(await patch(own.view.id, { office: null }, own.etag), 200);
    expect(moved.body).toMatchObject({ officeId: null, office: null });
  });

  it('refuses to delete a finding an objective cites (409, naming it), and deletes it once uncited', async () => {
    const own = await created(findingBody({ office: f.officeA.code }));
    const cite = await h.request('PATCH', `/api/objectives/${f.objective.id}`, {
      as: USERS.focalA,
      body: { findingIds: [own.view.id] },
      headers: { 'If-Match': f.objective.etag },
    });
    expectStatus(cite, 200);
    const refused = await remove(own.view.id, own.etag);
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({ code: 'finding-cited', detail: expect.stringContaining(`${f.officeA.code} 2006-2007 objective 1`) });
    expect(await h.store.get('finding', own.view.id)).toBeDefined();
    const uncite = await h.request('PATCH', `/api/objectives/${f.objective.id}`, {
      as: USERS.focalA,
      body: { findingIds: [] },
      headers: { 'If-Match': cite.headers.get('etag') ?? '' },
    });
    expectStatus(uncite, 200);
    expectProblem(await remove(own.view.id, null), 428);
    expectProblem(await remove(own.view.id, own.etag, USERS.focalB), 403);
    expectProblem(await remove(own.view.id, '"7"'), 412);
    expect(expectStatus(await remove(own.view.id, own.etag), 204).status).toBe(204);
    expectProblem(await remove(own.view.id, own.etag), 404);
    expect((await h.store.listAudit({ entity: 'finding', entityId: own.view.id, limit: 5 })).map((e) => e.action)).toEqual(['delete', 'create']);
  });
});
