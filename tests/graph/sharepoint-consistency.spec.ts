// What the journal and the plan locks promise on SharePoint: a reader in another process
// never sees half of a commit, and a commit whose writer died is rolled back by the next
// process that meets it, once it is older than the timeout.

import { ConflictError } from '../../src/domain/errors';
import type { Change } from '../../src/store/plan-store';
import { commitOf, smallPlanChanges, target } from '../support/factories';
import { openAnotherStore, openSharePointStore } from '../support/sharepoint';

const NEW_TARGETS = 60;

async function seeded() {
  const sp = await openSharePointStore();
  const s = smallPlanChanges();
  await sp.store.commit(commitOf(s.officeChanges));
  await sp.store.commit(commitOf(s.planChanges));
  const additions: Change[] = Array.from({ length: NEW_TARGETS }, (_, i) => ({
    op: 'create',
    entity: 'target',
    record: target(s.plan.id, s.activity.id, { ref: `1.1.n${i}` }),
  }));
  return { ...sp, s, additions };
}

describe('SharePoint commits seen from another process', () => {
  it('never shows a reader half of a commit', async () => {
    const { fake, store, s, additions } = await seeded();
    try {
      const reader = (await openAnotherStore(fake)).store;
      const seen = new Set<number>();
      let writing = true;
      const write = store.commit(commitOf(additions)).finally(() => (writing = false));
      while (writing) {
        const contents = await reader.getPlanContents(s.plan.id);
        seen.add(contents!.targets.length);
      }
      await write;
      seen.add((await reader.getPlanContents(s.plan.id))!.targets.length);
      expect([...seen].every((n) => n === 1 || n === 1 + NEW_TARGETS)).toBe(true);
      expect(seen.has(1 + NEW_TARGETS)).toBe(true);
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('rolls back the commit of a writer that died midway, once it is older than the timeout', async () => {
    const { fake, graph, store, s, additions } = await seeded();
    try {
      // The writer "dies" after its first $batch (journal, lock, first writes): nothing more is sent.
      const realBatch = graph.batch.bind(graph);
      let batches = 0;
      graph.batch = async (requests: Parameters<typeof realBatch>[0]) => {
        batches += 1;
        if (batches > 1) return new Promise(() => undefined);
        return realBatch(requests);
      };
      void store.commit(commitOf(additions));
      await new Promise((r) => setTimeout(r, 1500));
      expect(batches).toBeGreaterThan(1);

      const other = (await openAnotherStore(fake, { txTimeoutMs: 200, readWaitMs: 20_000 })).store;
      const contents = await other.getPlanContents(s.plan.id);
      expect(contents!.targets.map((t) => t.id)).toEqual([s.target.id]);
      expect(contents!.plan.version).toBe(1);
      const site = fake.state.sites[0]!;
      expect(site.lists.find((l) => l.displayName === 'WPS Transactions')!.items.size).toBe(0);
      expect((await other.listAudit({ entity: 'target', limit: 500 })).length).toBe(1);

      // And the plan is usable again: the same change commits from the other process.
      await other.commit(commitOf(additions.slice(0, 3)));
      expect((await other.getPlanContents(s.plan.id))!.targets).toHaveLength(4);
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('reports a stale version from another process as a conflict with the current record', async () => {
    const { fake, store, s } = await seeded();
    try {
      const other = (await openAnotherStore(fake)).store;
      await other.get('target', s.target.id);
      await store.commit(commitOf([{ op: 'update', entity: 'target', id: s.target.id, expectedVersion: 1, patch: { indicator: 'first' } }]));
      const error = await other
        .commit(commitOf([{ op: 'update', entity: 'target', id: s.target.id, expectedVersion: 1, patch: { indicator: 'second' } }]))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).current).toMatchObject({ indicator: 'first', version: 2 });
    } finally {
      await fake.close();
    }
  }, 60_000);
});
