// startFakeGraph(): a local HTTPS double of Microsoft Graph (SharePoint sites, lists, items, delta,
// $batch, drive uploads) and of the Entra token endpoint, built from shared/reference/graph-sharepoint.md.
// Graph and the authority are two servers, as in production, so a client that mixes them up fails.

import { Faults, ResourceMeter, type FaultControl } from './faults';
import { createCounters, type FakeGraphCounters, type GraphRuntime } from './router';
import { graphFrontDoor, listenHttps } from './server';
import { createState, type FakeGraphState, type SiteSeed } from './state';
import { handleAuthority, type AuthorityRuntime } from './token';

export type { FaultControl } from './faults';
export type { FakeGraphCounters } from './router';
export type { FakeColumn, FakeDriveFile, FakeGraphState, FakeItem, FakeList, FakeSite, RequestLogEntry, SiteSeed } from './state';

export interface FakeGraphOptions {
  /** Sites that exist, found by hostname and server-relative path (default: contoso.sharepoint.com /sites/wps-1325). */
  sites?: SiteSeed[];
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  /** expires_in of issued tokens (default 3599). */
  tokenLifetimeSeconds?: number;
  /** Items per page without $top (default 200, as Graph). */
  pageSize?: number;
  /** The most items one page holds whatever $top asks (default 5000). */
  maxTop?: number;
  /** Above this many items a non-indexed query fails even with the Prefer header (default 5000). */
  listViewThreshold?: number;
  /** Seed of the fault-injection random sequence (default 1325). */
  seed?: number;
  /** Whether token requests are subject to fault injection too (default false). */
  faultTokenRequests?: boolean;
  /**
   * Whether a $batch envelope may itself be failed by the random share (default false: as Graph
   * documents, inner requests are throttled one by one while the batch answers 200).
   */
  faultBatchEnvelopes?: boolean;
  /** Turns on SharePoint-style metering: resource units allowed per minute (default: unmetered). */
  resourceUnitsPerMinute?: number;
  /** The clock (token expiry, timestamps, metering windows). */
  now?: () => Date;
}

export interface FakeGraph {
  /** GRAPH_ENDPOINT to configure, e.g. https://localhost:4431 (no version segment). */
  graphEndpoint: string;
  /** AUTHORITY_HOST to configure; msal-node should list its host in knownAuthorities. */
  authorityHost: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  state: FakeGraphState;
  faults: FaultControl;
  counters: FakeGraphCounters;
  /** Zeroes the counters (the request log is left alone; empty state.requests for that). */
  resetCounters(): void;
  close(): Promise<void>;
}

export async function startFakeGraph(options: FakeGraphOptions = {}): Promise<FakeGraph> {
  const now = options.now ?? (() => new Date());
  const state = createState(options.sites ?? [{ hostname: 'contoso.sharepoint.com', path: '/sites/wps-1325' }], now);
  const counters = createCounters();
  const faults = new Faults(options.seed ?? 1325);
  const tenantId = options.tenantId ?? '11111111-2222-3333-4444-555555555555';
  const clientId = options.clientId ?? 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
  const clientSecret = options.clientSecret ?? 'fake-graph-client-secret';

  const rt: GraphRuntime = {
    state,
    counters,
    faults,
    now,
    graphEndpoint: '',
    meter: new ResourceMeter(options.resourceUnitsPerMinute, now),
    faultBatchEnvelopes: options.faultBatchEnvelopes ?? false,
    settings: { pageSize: options.pageSize ?? 200, maxTop: options.maxTop ?? 5000, listViewThreshold: options.listViewThreshold ?? 5000 },
  };
  const authority: AuthorityRuntime = {
    tenantId,
    clientId,
    clientSecret,
    state,
    counters,
    faults,
    now,
    authorityHost: '',
    graphEndpoint: '',
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3599,
    faultTokenRequests: options.faultTokenRequests ?? false,
  };
  const authorityServer = await listenHttps((raw) => handleAuthority(authority, raw.method, new URL(raw.url, authority.authorityHost), raw.headers, raw.body));
  const graphServer = await listenHttps((raw) => graphFrontDoor(rt, authorityServer.origin, raw));
  rt.graphEndpoint = authority.graphEndpoint = graphServer.origin;
  authority.authorityHost = authorityServer.origin;

  return {
    graphEndpoint: graphServer.origin,
    authorityHost: authorityServer.origin,
    tenantId,
    clientId,
    clientSecret,
    state,
    faults,
    counters,
    resetCounters: () => Object.assign(counters, createCounters()),
    close: async () => {
      await Promise.all([graphServer.close(), authorityServer.close()]);
    },
  };
}
