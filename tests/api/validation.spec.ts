// Invalid input is refused before anything is written: 400 with field-level detail for bad
// fields, 413/415 for bodies the API does not read, 428 for a missing If-Match and 412 for one
// that is not the current tag. Every case checks that the store (audit trail and plan trees) is unchanged,
// and every field problem carries its stable code (src/domain/problem-codes.ts) and params.

import { USERS, type ApiResponse } from '../support/api-harness';
import { expectProblem, objectiveBody, snapshot, targetBody, useApiFixture } from './fixture';

describe('invalid requests', () => {
  const { h, f } = useApiFixture({ per: 'file' });

  /** Sends the request, asserts the problem (with the field's code, when named) and that nothing changed. */
  async function refused(send: () => Promise<ApiResponse>, status: number, field?: string, code?: string) {
    const before = await snapshot(h, f);
    const res = await send();
    expectProblem(res, status, field);
    if (code !== undefined) {
      expect(res.body.errors).toEqual(expect.arrayContaining([{ field, code, params: expect.any(Object), message: expect.any(String) }]));
    }
    expect(await snapshot(h, f)).toEqual(before);
    return res;
  }

  /** The one problem the response names for `field`. */
  const problemOf = (res: ApiResponse, field: string) => res.body.errors.find((e: { field: string }) => e.field === field);

  const postTarget = (body: unknown) => h.request('POST', `/api/activities/${f.activity.id}/targets`, { as: USERS.focalA, body });
  const postObjective = (body: unknown) => h.request('POST', `/api/plans/${f.planA.id}/objectives`, { as: USERS.focalA, body });
  const patchTarget = (body: unknown, headers: Record<string, string> = { 'If-Match': f.target.etag }) =>
    h.request('PATCH', `/api/targets/${f.target.id}`, { as: USERS.focalA, body, headers });
  const checkIn = (body: unknown) => h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body });

  describe('bodies the API cannot read', () => {
    it('refuses malformed JSON with 400 naming the body', async () => {
      const res = await refused(
        () =>
          h.request('POST', `/api/plans/${f.planA.id}/objectives`, {
            as: USERS.focalA,
            rawBody: '{"title": "x",',
            headers: { 'content-type': 'application/json' },
          }),
        400,
        '(body)',
        'not-json',
      );
      expect(res.body.title).toBe('Malformed JSON');
    });

    it('refuses a JSON body that is not an object or array (strict JSON) with 400', async () => {
      await refused(
        () => h.request('POST', '/api/offices', { as: USERS.advisor, rawBody: '"just a string"', headers: { 'content-type': 'application/json' } }),
        400,
        '(body)',
        'not-json',
      );
    });

    it('refuses a JSON array where an object is expected with 400 naming the body', async () => {
      const res = await refused(() => postObjective([objectiveBody()]), 400, '(body)', 'wrong-type');
      expect(problemOf(res, '(body)').params).toEqual({ expected: 'object' });
    });

    it('refuses a body over 256 kB with 413', async () => {
      const rawBody = JSON.stringify(targetBody({ description: 'x'.repeat(300 * 1024) }));
      await refused(
        () => h.request('POST', `/api/activities/${f.activity.id}/targets`, { as: USERS.focalA, rawBody, headers: { 'content-type': 'application/json' } }),
        413,
      );
    });

    it('refuses a body sent as text/plain with 415', async () => {
      await refused(
        () =>
          h.request('POST', `/api/plans/${f.planA.id}/objectives`, {
            as: USERS.focalA,
            rawBody: JSON.stringify(objectiveBody()),
            headers: { 'content-type': 'text/plain' },
          }),
        415,
      );
    });

    it('accepts application/json with a charset', async () => {
      const res = await h.request('GET', '/api/me', { as: USERS.focalA });
      expect(res.status).toBe(200);
      const ok = await h.request('PATCH', `/api/offices/${f.officeB.id}`, {
        as: USERS.advisor,
        rawBody: JSON.stringify({ digestChannelId: null }),
        headers: { 'content-type': 'application/json; charset=utf-8', 'If-Match': f.officeB.etag },
      });
      expect(ok.status).toBe(200);
      f.officeB.etag = ok.headers.get('etag')!;
    });
  });

  describe('fields', () => {
    it.each([
      ['dueDate as a number', () => postTarget(targetBody({ dueDate: 5 })), 'dueDate', 'wrong-type'],
      ['dueDate before 1990', () => postTarget(targetBody({ dueDate: '1800-01-01' })), 'dueDate', 'date'],
      ['dueDate that does not exist (30 February)', () => postTarget(targetBody({ dueDate: '2026-02-30' })), 'dueDate', 'date'],
      ['dueDate in another format', () => postTarget(targetBody({ dueDate: '31/12/2026' })), 'dueDate', 'date'],
      ['owner that is not an e-mail address', () => postTarget(targetBody({ owner: 'someone' })), 'owner', 'email'],
      ['targetValue as a string', () => postTarget(targetBody({ targetValue: '80' })), 'targetValue', 'not-a-number'],
      ['status outside the catalogue', () => postTarget(targetBody({ status: 'done' })), 'status', 'choice'],
      ['a missing description', () => postTarget(targetBody({ description: undefined })), 'description', 'required'],
      ['an unknown field', () => postTarget(targetBody({ colour: 'red' })), 'colour', 'unknown-field'],
      ['paragraphs as strings', () => postObjective(objectiveBody({ paragraphs: ['x'] })), 'paragraphs.0', 'not-a-number'],
      ['paragraph 19', () => postObjective(objectiveBody({ paragraphs: [19] })), 'paragraphs.0', 'too-big'],
      ['no paragraphs', () => postObjective(objectiveBody({ paragraphs: [] })), 'paragraphs', 'too-few'],
      ['a blank title', () => postObjective(objectiveBody({ title: '   ' })), 'title', 'required'],
      ['a pillar outside the catalogue', () => postObjective(objectiveBody({ pillar: 'peace' })), 'pillar', 'choice'],
      [
        'an activity ending before it starts',
        () =>
          h.request('POST', `/api/objectives/${f.objective.id}/activities`, { as: USERS.focalA, body: { title: 'A', start: '2026-12-01', end: '2026-11-01' } }),
        'end',
        'end-before-start',
      ],
      [
        'a plan cycle that ends before it starts',
        () => h.request('POST', '/api/plans', { as: USERS.focalA, body: { office: f.officeA.code, cycle: '2007-2006' } }),
        'cycle',
        'end-not-after-start',
      ],
      ['an unknown field in a target patch', () => patchTarget({ ref: '9.9.z' }), 'ref', 'unknown-field'],
      ['dueDate out of range in a target patch', () => patchTarget({ dueDate: '1800-01-01' }), 'dueDate', 'date'],
      ['an office code in lower case', () => h.request('POST', '/api/offices', { as: USERS.advisor, body: { code: 'oo', name: 'Office' } }), 'code', 'format'],
    ])('refuses %s with 400 naming the field and its code', async (_what, send, field, code) => {
      await refused(send, 400, field, code);
    });

    it('gives the params a translation needs beside the code', async () => {
      const paragraph = await refused(() => postObjective(objectiveBody({ paragraphs: [19] })), 400);
      expect(problemOf(paragraph, 'paragraphs.0')).toMatchObject({ code: 'too-big', params: { max: 18 } });
      const title = await refused(() => postObjective(objectiveBody({ title: 'x'.repeat(501) })), 400);
      expect(problemOf(title, 'title')).toMatchObject({ code: 'too-long', params: { max: 500 }, message: 'must be at most 500 characters' });
      const date = await refused(() => postTarget(targetBody({ dueDate: '1800-01-01' })), 400);
      expect(problemOf(date, 'dueDate')).toMatchObject({ code: 'date', params: { min: '1990-01-01', max: '2100-12-31' } });
    });

    it('names every offending field at once', async () => {
      const res = await refused(() => postTarget(targetBody({ dueDate: 5, owner: 'nobody', extra: true })), 400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['dueDate', 'extra', 'owner']);
    });
  });

  describe('check-ins', () => {
    it.each([
      ['dated in the future', { status: 'on-track', date: '2026-11-29' }, 'date', 'in-the-future'],
      ['with percent 150', { status: 'on-track', percent: 150 }, 'percent', 'too-big'],
      ['with a negative percent', { status: 'on-track', percent: -1 }, 'percent', 'too-small'],
      ['without a status', { percent: 10 }, 'status', 'required'],
      ['with an evidence link that is not http(s)', { status: 'on-track', evidenceUrl: 'javascript:alert(1)' }, 'evidenceUrl', 'url'],
    ])('refuses a check-in %s with 400 naming the field and its code', async (_what, body, field, code) => {
      await refused(() => checkIn(body), 400, field, code);
    });

    it('accepts a check-in dated today', async () => {
      const res = await h.request('POST', `/api/targets/${f.target.id}/checkins`, {
        as: USERS.owner,
        body: { status: 'on-track', date: '2026-11-28', percent: 10 },
      });
      expect(res.status).toBe(201);
    });
  });

  describe('If-Match', () => {
    // A tag that is not the current one is a failed precondition, whatever its form: 412 with
    // the current state, never 400.
    it.each(['3', 'W/3', '"abc"', '*', '"1", "2"', '"1-2026"', '"v1"', '"99999999999999"'])(
      'answers If-Match %s, which is not the current tag, with 412 and the current target',
      async (value) => {
        const res = await refused(() => patchTarget({ indicator: 'x' }, { 'If-Match': value }), 412);
        expect(res.body.current).toMatchObject({ id: f.target.id, indicator: 'Share of contingents trained' });
      },
    );

    it('answers a plan change with a foreign If-Match with 412 and the current plan tree', async () => {
      const res = await refused(
        () => h.request('POST', `/api/plans/${f.planA.id}/submit`, { as: USERS.focalA, headers: { 'If-Match': '"not-a-version"' } }),
        412,
      );
      expect(res.body.current).toMatchObject({ id: f.planA.id, status: 'draft' });
    });

    it.each([
      ['PATCH a target', () => patchTarget({ indicator: 'x' }, {})],
      ['DELETE a target', () => h.request('DELETE', `/api/targets/${f.target.id}`, { as: USERS.focalA })],
      ['PATCH a plan', () => h.request('PATCH', `/api/plans/${f.planA.id}`, { as: USERS.focalA, body: { title: 'x' } })],
      ['submit a plan', () => h.request('POST', `/api/plans/${f.planA.id}/submit`, { as: USERS.focalA })],
      ['PATCH an office', () => h.request('PATCH', `/api/offices/${f.officeA.id}`, { as: USERS.advisor, body: { name: 'x' } })],
    ])('refuses to %s without If-Match with 428', async (_what, send) => {
      await refused(send, 428);
    });
  });

  describe('conflicts and unknown records', () => {
    it.each([
      ['an office code already taken', () => h.request('POST', '/api/offices', { as: USERS.advisor, body: { code: f.officeA.code, name: 'Twin' } }), 409],
      [
        'a second plan for the same office and cycle',
        () => h.request('POST', '/api/plans', { as: USERS.focalA, body: { office: f.officeA.code, cycle: '2006-2007' } }),
        409,
      ],
      ['a target reference already used in the plan', () => postTarget(targetBody({ ref: '1.1.a' })), 409],
      [
        'a plan for an office that does not exist',
        () => h.request('POST', '/api/plans', { as: USERS.advisor, body: { office: 'ZZ9', cycle: '2006-2007' } }),
        404,
      ],
      [
        'a change to a target that does not exist',
        () => h.request('PATCH', '/api/targets/no-such-target', { as: USERS.focalA, body: { indicator: 'x' }, headers: { 'If-Match': '"1"' } }),
        404,
      ],
      [
        'a check-in on a target that does not exist',
        () => h.request('POST', '/api/targets/no-such-target/checkins', { as: USERS.owner, body: { status: 'on-track' } }),
        404,
      ],
    ])('refuses %s with %d', async (_what, send, status) => {
      await refused(send, status);
    });

    it('answers 404 for a plan that does not exist', async () => {
      expectProblem(await h.request('GET', '/api/plans/no-such-plan', { as: USERS.viewer }), 404);
    });
  });

  describe('query parameters', () => {
    it.each([
      ['/api/targets?colour=red', 'colour', 'unknown-field'],
      ['/api/targets?overdue=yes', 'overdue', 'choice'],
      ['/api/targets?dueBefore=2026-02-30', 'dueBefore', 'date'],
      ['/api/targets?office=lower', 'office', 'format'],
      ['/api/plans?status=draft', 'status', 'unknown-field'],
      ['/api/dashboard?cycle=06-07', 'cycle', 'format'],
      ['/api/audit?entity=person', 'entity', 'choice'],
      ['/api/audit?limit=0', 'limit', 'too-small'],
    ])('refuses GET %s with 400 naming %s (%s)', async (path, field, code) => {
      await refused(() => h.request('GET', path, { as: USERS.advisor }), 400, field, code);
    });
  });
});
