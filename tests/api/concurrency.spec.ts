// Optimistic concurrency through HTTP: two writers with the same If-Match, one wins, the
// other gets 412 with the current state and its ETag, re-sends, and neither edit is lost.
// The plan's ETag stands for its whole tree, and If-None-Match saves a download.

import http from 'node:http';
import zlib from 'node:zlib';
import { NOW, USERS, type ApiHarness, type ApiResponse } from '../support/api-harness';
import { expectProblem, getPlan, planEtag, useApiFixture } from './fixture';

describe('concurrent writers', () => {
  const { h, f } = useApiFixture();

  /** Runs `meanwhile` right after the next read of one record, as another writer would. */
  /** Runs `meanwhile` right after the service's first read of the record (by get, or the check-in's target-with-plan read). */
  function interceptOnce(entity: 'office' | 'target', id: string, meanwhile: () => Promise<unknown>) {
    const get = h.store.get.bind(h.store);
    const getTargetWithPlan = h.store.getTargetWithPlan.bind(h.store);
    let armed = true;
    const after = async <T>(matches: boolean, record: T): Promise<T> => {
      if (armed && matches) {
        armed = false;
        await meanwhile();
      }
      return record;
    };
    jest.spyOn(h.store, 'get').mockImplementation(async (e: string, i: string) => after(e === entity && i === id, await get(e as 'office', i)));
    jest.spyOn(h.store, 'getTargetWithPlan').mockImplementation(async (i: string) => after(entity === 'target' && i === id, await getTargetWithPlan(i)));
  }
  afterEach(() => jest.restoreAllMocks());

  const targetOf = async () => (await getPlan(h, f.planA.id)).body.objectives[0].activities[0].targets[0];
  /** Orders two responses as [winner, loser] by status, failing unless they are exactly one 200 and one 412. */
  function split(a: ApiResponse, b: ApiResponse): [ApiResponse, ApiResponse, number] {
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    return a.status === 200 ? [a, b, 0] : [b, a, 1];
  }

  describe('PATCH /api/targets/:id', () => {
    const edits = [{ indicator: 'Contingents with a gender adviser' }, { description: 'Every contingent briefed' }];
    const patch = (body: unknown, etag: string) => h.request('PATCH', `/api/targets/${f.target.id}`, { as: USERS.focalA, body, headers: { 'If-Match': etag } });

    it('lets exactly one of two writers with the same If-Match win', async () => {
      const [winner, loser, w] = split(...((await Promise.all(edits.map((e) => patch(e, f.target.etag)))) as [ApiResponse, ApiResponse]));
      expect(winner.body).toMatchObject({ ...edits[w], version: 2 });
      expect(winner.headers.get('etag')).toBe('"2"');
      expectProblem(loser, 412);
      expect(loser.body.current).toMatchObject({ id: f.target.id, ...edits[w], version: 2 });
      expect(loser.headers.get('etag')).toBe('"2"');
    });

    it('keeps both edits when the loser re-sends with the ETag from the 412', async () => {
      const [, loser, w] = split(...((await Promise.all(edits.map((e) => patch(e, f.target.etag)))) as [ApiResponse, ApiResponse]));
      const retry = await patch(edits[1 - w], loser.headers.get('etag')!);
      expect(retry.status).toBe(200);
      expect(retry.headers.get('etag')).toBe('"3"');
      expect(await targetOf()).toMatchObject({ ...edits[0], ...edits[1], version: 3 });
    });

    it('refuses a stale If-Match without changing the target', async () => {
      await patch(edits[0], f.target.etag);
      const before = await targetOf();
      const res = await patch({ unit: 'contingents' }, f.target.etag);
      expectProblem(res, 412);
      expect(await targetOf()).toEqual(before);
    });
  });

  describe('PATCH /api/plans/:id', () => {
    const patch = (title: string, etag: string) =>
      h.request('PATCH', `/api/plans/${f.planA.id}`, { as: USERS.focalA, body: { title }, headers: { 'If-Match': etag } });

    it('lets exactly one of two writers win, and the 412 carries the whole current tree and its ETag', async () => {
      const titles = ['Plan by writer one', 'Plan by writer two'];
      const [winner, loser, w] = split(...((await Promise.all(titles.map((t) => patch(t, f.planA.etag)))) as [ApiResponse, ApiResponse]));
      expect(winner.body.title).toBe(titles[w]);
      expectProblem(loser, 412);
      const current = (await getPlan(h, f.planA.id)).body;
      expect(loser.body.current).toEqual(current);
      expect(loser.body.current.objectives[0].activities[0].targets[0].id).toBe(f.target.id);
      expect(loser.headers.get('etag')).toBe(`"${current.version}"`);

      const retry = await patch(titles[1 - w]!, loser.headers.get('etag')!);
      expect(retry.status).toBe(200);
      expect((await getPlan(h, f.planA.id)).body.title).toBe(titles[1 - w]);
    });

    it('refuses a PATCH based on a tree whose target has since changed', async () => {
      const changed = await h.request('PATCH', `/api/targets/${f.target.id}`, {
        as: USERS.focalA,
        body: { unit: 'contingents' },
        headers: { 'If-Match': f.target.etag },
      });
      expect(changed.status).toBe(200);
      const res = await patch('Written on an old read', f.planA.etag);
      expectProblem(res, 412);
      expect(res.body.current.objectives[0].activities[0].targets[0].unit).toBe('contingents');
    });

    it('refuses a submit based on an old read with 412 and leaves the plan a draft', async () => {
      await patch('Renamed', f.planA.etag);
      const res = await h.request('POST', `/api/plans/${f.planA.id}/submit`, { as: USERS.focalA, headers: { 'If-Match': f.planA.etag } });
      expectProblem(res, 412);
      expect(res.body.current).toMatchObject({ status: 'draft', title: 'Renamed' });
      expect((await getPlan(h, f.planA.id)).body.status).toBe('draft');
    });
  });

  describe('races with the workflow and with check-ins', () => {
    it('never lets a target edit and a submit both succeed when sent together', async () => {
      const [edit, sub] = await Promise.all([
        h.request('PATCH', `/api/targets/${f.target.id}`, { as: USERS.focalA, body: { unit: 'contingents' }, headers: { 'If-Match': f.target.etag } }),
        h.request('POST', `/api/plans/${f.planA.id}/submit`, { as: USERS.focalA, headers: { 'If-Match': f.planA.etag } }),
      ]);
      const tree = (await getPlan(h, f.planA.id)).body;
      const unit = tree.objectives[0].activities[0].targets[0].unit;
      // Either the edit came first (the submit's If-Match is then stale) or the submit did (the plan is then closed to edits).
      expect([
        [200, 412, 'draft', 'contingents'],
        [409, 200, 'submitted', '%'],
      ]).toContainEqual([edit.status, sub.status, tree.status, unit]);
    });

    it('records two check-ins sent together on the same target, both of them', async () => {
      const post = (as: string, percent: number) => h.request('POST', `/api/targets/${f.target.id}/checkins`, { as, body: { status: 'on-track', percent } });
      const results = await Promise.all([post(USERS.owner, 10), post(USERS.focalA, 20)]);
      expect(results.map((r) => r.status)).toEqual([201, 201]);
      const list = await h.request('GET', `/api/targets/${f.target.id}/checkins`, { as: USERS.viewer });
      expect(list.body.map((c: { author: string }) => c.author).sort()).toEqual([USERS.focalA, USERS.owner].sort());
    });

    it('takes a check-in even when the target changes between its read and its write', async () => {
      interceptOnce('target', f.target.id, () =>
        h.store.commit({
          actor: USERS.focalA,
          at: NOW.toISOString(),
          changes: [{ op: 'update', entity: 'target', id: f.target.id, expectedVersion: 1, patch: { unit: 'contingents' } }],
        }),
      );
      const res = await h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { status: 'at-risk', percent: 15 } });
      expect(res.status).toBe(201);
      expect(await targetOf()).toMatchObject({ unit: 'contingents', status: 'at-risk', progress: 15, version: 3 });
    });

    it("submits a plan whose office is renamed by the Gender Unit between the submit's read and its write", async () => {
      // The caller's If-Match names the current plan; only the office (where the milestone is kept) moved on.
      interceptOnce('office', f.officeA.id, () =>
        h.store.commit({
          actor: USERS.advisor,
          at: NOW.toISOString(),
          changes: [{ op: 'update', entity: 'office', id: f.officeA.id, expectedVersion: 1, patch: { name: 'Renamed Office' } }],
        }),
      );
      const res = await h.request('POST', `/api/plans/${f.planA.id}/submit`, { as: USERS.focalA, headers: { 'If-Match': f.planA.etag } });
      const current = res.body.current as { code?: string; objectives?: unknown } | undefined;
      const currentIs = current === undefined ? 'absent' : current.objectives ? 'the plan tree' : current.code ? 'the office record' : 'something else';
      expect({ status: res.status, currentIs }).toEqual({ status: 200, currentIs: 'absent' });
      expect(res.body.status).toBe('submitted');
      const office = (await h.request('GET', '/api/offices', { as: USERS.advisor })).body.find((o: { id: string }) => o.id === f.officeA.id);
      expect(office).toMatchObject({ name: 'Renamed Office', milestones: { planSubmitted: '2026-11-28' } });
    });
  });

  describe('the plan ETag', () => {
    it('is the plan version and the day, and moves on when a target below changes', async () => {
      const first = await getPlan(h, f.planA.id);
      expect(first.headers.get('etag')).toBe(`"${first.body.version}-20261128"`);
      await h.request('PATCH', `/api/targets/${f.target.id}`, { as: USERS.focalA, body: { baseline: 3 }, headers: { 'If-Match': f.target.etag } });
      const second = await getPlan(h, f.planA.id);
      expect(second.headers.get('etag')).not.toBe(first.headers.get('etag'));
      expect(second.body.version).toBe(first.body.version + 1);
    });

    it('moves on when a check-in is recorded', async () => {
      const before = await planEtag(h, f.planA.id);
      const res = await h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { status: 'at-risk', percent: 5 } });
      expect(res.status).toBe(201);
      expect(await planEtag(h, f.planA.id)).not.toBe(before);
    });

    it('answers If-None-Match with the current ETag with 304, the ETag and no body', async () => {
      const etag = await planEtag(h, f.planA.id);
      const res = await conditionalGet(h, `/api/plans/${f.planA.id}`, USERS.viewer, etag);
      expect({ status: res.status, etag: res.etag, body: res.body }).toEqual({ status: 304, etag, body: '' });
    });

    it('answers If-None-Match with an old ETag with 200 and the tree', async () => {
      const old = await planEtag(h, f.planA.id);
      await h.request('PATCH', `/api/targets/${f.target.id}`, { as: USERS.focalA, body: { baseline: 3 }, headers: { 'If-Match': f.target.etag } });
      const res = await conditionalGet(h, `/api/plans/${f.planA.id}`, USERS.viewer, old);
      expect(res.status).toBe(200);
      expect(res.etag).toBe(await planEtag(h, f.planA.id));
      expect(JSON.parse(res.body).objectives[0].activities[0].targets[0].baseline).toBe(3);
    });

    it('still refuses a reader without access, even with a matching If-None-Match', async () => {
      const etag = await planEtag(h, f.planA.id);
      const res = await conditionalGet(h, `/api/plans/${f.planA.id}`, USERS.stranger, etag);
      expect(res.status).toBe(403);
      expect(res.etag).toBeUndefined();
    });
  });
});

