// Rules that could be bypassed (issue 12, section 4), through the HTTP API on a real SQLite
// file: invisible or XML-forbidden text, plans without targets, separation of duties, numbers
// out of range, who gets the import template, Cache-Control, and the dev-mode Host check.
// Every refusal leaves the store as it was.

import http from 'node:http';
import { USERS, type ApiResponse } from '../support/api-harness';
import { expectProblem, expectStatus, objectiveBody, snapshot, submit, targetBody, useApiFixture } from './fixture';

describe('rules that could be bypassed', () => {
  const { h, f } = useApiFixture();

  /** Sends the request, asserts the problem (and the field) and that nothing changed. */
  async function refused(send: () => Promise<ApiResponse>, status: number, field?: string) {
    const before = await snapshot(h, f);
    const res = await send();
    expectProblem(res, status, field);
    expect(await snapshot(h, f)).toEqual(before);
    return res;
  }

  const act = (planId: string, action: string, etag: string, as: string, body?: unknown) =>
    h.request('POST', `/api/plans/${planId}/${action}`, { as, body, headers: { 'If-Match': etag } });

  describe('required text', () => {
    it.each([
      ['zero-width spaces', '\u200B\u200B\u200B'],
      ['a word joiner and a byte-order mark', '\u2060\uFEFF'],
      ['bidi marks between spaces', ' \u200E \u200F '],
    ])('refuses to return a plan with a comment of only %s', async (_what, comment) => {
      const etag = await submit(h, f.planA.id, f.planA.etag);
      const res = await refused(() => act(f.planA.id, 'return', etag, USERS.advisor, { comment }), 400, 'comment');
      expect(res.body.detail).toContain('comment');
    });

    it('refuses an objective whose title is only zero-width characters', async () => {
      await refused(
        () => h.request('POST', `/api/plans/${f.planA.id}/objectives`, { as: USERS.focalA, body: objectiveBody({ title: '\u200B\u200C\u200D' }) }),
        400,
        'title',
      );
    });
  });

  describe('characters XML 1.0 forbids', () => {
    it.each([
      ['an office name with U+0001', () => h.request('POST', '/api/offices', { as: USERS.advisor, body: { code: 'XX1', name: 'Office\u0001' } }), 'name'],
      [
        'an objective title with U+FFFF',
        () => h.request('POST', `/api/plans/${f.planA.id}/objectives`, { as: USERS.focalA, body: objectiveBody({ title: 'Women\uFFFF' }) }),
        'title',
      ],
      [
        'a target description with a lone surrogate',
        () => h.request('POST', `/api/activities/${f.activity.id}/targets`, { as: USERS.focalA, body: targetBody({ description: 'Trained\uD83D' }) }),
        'description',
      ],
      [
        'a check-in note with a vertical tab',
        () => h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { status: 'on-track', note: 'a\u000Bb' } }),
        'note',
      ],
      ['a submit comment with NUL', () => act(f.planA.id, 'submit', f.planA.etag, USERS.focalA, { comment: 'ready\u0000' }), 'comment'],
      [
        'a target patch with U+FFFE',
        () => h.request('PATCH', `/api/targets/${f.target.id}`, { as: USERS.focalA, body: { indicator: 'x\uFFFE' }, headers: { 'If-Match': f.target.etag } }),
        'indicator',
      ],
    ])('refuses %s with 400 naming the field', async (_what, send, field) => {
      await refused(send, 400, field);
    });
  });

  describe('plans without a single target', () => {
    it('refuses to submit a plan with no target, saying why', async () => {
      const planB = (await h.request('GET', `/api/plans/${f.planB.id}`, { as: USERS.focalB })).headers.get('etag') ?? '';
      const res = await refused(() => act(f.planB.id, 'submit', planB, USERS.focalB), 409);
      expect(res.body.detail).toMatch(/without a single target/);
    });

    it('refuses to endorse a submitted plan that has no target', async () => {
      // A plan submitted empty before this rule existed: written straight into the store.
      const plan = await h.store.get('plan', f.planB.id);
      if (!plan) throw new Error('plan B is missing');
      await h.store.commit({
        actor: USERS.focalB,
        at: '2026-11-27T09:00:00.000Z',
        changes: [
          {
            op: 'update',
            entity: 'plan',
            id: f.planB.id,
            expectedVersion: plan.version,
            patch: { status: 'submitted', history: [{ status: 'submitted', by: USERS.focalB, at: '2026-11-27T09:00:00.000Z', comment: null }] },
          },
        ],
      });
      const etag = (await h.request('GET', `/api/plans/${f.planB.id}`, { as: USERS.advisor })).headers.get('etag') ?? '';
      const res = await refused(() => act(f.planB.id, 'endorse', etag, USERS.advisor), 409);
      expect(res.body.detail).toMatch(/without a single target/);
    });
  });

  describe('separation of duties', () => {
    /** The Gender Unit advisor makes herself a focal point of office A and submits its plan. */
    async function advisorSubmitsPlanA(): Promise<string> {
      const office = expectStatus(
        await h.request('PATCH', `/api/offices/${f.officeA.id}`, {
          as: USERS.advisor,
          body: { focalPoints: [USERS.focalA, USERS.advisor] },
          headers: { 'If-Match': f.officeA.etag },
        }),
        200,
      );
      expect(office.body.focalPoints).toContain(USERS.advisor);
      return submit(h, f.planA.id, f.planA.etag, USERS.advisor);
    }

    it.each([
      ['endorse', undefined],
      ['return', { comment: 'Please add baselines' }],
    ])('refuses to let the Gender Unit member who submitted a plan %s it (403 with the reason)', async (action, body) => {
      const etag = await advisorSubmitsPlanA();
      const res = await refused(() => act(f.planA.id, action, etag, USERS.advisor, body), 403);
      expect(res.body.detail).toMatch(/You submitted this plan.*separation of duties/);
    });
  });

  describe('numbers', () => {
    it.each([
      ['baseline', 1e16],
      ['targetValue', -1.7e308],
      ['targetValue', 1e15 + 2],
    ])('refuses a target whose %s is %d', async (field, value) => {
      await refused(
        () => h.request('POST', `/api/activities/${f.activity.id}/targets`, { as: USERS.focalA, body: targetBody({ [field]: value }) }),
        400,
        field,
      );
    });

    it('refuses a check-in value beyond 1e15', async () => {
      await refused(
        () => h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { status: 'on-track', value: 1e300 } }),
        400,
        'value',
      );
    });

    it('refuses a patch that would set an extreme baseline', async () => {
      await refused(
        () => h.request('PATCH', `/api/targets/${f.target.id}`, { as: USERS.focalA, body: { baseline: -1e300 }, headers: { 'If-Match': f.target.etag } }),
        400,
        'baseline',
      );
    });
  });

  describe('the import template', () => {
    it.each([
      ['the focal point of an office', 200, USERS.focalA],
      ['an administrator', 200, USERS.admin],
      ['a viewer', 403, USERS.viewer],
      ['the Gender Unit (who reviews, not imports)', 403, USERS.advisor],
      ['a target owner', 403, USERS.owner],
    ])('answers %s with %d', async (_who, status, as) => {
      const res = await h.request('GET', '/api/import/template.xlsx', { as });
      expect(res.status).toBe(status);
      if (status === 403) expectProblem(res, 403);
    });
  });

  describe('Cache-Control', () => {
    it.each([
      ['GET /api/me', 'GET', '/api/me', USERS.viewer],
      ['GET /api/plans', 'GET', '/api/plans', USERS.viewer],
      ['GET /api/plans/{id}', 'GET', 'plan', USERS.viewer],
      ['GET /api/targets', 'GET', '/api/targets?owner=me', USERS.owner],
      ['GET /api/offices', 'GET', '/api/offices', USERS.viewer],
      ['GET /api/dashboard', 'GET', '/api/dashboard', USERS.viewer],
      ['GET /api/audit', 'GET', '/api/audit', USERS.advisor],
      ['a 403 problem', 'GET', '/api/audit', USERS.viewer],
      ['a 404 problem', 'GET', '/api/plans/no-such-plan', USERS.viewer],
      ['a 401 problem', 'GET', '/api/plans', ''],
      ['an Excel export', 'GET', '/api/export/action-plan.xlsx', USERS.advisor],
      ['a Word export', 'GET', '/api/export/action-plan.docx', USERS.advisor],
      ['the import template', 'GET', '/api/import/template.xlsx', USERS.focalA],
    ])('says no-store on %s', async (_what, method, path, as) => {
      const res = await h.request(method, path === 'plan' ? `/api/plans/${f.planA.id}` : path, as ? { as } : {});
      expect(res.headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('the Host header in dev mode (DNS rebinding)', () => {
    const get = (host: string) =>
      new Promise<{ status: number; type?: string }>((resolve, reject) => {
        const url = new URL(`${h.url}/api/me`);
        http
          .get({ host: url.hostname, port: url.port, path: url.pathname, headers: { host, 'x-dev-user': USERS.advisor } }, (res) => {
            res.resume().on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type']?.split(';')[0] }));
          })
          .on('error', reject);
      });

    it.each(['evil.example', 'evil.example:3978', '127.0.0.1.evil.example', 'localhost.evil.example', '10.0.0.5:3978'])(
      'refuses Host "%s" with 421 problem+json',
      async (host) => {
        expect(await get(host)).toEqual({ status: 421, type: 'application/problem+json' });
      },
    );

    it.each(['localhost', 'localhost:3978', '127.0.0.1:3978', '[::1]:3978', 'LOCALHOST'])('serves Host "%s"', async (host) => {
      expect((await get(host)).status).toBe(200);
    });
  });
});
