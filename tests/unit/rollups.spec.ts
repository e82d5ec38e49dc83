// departmentRollups (src/domain/rollups.ts): the one computation behind the dashboard's
// charts and the exports' summary tables, so that both show the same figures for a cycle.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPlanTree } from '../../src/domain/derive';
import type { NewRecord, Office, PlanContents } from '../../src/domain/model';
import { departmentRollups } from '../../src/domain/rollups';
import { consolidate } from '../../src/export/consolidate';
import { serviceContext } from '../../src/services/context';
import { dashboard } from '../../src/services/dashboard';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { activity, AT, commitOf, create, objective, office, plan, target } from '../support/factories';

const TODAY = '2026-11-28';
const CYCLE = '2006-2007';

/**
 * An office's plan: objective 1 (participation, paragraphs 4 and 5, military) with two targets,
 * objective 2 (protection, 10, police) with one, objective 3 (prevention, 1, mine action) with none yet.
 */
function planRecords(o: NewRecord<'office'>) {
  const p = plan(o.id, { cycle: CYCLE, status: 'submitted' });
  const ob1 = objective(p.id, { ref: '1', pillar: 'participation', paragraphs: [4, 5], functionalArea: 'military' });
  const ob2 = objective(p.id, { ref: '2', pillar: 'protection', paragraphs: [10], functionalArea: 'police' });
  const ob3 = objective(p.id, { ref: '3', pillar: 'prevention', paragraphs: [1], functionalArea: 'mine-action' });
  const a11 = activity(p.id, ob1.id, { ref: '1.1' });
  const a21 = activity(p.id, ob2.id, { ref: '2.1' });
  const targets = [
    target(p.id, a11.id, { ref: '1.1.a', status: 'achieved', progress: 100, dueDate: '2026-10-01' }),
    target(p.id, a11.id, { ref: '1.1.b', status: 'on-track', progress: 33.3, dueDate: '2026-11-01' }),
    target(p.id, a21.id, { ref: '2.1.a', status: 'off-track', progress: 10, dueDate: '2026-06-01' }),
  ];
  return { plan: p, objectives: [ob1, ob2, ob3], activities: [a11, a21], targets };
}

const stored = <T extends object>(record: T) => ({ ...record, version: 1, createdAt: AT, updatedAt: AT });

function contentsOf(records: ReturnType<typeof planRecords>): PlanContents {
  return {
    plan: stored(records.plan),
    objectives: records.objectives.map(stored),
    activities: records.activities.map(stored),
    targets: records.targets.map(stored),
  };
}

describe('departmentRollups', () => {
  const oo = office({ code: 'OO' });
  const md = office({ code: 'MD' });
  const trees = [contentsOf(planRecords(oo)), contentsOf(planRecords(md))].map((c) => buildPlanTree(c, TODAY));
  const rollups = departmentRollups(trees, TODAY);

  it('totals every objective, activity and target of the plans given', () => {
    expect(rollups.totals).toMatchObject({ objectives: 6, activities: 4, targets: 6, rollup: { targets: 6, overdue: 4 } });
  });

  it('counts a target under every paragraph its objective names, per office', () => {
    const p4 = rollups.byParagraph.find((l) => l.paragraph === 4);
    const p5 = rollups.byParagraph.find((l) => l.paragraph === 5);
    expect(p5?.rollup).toEqual(p4?.rollup);
    expect(p4).toMatchObject({ objectives: 2, activities: 2, targets: 4 });
    expect(Object.fromEntries(p4?.targetsByOffice ?? [])).toEqual({ [oo.id]: 2, [md.id]: 2 });
  });

  it('keeps a line for every pillar and paragraph, empty where nothing falls', () => {
    expect(rollups.byPillar.find((l) => l.pillar === 'relief-and-recovery')).toMatchObject({ objectives: 0, targets: 0, rollup: { progress: null } });
    expect(rollups.byParagraph.find((l) => l.paragraph === 18)).toMatchObject({ objectives: 0, targets: 0 });
  });

  it('lists the functional areas an objective names, even without targets yet', () => {
    expect(rollups.byFunctionalArea.map((l) => [l.functionalArea, l.targets])).toEqual([
      ['military', 4],
      ['police', 2],
      ['mine-action', 0],
    ]);
  });
});

describe('the dashboard and the exports', () => {
  let store: SqliteStore;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollups-'));
    store = new SqliteStore({ path: path.join(dir, 'rollups.db') });
    const offices = [office({ code: 'OO' }), office({ code: 'MD' }), office({ code: 'UNMAS' })];
    const records = offices.slice(0, 2).map(planRecords);
    await store.commit(
      commitOf([
        ...offices.map((record) => create({ entity: 'office', record })),
        ...records.flatMap((r) => [
          create({ entity: 'plan', record: r.plan }),
          ...r.objectives.map((record) => create({ entity: 'objective', record })),
          ...r.activities.map((record) => create({ entity: 'activity', record })),
          ...r.targets.map((record) => create({ entity: 'target', record })),
        ]),
      ]),
    );
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('show the same figures for a cycle: department, offices, pillars, paragraphs and functional areas', async () => {
    const ctx = serviceContext(store, () => new Date(`${TODAY}T09:00:00.000Z`));
    const viewer = { id: 'v', email: 'viewer@example.org', name: 'Viewer', roles: ['viewer' as const], focalOfficeIds: [] };
    const board = await dashboard(ctx, viewer, CYCLE);
    const offices: Office[] = await store.listOffices();
    const c = consolidate({ offices, contents: await store.listPlanContents({ cycle: CYCLE }), lastCheckIns: new Map(), cycle: CYCLE, today: TODAY });

    expect(board.department).toEqual(c.totals.rollup);
    expect(board.offices.filter((o) => o.planId !== null).map((o) => [o.code, o.rollup])).toEqual(c.offices.map((o) => [o.office.code, o.summary.rollup]));
    expect(board.byPillar).toEqual(c.byPillar.map(({ pillar, rollup }) => ({ pillar, rollup })));
    expect(board.byParagraph).toEqual(c.byParagraph.map(({ paragraph, rollup }) => ({ paragraph, rollup })));
    // The dashboard charts an area once a target falls under it; the export lists every area an objective names.
    expect(board.byFunctionalArea).toEqual(c.byFunctionalArea.filter((l) => l.targets > 0).map(({ functionalArea, rollup }) => ({ functionalArea, rollup })));
    expect(board.department.targets).toBe(6);
  });
});
