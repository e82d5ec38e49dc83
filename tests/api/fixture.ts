// The small world the API tests start from, built through the HTTP API as the right users:
// offices A and B (advisor), a draft plan for A with one objective, activity and target owned
// by USERS.owner (focal point A), and an empty draft plan for B (focal point B).

import type { ApiHarness, ApiResponse } from '../support/api-harness';
import { USERS } from '../support/api-harness';

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
