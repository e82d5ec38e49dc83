// The small world the API tests start from, built through the HTTP API as the right users:
// offices A and B (advisor), a draft plan for A with one objective, activity and target owned
// by USERS.owner (focal point A), and an empty draft plan for B (focal point B).
// useApiFixture() gives a spec its server and that world, once per file or fresh for each test.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiHarness, ApiResponse, StartApiOptions } from '../support/api-harness';
import { DATABASE_FILE, startApi, USERS } from '../support/api-harness';

export const CYCLE = '2006-2007';
export const PROBLEM_JSON = 'application/problem+json';

export interface Ref {
  id: string;
  etag: string;
}

export interface Fixture {
  officeA: Ref & { code: string };
  officeB: Ref & { code: string };
  planA: Ref;
  planB: Ref;
  objective: Ref;
  activity: Ref;
  target: Ref;
}

let officeCounter = 0;

/** Throws with the response when the status is not the one expected, so set-up failures read clearly. */
export function expectStatus<T>(res: ApiResponse<T>, status: number): ApiResponse<T> {
  if (res.status !== status) {
    throw new Error(`expected HTTP ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res;
}

const ref = (res: ApiResponse): Ref => ({ id: res.body.id as string, etag: res.headers.get('etag') ?? '' });

export const objectiveBody = (over: Record<string, unknown> = {}) => ({
  title: 'More women in field operations',
  pillar: 'participation',
  paragraphs: [4, 5],
  functionalArea: 'military',
  ...over,
});
export const activityBody = (over: Record<string, unknown> = {}) => ({ title: 'Gender training for contingents', ...over });
export const targetBody = (over: Record<string, unknown> = {}) => ({
  description: 'Contingents trained',
  indicator: 'Share of contingents trained',
  unit: '%',
  baseline: 0,
  targetValue: 80,
  dueDate: '2026-12-31',
  owner: USERS.owner,
  meansOfVerification: 'Training records',
  ...over,
});

export async function createOffice(h: ApiHarness, code: string, focalPoints: string[]): Promise<Ref & { code: string }> {
  const res = expectStatus(await h.request('POST', '/api/offices', { as: USERS.advisor, body: { code, name: `Office ${code}`, focalPoints } }), 201);
  return { ...ref(res), code };
}

export async function createPlan(h: ApiHarness, as: string, office: string, cycle = CYCLE): Promise<Ref> {
  return ref(expectStatus(await h.request('POST', '/api/plans', { as, body: { office, cycle } }), 201));
}

export async function addObjective(h: ApiHarness, planId: string, over: Record<string, unknown> = {}, as: string = USERS.focalA): Promise<Ref> {
  return ref(expectStatus(await h.request('POST', `/api/plans/${planId}/objectives`, { as, body: objectiveBody(over) }), 201));
}

export async function addActivity(h: ApiHarness, objectiveId: string, over: Record<string, unknown> = {}, as: string = USERS.focalA): Promise<Ref> {
  return ref(expectStatus(await h.request('POST', `/api/objectives/${objectiveId}/activities`, { as, body: activityBody(over) }), 201));
}

export async function addTarget(h: ApiHarness, activityId: string, over: Record<string, unknown> = {}, as: string = USERS.focalA): Promise<Ref> {
  return ref(expectStatus(await h.request('POST', `/api/activities/${activityId}/targets`, { as, body: targetBody(over) }), 201));
}

/** Offices get fresh codes on every call, so several fixtures may share one harness. */
export async function buildFixture(h: ApiHarness): Promise<Fixture> {
  const n = ++officeCounter;
  const officeA = await createOffice(h, `A${n}`, [USERS.focalA]);
  const officeB = await createOffice(h, `B${n}`, [USERS.focalB]);
  const planA = await createPlan(h, USERS.focalA, officeA.code);
  const objective = await addObjective(h, planA.id);
  const activity = await addActivity(h, objective.id);
  const target = await addTarget(h, activity.id);
  const planB = await createPlan(h, USERS.focalB, officeB.code);
  return { officeA, officeB, planA: { id: planA.id, etag: await planEtag(h, planA.id) }, planB, objective, activity, target };
}

export async function getPlan(h: ApiHarness, planId: string, as: string = USERS.advisor): Promise<ApiResponse> {
  return expectStatus(await h.request('GET', `/api/plans/${planId}`, { as }), 200);
}

export async function planEtag(h: ApiHarness, planId: string): Promise<string> {
  return (await getPlan(h, planId)).headers.get('etag') ?? '';
}

/** The whole audit trail, newest first, as the Gender Unit sees it. */
export async function auditTrail(h: ApiHarness): Promise<unknown[]> {
  return expectStatus(await h.request('GET', '/api/audit?limit=500', { as: USERS.advisor }), 200).body as unknown[];
}

/** Everything a refused request must leave alone: the audit trail and both plan trees. */
export async function snapshot(h: ApiHarness, f: Fixture): Promise<unknown> {
  const [audit, a, b, offices] = await Promise.all([
    auditTrail(h),
    getPlan(h, f.planA.id),
    getPlan(h, f.planB.id),
    h.request('GET', '/api/offices', { as: USERS.advisor }),
  ]);
  return { audit, planA: a.body, planB: b.body, offices: offices.body };
}

/** Submits plan A as its focal point; returns the new ETag. */
export async function submit(h: ApiHarness, planId: string, etag: string, as: string = USERS.focalA): Promise<string> {
  const res = expectStatus(await h.request('POST', `/api/plans/${planId}/submit`, { as, headers: { 'If-Match': etag } }), 200);
  return res.headers.get('etag') ?? '';
}

export async function endorse(h: ApiHarness, planId: string, etag: string): Promise<string> {
  const res = expectStatus(await h.request('POST', `/api/plans/${planId}/endorse`, { as: USERS.advisor, headers: { 'If-Match': etag } }), 200);
  return res.headers.get('etag') ?? '';
}

/** Asserts an RFC 9457 problem with the status and, when given, a field named in `errors`. */
export function expectProblem(res: ApiResponse, status: number, field?: string): void {
  expect({ status: res.status, type: res.headers.get('content-type')?.split(';')[0] }).toEqual({ status, type: PROBLEM_JSON });
  expect(res.body).toMatchObject({ status, type: expect.stringMatching(/^https:\/\/action-plan\.example\/problems\//) });
  if (field !== undefined) {
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  }
}

export interface ApiFixtureOptions extends Pick<StartApiOptions, 'authenticator' | 'clock' | 'openStore'> {
  /**
   * 'test' (the default): every test gets its own server on its own copy of the world, so
   * that a write in one test is never seen by the next; 'file': one server and world for all
   * the tests of the describe block that calls useApiFixture().
   */
  per?: 'test' | 'file';
  /** Build the small world (buildFixture); false for an empty store. Default true. */
  world?: boolean;
}

export interface ApiFixture {
  /** The server of the running test; its methods and fields always reach the current one. */
  readonly h: ApiHarness;
  /** The small world in it. The same ids and ETags in every copy. */
  readonly f: Fixture;
}

/**
 * The server and world for the tests of one describe block (or file). With per: 'test', the
 * world is built once through the API into a database file, and each test starts a server on
 * a copy of that file: the same state as building it again, without the writes.
 */
export function useApiFixture(options: ApiFixtureOptions = {}): ApiFixture {
  const { per = 'test', world = true, ...start } = options;
  let current: ApiHarness | undefined;
  let built: Fixture | undefined;
  let seedDir: string | undefined;

  const live = (): ApiHarness => current ?? notStarted();
  const fixture = (): Fixture => built ?? notStarted(world ? undefined : 'useApiFixture({ world: false }) builds no world');

  if (per === 'file') {
    beforeAll(async () => {
      current = await startApi(start);
      if (world) built = await buildFixture(current);
    });
    afterAll(() => current?.close());
  } else {
    beforeAll(async () => {
      seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-seed-'));
      const seeding = await startApi({ ...start, dir: seedDir });
      try {
        if (world) built = await buildFixture(seeding);
      } finally {
        await seeding.close();
      }
    });
    beforeEach(async () => {
      current = await startApi({ ...start, seed: path.join(seedDir ?? notStarted(), DATABASE_FILE) });
    });
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });
    afterAll(() => {
      if (seedDir) fs.rmSync(seedDir, { recursive: true, force: true });
    });
  }

  const h: ApiHarness = {
    get url() {
      return live().url;
    },
    get store() {
      return live().store;
    },
    get ctx() {
      return live().ctx;
    },
    request(method, p, requestOptions) {
      return live().request(method, p, requestOptions);
    },
    close() {
      throw new Error('useApiFixture() closes its servers itself');
    },
  };
  const f: Fixture = {
    get officeA() {
      return fixture().officeA;
    },
    get officeB() {
      return fixture().officeB;
    },
    get planA() {
      return fixture().planA;
    },
    get planB() {
      return fixture().planB;
    },
    get objective() {
      return fixture().objective;
    },
    get activity() {
      return fixture().activity;
    },
    get target() {
      return fixture().target;
    },
  };
  return { h, f };
}

function notStarted(why = 'useApiFixture(): the server and its world exist only inside tests and hooks'): never {
  throw new Error(why);
}
