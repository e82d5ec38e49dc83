// Provisioning: makes the site's lists match manifest/sharepoint-lists.json. It creates
// missing lists and columns and turns on missing indexes and uniqueness; it never deletes a
// list, a column or an item, and a second run finds nothing to do (so it writes nothing).

import { type GraphAccess, GraphAccessRefused, GraphRequestError } from './graph-access';
import { graphColumn, type ColumnSpec, type ListSchema, type ListSpec } from './list-schema';
import { resolveSiteId, siteLists } from './site';

export type ProvisionStep =
  | { action: 'create-list'; list: string; columns: number }
  | { action: 'add-column'; list: string; column: string }
  | { action: 'update-column'; list: string; column: string; set: { indexed?: true; enforceUniqueValues?: true } };

interface ExistingColumn {
  id: string;
  name: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
}

/** What would change, in order, without changing anything. */
export async function planProvisioning(
  graph: GraphAccess,
  siteUrl: string,
  schema: ListSchema,
): Promise<{ siteId: string; steps: ProvisionStep[]; columnIds: Map<string, string> }> {
  const siteId = await existingSite(graph, siteUrl);
  const lists = new Map((await siteLists(graph, siteId)).map((l) => [l.displayName, l.id]));
  const steps: ProvisionStep[] = [];
  const columnIds = new Map<string, string>();
  for (const spec of schema.lists) {
    const listId = lists.get(spec.displayName);
    if (!listId) {
      steps.push({ action: 'create-list', list: spec.displayName, columns: spec.columns.length });
      continue;
    }
    const existing = new Map((await columnsOf(graph, siteId, listId)).map((c) => [c.name, c]));
    for (const c of spec.columns) {
      const found = existing.get(c.name);
      if (!found) {
        steps.push({ action: 'add-column', list: spec.displayName, column: c.name });
        continue;
      }
      const set: { indexed?: true; enforceUniqueValues?: true } = {};
      if (c.indexed && !found.indexed) set.indexed = true;
      if (c.unique && !found.enforceUniqueValues) set.enforceUniqueValues = true;
      if (Object.keys(set).length) {
        steps.push({ action: 'update-column', list: spec.displayName, column: c.name, set });
        columnIds.set(`${spec.displayName}/${c.name}`, `${listId}/${found.id}`);
      }
    }
  }
  return { siteId, steps, columnIds };
}

/** Applies the plan; with dryRun only reports it. */
export async function provision(
  graph: GraphAccess,
  siteUrl: string,
  schema: ListSchema,
  options: { dryRun?: boolean; onStep?: (step: ProvisionStep) => void } = {},
): Promise<ProvisionStep[]> {
  const { siteId, steps, columnIds } = await planProvisioning(graph, siteUrl, schema);
  if (options.dryRun) return steps;
  const lists = new Map((await siteLists(graph, siteId)).map((l) => [l.displayName, l.id]));
  const specByName = new Map(schema.lists.map((l) => [l.displayName, l]));
  for (const step of steps) {
    const spec = specByName.get(step.list);
    if (!spec) throw new Error(`The provisioning plan names a list the schema lacks: ${step.list}`);
    if (step.action === 'create-list') {
      const res = await graph.request<{ id: string }>('POST', `/sites/${siteId}/lists`, {
        body: { displayName: spec.displayName, columns: spec.columns.map(graphColumn), list: { template: 'genericList' } },
      });
      expectStatus(res.status, 201, `creating the list ${spec.displayName}`, res.body);
      lists.set(spec.displayName, res.body.id);
    } else if (step.action === 'add-column') {
      const res = await graph.request('POST', `/sites/${siteId}/lists/${lists.get(step.list)}/columns`, { body: graphColumn(columnSpec(spec, step.column)) });
      expectStatus(res.status, 201, `adding the column ${step.column} to ${step.list}`, res.body);
    } else {
      const columnId = columnIds.get(`${step.list}/${step.column}`);
      if (!columnId) throw new Error(`The provisioning plan changes a column it did not find: ${step.list}/${step.column}`);
      const res = await graph.request('PATCH', `/sites/${siteId}/lists/${columnId.replace('/', '/columns/')}`, { body: step.set });
      expectStatus(res.status, 200, `updating the column ${step.column} of ${step.list}`, res.body);
    }
    options.onStep?.(step);
  }
  return steps;
}

/** Provisioning creates lists, never the site: a 404 for the site's path is the operator's to fix. */
export class SiteNotFoundError extends GraphRequestError {
  override readonly name = 'SiteNotFoundError';
}

async function existingSite(graph: GraphAccess, siteUrl: string): Promise<string> {
  try {
    return await resolveSiteId(graph, siteUrl);
  } catch (error) {
    // Only a 404: a refused token or grant (401/403) says nothing about whether the site exists.
    if (error instanceof GraphRequestError && !(error instanceof GraphAccessRefused) && error.status === 404) {
      throw new SiteNotFoundError(`SharePoint site not found: ${siteUrl}`, 404, error.body);
    }
    throw error;
  }
}

async function columnsOf(graph: GraphAccess, siteId: string, listId: string): Promise<ExistingColumn[]> {
  const columns: ExistingColumn[] = [];
  let next: string | undefined = `/sites/${siteId}/lists/${listId}/columns?$select=id,name,indexed,enforceUniqueValues`;
  while (next) {
    const res: { status: number; body: { value: ExistingColumn[]; '@odata.nextLink'?: string } } = await graph.request('GET', next);
    expectStatus(res.status, 200, 'reading the columns of a list', res.body);
    columns.push(...res.body.value);
    next = res.body['@odata.nextLink'];
  }
  return columns;
}

function columnSpec(list: ListSpec, name: string): ColumnSpec {
  const column = list.columns.find((c) => c.name === name);
  if (!column) throw new Error(`The list schema has no column ${name} in ${list.displayName}`);
  return column;
}

function expectStatus(status: number, expected: number, what: string, body: unknown): void {
  if (status !== expected) throw new GraphRequestError(`SharePoint answered ${status} when ${what}`, status, body);
}

export function describeStep(step: ProvisionStep): string {
  if (step.action === 'create-list') return `create list "${step.list}" with ${step.columns} columns`;
  if (step.action === 'add-column') return `add column ${step.column} to "${step.list}"`;
  return `set ${Object.keys(step.set).join(' and ')} on ${step.column} of "${step.list}"`;
}
