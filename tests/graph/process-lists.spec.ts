// The planning-process lists on SharePoint (the Graph double): the findings and workshops lists
// arrive by provisioning a site set up by the release before them (and a second run finds
// nothing to do), and the plan operations that existed before them never read or write them.

import { loadListSchema, type ListSchema } from '../../src/graph/list-schema';
import { provision } from '../../src/graph/provision';
import { SharePointStore } from '../../src/graph/sharepoint-store';
import { startFakeGraph } from '../fakes/graph';
import { checkin, commitOf, smallPlanChanges } from '../support/factories';
import { graphFor, openSharePointStore, SITE_URL } from '../support/sharepoint';

const PROCESS = ['finding', 'workshop'];

/** The list schema of the release before the planning process. */
function previousSchema(schema: ListSchema): ListSchema {
  return { ...schema, lists: schema.lists.filter((l) => !PROCESS.includes(l.entity)) };
}

describe('the planning-process lists', () => {
  it('are added by provisioning a site set up before them, and a second run finds nothing to do', async () => {
    const fake = await startFakeGraph();
    try {
      const { graph, logger } = graphFor(fake);
      const schema = loadListSchema();
      await provision(graph, SITE_URL, previousSchema(schema));
      await expect(SharePointStore.open({ graph, siteUrl: SITE_URL, schema, logger, holder: 't' })).rejects.toThrow(
        /lacks the lists .*WPS Workshops.*provision/,
      );
      const steps = await provision(graph, SITE_URL, schema);
      expect(steps.map((s) => (s.action === 'create-list' ? s.list : s.action))).toEqual(['WPS Needs Assessment Findings', 'WPS Workshops']);
      expect(await provision(graph, SITE_URL, schema)).toEqual([]);
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('are never read or written by the plan operations', async () => {
    const { fake, store } = await openSharePointStore();
    try {
      const s = smallPlanChanges();
      await store.commit(commitOf(s.officeChanges));
      await store.commit(commitOf(s.planChanges));
      await store.commit(commitOf([{ op: 'create', entity: 'checkin', record: checkin(s.plan.id, s.target.id) }]));
      await store.commit(commitOf([{ op: 'update', entity: 'target', id: s.target.id, expectedVersion: 1, patch: { progress: 40 } }]));
      await store.listPlanContents();
      await store.pageTargets({ today: '2026-11-28', limit: 10 });
      await store.listAudit({ limit: 10 });
      const processLists = PROCESS.map((e) => store.site.listIds.get(e) ?? `no list for ${e}`);
      expect(fake.state.requests.filter((r) => processLists.some((id) => r.url.includes(id))).map((r) => `${r.method} ${r.url}`)).toEqual([]);
      await store.listWorkshops();
      expect(fake.state.requests.some((r) => r.url.includes(processLists[1] ?? ''))).toBe(true);
    } finally {
      await fake.close();
    }
  }, 60_000);
});
