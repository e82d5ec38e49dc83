// Every route × every role: who is let in, who is turned away, and that a refused write
// changes nothing. Each write runs against a fresh server and world, with the correct
// If-Match, so that permission — not a precondition — decides the outcome.

import { USERS, type ApiHarness } from '../support/api-harness';
import { activityBody, expectProblem, objectiveBody, snapshot, submit, targetBody, useApiFixture, type Fixture } from './fixture';

const WHO = ['advisor', 'viewer', 'admin', 'focalA', 'focalB', 'owner', 'stranger', 'anonymous'] as const;
type Who = (typeof WHO)[number];
/** Expected status for [advisor, viewer, admin, focalA, focalB, owner, stranger, anonymous]. */
type Statuses = [number, number, number, number, number, number, number, number];

const emailOf = (who: Who): string | undefined => (who === 'anonymous' ? undefined : who === 'stranger' ? USERS.stranger : USERS[who]);

interface Route {
  name: string;
  method: string;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  statuses: Statuses;
  /** The ETag to send as If-Match (the current one). */
  ifMatch?: (f: Fixture) => string;
  /** Brings the fixture into the state the route needs; returns the fixture to use. */
  prepare?: (h: ApiHarness, f: Fixture) => Promise<Fixture>;
}

const READERS: Statuses = [200, 200, 200, 200, 200, 200, 403, 401];
const FOCAL_A_ONLY = (ok: number): Statuses => [403, 403, 403, ok, 403, 403, 403, 401];
const submitted = async (h: ApiHarness, f: Fixture): Promise<Fixture> => ({ ...f, planA: { ...f.planA, etag: await submit(h, f.planA.id, f.planA.etag) } });

const READS: Route[] = [
  { name: 'GET /api/me', method: 'GET', path: () => '/api/me', statuses: [200, 200, 200, 200, 200, 200, 200, 401] },
  { name: 'GET /api/offices', method: 'GET', path: () => '/api/offices', statuses: READERS },
  { name: 'GET /api/plans', method: 'GET', path: () => '/api/plans', statuses: READERS },
  { name: 'GET /api/plans/:id', method: 'GET', path: (f) => `/api/plans/${f.planA.id}`, statuses: READERS },
  { name: 'GET /api/targets?owner=me', method: 'GET', path: () => '/api/targets?owner=me', statuses: READERS },
  { name: 'GET /api/targets/:id/checkins', method: 'GET', path: (f) => `/api/targets/${f.target.id}/checkins`, statuses: READERS },
  { name: 'GET /api/dashboard', method: 'GET', path: () => '/api/dashboard', statuses: READERS },
  { name: 'GET /api/audit', method: 'GET', path: () => '/api/audit', statuses: [200, 403, 200, 200, 200, 403, 403, 401] },
  // Static reference data (paragraphs, pillars, areas): any signed-in caller.
  { name: 'GET /api/catalogue', method: 'GET', path: () => '/api/catalogue', statuses: [200, 200, 200, 200, 200, 200, 200, 401] },
  { name: 'GET /api/no-such-route', method: 'GET', path: () => '/api/no-such-route', statuses: [404, 404, 404, 404, 404, 404, 403, 401] },
];

