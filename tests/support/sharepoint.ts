// A SharePoint store on a fresh local Graph double, provisioned from the list schema.
// Provisioning through Graph costs about 0.25 s of CPU and half a second of round trips, and
// tests/contract/sharepoint-store.spec.ts opens a fresh store for each of its 116 tests: so the
// lists are provisioned through Graph once per test file, and each later double starts with a
// copy of that site (lists, columns, items, change log), as the API fixture starts each test on
// a copy of its database file. Every double starts with an empty request log and zeroed
// counters, the first one included. Provisioning under faults goes through Graph every time.

import pino from 'pino';
import { GraphAccess } from '../../src/graph/graph-access';
import { loadListSchema } from '../../src/graph/list-schema';
import { provision } from '../../src/graph/provision';
import { SharePointStore } from '../../src/graph/sharepoint-store';
import { startFakeGraph, type FakeGraph, type FakeSite } from '../fakes/graph';

export const SITE_URL = 'https://contoso.sharepoint.com/sites/wps-1325';

/** A Graph client of our own for the double, as a process would configure it. */
export function graphFor(fake: FakeGraph) {
  const logger = pino({ level: process.env.DEBUG_GRAPH ? 'debug' : 'silent' });
  const graph = new GraphAccess({
    graphEndpoint: fake.graphEndpoint,
    authorityHost: fake.authorityHost,
    tenantId: fake.tenantId,
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    logger,
  });
  return { graph, logger };
}

/** The site as provision() left it on the first double of this test file. */
let provisioned: { site: FakeSite; changeSeq: number } | undefined;

/** Gives the fresh double's site the provisioned lists, through Graph the first time, by copy after. */
async function provisionSite(fake: FakeGraph, graph: GraphAccess, schema: ReturnType<typeof loadListSchema>): Promise<void> {
  if (provisioned) {
    fake.state.sites[0] = structuredClone(provisioned.site);
    fake.state.changeSeq = provisioned.changeSeq;
    return;
  }
  await provision(graph, SITE_URL, schema);
  const [site] = fake.state.sites;
  if (site) provisioned = { site: structuredClone(site), changeSeq: fake.state.changeSeq };
  fake.state.requests.length = 0;
  fake.resetCounters();
}

export async function openSharePointStore(options: { share429?: number; provisionFaults?: { share429: number; share503: number } } = {}) {
  const fake = await startFakeGraph();
  const { graph, logger } = graphFor(fake);
  const schema = loadListSchema();
  if (options.provisionFaults) {
    // Provisioning under faults is what such a test checks: through Graph, every time.
    fake.faults.setRate(options.provisionFaults.share429, options.provisionFaults.share503, 0);
    await provision(graph, SITE_URL, schema);
  } else {
    await provisionSite(fake, graph, schema);
  }
  if (options.share429) fake.faults.setRate(options.share429, 0, 0);
  const store = await SharePointStore.open({ graph, siteUrl: SITE_URL, schema, logger, holder: 'test' });
  return { fake, graph, store, schema };
}

/** Another process on the same site: its own Graph client, token cache and list copies. */
export async function openAnotherStore(fake: FakeGraph, options: { holder?: string; txTimeoutMs?: number; readWaitMs?: number } = {}) {
  const { graph, logger } = graphFor(fake);
  const store = await SharePointStore.open({ graph, siteUrl: SITE_URL, schema: loadListSchema(), logger, holder: options.holder ?? 'another', ...options });
  return { graph, store };
}
