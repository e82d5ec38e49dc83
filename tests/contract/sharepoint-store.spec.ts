// The same PlanStore contract as SQLite, against the SharePoint store talking to the local
// HTTPS double of Microsoft Graph and Entra: the production adapter, msal-node and
// graph-client included, configured only with GRAPH_ENDPOINT, AUTHORITY_HOST and the test CA.

import { serviceContext } from '../../src/services/context';
import type { Actor } from '../../src/services/identity';
import { recordCheckIn } from '../../src/services/progress';
import { checkin, commitOf, smallPlanChanges, target } from '../support/factories';
import { openSharePointStore } from '../support/sharepoint';
import { describeLifecycleStoreContract } from './lifecycle-store.contract';
import { describeMonitoringStoreContract } from './monitoring-store.contract';
import { describePlanStoreContract } from './plan-store.contract';
import { describeProcessStoreContract } from './process-store.contract';
import { describeScorecardStoreContract } from './scorecard-store.contract';

describePlanStoreContract(
  'SharePoint (Graph double)',
  async () => {
    const { fake, store } = await openSharePointStore();
    return {
      store,
      async cleanup() {
        await store.close();
        await fake.close();
      },
    };
  },
  { propertyRuns: 12 },
);

describePlanStoreContract(
  'SharePoint (Graph double, 20% of requests throttled)',
  async () => {
    const { fake, store } = await openSharePointStore({ share429: 0.2 });
    return {
      store,
      async cleanup() {
        await store.close();
        await fake.close();
      },
    };
  },
  { propertyRuns: 8 },
);

describeMonitoringStoreContract(
  'SharePoint (Graph double, 20% of requests throttled)',
  async () => {
    const { fake, store } = await openSharePointStore({ share429: 0.2 });
    return {
      store,
      async cleanup() {
        await store.close();
        await fake.close();
      },
    };
  },
  { snapshotRows: 1000 },
);

describeScorecardStoreContract('SharePoint (Graph double, 20% of requests throttled)', async () => {
  const { fake, store } = await openSharePointStore({ share429: 0.2 });
  return {
    store,
    async cleanup() {
      await store.close();
      await fake.close();
    },
  };
});

describeProcessStoreContract('SharePoint (Graph double, 20% of requests throttled)', async () => {
  const { fake, store } = await openSharePointStore({ share429: 0.2 });
  return {
    store,
    async cleanup() {
      await store.close();
      await fake.close();
    },
  };
});

describeLifecycleStoreContract('SharePoint (Graph double, 20% of requests throttled)', async () => {
  const { fake, store } = await openSharePointStore({ share429: 0.2 });
  return {
    store,
    async cleanup() {
      await store.close();
      await fake.close();
    },
  };
});

describe('SharePoint store reads from its list copies', () => {
  it('reads the latest check-ins of many targets, and a page of targets, without a Graph request per target', async () => {
    const { fake, store } = await openSharePointStore();
    try {
      const s = smallPlanChanges();
      await store.commit(commitOf(s.officeChanges));
      await store.commit(commitOf(s.planChanges));
      const targets = Array.from({ length: 30 }, (_, i) => target(s.plan.id, s.activity.id, { ref: `1.1.${i + 2}` }));
      await store.commit(commitOf(targets.map((record) => ({ op: 'create', entity: 'target', record }))));
      await store.commit(commitOf(targets.map((t) => ({ op: 'create', entity: 'checkin', record: checkin(s.plan.id, t.id) }))));
      await store.latestCheckIns([]); // brings the copies up to date
      fake.resetCounters();
      const latest = await store.latestCheckIns(targets.map((t) => t.id));
      const page = await store.pageTargets({ today: '2026-11-28', limit: 10 });
      expect({ latest: latest.size, page: page.items.length, total: page.total }).toEqual({ latest: 30, page: 10, total: 31 });
      // One delta call per list read (plans, check-ins; then plans, targets), whatever the number of targets.
      expect(fake.counters.graphRequests).toBeLessThanOrEqual(4);
    } finally {
      await store.close();
      await fake.close();
    }
  });

  it('posts a check-in for five Graph requests: the plans and targets lists, the periods list, two $batch', async () => {
    const { fake, store } = await openSharePointStore();
    try {
      const s = smallPlanChanges();
      await store.commit(commitOf(s.officeChanges));
      await store.commit(commitOf(s.planChanges));
      const version = (await store.get('plan', s.plan.id))?.version ?? 0;
      await store.commit(commitOf([{ op: 'update', entity: 'plan', id: s.plan.id, expectedVersion: version, patch: { status: 'endorsed' } }]));
      const ctx = serviceContext(store, () => new Date('2026-11-30T10:00:00Z'));
      const owner: Actor = { id: s.target.owner, email: s.target.owner, name: 'Owner', roles: [], focalOfficeIds: [] };
      await recordCheckIn(ctx, owner, s.target.id, { value: 2, status: 'on-track' }); // brings the copies up to date
      fake.resetCounters();
      await recordCheckIn(ctx, owner, s.target.id, { value: 4, status: 'on-track' });
      // Reading the target and then its plan looked at the plans list twice (six requests).
      expect(fake.counters.graphRequests).toBeLessThanOrEqual(5);
      expect((await store.get('target', s.target.id))?.progress).toBe(40);
    } finally {
      await store.close();
      await fake.close();
    }
  });
});