const WRITES: Route[] = [
  {
    name: 'POST /api/offices',
    method: 'POST',
    path: () => '/api/offices',
    body: () => ({ code: 'NEW', name: 'New Office', focalPoints: [] }),
    statuses: [201, 403, 201, 403, 403, 403, 403, 401],
  },
  {
    name: 'PATCH /api/offices/:id',
    method: 'PATCH',
    path: (f) => `/api/offices/${f.officeA.id}`,
    body: () => ({ name: 'Renamed Office' }),
    ifMatch: (f) => f.officeA.etag,
    statuses: [200, 403, 200, 403, 403, 403, 403, 401],
  },
  {
    name: 'POST /api/plans',
    method: 'POST',
    path: () => '/api/plans',
    body: (f) => ({ office: f.officeA.code, cycle: '2008-2009' }),
    statuses: [201, 403, 403, 201, 403, 403, 403, 401],
  },
  {
    name: 'PATCH /api/plans/:id',
    method: 'PATCH',
    path: (f) => `/api/plans/${f.planA.id}`,
    body: () => ({ title: 'Renamed plan' }),
    ifMatch: (f) => f.planA.etag,
    statuses: FOCAL_A_ONLY(200),
  },
  {
    name: 'POST /api/plans/:id/submit',
    method: 'POST',
    path: (f) => `/api/plans/${f.planA.id}/submit`,
    ifMatch: (f) => f.planA.etag,
    statuses: FOCAL_A_ONLY(200),
  },
  {
    name: 'POST /api/plans/:id/endorse',
    method: 'POST',
    path: (f) => `/api/plans/${f.planA.id}/endorse`,
    ifMatch: (f) => f.planA.etag,
    prepare: submitted,
    statuses: [200, 403, 403, 403, 403, 403, 403, 401],
  },
  {
    name: 'POST /api/plans/:id/return',
    method: 'POST',
    path: (f) => `/api/plans/${f.planA.id}/return`,
    body: () => ({ comment: 'Add baselines, please.' }),
    ifMatch: (f) => f.planA.etag,
    prepare: submitted,
    statuses: [200, 403, 403, 403, 403, 403, 403, 401],
  },
  {
    name: 'POST /api/plans/:id/objectives',
    method: 'POST',
    path: (f) => `/api/plans/${f.planA.id}/objectives`,
    body: () => objectiveBody(),
    statuses: FOCAL_A_ONLY(201),
  },
  {
    name: 'PATCH /api/objectives/:id',
    method: 'PATCH',
    path: (f) => `/api/objectives/${f.objective.id}`,
    body: () => ({ title: 'Renamed' }),
    ifMatch: (f) => f.objective.etag,
    statuses: FOCAL_A_ONLY(200),
  },
  {
    name: 'DELETE /api/objectives/:id',
    method: 'DELETE',
    path: (f) => `/api/objectives/${f.objective.id}`,
    ifMatch: (f) => f.objective.etag,
    statuses: FOCAL_A_ONLY(204),
  },
  {
    name: 'POST /api/objectives/:id/activities',
    method: 'POST',
    path: (f) => `/api/objectives/${f.objective.id}/activities`,
    body: () => activityBody(),
    statuses: FOCAL_A_ONLY(201),
  },
  {
    name: 'PATCH /api/activities/:id',
    method: 'PATCH',
    path: (f) => `/api/activities/${f.activity.id}`,
    body: () => ({ title: 'Renamed' }),
    ifMatch: (f) => f.activity.etag,
    statuses: FOCAL_A_ONLY(200),
  },
  {
    name: 'DELETE /api/activities/:id',
    method: 'DELETE',
    path: (f) => `/api/activities/${f.activity.id}`,
    ifMatch: (f) => f.activity.etag,
    statuses: FOCAL_A_ONLY(204),
  },
  {
    name: 'POST /api/activities/:id/targets',
    method: 'POST',
    path: (f) => `/api/activities/${f.activity.id}/targets`,
    body: () => targetBody(),
    statuses: FOCAL_A_ONLY(201),
  },
  {
    name: 'PATCH /api/targets/:id',
    method: 'PATCH',
    path: (f) => `/api/targets/${f.target.id}`,
    body: () => ({ indicator: 'Renamed' }),
    ifMatch: (f) => f.target.etag,
    statuses: FOCAL_A_ONLY(200),
  },
  { name: 'DELETE /api/targets/:id', method: 'DELETE', path: (f) => `/api/targets/${f.target.id}`, ifMatch: (f) => f.target.etag, statuses: FOCAL_A_ONLY(204) },
  {
    name: 'POST /api/targets/:id/checkins',
    method: 'POST',
    path: (f) => `/api/targets/${f.target.id}/checkins`,
    body: () => ({ status: 'on-track', percent: 20, note: 'Two contingents trained' }),
    statuses: [403, 403, 403, 201, 403, 201, 403, 401],
  },
];

