// Sites (pre-registered, found by hostname and path or by id), their lists (genericList only,
// unique display names) and the lists' columns.

import { randomUUID } from 'node:crypto';
import { addColumn, builtInColumns, columnJson, parseColumn, patchColumn } from './columns';
import { graphError, invalidRequest, isError, notFound, ok, type GraphResponse } from './errors';
import { jsonBody, parseExpand, parseSelect, type GraphContext, type GraphRequest } from './request';
import { findList, isoSeconds, samePath, type FakeColumn, type FakeList, type FakeSite } from './state';

export function siteByPath(ctx: GraphContext, req: GraphRequest, hostname: string, path: string): FakeSite | GraphResponse {
  const site = ctx.state.sites.find((s) => s.hostname.toLowerCase() === hostname.toLowerCase() && samePath(s.path, path));
  return site ?? notFound(req, 'Requested site could not be found');
}

export function siteById(ctx: GraphContext, req: GraphRequest, id: string): FakeSite | GraphResponse {
  // A bare hostname addresses that host's root site, as on graph.microsoft.com.
  const site = ctx.state.sites.find((s) => s.id.toLowerCase() === id.toLowerCase()) ?? ctx.state.sites.find((s) => s.hostname === id && s.path === '/');
  return site ?? notFound(req, 'Requested site could not be found');
}

export function siteJson(site: FakeSite): Record<string, unknown> {
  return {
    createdDateTime: site.createdDateTime,
    description: '',
    id: site.id,
    lastModifiedDateTime: site.createdDateTime,
    name: site.name,
    webUrl: site.webUrl,
    displayName: site.displayName,
    root: {},
    siteCollection: { hostname: site.hostname },
  };
}

function listJson(site: FakeSite, list: FakeList, expandColumns: boolean): Record<string, unknown> {
  return {
    '@odata.etag': `"${list.id},${list.columns.length}"`,
    createdDateTime: list.createdDateTime,
    description: list.description,
    eTag: `"${list.id},${list.columns.length}"`,
    id: list.id,
    lastModifiedDateTime: list.lastModifiedDateTime,
    name: list.name,
    webUrl: list.webUrl,
    displayName: list.displayName,
    createdBy: { user: { displayName: 'SharePoint App' } },
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: 'genericList' },
    ...(expandColumns ? { columns: list.columns.map(columnJson) } : {}),
  };
}

function listExpansion(req: GraphRequest): boolean | GraphResponse {
  const expand = parseExpand(req.query.get('$expand'));
  if (!expand) return invalidRequest(req, `Invalid $expand '${req.query.get('$expand')}'.`);
  const other = [...expand.keys()].find((name) => name !== 'columns');
  if (other) return graphError(req, 400, 'BadRequest', `The double expands only 'columns' on lists, not '${other}'.`);
  return expand.has('columns');
}

function selected(json: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  return select ? Object.fromEntries(Object.entries(json).filter(([k]) => k === 'id' || k.startsWith('@odata') || select.includes(k))) : json;
}

export function getLists(req: GraphRequest, site: FakeSite): GraphResponse {
  const expand = listExpansion(req);
  if (isError(expand)) return expand;
  let lists = site.lists;
  const filter = req.query.get('$filter');
  if (filter) {
    // Lists accept a small $filter; the one a provisioner needs is on the display name.
    const match = /^\s*displayName\s+eq\s+'((?:[^']|'')*)'\s*$/.exec(filter);
    if (!match) return invalidRequest(req, `The double filters lists only by "displayName eq '…'", not '${filter}'.`);
    const title = (match[1] ?? '').replace(/''/g, "'");
    lists = lists.filter((l) => l.displayName === title);
  }
  const select = parseSelect(req.query.get('$select'));
  return ok({ value: lists.map((l) => selected(listJson(site, l, expand), select)) });
}

export function getList(req: GraphRequest, site: FakeSite, list: FakeList): GraphResponse {
  const expand = listExpansion(req);
  if (isError(expand)) return expand;
  return ok(selected(listJson(site, list, expand), parseSelect(req.query.get('$select'))));
}

