// The department's SharePoint site and its lists, resolved once: the site by its path
// (SHAREPOINT_SITE_URL), each list of the schema by its display name.

import { type GraphAccess, GraphRequestError } from './graph-access';
import type { ListSchema } from './list-schema';

export interface SiteRef {
  siteId: string;
  /** entity → list id */
  listIds: Map<string, string>;
}

export async function resolveSiteId(graph: GraphAccess, siteUrl: string): Promise<string> {
  const url = new URL(siteUrl);
  const res = await graph.request<{ id: string }>('GET', `/sites/${url.hostname}:${url.pathname.replace(/\/+$/, '')}?$select=id,webUrl`);
  if (res.status !== 200) throw new GraphRequestError(`The SharePoint site ${siteUrl} was not found (${res.status})`, res.status, res.body);
  return res.body.id;
}

export interface ListSummary {
  id: string;
  displayName: string;
}

/** Every list of the site, following pages. */
export async function siteLists(graph: GraphAccess, siteId: string): Promise<ListSummary[]> {
  const lists: ListSummary[] = [];
  let next: string | undefined = `/sites/${siteId}/lists?$select=id,displayName&$top=200`;
  while (next) {
    const res: { status: number; body: { value: ListSummary[]; '@odata.nextLink'?: string } } = await graph.request('GET', next);
    if (res.status !== 200) throw new GraphRequestError(`Listing the site's lists answered ${res.status}`, res.status, res.body);
    lists.push(...res.body.value);
    next = res.body['@odata.nextLink'];
  }
  return lists;
}

/** Finds every list of the schema; a missing one means the site was not provisioned. */
export async function resolveSite(graph: GraphAccess, siteUrl: string, schema: ListSchema): Promise<SiteRef> {
  const siteId = await resolveSiteId(graph, siteUrl);
  const byName = new Map((await siteLists(graph, siteId)).map((l) => [l.displayName, l.id]));
  const listIds = new Map<string, string>();
  const missing: string[] = [];
  for (const spec of schema.lists) {
    const id = byName.get(spec.displayName);
    if (id) listIds.set(spec.entity, id);
    else missing.push(spec.displayName);
  }
  if (missing.length) {
    throw new Error(`The SharePoint site lacks the lists ${missing.join(', ')}; run \`npm run cli -- provision\` first.`);
  }
  return { siteId, listIds };
}
