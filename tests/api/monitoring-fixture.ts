// The monitoring world on top of the API fixture (fixture.ts), built through the HTTP API: the
// cycle 2006-2007 reported quarterly, office A's target sex-disaggregated with milestones for
// 2006 Q1 and Q2, a second target of A counted as a number, one target for office B, both
// plans endorsed (so both offices are expected to report). A clock the spec moves.

import { devAuthenticator, type DirectoryEntry } from '../../src/server/auth/dev-authenticator';
import { DIRECTORY, USERS, type ApiHarness, type ApiResponse } from '../support/api-harness';
import { addActivity, addObjective, addTarget, CYCLE, endorse, expectStatus, planEtag, submit, type Fixture } from './fixture';

export const Q1 = `${CYCLE}_2006-Q1`;
export const Q2 = `${CYCLE}_2006-Q2`;
export const Q3 = `${CYCLE}_2006-Q3`;

/** A member of the Gender Unit who is also office A's focal point: she may submit, never then accept. */
export const FOCAL_ADVISOR = 'focal.advisor@dpko.example.org';
/** A second member of the Gender Unit, to review what the first one submitted. */
export const SECOND_ADVISOR = 'second.advisor@dpko.example.org';

const MONITORING_PEOPLE: DirectoryEntry[] = [
  { email: FOCAL_ADVISOR, name: 'Focal Advisor', roles: ['gender-unit'] },
  { email: SECOND_ADVISOR, name: 'Second Advisor', roles: ['gender-unit'] },
];
export const monitoringAuthenticator = () => devAuthenticator([...DIRECTORY, ...MONITORING_PEOPLE]);

/** A clock the spec sets: `clock.set('2006-04-03')` moves "now" to 09:00 UTC that day. */
export function movableClock(start: string) {
  let now = new Date(`${start}T09:00:00.000Z`);
  return {
    now: () => now,
    set(day: string) {
      now = new Date(`${day}T09:00:00.000Z`);
    },
  };
}

export interface MonitoringWorld {
  /** Office A's sex-disaggregated target (the fixture's), with milestones Q1: 10, Q2: 20. */
  sexTarget: string;
  /** Office A's second target, a plain number, with milestone Q1: 5. */
  numberTarget: string;
  /** Office B's only target. */
  targetB: string;
}

export async function buildMonitoringWorld(h: ApiHarness, f: Fixture): Promise<MonitoringWorld> {
  expectStatus(await h.request('POST', '/api/cycles', { as: USERS.advisor, body: { code: CYCLE, periodicity: 'quarterly' } }), 201);
  const target = expectStatus(await h.request('GET', `/api/plans/${f.planA.id}`, { as: USERS.focalA }), 200).body.objectives[0].activities[0].targets[0];
  expectStatus(
    await h.request('PATCH', `/api/targets/${f.target.id}`, {
      as: USERS.focalA,
      headers: { 'If-Match': `"${target.version}"` },
      body: {
        indicatorType: 'number',
        disaggregation: 'sex',
        unit: 'officers',
        baseline: 0,
        targetValue: 40,
        milestones: [
          { periodId: Q1, value: 10 },
          { periodId: Q2, value: 20 },
        ],
      },
    }),
    200,
  );
  const numberTarget = await addTarget(h, f.activity.id, {
    description: 'Gender focal points appointed',
    indicator: 'Focal points',
    unit: null,
    baseline: 0,
    targetValue: 8,
    milestones: [{ periodId: Q1, value: 5 }],
  });
  const activityB = await addActivity(h, (await addObjective(h, f.planB.id, {}, USERS.focalB)).id, {}, USERS.focalB);
  const targetB = await addTarget(h, activityB.id, { owner: USERS.focalB }, USERS.focalB);
  await endorse(h, f.planA.id, await submit(h, f.planA.id, await planEtag(h, f.planA.id)));
  await endorse(h, f.planB.id, await submit(h, f.planB.id, await planEtag(h, f.planB.id), USERS.focalB));
  return { sexTarget: f.target.id, numberTarget: numberTarget.id, targetB: targetB.id };
}

export function checkIn(h: ApiHarness, targetId: string, body: Record<string, unknown>, as: string = USERS.owner): Promise<ApiResponse> {
  return h.request('POST', `/api/targets/${targetId}/checkins`, { as, body: { status: 'on-track', ...body } });
}

export async function startReport(h: ApiHarness, periodId: string, office: string, as: string = USERS.focalA): Promise<ApiResponse> {
  return expectStatus(await h.request('POST', '/api/reports', { as, body: { periodId, office } }), 201);
}

export function act(
  h: ApiHarness,
  reportId: string,
  action: 'submit' | 'accept' | 'return',
  as: string,
  body?: Record<string, unknown>,
  etag?: string,
): Promise<ApiResponse> {
  return h.request('POST', `/api/reports/${reportId}/${action}`, { as, body, headers: etag ? { 'If-Match': etag } : {} });
}

export function close(h: ApiHarness, periodId: string, body?: Record<string, unknown>, as: string = USERS.advisor): Promise<ApiResponse> {
  return h.request('POST', `/api/periods/${periodId}/close`, { as, body });
}
