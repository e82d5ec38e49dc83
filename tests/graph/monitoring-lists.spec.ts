// The monitoring lists on SharePoint (the Graph double): a period's snapshot is written exactly
// once whatever Graph does (throttling, a failure midway, answers lost and requests replayed),
// the lists arrive by provisioning a site set up by an earlier release, and they cost nothing
// to the operations that existed before them.

import type { BatchRequest, BatchResponse, GraphAccess } from '../../src/graph/graph-access';
import { loadListSchema, type ListSchema } from '../../src/graph/list-schema';
import { provision } from '../../src/graph/provision';
import { SharePointStore } from '../../src/graph/sharepoint-store';
import { startFakeGraph, type FakeGraph } from '../fakes/graph';
import { checkin, commitOf, smallPlanChanges } from '../support/factories';
import { cycleWithPeriods, snapshotRows } from '../support/monitoring-factories';
import { graphFor, openAnotherStore, openSharePointStore, SITE_URL } from '../support/sharepoint';

const MONITORING = ['cycle', 'period', 'report', 'reportLine', 'snapshot'];
const NEW_COLUMNS = ['target.IndicatorType', 'target.Disaggregation', 'checkin.Women', 'checkin.Men'];

/** The list schema of the release before monitoring. */
function previousSchema(schema: ListSchema): ListSchema {
  return {
    ...schema,
    lists: schema.lists
      .filter((l) => !MONITORING.includes(l.entity))
      .map((l) => ({ ...l, columns: l.columns.filter((c) => !NEW_COLUMNS.includes(`${l.entity}.${c.name}`)) })),
  };
}

/** The snapshot items the double holds for a period, by RowKey. */
function storedRowKeys(fake: FakeGraph, store: SharePointStore, periodId: string): string[] {
  const listId = store.site.listIds.get('snapshot');
  const list = fake.state.sites[0]!.lists.find((l) => l.id === listId)!;
  return [...list.items.values()].map((i) => String(i.values.RowKey)).filter((k) => k.startsWith(`${periodId}|`));
}

async function openPeriod(store: SharePointStore) {
  const c = cycleWithPeriods();
  await store.commit(commitOf(c.changes));
  return (await store.get('period', c.periods[0]!.id))!;
}

const close = (store: SharePointStore, period: { id: string; version: number }, rows: ReturnType<typeof snapshotRows>) =>
  store.writeSnapshot({
    periodId: period.id,
    expectedVersion: period.version,
    rows,
    forced: false,
    missingOffices: [],
    actor: 'gu@example.org',
    at: '2006-04-20T10:00:00.000Z',
  });

type Batch = (requests: readonly BatchRequest[]) => Promise<BatchResponse[]>;

/** Makes `graph.batch` call `instead` (given the real one) for the batches that write snapshot rows. */
function onSnapshotBatches(store: SharePointStore, graph: GraphAccess, instead: (real: Batch, requests: readonly BatchRequest[]) => Promise<BatchResponse[]>) {
  const real: Batch = graph.batch.bind(graph);
  const snapshotList = `/lists/${store.site.listIds.get('snapshot')}/`;
  graph.batch = (requests) => (requests.some((r) => `${r.url}/`.includes(snapshotList)) ? instead(real, requests) : real(requests));
}

