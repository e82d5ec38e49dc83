// A plan of 200 targets through endorsement, amendment and diff over HTTP, on SQLite and on the
// SharePoint double (which refuses a text column over 63,999 characters as SharePoint Online
// does): its frozen tree, ~1.2 KB a target, is far longer than one column holds, and is stored
// and read back whole (src/graph/record-parts.ts); the audit records the freeze, not the tree.

import { target } from '../support/factories';
import { USERS } from '../support/api-harness';
import { openSharePointStore } from '../support/sharepoint';
import { endorse, expectStatus, getPlan, submit, useApiFixture, type ApiFixtureOptions } from './fixture';

const TARGETS = 200;

describeLarge('SQLite', {});
describeLarge('SharePoint on the Graph double', {
  async openStore() {
    const { fake, store } = await openSharePointStore();
    return {
      store,
      name: 'sharepoint',
      async close() {
        await store.close();
        await fake.close();
      },
    };
  },
});

function describeLarge(storeName: string, options: Pick<ApiFixtureOptions, 'openStore'>): void {
  describe(`a plan of ${TARGETS} targets endorsed, amended and compared (${storeName})`, () => {
    const { h, f } = useApiFixture({ ...options, per: 'file' });
    const revisions = (query = '') => h.request('GET', `/api/plans/${f.planA.id}/revisions${query}`, { as: USERS.viewer });
    const etagOf = async () => (await getPlan(h, f.planA.id)).headers.get('etag') ?? '';

    beforeAll(async () => {
      const phrase = 'women in uniformed and civilian functions, counted by sex and grade at each quarter; ';
      const targets = Array.from({ length: TARGETS - 1 }, (_, i) =>
        target(f.planA.id, f.activity.id, {
          ref: `1.1.${i + 2}`,
          description: `Target ${i + 2}: ${phrase.repeat(8)}`,
          indicator: phrase.repeat(3),
          meansOfVerification: phrase.repeat(2),
        }),
      );
      await h.store.commit({
        actor: USERS.focalA,
        at: new Date().toISOString(),
        changes: targets.map((record) => ({ op: 'create', entity: 'target', record })),
      });
    });

    it('endorses the plan, its whole tree frozen as revision 1, and audits the freeze without the tree', async () => {
      await endorse(h, f.planA.id, await submit(h, f.planA.id, await etagOf()));
      const frozen = expectStatus(await h.request('GET', `/api/plans/${f.planA.id}?revision=1`, { as: USERS.viewer }), 200).body;
      expect(JSON.stringify(frozen).length).toBeGreaterThan(3 * 63_999);
      const targets = frozen.objectives.flatMap((o: { activities: { targets: unknown[] }[] }) => o.activities.flatMap((a) => a.targets));
      expect(targets).toHaveLength(TARGETS);
      const [event] = expectStatus(await h.request('GET', '/api/audit?entity=planRevision', { as: USERS.advisor }), 200).body;
      expect(event).toMatchObject({ entityId: `${f.planA.id}:1`, after: { revision: 1, endorsedBy: USERS.advisor } });
      expect(JSON.stringify(event).length).toBeLessThan(2_000);
    });

    it('amends it, and the diff against the endorsed revision names exactly the target changed', async () => {
      expectStatus(await h.request('POST', `/api/plans/${f.planA.id}/amend`, { as: USERS.focalA, headers: { 'If-Match': await etagOf() } }), 200);
      const live = (await h.store.get('target', f.target.id)) ?? fail('no target');
      expectStatus(
        await h.request('PATCH', `/api/targets/${f.target.id}`, { as: USERS.focalA, body: { targetValue: 95 }, headers: { 'If-Match': `"${live.version}"` } }),
        200,
      );
      const { diff } = expectStatus(await revisions('?from=1&to=current'), 200).body;
      expect(diff.changes.added).toEqual([]);
      expect(diff.changes.removed).toEqual([]);
      expect(diff.changes.changed.filter((c: { entity: string }) => c.entity === 'target')).toEqual([
        expect.objectContaining({ id: f.target.id, fields: [{ field: 'targetValue', before: live.targetValue, after: 95 }] }),
      ]);
    });

    it('endorses the amendment as revision 2, revision 1 kept as it was', async () => {
      await endorse(h, f.planA.id, await submit(h, f.planA.id, await etagOf()));
      const list = expectStatus(await revisions(), 200).body.revisions;
      expect(list.map((r: { revision: number; status: string }) => [r.revision, r.status])).toEqual([
        [1, 'endorsed'],
        [2, 'endorsed'],
      ]);
      const { diff } = expectStatus(await revisions('?from=1&to=2'), 200).body;
      expect(diff.changes.changed.filter((c: { entity: string }) => c.entity === 'target').map((c: { id: string }) => c.id)).toEqual([f.target.id]);
    });
  });
}
