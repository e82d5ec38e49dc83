// List items: create, read, query ($expand=fields($select=…), $filter with the indexed-column rule,
// $top paging with absolute @odata.nextLink), update of fields and delete, both guarded by If-Match.

import { randomUUID } from 'node:crypto';
import { graphError, invalidRequest, isError, noContent, notFound, ok, type GraphResponse } from './errors';
import { applyWrites, checkRequired, checkUnique, readFields, reindexUnique, validateWrites } from './fields';
import { compileFilter, FilterError, orderByColumns, type CompiledFilter } from './filter';
import { header, jsonBody, parseExpand, parseSelect, type GraphContext, type GraphRequest } from './request';
import { isoSeconds, itemETag, type FakeColumn, type FakeItem, type FakeList, type FakeSite } from './state';

const PREFER_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

export function itemJson(site: FakeSite, list: FakeList, item: FakeItem, fields?: { select?: string[] }, select?: string[]): Record<string, unknown> {
  const eTag = itemETag(item.guid, item.version);
  const app = { user: { displayName: 'SharePoint App' } };
  const all: Record<string, unknown> = {
    '@odata.etag': eTag,
    createdDateTime: item.createdDateTime,
    eTag,
    id: String(item.id),
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${list.webUrl}/${item.id}_.000`,
    createdBy: app,
    lastModifiedBy: app,
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
  };
  const kept = select ? Object.fromEntries(Object.entries(all).filter(([k]) => k === '@odata.etag' || k === 'id' || select.includes(k))) : all;
  return fields ? { ...kept, fields: readFields(list, item, fields.select) } : kept;
}

/** The `fields` expansion asked for: undefined when not expanded; a 400 for anything else expanded. */
export function fieldsExpansion(req: GraphRequest): { select?: string[] } | undefined | GraphResponse {
  const expand = parseExpand(req.query.get('$expand'));
  if (!expand) return invalidRequest(req, `Invalid $expand '${req.query.get('$expand')}'.`);
  for (const name of expand.keys())
    if (name !== 'fields') return graphError(req, 400, 'BadRequest', `Could not find a property named '${name}' on type 'microsoft.graph.listItem'.`);
  return expand.has('fields') ? { select: expand.get('fields') } : undefined;
}

/** The page size from $top (capped at the service maximum) or the default. */
export function pageSize(ctx: GraphContext, req: GraphRequest): number | GraphResponse {
  const top = req.query.get('$top');
  if (top === null) return ctx.settings.pageSize;
  if (!/^\d+$/.test(top) || Number(top) < 1) return invalidRequest(req, `Invalid $top value '${top}'.`);
  return Math.min(Number(top), ctx.settings.maxTop);
}

export function listItems(ctx: GraphContext, req: GraphRequest, site: FakeSite, list: FakeList): GraphResponse {
  const fields = fieldsExpansion(req);
  if (isError(fields)) return fields;
  const size = pageSize(ctx, req);
  if (isError(size)) return size;
  const query = queryPlan(ctx, req, list);
  if (isError(query)) return query;
  const skip = req.query.get('$skiptoken');
  const after = skip === null ? 0 : Number(/p_ID=(\d+)/.exec(Buffer.from(skip, 'base64url').toString('utf8'))?.[1] ?? NaN);
  if (Number.isNaN(after)) return invalidRequest(req, 'Invalid $skiptoken.');
  // Pages walk item ids upwards, like SharePoint's "Paged=TRUE&p_ID=n" tokens; $orderby is not applied.
  const matching = [...list.items.values()].filter((item) => item.id > after && (!query || query.test(item))).sort((a, b) => a.id - b.id);
  const page = matching.slice(0, size);
  const body: Record<string, unknown> = { value: page.map((item) => itemJson(site, list, item, fields, parseSelect(req.query.get('$select')))) };
  const last = page[page.length - 1];
  if (matching.length > size && last) {
    const token = Buffer.from(`Paged=TRUE&p_ID=${last.id}`).toString('base64url');
    body['@odata.nextLink'] = `${ctx.graphEndpoint}/v1.0/sites/${site.id}/lists/${list.id}/items?${carryQuery(req.query, ['$skiptoken'])}$skiptoken=${token}`;
  }
  return ok(body);
}

/** The original query options, re-encoded, for a next or delta link. */
export function carryQuery(query: URLSearchParams, drop: string[]): string {
  return [...query.entries()]
    .filter(([key]) => !drop.includes(key))
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}&`)
    .join('');
}