describe('a period snapshot on SharePoint', () => {
  it('writes 1,200 rows exactly once while a quarter of the requests are throttled (429) or unavailable (503)', async () => {
    const { fake, store } = await openSharePointStore();
    try {
      const period = await openPeriod(store);
      fake.faults.setRate(0.2, 0.05, 0);
      await close(store, period, snapshotRows(1200));
      fake.faults.clear();
      const keys = storedRowKeys(fake, store, period.id);
      expect({ rows: keys.length, distinct: new Set(keys).size }).toEqual({ rows: 1202, distinct: 1202 });
      expect(fake.counters.throttled + fake.counters.unavailable).toBeGreaterThan(20);
      expect(await store.get('period', period.id)).toMatchObject({ status: 'closed', snapshotRows: 1202 });
    } finally {
      await fake.close();
    }
  }, 180_000);

  it('leaves the period open when a write fails midway, and closing again completes it with each row once', async () => {
    const { fake, graph, store } = await openSharePointStore();
    try {
      const period = await openPeriod(store);
      let failed = false;
      onSnapshotBatches(store, graph, (real, requests) => {
        // The first batch of row writes meets three refusals that no retry mends.
        if (!failed && requests.some((r) => r.method === 'POST')) {
          failed = true;
          fake.faults.failNext(3, 500);
        }
        return real(requests);
      });
      await expect(close(store, period, snapshotRows(100))).rejects.toThrow(/closing the period again completes it/);
      const halfway = (await store.get('period', period.id))!;
      expect(halfway).toMatchObject({ status: 'open', closing: { by: 'gu@example.org' } });
      expect(await store.getSnapshot(period.id)).toBeUndefined();
      expect(storedRowKeys(fake, store, period.id).length).toBe(99);

      await close(store, halfway, snapshotRows(100));
      const keys = storedRowKeys(fake, store, period.id);
      expect({ rows: keys.length, distinct: new Set(keys).size }).toEqual({ rows: 102, distinct: 102 });
      expect((await store.getSnapshot(period.id))?.rows).toHaveLength(102);
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('takes a replayed request whose first answer was lost for the row it wrote', async () => {
    const { fake, graph, store } = await openSharePointStore();
    try {
      const period = await openPeriod(store);
      // Every batch of rows reaches SharePoint twice, and only the second answer comes back.
      onSnapshotBatches(store, graph, async (real, requests) => {
        if (requests.some((r) => r.method === 'POST')) await real(requests);
        return real(requests);
      });
      await close(store, period, snapshotRows(60));
      const keys = storedRowKeys(fake, store, period.id);
      expect({ rows: keys.length, distinct: new Set(keys).size }).toEqual({ rows: 62, distinct: 62 });
      expect(await store.get('period', period.id)).toMatchObject({ status: 'closed' });
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('replaces the rows a failed close left that the new figures no longer hold', async () => {
    const { fake, graph, store } = await openSharePointStore();
    try {
      const period = await openPeriod(store);
      let failed = false;
      onSnapshotBatches(store, graph, (real, requests) => {
        if (!failed && requests.some((r) => r.method === 'POST')) {
          failed = true;
          fake.faults.failNext(1, 500);
        }
        return real(requests);
      });
      await expect(close(store, period, snapshotRows(30))).rejects.toThrow();
      const rows = snapshotRows(10).map((r) => ({ ...r, value: r.value === null ? null : r.value + 1 }));
      await close(store, (await store.get('period', period.id))!, rows);
      const snapshot = await store.getSnapshot(period.id);
      expect(snapshot?.rows).toHaveLength(12);
      expect(snapshot?.rows.find((r) => r.key === 'target-00004')?.value).toBe(5);
      expect(storedRowKeys(fake, store, period.id)).toHaveLength(12);
    } finally {
      await fake.close();
    }
  }, 60_000);
});

describe('the monitoring lists and the operations before them', () => {
  it('are added by provisioning a site set up before them, and a second run finds nothing to do', async () => {
    const fake = await startFakeGraph();
    try {
      const { graph, logger } = graphFor(fake);
      const schema = loadListSchema();
      await provision(graph, SITE_URL, previousSchema(schema));
      await expect(SharePointStore.open({ graph, siteUrl: SITE_URL, schema, logger, holder: 't' })).rejects.toThrow(
        /lacks the lists .*WPS Reporting Cycles.*provision/,
      );
      const steps = await provision(graph, SITE_URL, schema);
      expect(steps.filter((s) => s.action === 'create-list').map((s) => s.list)).toEqual([
        'WPS Reporting Cycles',
        'WPS Reporting Periods',
        'WPS Progress Reports',
        'WPS Report Lines',
        'WPS Period Snapshots',
      ]);
      expect(steps.filter((s) => s.action !== 'create-list').map((s) => (s.action === 'add-column' ? `${s.list}.${s.column}` : s.action))).toEqual([
        'WPS Targets.IndicatorType',
        'WPS Targets.Disaggregation',
        'WPS Check-ins.Women',
        'WPS Check-ins.Men',
      ]);
      expect(await provision(graph, SITE_URL, schema)).toEqual([]);
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('are never read or written by the plan operations, which cost what they did', async () => {
    const { fake, store } = await openSharePointStore();
    try {
      const s = smallPlanChanges();
      await store.commit(commitOf(s.officeChanges));
      await store.commit(commitOf(s.planChanges));
      await store.commit(commitOf([{ op: 'create', entity: 'checkin', record: checkin(s.plan.id, s.target.id) }]));
      await store.commit(commitOf([{ op: 'update', entity: 'target', id: s.target.id, expectedVersion: 1, patch: { progress: 40 } }]));
      await expect(
        store.commit(commitOf([{ op: 'update', entity: 'target', id: s.target.id, expectedVersion: 1, patch: { progress: 41 } }])),
      ).rejects.toThrow();
      // A commit that SharePoint refuses is undone, which refreshes the lists it had read.
      fake.faults.failNext(1, 500);
      const two = [checkin(s.plan.id, s.target.id), checkin(s.plan.id, s.target.id)];
      await expect(store.commit(commitOf(two.map((record) => ({ op: 'create', entity: 'checkin', record }))))).rejects.toThrow();
      await store.listPlanContents();
      await store.latestCheckIns([s.target.id]);
      await store.pageTargets({ today: '2026-11-28', limit: 10 });
      await store.listAudit({ limit: 10 });
      await store.listReminders({ since: '2026-01-01T00:00:00.000Z' });

      const reader = (await openAnotherStore(fake)).store;
      const readAll = () => Promise.all([reader.listOffices(), reader.listPlanContents()]);
      await readAll();
      fake.resetCounters();
      await readAll();
      // One delta request per list read (offices, plans, objectives, activities, targets, check-ins), as in docs/benchmarks.md (c).
      expect(fake.counters.graphRequests).toBe(6);

      const monitoringLists = MONITORING.map((e) => store.site.listIds.get(e)!);
      const touched = fake.state.requests.filter((r) => monitoringLists.some((id) => r.url.includes(id)));
      expect(touched).toEqual([]);
    } finally {
      await fake.close();
    }
  }, 60_000);
});