export function resolveList(req: GraphRequest, site: FakeSite, idOrTitle: string): FakeList | GraphResponse {
  return findList(site, idOrTitle) ?? notFound(req, `List '${idOrTitle}' does not exist at site with URL '${site.webUrl}'.`);
}

export function createList(ctx: GraphContext, req: GraphRequest, site: FakeSite): GraphResponse {
  const body = jsonBody(req);
  if (isError(body)) return body;
  const displayName = body.displayName;
  if (typeof displayName !== 'string' || !displayName.trim()) return invalidRequest(req, "The list needs a 'displayName'.");
  const template = (body.list as { template?: unknown } | undefined)?.template ?? 'genericList';
  if (template !== 'genericList') return invalidRequest(req, `The double models only the genericList template, not '${String(template)}'.`);
  if (site.lists.some((l) => l.displayName.toLowerCase() === displayName.toLowerCase())) {
    return graphError(
      req,
      409,
      'nameAlreadyExists',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.',
    );
  }
  if (body.columns !== undefined && !Array.isArray(body.columns)) return invalidRequest(req, "'columns' must be an array.");
  // Columns are validated on a draft first so that a refused list leaves nothing behind.
  const draft: { columns: FakeColumn[] } = { columns: builtInColumns() };
  for (const raw of (body.columns ?? []) as unknown[]) {
    if (typeof raw !== 'object' || raw === null) return invalidRequest(req, 'Each column must be an object.');
    const column = parseColumn(req, raw as Record<string, unknown>, site);
    if (isError(column)) return column;
    const refused = addColumn(req, draft, column);
    if (refused) return refused;
  }
  const at = isoSeconds(ctx.now());
  const name = displayName.replace(/[^A-Za-z0-9_-]/g, '') || 'List';
  const list: FakeList = {
    id: randomUUID(),
    siteId: site.id,
    name,
    displayName,
    description: typeof body.description === 'string' ? body.description : '',
    createdDateTime: at,
    lastModifiedDateTime: at,
    webUrl: `${site.webUrl}/Lists/${name}`,
    columns: draft.columns,
    items: new Map(),
    nextItemId: 1,
    changes: new Map(),
    uniqueIndex: new Map(),
  };
  site.lists.push(list);
  return ok(listJson(site, list, false), 201);
}

export function getColumns(req: GraphRequest, list: FakeList): GraphResponse {
  const select = parseSelect(req.query.get('$select'));
  return ok({ value: list.columns.map((c) => selected(columnJson(c), select)) });
}

export function createColumn(ctx: GraphContext, req: GraphRequest, site: FakeSite, list: FakeList): GraphResponse {
  const body = jsonBody(req);
  if (isError(body)) return body;
  const column = parseColumn(req, body, site);
  if (isError(column)) return column;
  const refused = addColumn(req, list, column);
  if (refused) return refused;
  list.lastModifiedDateTime = isoSeconds(ctx.now());
  return ok(columnJson(column), 201);
}

function findColumn(req: GraphRequest, list: FakeList, idOrName: string): FakeColumn | GraphResponse {
  return list.columns.find((c) => c.id === idOrName || c.name === idOrName) ?? notFound(req, `Column '${idOrName}' does not exist.`);
}

export function getColumn(req: GraphRequest, list: FakeList, idOrName: string): GraphResponse {
  const column = findColumn(req, list, idOrName);
  return isError(column) ? column : ok(columnJson(column));
}

export function updateColumn(ctx: GraphContext, req: GraphRequest, list: FakeList, idOrName: string): GraphResponse {
  const column = findColumn(req, list, idOrName);
  if (isError(column)) return column;
  const body = jsonBody(req);
  if (isError(body)) return body;
  const refused = patchColumn(req, list, column, body);
  if (refused) return refused;
  list.lastModifiedDateTime = isoSeconds(ctx.now());
  return ok(columnJson(column));
}
