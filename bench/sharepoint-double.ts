// The SharePoint store on the HTTPS Graph double for the monitoring benchmarks: the double
// provisioned with the app's lists, stores opened on it (in this process or, from the
// serializable connection, in a child), and what the double saw: requests counted and the
// lists they named, by the entity each list holds.

import pino from 'pino';
import { startFakeGraph, type FakeGraph } from '../tests/fakes/graph';
import { GraphAccess } from '../src/graph/graph-access';
import { loadListSchema } from '../src/graph/list-schema';
import { provision } from '../src/graph/provision';
import { SharePointStore } from '../src/graph/sharepoint-store';

export const SITE_URL = 'https://contoso.sharepoint.com/sites/wps-1325';

/** What a process needs to reach the double: plain data, passed to a child as JSON. */
export interface GraphConnection {
  graphEndpoint: string;
  authorityHost: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

export function connectionOf(fake: FakeGraph): GraphConnection {
  const { graphEndpoint, authorityHost, tenantId, clientId, clientSecret } = fake;
  return { graphEndpoint, authorityHost, tenantId, clientId, clientSecret };
}

export function graphClient(connection: GraphConnection): GraphAccess {
  return new GraphAccess({ ...connection, logger: pino({ level: 'silent' }) });
}

export function openSharePointStore(connection: GraphConnection, holder: string): Promise<SharePointStore> {
  return SharePointStore.open({ graph: graphClient(connection), siteUrl: SITE_URL, schema: loadListSchema(), logger: pino({ level: 'silent' }), holder });
}

/** A double with every list of manifest/ provisioned; no list view threshold in the way of 10,000 items. */
export async function startProvisionedDouble(): Promise<FakeGraph> {
  const fake = await startFakeGraph({ listViewThreshold: 1_000_000 });
  try {
    await provision(graphClient(connectionOf(fake)), SITE_URL, loadListSchema());
    return fake;
  } catch (error) {
    await fake.close();
    throw error;
  }
}

export interface GraphTally {
  /** HTTPS requests to Graph: a $batch envelope counts once. */
  requests: number;
  /** Of which $batch envelopes, and the requests inside them. */
  batches: number;
  inner: number;
  /** The lists named by any request (top-level or inside a batch), as the entity they hold. */
  lists: string[];
  /** How many requests (inner ones counted one by one) named each list. */
  requestsByList: Map<string, number>;
}

/** Counts what `run` asks of the double (nothing else may use it meanwhile). */
export async function tallied<T>(fake: FakeGraph, store: SharePointStore, run: () => Promise<T>): Promise<{ result: T; tally: GraphTally; ms: number }> {
  fake.resetCounters();
  const from = fake.state.requests.length;
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  return { result, ms, tally: tallyOf(fake, store, from) };
}

/** The tally of the requests logged since `from` (the counters must have been reset then). */
export function tallyOf(fake: FakeGraph, store: SharePointStore, from: number): GraphTally {
  const entityOf = new Map([...store.site.listIds].map(([entity, id]) => [id, entity]));
  const requestsByList = new Map<string, number>();
  for (const entry of fake.state.requests.slice(from)) {
    const id = /\/lists\/([^/?]+)/.exec(entry.url)?.[1];
    if (!id) continue;
    const list = entityOf.get(decodeURIComponent(id)) ?? id;
    requestsByList.set(list, (requestsByList.get(list) ?? 0) + 1);
  }
  return {
    requests: fake.counters.graphRequests,
    batches: fake.counters.batchRequests,
    inner: fake.counters.innerRequests,
    lists: [...requestsByList.keys()].sort(),
    requestsByList,
  };
}
