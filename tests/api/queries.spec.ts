// The read side: target queries (mine, by office, overdue, due before), the dashboard's
// roll-ups and the audit trail of one record; GET /api/targets answers a page at a time.
// Today is 2026-11-28 (the harness clock).

import { NOW, USERS } from '../support/api-harness';
import { addDays } from '../../src/domain/dates';
import type { Target } from '../../src/domain/model';
import { commitOf, target } from '../support/factories';
import { addActivity, addObjective, addTarget, expectProblem, expectStatus, useApiFixture } from './fixture';

const ELSEWHERE = 'someone.else@dpko.example.org';

describe('queries', () => {
  const { h, f } = useApiFixture({ per: 'file' });
  /** Target ids by name: t0 is the fixture's (due 2026-12-31). */
  const t: Record<'t0' | 't1' | 't2' | 't3' | 'b1' | 'b2', string> = { t0: '', t1: '', t2: '', t3: '', b1: '', b2: '' };

  beforeAll(async () => {
    t.t0 = f.target.id;
    t.t1 = (await addTarget(h, f.activity.id, { dueDate: '2026-11-01' })).id; // 27 days overdue
    t.t2 = (await addTarget(h, f.activity.id, { dueDate: '2026-11-18', status: 'achieved' })).id; // past due but achieved
    t.t3 = (await addTarget(h, f.activity.id, { dueDate: '2026-11-27', owner: ELSEWHERE })).id; // 1 day overdue
    const objB = await addObjective(h, f.planB.id, { pillar: 'protection', paragraphs: [6], functionalArea: 'police' }, USERS.focalB);
    const actB = await addActivity(h, objB.id, {}, USERS.focalB);
    t.b1 = (await addTarget(h, actB.id, { dueDate: '2026-06-30' }, USERS.focalB)).id; // 151 days overdue
    t.b2 = (await addTarget(h, actB.id, { dueDate: '2027-03-31', owner: USERS.focalB }, USERS.focalB)).id;
  });

  const ids = (body: { id: string }[]) => body.map((x) => x.id);
  const get = async (path: string, as: string = USERS.viewer) => expectStatus(await h.request('GET', path, { as }), 200).body;
  /** The targets of a query that fits on one page. */
  const targets = async (path: string, as?: string) => (await get(path, as)).items;

  describe('GET /api/targets', () => {
    it('owner=me lists the caller’s targets in every office, most overdue first', async () => {
      expect(ids(await targets('/api/targets?owner=me', USERS.owner))).toEqual([t.b1, t.t1, t.t2, t.t0]);
    });

    it('owner=EMAIL lists that person’s targets', async () => {
      expect(ids(await targets(`/api/targets?owner=${encodeURIComponent(USERS.focalB)}`))).toEqual([t.b2]);
    });

    it('office=CODE lists the office’s targets, each with officeCode, cycle and plan status', async () => {
      const body = await targets(`/api/targets?office=${f.officeA.code}`);
      expect(ids(body)).toEqual([t.t1, t.t3, t.t2, t.t0]);
      for (const x of body) expect(x).toMatchObject({ officeId: f.officeA.id, officeCode: f.officeA.code, cycle: '2006-2007', planStatus: 'draft' });
    });

    it('overdue=true lists open targets past their due date with days overdue', async () => {
      const body = await targets('/api/targets?overdue=true');
      expect(body.map((x: any) => [x.id, x.officeCode, x.overdue, x.daysOverdue])).toEqual([
        [t.b1, f.officeB.code, true, 151],
        [t.t1, f.officeA.code, true, 27],
        [t.t3, f.officeA.code, true, 1],
      ]);
    });

    it('does not count an achieved target as overdue, even past its due date', async () => {
      const body = await targets('/api/targets?dueBefore=2026-11-28');
      expect(body.find((x: any) => x.id === t.t2)).toMatchObject({ status: 'achieved', progress: 100, overdue: false, daysOverdue: 0 });
    });

    it('overdue=false lists the targets that are not overdue', async () => {
      const body = await targets('/api/targets?overdue=false');
      expect(ids(body).sort()).toEqual([t.t0, t.t2, t.b2].sort());
      expect(body.every((x: any) => x.overdue === false && x.daysOverdue === 0)).toBe(true);
    });

    it('dueBefore=DATE lists targets due strictly before the date', async () => {
      expect(ids(await targets('/api/targets?dueBefore=2026-12-31'))).toEqual([t.b1, t.t1, t.t3, t.t2]);
      expect(ids(await targets('/api/targets?dueBefore=2026-11-01'))).toEqual([t.b1]);
    });

    it('combines filters', async () => {
      expect(ids(await targets(`/api/targets?overdue=true&office=${f.officeB.code}`))).toEqual([t.b1]);
      expect(ids(await targets('/api/targets?overdue=true&dueBefore=2026-11-10'))).toEqual([t.b1, t.t1]);
      expect(ids(await targets(`/api/targets?owner=me&office=${f.officeA.code}&overdue=true`, USERS.owner))).toEqual([t.t1]);
    });

    it('answers 404 for an office code that does not exist', async () => {
      expect((await h.request('GET', '/api/targets?office=ZZ9', { as: USERS.viewer })).status).toBe(404);
    });
  });

  describe('GET /api/dashboard', () => {
    let d: any;
    beforeAll(async () => {
      d = await get('/api/dashboard');
    });

    it('reports the latest cycle as of today', () => {
      expect({ cycle: d.cycle, cycles: d.cycles, asOf: d.asOf }).toEqual({ cycle: '2006-2007', cycles: ['2006-2007'], asOf: '2026-11-28' });
    });

    it('counts the department as the sum of its offices', () => {
      const sum = (k: 'targets' | 'overdue') => d.offices.reduce((n: number, o: any) => n + o.rollup[k], 0);
      expect(d.department).toMatchObject({ targets: 6, overdue: 3 });
      expect({ targets: sum('targets'), overdue: sum('overdue') }).toEqual({ targets: 6, overdue: 3 });
      expect(d.department.byStatus).toEqual({ 'not-started': 5, 'on-track': 0, 'at-risk': 0, 'off-track': 0, achieved: 1, dropped: 0 });
    });

    it('rolls up each office with its plan and stage', () => {
      expect(d.offices.map((o: any) => [o.code, o.planId, o.planStatus, o.stage, o.rollup.targets, o.rollup.overdue])).toEqual([
        [f.officeA.code, f.planA.id, 'draft', 'not-started', 4, 2],
        [f.officeB.code, f.planB.id, 'draft', 'not-started', 2, 1],
      ]);
    });

    it('rolls up by pillar (all four) and by paragraph (all eighteen)', () => {
      expect(d.byPillar.map((p: any) => [p.pillar, p.rollup.targets])).toEqual([
        ['prevention', 0],
        ['participation', 4],
        ['protection', 2],
        ['relief-and-recovery', 0],
      ]);
      expect(d.byParagraph).toHaveLength(18);
      const byParagraph = Object.fromEntries(d.byParagraph.map((p: any) => [p.paragraph, p.rollup.targets]));
      expect(byParagraph).toMatchObject({ 1: 0, 4: 4, 5: 4, 6: 2, 18: 0 });
      expect(d.byFunctionalArea.map((a: any) => [a.functionalArea, a.rollup.targets])).toEqual([
        ['military', 4],
        ['police', 2],
      ]);
    });

    it('lists overdue targets, most overdue first', () => {
      expect(d.overdue.map((o: any) => [o.targetId, o.officeCode, o.dueDate, o.daysOverdue])).toEqual([
        [t.b1, f.officeB.code, '2026-06-30', 151],
        [t.t1, f.officeA.code, '2026-11-01', 27],
        [t.t3, f.officeA.code, '2026-11-27', 1],
      ]);
    });
  });
});

