// The same PlanStore contract as SQLite, against the SharePoint store talking to the local
// HTTPS double of Microsoft Graph and Entra: the production adapter, msal-node and
// graph-client included, configured only with GRAPH_ENDPOINT, AUTHORITY_HOST and the test CA.

import { openSharePointStore } from '../support/sharepoint';
import { describePlanStoreContract } from './plan-store.contract';

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
