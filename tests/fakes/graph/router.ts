// Routes one Graph request (top-level or inside a batch) to its handler after fault injection and
// metering, and records it in the request log and the counters.

import { itemsDelta } from './delta';
import { getDriveItem, uploadFile } from './drive';
import { graphError, isError, methodNotAllowed, ok, unknownSegment, type GraphResponse } from './errors';
import { failureResponse, ResourceMeter, type Faults } from './faults';
import { createItem, deleteItem, getItem, getItemFields, listItems, updateFields } from './items';
import type { GraphContext, GraphRequest } from './request';
import { createColumn, createList, getColumn, getColumns, getList, getLists, resolveList, siteById, siteByPath, siteJson, updateColumn } from './sites-lists';
import type { FakeSite } from './state';

export interface FakeGraphCounters {
  /** HTTPS requests to the Graph endpoint; a $batch envelope counts once. */
  graphRequests: number;
  /** $batch envelopes. */
  batchRequests: number;
  /** Requests inside batches. */
  innerRequests: number;
  /** Resource operations SharePoint would meter: top-level non-batch requests plus inner requests. */
  operations: number;
  /** Resource units charged (single-item read 1, multi-item read or write 2), whether or not metering is on. */
  resourceUnits: number;
  /** Operations answered 429 / 503, injected or metered. */
  throttled: number;
  unavailable: number;
  tokenRequests: number;
  tokensIssued: number;
  /** OpenID configuration, instance discovery and key requests. */
  metadataRequests: number;
  /** Graph responses by status (operations and envelopes). */
  byStatus: Record<string, number>;
}

export function createCounters(): FakeGraphCounters {
  return {
    graphRequests: 0,
    batchRequests: 0,
    innerRequests: 0,
    operations: 0,
    resourceUnits: 0,
    throttled: 0,
    unavailable: 0,
    tokenRequests: 0,
    tokensIssued: 0,
    metadataRequests: 0,
    byStatus: {},
  };
}

export interface GraphRuntime extends GraphContext {
  counters: FakeGraphCounters;
  faults: Faults;
  meter: ResourceMeter;
  faultBatchEnvelopes: boolean;
}

/** Executes one resource operation; `url` is what the log records (the inner url for batched ones). */
export function executeGraph(rt: GraphRuntime, req: GraphRequest, url: string): GraphResponse {
  rt.counters.operations += 1;
  if (req.inBatch) rt.counters.innerRequests += 1;
  const cost = ResourceMeter.cost(req.method, req.path);
  // An injected or metered failure happens before the operation, so it never changes state.
  const failure = rt.faults.pick() ?? rt.meter.charge(cost);
  let res: GraphResponse;
  if (failure) res = failureResponse(req, failure);
  else {
    rt.counters.resourceUnits += cost;
    res = route(rt, req);
  }
  Object.assign(res.headers, rt.meter.headers());
  if (res.status === 429) rt.counters.throttled += 1;
  if (res.status === 503) rt.counters.unavailable += 1;
  countStatus(rt, res.status);
  rt.state.requests.push({ method: req.method, url, status: res.status, inBatch: req.inBatch, ...(failure ? { injected: true } : {}) });
  return res;
}

export function countStatus(rt: GraphRuntime, status: number): void {
  rt.counters.byStatus[status] = (rt.counters.byStatus[status] ?? 0) + 1;
}