describe('GET /api/targets, a page at a time', () => {
  const { h, f } = useApiFixture({ per: 'file' });
  /** Every target, in the order the pages promise: the overdue first, then by due date, then by id. */
  let order: string[];
  let overdueOrder: string[];

  beforeAll(async () => {
    const statuses = ['not-started', 'on-track', 'achieved', 'at-risk'] as const;
    // 300 more targets, due from 150 days ago to 149 days ahead, a quarter of them achieved.
    const extra = Array.from({ length: 300 }, (_, i) =>
      target(f.planA.id, f.activity.id, { ref: `1.1.${i + 1}`, dueDate: addDays('2026-11-28', ((i * 7) % 300) - 150), status: statuses[i % 4] }),
    );
    await h.store.commit(commitOf(extra.map((record) => ({ op: 'create', entity: 'target', record }))));
    const all = await h.store.queryTargets({});
    const overdue = (x: Target) => x.dueDate < '2026-11-28' && x.status !== 'achieved';
    const byDue = (a: Target, b: Target) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1);
    overdueOrder = all
      .filter(overdue)
      .sort(byDue)
      .map((x) => x.id);
    order = [
      ...overdueOrder,
      ...all
        .filter((x) => !overdue(x))
        .sort(byDue)
        .map((x) => x.id),
    ];
  });

  const page = async (query: string) => expectStatus(await h.request('GET', `/api/targets?${query}`, { as: USERS.viewer }), 200).body;
  async function walk(query: string) {
    const ids: string[] = [];
    const totals = new Set<number>();
    let pages = 0;
    for (let cursor: string | null = null; pages === 0 || cursor; pages++) {
      const body: any = await page(`${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(body.items.length).toBeLessThanOrEqual(50);
      ids.push(...body.items.map((x: { id: string }) => x.id));
      totals.add(body.total);
      cursor = body.nextCursor;
    }
    return { ids, totals: [...totals], pages };
  }

  it('walks every target 50 at a time, the overdue first, none twice or missed, with the total on each page', async () => {
    expect(await walk('limit=50')).toEqual({ ids: order, totals: [301], pages: 7 });
  });

  it('walks only the overdue with their own total', async () => {
    expect(await walk('overdue=true&limit=50')).toEqual({ ids: overdueOrder, totals: [overdueOrder.length], pages: Math.ceil(overdueOrder.length / 50) });
  });

  it('gives 200 targets when no limit is named, and up to 1000 when asked', async () => {
    const first = await page('office=' + (await h.store.listOffices())[0]!.code);
    expect({ n: first.items.length, total: first.total, more: typeof first.nextCursor }).toEqual({ n: 200, total: 301, more: 'string' });
    const whole = await page('limit=1000');
    expect({ n: whole.items.length, next: whole.nextCursor }).toEqual({ n: 301, next: null });
  });

  it('still gives the next page when the target its cursor ended on has gone', async () => {
    const first = await page('limit=50');
    const last = first.items.at(-1);
    await h.store.commit(commitOf([{ op: 'delete', entity: 'target', id: last.id, expectedVersion: last.version }]));
    const next = await page(`limit=50&cursor=${encodeURIComponent(first.nextCursor)}`);
    expect(next.items.map((x: { id: string }) => x.id)).toEqual(order.slice(50, 100));
    expect(next.total).toBe(300);
  });

  it('shows a change made since the same page was last read', async () => {
    const statusOf = async () => (await page('limit=1000')).items.find((x: { id: string }) => x.id === f.target.id)?.status;
    expect(await statusOf()).toBe('not-started');
    expectStatus(await h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { status: 'at-risk', percent: 40 } }), 201);
    expect(await statusOf()).toBe('at-risk');
  });

  it.each([
    ['a limit of 0', 'limit=0', 'limit'],
    ['a limit over 1000', 'limit=1001', 'limit'],
    ['a limit that is not a number', 'limit=ten', 'limit'],
    ['a cursor that is not one', 'cursor=not%20a%20cursor', 'cursor'],
    ['a cursor of well-formed base64 holding something else', `cursor=${Buffer.from('{"a":1}').toString('base64url')}`, 'cursor'],
  ])('refuses %s with 400 naming the field', async (_what, query, field) => {
    expectProblem(await h.request('GET', `/api/targets?${query}`, { as: USERS.viewer }), 400, field);
  });
});

describe('GET /api/audit for one record', () => {
  const { h, f } = useApiFixture({ per: 'file' });
  beforeAll(async () => {
    expectStatus(
      await h.request('PATCH', `/api/targets/${f.target.id}`, { as: USERS.focalA, body: { baseline: 2 }, headers: { 'If-Match': f.target.etag } }),
      200,
    );
    expectStatus(await h.request('POST', `/api/targets/${f.target.id}/checkins`, { as: USERS.owner, body: { status: 'on-track', percent: 30 } }), 201);
  });

  const audit = (query: string, as: string = USERS.advisor) => h.request('GET', `/api/audit?${query}`, { as });

  it('shows the create and each update of a target, newest first, with actor, time and before/after', async () => {
    const res = await audit(`entity=target&id=${f.target.id}`);
    expect(res.status).toBe(200);
    expect(res.body.map((e: any) => [e.action, e.actor, e.at, e.entity, e.entityId, e.officeId])).toEqual([
      ['update', USERS.owner, NOW.toISOString(), 'target', f.target.id, f.officeA.id],
      ['update', USERS.focalA, NOW.toISOString(), 'target', f.target.id, f.officeA.id],
      ['create', USERS.focalA, NOW.toISOString(), 'target', f.target.id, f.officeA.id],
    ]);
    const [checkIn, edit, create] = res.body;
    expect(create).toMatchObject({ before: null, after: { baseline: 0, version: 1 } });
    expect(edit).toMatchObject({ before: { baseline: 0, version: 1 }, after: { baseline: 2, version: 2 } });
    expect(checkIn).toMatchObject({ before: { status: 'not-started' }, after: { status: 'on-track', progress: 30, version: 3 } });
  });

  it('pages with limit and before', async () => {
    const [newest] = (await audit(`entity=target&id=${f.target.id}&limit=1`)).body;
    expect(newest.action).toBe('update');
    const older = (await audit(`entity=target&id=${f.target.id}&before=${newest.seq}`)).body;
    expect(older.map((e: any) => e.action)).toEqual(['update', 'create']);
  });

  it("shows a focal point their own office's records and nothing of another office's", async () => {
    expect((await audit(`entity=target&id=${f.target.id}`, USERS.focalA)).body).toHaveLength(3);
    expect((await audit(`entity=target&id=${f.target.id}`, USERS.focalB)).body).toEqual([]);
  });

  it('shows who created a plan', async () => {
    const res = await audit(`entity=plan&id=${f.planB.id}`);
    expect(res.body.map((e: any) => [e.action, e.actor])).toEqual([['create', USERS.focalB]]);
  });
});
