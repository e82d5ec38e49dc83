// Records near SharePoint's limit for a multi-line text column (63,999 characters), on the Graph
// double, which refuses a longer text as SharePoint Online does: a frozen plan revision longer
// than that is kept in parts (src/graph/record-parts.ts), and an audit event keeps its before and
// after images in their own columns, not twice. The store contract
// (tests/contract/lifecycle-store.contract.ts) shows long revisions read back on both stores.

import { frozenRevision } from '../../src/domain/plan-lifecycle';
import type { PlanContents } from '../../src/domain/model';
import { RECORD_PART_MAX, splitText, wholeRecordText } from '../../src/graph/record-parts';
import type { SharePointStore } from '../../src/graph/sharepoint-store';
import { activity, AT, commitOf, objective, office, plan, target } from '../support/factories';
import { openAnotherStore, openSharePointStore, SITE_URL } from '../support/sharepoint';
import type { FakeGraph } from '../fakes/graph';

const REVISIONS = 'WPS Plan Revisions';
const SITE_PATH = new URL(SITE_URL).pathname;

async function endorsablePlan(store: SharePointStore, targets: number): Promise<PlanContents> {
  const o = office();
  const p = plan(o.id, { status: 'submitted', revision: 1 });
  const ob = objective(p.id);
  const ac = activity(p.id, ob.id);
  const text = (i: number) => `Target ${i}: ${'women in uniformed and civilian functions, reported by sex and grade; '.repeat(14)}`;
  await store.commit(commitOf([{ op: 'create', entity: 'office', record: o }]));
  await store.commit(
    commitOf([
      { op: 'create', entity: 'plan', record: p },
      { op: 'create', entity: 'objective', record: ob },
      { op: 'create', entity: 'activity', record: ac },
      ...Array.from({ length: targets }, (_, i) => ({
        op: 'create' as const,
        entity: 'target' as const,
        record: target(p.id, ac.id, { ref: `1.1.${i + 1}`, description: text(i) }),
      })),
    ]),
  );
  return (await store.getPlanContents(p.id)) ?? fail('the plan was not stored');
}

const endorsement = (live: PlanContents) => {
  const frozen = frozenRevision(live, { ...live.plan, status: 'endorsed' }, { by: 'advisor@example.org', at: AT });
  return {
    frozen,
    commit: commitOf([
      { op: 'update', entity: 'plan', id: live.plan.id, expectedVersion: live.plan.version, patch: { status: 'endorsed' } },
      { op: 'create', entity: 'planRevision', record: frozen },
    ]),
  };
};

const revisionItems = (fake: FakeGraph) => [...(fake.state.list(SITE_PATH, REVISIONS)?.items.values() ?? [])];

describe('plan revisions kept in parts on SharePoint', () => {
  it('writes a long revision as items of at most 60,000 characters each, which another process reads back whole', async () => {
    const { fake, store } = await openSharePointStore();
    try {
      const live = await endorsablePlan(store, 150);
      const { frozen, commit } = endorsement(live);
      const json = JSON.stringify(frozen);
      await store.commit(commit);
      const items = revisionItems(fake);
      expect(items.length).toBe(Math.ceil(json.length / RECORD_PART_MAX));
      expect(items.length).toBeGreaterThanOrEqual(3);
      for (const item of items) expect(String(item.values.Record).length).toBeLessThanOrEqual(RECORD_PART_MAX);
      const other = await openAnotherStore(fake);
      try {
        const [read] = await other.store.listPlanRevisions([live.plan.id]);
        expect(read?.tree).toEqual(frozen.tree);
        // The parts are no records of their own: the list holds one revision.
        expect(await other.store.listPlanRevisions([live.plan.id])).toHaveLength(1);
      } finally {
        await other.store.close();
      }
    } finally {
      await store.close();
      await fake.close();
    }
  });

  it('writes none of a long revision, nor the endorsement, when one of its parts is refused midway', async () => {
    const { fake, graph, store } = await openSharePointStore();
    try {
      const live = await endorsablePlan(store, 150);
      const { frozen, commit } = endorsement(live);
      // An item left in the way of the third part (its EntityId is unique): that write fails after the first two went in.
      const list = fake.state.list(SITE_PATH, REVISIONS) ?? fail('no revisions list');
      const squatter = { Title: 'x', EntityId: `${frozen.id}#part3`, EntityVersion: 1, Record: '{}' };
      expect((await graph.request('POST', `/sites/${list.siteId}/lists/${list.id}/items`, { body: { fields: squatter } })).status).toBe(201);
      await expect(store.commit(commit)).rejects.toThrow();
      expect(revisionItems(fake).map((i) => i.values.EntityId)).toEqual([squatter.EntityId]);
      expect(await store.listPlanRevisions([live.plan.id])).toEqual([]);
      expect((await store.get('plan', live.plan.id))?.status).toBe('submitted');
      // Nor its journal, which a later recovery would otherwise roll back again.
      expect(fake.state.list(SITE_PATH, 'WPS Transactions')?.items.size).toBe(0);
    } finally {
      await store.close();
      await fake.close();
    }
  });
});