function route(ctx: GraphContext, req: GraphRequest): GraphResponse {
  const rest = req.path.replace(/^\//, '');
  const first = rest.split('/')[0] ?? '';
  if (first !== 'sites') return unknownSegment(req, first);
  const after = rest.slice('sites/'.length);
  const seg0 = after.split('/')[0] ?? '';
  let site: FakeSite | GraphResponse;
  let tail: string;
  if (seg0.endsWith(':')) {
    // Path addressing: sites/{hostname}:/{server-relative-path}[:/{more}]
    const remainder = after.slice(seg0.length);
    const colon = remainder.indexOf(':');
    site = siteByPath(ctx, req, seg0.slice(0, -1), colon < 0 ? remainder : remainder.slice(0, colon));
    tail = colon < 0 ? '' : remainder.slice(colon + 1);
  } else {
    site = siteById(ctx, req, seg0);
    tail = after.slice(seg0.length);
  }
  if (isError(site)) return site;
  const denied = accessDenied(req, site, tail);
  if (denied) return denied;
  if (tail === '' || tail === '/') return req.method === 'GET' ? ok(siteJson(site)) : methodNotAllowed(req);
  const drive = /^\/drive\/root:\/(.+?)(?::(\/content)?)?$/.exec(tail);
  if (drive?.[1]) {
    if (drive[2]) return req.method === 'PUT' ? uploadFile(ctx, req, site, drive[1]) : methodNotAllowed(req);
    return req.method === 'GET' ? getDriveItem(req, site, drive[1]) : methodNotAllowed(req);
  }
  return routeLists(ctx, req, site, tail.split('/').filter(Boolean));
}

function routeLists(ctx: GraphContext, req: GraphRequest, site: FakeSite, segs: string[]): GraphResponse {
  const [lists, listId, kind, id, sub, ...extra] = segs;
  const m = req.method;
  if (lists !== 'lists') return unknownSegment(req, lists ?? '');
  if (listId === undefined) return m === 'GET' ? getLists(req, site) : m === 'POST' ? createList(ctx, req, site) : methodNotAllowed(req);
  const list = resolveList(req, site, listId);
  if (isError(list)) return list;
  if (kind === undefined) return m === 'GET' ? getList(req, site, list) : methodNotAllowed(req);
  if (extra.length) return unknownSegment(req, extra[0] ?? '');
  if (kind === 'columns') {
    if (sub !== undefined) return unknownSegment(req, sub);
    if (id === undefined) return m === 'GET' ? getColumns(req, list) : m === 'POST' ? createColumn(ctx, req, site, list) : methodNotAllowed(req);
    return m === 'GET' ? getColumn(req, list, id) : m === 'PATCH' ? updateColumn(ctx, req, list, id) : methodNotAllowed(req);
  }
  if (kind !== 'items') return unknownSegment(req, kind);
  if (id === undefined) return m === 'GET' ? listItems(ctx, req, site, list) : m === 'POST' ? createItem(ctx, req, site, list) : methodNotAllowed(req);
  if (id === 'delta' || id === 'delta()') return sub === undefined && m === 'GET' ? itemsDelta(ctx, req, site, list) : methodNotAllowed(req);
  if (sub === 'fields') return m === 'GET' ? getItemFields(req, list, id) : m === 'PATCH' ? updateFields(ctx, req, list, id, false) : methodNotAllowed(req);
  if (sub !== undefined) return unknownSegment(req, sub);
  if (m === 'GET') return getItem(req, site, list, id);
  if (m === 'PATCH') return updateFields(ctx, req, list, id, true);
  return m === 'DELETE' ? deleteItem(ctx, req, list, id) : methodNotAllowed(req);
}

/**
 * The app's role on the site (Sites.Selected): without one Graph answers 403 accessDenied even
 * to reading the site; 'read' allows GETs; 'write' items and files; lists and columns need
 * 'manage' or more.
 */
function accessDenied(req: GraphRequest, site: FakeSite, tail: string): GraphResponse | undefined {
  const rank: Record<FakeSite['appRole'], number> = { none: 0, read: 1, write: 2, manage: 3, fullcontrol: 4 };
  const segs = tail.split('/').filter(Boolean);
  const schemaChange = req.method !== 'GET' && segs[0] === 'lists' && (segs.length === 1 || segs[2] === 'columns');
  const needed = req.method === 'GET' ? 1 : schemaChange ? 3 : 2;
  return rank[site.appRole] >= needed ? undefined : graphError(req, 403, 'accessDenied', 'Access denied');
}