describe('the plan representation over time', () => {
  let now = NOW;
  const { h, f } = useApiFixture({ clock: () => now });
  beforeEach(() => {
    now = NOW;
  });

  it('does not answer 304 the day after, when the same version has become overdue', async () => {
    const patched = await h.request('PATCH', `/api/targets/${f.target.id}`, {
      as: USERS.focalA,
      body: { dueDate: '2026-11-28' },
      headers: { 'If-Match': f.target.etag },
    });
    expect(patched.status).toBe(200);
    const today = await getPlan(h, f.planA.id);
    expect(today.body.objectives[0].activities[0].targets[0].overdue).toBe(false);

    now = new Date('2026-11-29T09:00:00.000Z');
    const tomorrow = await conditionalGet(h, `/api/plans/${f.planA.id}`, USERS.viewer, today.headers.get('etag')!);
    // "overdue", "daysOverdue" and the roll-ups depend on the day: a 304 would keep yesterday's view.
    expect(tomorrow.status).toBe(200);
    expect(JSON.parse(tomorrow.body).objectives[0].activities[0].targets[0]).toMatchObject({ overdue: true, daysOverdue: 1 });
  });

  it('serves the same tree with and without gzip', async () => {
    const plain = await getPlan(h, f.planA.id);
    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(`${h.url}/api/plans/${f.planA.id}`, { headers: { 'x-dev-user': USERS.viewer, 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(zipped.encoding).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(zipped.body).toString('utf8'))).toEqual(plain.body);
  });
});

/**
 * A GET with If-None-Match over plain node:http. (fetch cannot be used here: by the Fetch
 * standard, a request carrying If-None-Match also gets Cache-Control: no-cache, which tells
 * the server not to answer from freshness.)
 */
function conditionalGet(h: ApiHarness, path: string, as: string, etag: string): Promise<{ status: number; etag?: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${h.url}${path}`, { headers: { 'x-dev-user': as, 'if-none-match': etag } }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag, body }));
      })
      .on('error', reject);
  });
}