describe('audit events about long records on SharePoint', () => {
  it('audits the change of a record of 40,000 characters, its before and after read back whole', async () => {
    const { fake, store } = await openSharePointStore();
    try {
      const live = await endorsablePlan(store, 1);
      const t = live.targets[0] ?? fail('no target');
      const long = (c: string) => c.repeat(40_000);
      await store.commit(commitOf([{ op: 'update', entity: 'target', id: t.id, expectedVersion: t.version, patch: { meansOfVerification: long('a') } }]));
      const stored = (await store.get('target', t.id)) ?? fail('no target');
      await store.commit(commitOf([{ op: 'update', entity: 'target', id: t.id, expectedVersion: stored.version, patch: { meansOfVerification: long('b') } }]));
      const [event] = await store.listAudit({ entity: 'target', entityId: t.id, limit: 1 });
      expect(event).toMatchObject({ action: 'update', before: { meansOfVerification: long('a') }, after: { meansOfVerification: long('b') } });
    } finally {
      await store.close();
      await fake.close();
    }
  });
});

describe('transaction journals longer than a text column holds', () => {
  /** A plan of 150 long targets, and the commit that changes every one of them (150 before-images of ~1.1 KB in its journal). */
  async function longJournal() {
    const sp = await openSharePointStore();
    const live = await endorsablePlan(sp.store, 150);
    const commit = commitOf(
      live.targets.map((t) => ({ op: 'update' as const, entity: 'target' as const, id: t.id, expectedVersion: t.version, patch: { targetValue: 99 } })),
    );
    expect(JSON.stringify(live.targets).length).toBeGreaterThan(2 * 63_999);
    return { ...sp, live, commit };
  }

  const journalItems = (fake: FakeGraph) => [...(fake.state.list(SITE_PATH, 'WPS Transactions')?.items.values() ?? [])];

  it('commits a change of 150 targets, its journal kept in parts and dropped afterwards', async () => {
    const { fake, store, live, commit } = await longJournal();
    try {
      await store.commit(commit);
      expect((await store.getPlanContents(live.plan.id))?.targets.every((t) => t.targetValue === 99)).toBe(true);
      expect(journalItems(fake)).toEqual([]);
    } finally {
      await store.close();
      await fake.close();
    }
  });

  it('rolls back a change of 150 targets whose writer died after the first batch, from its journal in parts', async () => {
    const { fake, graph, store, live, commit } = await longJournal();
    try {
      const realBatch = graph.batch.bind(graph);
      let batches = 0;
      let parts = 0;
      graph.batch = async (requests: Parameters<typeof realBatch>[0]) => {
        batches += 1;
        if (batches > 1) return new Promise(() => undefined);
        // Nothing of the journal is there before the first batch.
        parts = journalItems(fake).length;
        return realBatch(requests);
      };
      void store.commit(commit);
      // Until the writer "dies": its second batch (unlock and drop the journal) is never answered.
      for (const until = Date.now() + 30_000; batches < 2 && Date.now() < until;) await new Promise((r) => setTimeout(r, 50));
      expect(batches).toBeGreaterThan(1);
      expect(journalItems(fake).length).toBeGreaterThanOrEqual(3);
      expect(parts).toBe(0);

      const other = (await openAnotherStore(fake, { txTimeoutMs: 200, readWaitMs: 20_000 })).store;
      try {
        const contents = (await other.getPlanContents(live.plan.id)) ?? fail('no plan');
        expect(contents.targets.map((t) => t.targetValue)).toEqual(live.targets.map((t) => t.targetValue));
        expect(journalItems(fake)).toEqual([]);
      } finally {
        await other.close();
      }
    } finally {
      await fake.close();
    }
  }, 60_000);
});

describe('record parts', () => {
  it('cuts text into pieces of at most the size given, never inside a surrogate pair, and joins them back', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(10)}`;
    const pieces = splitText(text, 10);
    expect(pieces.every((p) => p.length <= 10)).toBe(true);
    expect(pieces[0]).toBe('a'.repeat(9));
    expect(pieces.join('')).toBe(text);
  });

  it('reads no record while one of its parts is missing', () => {
    const head = { EntityId: 'p:1', Record: '{"a":', RecordParts: 2 };
    const part = { EntityId: 'p:1#part2', Record: '1}', PartOf: 'p:1', RecordPart: 2 };
    expect(wholeRecordText(head, (key) => (key === part.EntityId ? part : undefined))).toBe('{"a":1}');
    expect(wholeRecordText(head, () => undefined)).toBeUndefined();
  });
});
