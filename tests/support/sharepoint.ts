// A SharePoint store on a fresh local Graph double, provisioned from the list schema.

import pino from 'pino';
import { GraphAccess } from '../../src/graph/graph-access';
import { loadListSchema } from '../../src/graph/list-schema';
import { provision } from '../../src/graph/provision';
import { SharePointStore } from '../../src/graph/sharepoint-store';
import { startFakeGraph, type FakeGraph } from '../fakes/graph';

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

export async function openSharePointStore(options: { share429?: number; provisionFaults?: { share429: number; share503: number } } = {}) {
  const fake = await startFakeGraph();
  const { graph, logger } = graphFor(fake);
  const schema = loadListSchema();
  if (options.provisionFaults) fake.faults.setRate(options.provisionFaults.share429, options.provisionFaults.share503, 0);
  await provision(graph, SITE_URL, schema);
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