/** $filter and $orderby, with SharePoint's rule that only indexed columns may be referenced. */
function queryPlan(ctx: GraphContext, req: GraphRequest, list: FakeList): CompiledFilter | undefined | GraphResponse {
  const filterText = req.query.get('$filter');
  const orderText = req.query.get('$orderby');
  let filter: CompiledFilter | undefined;
  const touched: FakeColumn[] = [];
  try {
    if (filterText) filter = compileFilter(list, filterText);
    touched.push(...(filter?.columns ?? []), ...(orderText ? orderByColumns(list, orderText) : []));
  } catch (error) {
    if (error instanceof FilterError) return invalidRequest(req, error.message);
    throw error;
  }
  const notIndexed = touched.find((c) => !c.indexed && !(c.builtIn && c.name === 'ID'));
  if (!notIndexed) return filter;
  const prefer = (header(req, 'prefer') ?? '').toLowerCase().replace(/\s/g, '').split(',');
  if (!prefer.includes(PREFER_NON_INDEXED)) {
    return invalidRequest(
      req,
      `Field '${notIndexed.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
    );
  }
  // The header only lifts the refusal: above the list view threshold the scan still fails.
  if (list.items.size > ctx.settings.listViewThreshold) {
    return graphError(req, 500, 'generalException', 'The attempted operation is prohibited because it exceeds the list view threshold.');
  }
  return filter;
}

function findItem(req: GraphRequest, list: FakeList, idText: string): FakeItem | GraphResponse {
  if (!/^\d+$/.test(idText)) return invalidRequest(req, `Invalid item id '${idText}'.`);
  return list.items.get(Number(idText)) ?? notFound(req, 'Item not found');
}

export function getItem(req: GraphRequest, site: FakeSite, list: FakeList, idText: string): GraphResponse {
  const item = findItem(req, list, idText);
  if (isError(item)) return item;
  const fields = fieldsExpansion(req);
  if (isError(fields)) return fields;
  return ok(itemJson(site, list, item, fields, parseSelect(req.query.get('$select'))));
}

export function getItemFields(req: GraphRequest, list: FakeList, idText: string): GraphResponse {
  const item = findItem(req, list, idText);
  return isError(item) ? item : ok(readFields(list, item, parseSelect(req.query.get('$select'))));
}

export function createItem(ctx: GraphContext, req: GraphRequest, site: FakeSite, list: FakeList): GraphResponse {
  const body = jsonBody(req);
  if (isError(body)) return body;
  const input = body.fields ?? {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return invalidRequest(req, "'fields' must be an object.");
  const writes = validateWrites(req, list, input as Record<string, unknown>);
  if (isError(writes)) return writes;
  const refused = checkRequired(req, list, writes, true) ?? checkUnique(req, list, writes);
  if (refused) return refused;
  const at = isoSeconds(ctx.now());
  const item: FakeItem = {
    id: list.nextItemId++,
    guid: randomUUID(),
    version: 1,
    createdDateTime: at,
    lastModifiedDateTime: at,
    values: applyWrites({}, writes),
  };
  list.items.set(item.id, item);
  reindexUnique(list, item.id, {}, item.values);
  recordChange(ctx, list, item.id, false);
  return ok(itemJson(site, list, item, {}), 201);
}

/** PATCH …/items/{id}/fields (flat body) or PATCH …/items/{id} ({fields:{…}}): answers the fieldValueSet. */
export function updateFields(ctx: GraphContext, req: GraphRequest, list: FakeList, idText: string, wrapped: boolean): GraphResponse {
  const item = findItem(req, list, idText);
  if (isError(item)) return item;
  const stale = preconditionFailed(req, item);
  if (stale) return stale;
  const body = jsonBody(req);
  if (isError(body)) return body;
  const input = wrapped ? body.fields : body;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return invalidRequest(req, "'fields' must be an object.");
  const writes = validateWrites(req, list, input as Record<string, unknown>);
  if (isError(writes)) return writes;
  const refused = checkRequired(req, list, writes, false) ?? checkUnique(req, list, writes, item.id);
  if (refused) return refused;
  const before = item.values;
  item.values = applyWrites(item.values, writes);
  reindexUnique(list, item.id, before, item.values);
  item.version += 1;
  item.lastModifiedDateTime = isoSeconds(ctx.now());
  recordChange(ctx, list, item.id, false);
  return ok(readFields(list, item));
}

export function deleteItem(ctx: GraphContext, req: GraphRequest, list: FakeList, idText: string): GraphResponse {
  const item = findItem(req, list, idText);
  if (isError(item)) return item;
  const stale = preconditionFailed(req, item);
  if (stale) return stale;
  list.items.delete(item.id);
  reindexUnique(list, item.id, item.values, {});
  recordChange(ctx, list, item.id, true);
  return noContent();
}

/** If-Match: '*' always matches; otherwise the eTag must be the current one (quotes and braces aside). */
function preconditionFailed(req: GraphRequest, item: FakeItem): GraphResponse | undefined {
  const given = header(req, 'if-match');
  if (given === undefined || given.trim() === '*') return undefined;
  const current = itemETag(item.guid, item.version);
  const bare = (tag: string) => tag.trim().replace(/^W\//, '').replace(/["{}]/g, '').toLowerCase();
  if (bare(given) === bare(current)) return undefined;
  return graphError(req, 412, 'preconditionFailed', `The request ETag value '${given}' does not match the object's ETag value '${current}'.`);
}

export function recordChange(ctx: GraphContext, list: FakeList, itemId: number, deleted: boolean): void {
  ctx.state.changeSeq += 1;
  list.changes.set(itemId, { seq: ctx.state.changeSeq, deleted });
  list.lastModifiedDateTime = isoSeconds(ctx.now());
}