const cases = (routes: Route[]) => routes.flatMap((route) => WHO.map((who, i) => ({ route, who, status: route.statuses[i]! })));

function send(h: ApiHarness, f: Fixture, route: Route, who: Who) {
  const headers: Record<string, string> = route.ifMatch ? { 'If-Match': route.ifMatch(f) } : {};
  return h.request(route.method, route.path(f), { as: emailOf(who), body: route.body?.(f), headers });
}

describe('GET /healthz', () => {
  const { h } = useApiFixture({ per: 'file', world: false });

  it.each(WHO)('answers %s without asking who they are', async (who) => {
    const res = await h.request('GET', '/healthz', { as: emailOf(who) });
    expect({ status: res.status, body: res.body }).toEqual({ status: 200, body: { status: 'ok', store: 'sqlite' } });
  });
});

describe('reading', () => {
  const { h, f } = useApiFixture({ per: 'file' });

  it.each(cases(READS))('$route.name as $who → $status', async ({ route, who, status }) => {
    const res = await send(h, f, route, who);
    expect(res.status).toBe(status);
    if (status >= 400) expectProblem(res, status);
  });

  it('shows a focal point only the audit trail of their own office', async () => {
    const res = await h.request('GET', '/api/audit?limit=500', { as: USERS.focalB });
    const offices = new Set((res.body as { officeId: string }[]).map((e) => e.officeId));
    expect([...offices]).toEqual([f.officeB.id]);
  });

  it('tells a focal point which offices they serve in GET /api/me', async () => {
    const res = await h.request('GET', '/api/me', { as: USERS.focalA });
    expect(res.body).toMatchObject({
      user: { email: USERS.focalA },
      roles: [],
      offices: [{ id: f.officeA.id, code: f.officeA.code }],
      ownsTargets: false,
    });
  });

  it('recognises a focal point whatever the case of the e-mail they sign in with', async () => {
    const res = await h.request('GET', '/api/me', { as: USERS.focalA.toUpperCase() });
    expect(res.body).toMatchObject({ user: { email: USERS.focalA }, offices: [{ id: f.officeA.id }] });
  });

  it('turns away a caller whose identity header is not an e-mail address with 401', async () => {
    expectProblem(await h.request('GET', '/api/plans', { as: 'not-an-email' }), 401);
  });
});

describe('writing', () => {
  const { h, f } = useApiFixture();

  it.each(cases(WRITES))('$route.name as $who → $status', async ({ route, who, status }) => {
    const fixture = route.prepare ? await route.prepare(h, f) : f;
    const before = await snapshot(h, fixture);
    const res = await send(h, fixture, route, who);
    expect(res.status).toBe(status);
    const after = await snapshot(h, fixture);
    if (status >= 400) {
      expectProblem(res, status);
      expect(after).toEqual(before);
    } else {
      expect((after as { audit: unknown[] }).audit.length).toBeGreaterThan((before as { audit: unknown[] }).audit.length);
    }
  });

  it('lets the focal point delete an objective with everything under it, check-ins included', async () => {
    const checkIn = await h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { status: 'on-track', percent: 10 } });
    expect(checkIn.status).toBe(201);
    const res = await h.request('DELETE', `/api/objectives/${f.objective.id}`, { as: USERS.focalA, headers: { 'If-Match': f.objective.etag } });
    expect(res.status).toBe(204);
    const plan = await h.request('GET', `/api/plans/${f.planA.id}`, { as: USERS.focalA });
    expect(plan.body.objectives).toEqual([]);
    expect((await h.request('GET', `/api/targets/${f.target.id}/checkins`, { as: USERS.focalA })).status).toBe(404);
    const deleted = (await h.request('GET', '/api/audit?limit=4', { as: USERS.advisor })).body.map((e: any) => [e.action, e.entity]);
    expect(deleted).toEqual([
      ['delete', 'objective'],
      ['delete', 'activity'],
      ['delete', 'target'],
      ['delete', 'checkin'],
    ]);
  });
});
