// The workshops over HTTP: the pilot (the Gender Unit's) and the office workshops (their focal
// points' or the Gender Unit's), two days unless the end says otherwise, facilitators by name,
// participants replaced whole with If-Match, a plan linked to its office's workshop, and the
// figures of the held workshops in the list; every refusal leaves the stored workshops as they were.

import { workshopList, workshopView, type WorkshopView } from '../../src/contract';
import { USERS, type ApiResponse } from '../support/api-harness';
import { expectProblem, expectStatus, useApiFixture } from './fixture';

const workshopBody = (over: Record<string, unknown> = {}) => ({ kind: 'office', offices: [], start: '2006-03-14', venue: 'Conference room 3', ...over });

const GROUPS = [
  { level: 'senior-management', function: 'military', women: 1, men: 4 },
  { level: 'professional', function: 'military', women: 3, men: 6 },
  { level: 'general-service', function: 'logistics-and-mission-support', women: 5, men: 2 },
];

describe('workshops', () => {
  const { h, f } = useApiFixture();

  const post = (body: unknown, as: string = USERS.advisor) => h.request('POST', '/api/workshops', { as, body });
  const created = async (body: unknown, as: string = USERS.advisor): Promise<{ view: WorkshopView; etag: string }> => {
    const res = expectStatus(await post(body, as), 201);
    return { view: workshopView.parse(res.body), etag: res.headers.get('etag') ?? '' };
  };
  const officeWorkshop = (over: Record<string, unknown> = {}, as: string = USERS.focalA) => created(workshopBody({ offices: [f.officeA.code], ...over }), as);
  const put = (id: string, body: unknown, etag: string | null, as: string = USERS.focalA) =>
    h.request('PUT', `/api/workshops/${id}/participants`, { as, body, headers: etag === null ? {} : { 'If-Match': etag } });
  const patch = (id: string, body: unknown, etag: string | null, as: string = USERS.focalA) =>
    h.request('PATCH', `/api/workshops/${id}`, { as, body, headers: etag === null ? {} : { 'If-Match': etag } });
  const list = async (query = '', as: string = USERS.viewer) =>
    workshopList.parse(expectStatus(await h.request('GET', `/api/workshops${query}`, { as }), 200).body);
  const stored = async () => (await h.store.listWorkshops()).map((w) => ({ id: w.id, version: w.version }));
  const codeOf = (res: ApiResponse, field: string): unknown => (res.body.errors as { field: string; code: string }[]).find((e) => e.field === field)?.code;

  it('records the pilot by the Gender Unit, two days from its start, facilitators by name (the e-mail when unknown)', async () => {
    const res = expectStatus(
      await post({
        kind: 'pilot',
        offices: [f.officeA.code, f.officeB.code],
        start: '2006-02-06',
        facilitators: [USERS.advisor, 'consultant@example.org'],
        status: 'held',
        lessonsLearnt: 'Two days are needed; invite senior management to the opening.',
      }),
      201,
    );
    expect(res.headers.get('etag')).toBe('"1"');
    expect(workshopView.parse(res.body)).toMatchObject({
      kind: 'pilot',
      start: '2006-02-06',
      end: '2006-02-07',
      officeIds: [f.officeA.id, f.officeB.id],
      offices: [{ code: f.officeA.code }, { code: f.officeB.code }],
      facilitatorPeople: [
        { email: USERS.advisor, name: 'Gender Advisor' },
        { email: 'consultant@example.org', name: 'consultant@example.org' },
      ],
      status: 'held',
      participants: { groups: [], named: [] },
      totals: { women: 0, men: 0, total: 0 },
    });
  });

  it("records an office workshop by the office's focal point, planned, with the end given", async () => {
    const { view } = await officeWorkshop({ end: '2006-03-16' });
    expect(view).toMatchObject({
      kind: 'office',
      officeIds: [f.officeA.id],
      start: '2006-03-14',
      end: '2006-03-16',
      status: 'planned',
      venue: 'Conference room 3',
    });
    const audit = await h.store.listAudit({ entity: 'workshop', entityId: view.id, limit: 5 });
    expect(audit.map((e) => [e.action, e.officeId, e.actor])).toEqual([['create', f.officeA.id, USERS.focalA]]);
  });

  it("refuses a focal point the pilot and another office's workshop, and a viewer any, storing nothing", async () => {
    expectProblem(await post(workshopBody({ kind: 'pilot' }), USERS.focalA), 403);
    expectProblem(await post(workshopBody({ offices: [f.officeB.code] }), USERS.focalA), 403);
    expectProblem(await post(workshopBody({ offices: [f.officeA.code, f.officeB.code] }), USERS.focalA), 403);
    expectProblem(await post(workshopBody({ offices: [f.officeA.code] }), USERS.viewer), 403);
    expect(await stored()).toEqual([]);
  });

  it.each([
    ['dates reversed', { end: '2006-03-13' }, 'end', 'end-before-start'],
    ['an impossible date', { start: '2006-02-30' }, 'start', 'date'],
    ['an unknown office', { offices: ['NOPE'] }, 'offices.0', 'unknown-record'],
    ['an office workshop of no office', { offices: [] }, 'offices', 'too-few'],
    ['a facilitator who is no e-mail', { facilitators: ['Amina'] }, 'facilitators.0', 'email'],
    ['an unknown status', { status: 'postponed' }, 'status', 'choice'],
    ['an unknown kind', { kind: 'regional' }, 'kind', 'choice'],
  ])('refuses %s with a 400 naming the field, storing nothing', async (_what, over, field, code) => {
    const res = await post(workshopBody({ offices: [f.officeA.code], ...over }));
    expectProblem(res, 400, field);
    expect(codeOf(res, field)).toBe(code);
    expect(await stored()).toEqual([]);
  });

  it('replaces the participants with If-Match and counts women and men, named people included', async () => {
    const w = await officeWorkshop();
    const body = { groups: GROUPS, named: [{ name: 'Col. Amina Diallo', level: 'senior-management', function: 'military', sex: 'female' }] };
    expectProblem(await put(w.view.id, body, null), 428);
    const res = expectStatus(await put(w.view.id, body, w.etag), 200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(workshopView.parse(res.body)).toMatchObject({ participants: body, totals: { women: 10, men: 12, total: 22 } });
    const replaced = expectStatus(await put(w.view.id, { groups: [GROUPS[0]] }, '"2"'), 200);
    expect(workshopView.parse(replaced.body)).toMatchObject({ participants: { groups: [GROUPS[0]], named: [] }, totals: { total: 5 } });
    const stale = await put(w.view.id, body, w.etag);
    expectProblem(stale, 412);
    expect(stale.headers.get('etag')).toBe('"3"');
    expect(stale.body.current).toMatchObject({ id: w.view.id, version: 3 });
  });

  it.each([
    ['a negative count', { groups: [{ ...GROUPS[0], women: -1 }] }, 'groups.0.women', 'too-small'],
    ['a fraction of a person', { groups: [{ ...GROUPS[0], men: 1.5 }] }, 'groups.0.men', 'not-whole'],
    ['a level counted twice', { groups: [GROUPS[0], GROUPS[0]] }, 'groups', 'duplicate'],
    ['an unknown level', { groups: [{ ...GROUPS[0], level: 'intern' }] }, 'groups.0.level', 'choice'],
    ['an unknown function', { groups: [{ ...GROUPS[0], function: 'catering' }] }, 'groups.0.function', 'choice'],
    ['a named participant of no sex', { named: [{ name: 'A. N. Other', level: 'field', function: 'police' }] }, 'named.0.sex', 'required'],
    [
      'more named people than a workshop seats',
      { named: Array.from({ length: 151 }, (_, i) => ({ name: `Participant ${i + 1}`, level: 'field', function: 'police', sex: 'female' })) },
      'named',
      'too-many',
    ],
  ])('refuses participants with %s (400 naming the field), changing nothing', async (_what, body, field, code) => {
    const w = await officeWorkshop();
    const res = await put(w.view.id, body, w.etag);
    expectProblem(res, 400, field);
    expect(codeOf(res, field)).toBe(code);
    expect(await stored()).toEqual([{ id: w.view.id, version: 1 }]);
  });

  it("refuses another office's focal point and a viewer the participants, and a workshop that does not exist", async () => {
    const w = await officeWorkshop();
    expectProblem(await put(w.view.id, { groups: GROUPS }, w.etag, USERS.focalB), 403);
    expectProblem(await put(w.view.id, { groups: GROUPS }, w.etag, USERS.viewer), 403);
    expectProblem(await put('no-such-workshop', { groups: GROUPS }, w.etag), 404);
    expect(await stored()).toEqual([{ id: w.view.id, version: 1 }]);
  });

  it("records a held workshop's last day as its office's workshop milestone, only ever moving it later", async () => {
    const milestone = async () => (await h.store.get('office', f.officeA.id))?.milestones.workshop;
    const planned = await officeWorkshop({ start: '2006-03-14' });
    expect(await milestone()).toBeNull();
    expectStatus(await patch(planned.view.id, { status: 'held' }, planned.etag), 200);
    expect(await milestone()).toBe('2006-03-15');
    await officeWorkshop({ start: '2006-02-01', status: 'held' });
    expect(await milestone()).toBe('2006-03-15');
    await officeWorkshop({ start: '2006-05-02', end: '2006-05-04', status: 'held' });
    expect(await milestone()).toBe('2006-05-04');
    const audit = await h.store.listAudit({ entity: 'office', entityId: f.officeA.id, limit: 10 });
    expect(audit.filter((e) => e.action === 'update' && e.actor === USERS.focalA)).toHaveLength(2);
  });

  it('changes a workshop with If-Match, checking the dates against the stored ones', async () => {
    const w = await officeWorkshop();
    expectProblem(await patch(w.view.id, { status: 'held' }, null), 428);
    expectProblem(await patch(w.view.id, { start: '2006-03-20' }, w.etag), 400, 'end');
    expectProblem(await patch(w.view.id, { offices: [] }, w.etag), 400, 'offices');
    expectProblem(await patch(w.view.id, { kind: 'pilot' }, w.etag), 400, 'kind');
    expectProblem(await patch(w.view.id, { offices: [f.officeB.code] }, w.etag), 403);
    const res = expectStatus(
      await patch(w.view.id, { status: 'held', start: '2006-03-20', end: '2006-03-21', lessonsLearnt: 'Start with the senior managers.' }, w.etag),
      200,
    );
    expect(workshopView.parse(res.body)).toMatchObject({ status: 'held', start: '2006-03-20', end: '2006-03-21', version: 2 });
    expectProblem(await patch(w.view.id, { venue: 'Lost' }, w.etag), 412);
  });

  it("links a plan to its office's workshop, refusing another office's or an unknown one", async () => {
    const own = await officeWorkshop();
    const other = await created(workshopBody({ offices: [f.officeB.code] }));
    const link = (workshopId: string | null, etag: string) =>
      h.request('PATCH', `/api/plans/${f.planA.id}`, { as: USERS.focalA, body: { workshopId }, headers: { 'If-Match': etag } });
    const foreign = await link(other.view.id, f.planA.etag);
    expectProblem(foreign, 400, 'workshopId');
    expect(codeOf(foreign, 'workshopId')).toBe('not-applicable-record');
    expect(codeOf(await link('no-such-workshop', f.planA.etag), 'workshopId')).toBe('unknown-record');
    expect((await h.store.get('plan', f.planA.id))?.workshopId).toBeUndefined();
    const empty = await h.request('PATCH', `/api/plans/${f.planA.id}`, { as: USERS.focalA, body: {}, headers: { 'If-Match': f.planA.etag } });
    expectProblem(empty, 400, 'title');
    expect(expectStatus(await link(own.view.id, f.planA.etag), 200).body.workshopId).toBe(own.view.id);
    const [view] = (await list(`?office=${f.officeA.code}`)).workshops;
    expect(view?.plans).toEqual([{ id: f.planA.id, officeCode: f.officeA.code, cycle: '2006-2007', title: expect.any(String) }]);
  });

  it('lists workshops by start with the figures of the held ones, whatever the filter, to readers only', async () => {
    const pilot = await created({ kind: 'pilot', offices: [], start: '2006-02-06', status: 'held' });
    expectStatus(await put(pilot.view.id, { groups: [{ level: 'professional', function: 'human-rights', women: 4, men: 1 }] }, pilot.etag, USERS.advisor), 200);
    const a = await officeWorkshop({ status: 'held', start: '2006-03-14' });
    expectStatus(
      await put(a.view.id, { groups: GROUPS, named: [{ name: 'Sgt. Joseph Mensah', level: 'field', function: 'police', sex: 'male' }] }, a.etag),
      200,
    );
    const planned = await created(workshopBody({ offices: [f.officeB.code], start: '2006-04-10' }), USERS.focalB);
    expectStatus(
      await h.request('PATCH', `/api/plans/${f.planA.id}`, { as: USERS.focalA, body: { workshopId: a.view.id }, headers: { 'If-Match': f.planA.etag } }),
      200,
    );

    const all = await list();
    expect(all.workshops.map((w) => w.id)).toEqual([pilot.view.id, a.view.id, planned.view.id]);
    const rowA = all.figures.offices.find((r) => r.office?.id === f.officeA.id);
    expect(rowA).toMatchObject({ workshopsHeld: 1, lastHeld: '2006-03-15', participants: { women: 9, men: 13, total: 22 }, planProduced: true });
    expect(rowA?.byLevel).toEqual([
      { level: 'senior-management', women: 1, men: 4, total: 5 },
      { level: 'professional', women: 3, men: 6, total: 9 },
      { level: 'general-service', women: 5, men: 2, total: 7 },
      { level: 'field', women: 0, men: 1, total: 1 },
    ]);
    expect(rowA?.functionsRepresented).toEqual(['military', 'police', 'logistics-and-mission-support']);
    expect(rowA?.functionShare).toBe(Math.round((100 * 3) / 19));
    expect(all.figures.offices.find((r) => r.office?.id === f.officeB.id)).toMatchObject({ workshopsHeld: 0, participants: { total: 0 }, planProduced: false });
    expect(all.figures).toMatchObject({
      pilotHeld: true,
      officesWithWorkshopHeld: 1,
      officesWithWorkshopAndPlan: 1,
      department: { workshopsHeld: 2, participants: { women: 13, men: 14, total: 27 } },
    });

    const filtered = await list(`?office=${f.officeB.code}&status=planned`, USERS.focalA);
    expect(filtered.workshops.map((w) => w.id)).toEqual([planned.view.id]);
    expect(filtered.figures).toEqual(all.figures);
    expect((await list('?kind=pilot')).workshops.map((w) => w.id)).toEqual([pilot.view.id]);
    expectProblem(await h.request('GET', '/api/workshops', { as: USERS.stranger }), 403);
    expectProblem(await h.request('GET', '/api/workshops?status=done', { as: USERS.viewer }), 400, 'status');
    expectProblem(await h.request('GET', '/api/workshops?office=NOPE', { as: USERS.viewer }), 404);
  });
});
