// Column definitions of a SharePoint list: the built-in ones a genericList brings, validation of
// new and changed columns (one facet each, unique names, at most 20 indexed), and their Graph JSON.

import { randomUUID } from 'node:crypto';
import { graphError, invalidRequest, type GraphResponse } from './errors';
import type { GraphRequest } from './request';
import type { Facet, FakeColumn, FakeList, FakeSite } from './state';

export const MAX_INDEXED_COLUMNS = 20;

const FACET_DEFAULTS: Record<Facet, Record<string, unknown>> = {
  text: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255 },
  number: { decimalPlaces: 'automatic', displayAs: 'number', maximum: 1.7976931348623157e308, minimum: -1.7976931348623157e308 },
  dateTime: { displayAs: 'default', format: 'dateTime' },
  choice: { allowTextEntry: false, choices: [], displayAs: 'dropDownMenu' },
  boolean: {},
  personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleOnly', displayAs: 'nameWithPresence' },
  lookup: { allowMultipleValues: false, allowUnlimitedLength: false, columnName: 'Title', listId: '' },
};
const FACETS = Object.keys(FACET_DEFAULTS) as Facet[];
/** Facets real Graph has but this double does not model: refused rather than silently mis-stored. */
const UNMODELLED_FACETS = ['calculated', 'currency', 'geolocation', 'hyperlinkOrPicture', 'term', 'thumbnail', 'contentApprovalStatus', 'hyperlink'];

/** Title plus the read-only system columns every genericList reports (the provisioner must ignore them). */
export function builtInColumns(): FakeColumn[] {
  const system = (name: string, facet: Facet): FakeColumn => ({
    ...column(name, facet, {}),
    readOnly: true,
    builtIn: true,
  });
  return [
    // A custom list's Title is required by default, as in SharePoint.
    { ...column('Title', 'text', {}), required: true, builtIn: true },
    system('ID', 'number'),
    system('ContentType', 'text'),
    system('Modified', 'dateTime'),
    system('Created', 'dateTime'),
    system('Author', 'personOrGroup'),
    system('Editor', 'personOrGroup'),
    system('_UIVersionString', 'text'),
    system('Attachments', 'boolean'),
    system('LinkTitle', 'text'),
  ];
}

function column(name: string, facet: Facet, settings: Record<string, unknown>): FakeColumn {
  return {
    id: randomUUID(),
    name,
    displayName: name,
    description: '',
    facet,
    settings: { ...FACET_DEFAULTS[facet], ...settings },
    indexed: false,
    required: false,
    enforceUniqueValues: false,
    hidden: false,
    readOnly: false,
    builtIn: false,
  };
}

/** Builds a column from a POST body; `site` resolves lookup targets. */
export function parseColumn(req: GraphRequest, body: Record<string, unknown>, site: FakeSite): FakeColumn | GraphResponse {
  const name = body.name;
  if (typeof name !== 'string' || !name) return invalidRequest(req, "The column needs a 'name'.");
  // SharePoint would encode other characters into the internal name (_x0020_…); a schema should not rely on that.
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return invalidRequest(req, `Column name '${name}' is not a valid internal name.`);
  const unmodelled = UNMODELLED_FACETS.filter((f) => f in body);
  if (unmodelled.length) return invalidRequest(req, `The double does not model the '${unmodelled[0]}' column type.`);
  const facets = FACETS.filter((f) => f in body);
  if (facets.length !== 1 || !facets[0]) return invalidRequest(req, `Column '${name}' must have exactly one type facet (${FACETS.join(', ')}).`);
  const facet = facets[0];
  const settings = body[facet] ?? {};
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return invalidRequest(req, `The '${facet}' facet must be an object.`);
  const def = column(name, facet, settings as Record<string, unknown>);
  def.displayName = typeof body.displayName === 'string' ? body.displayName : name;
  def.description = typeof body.description === 'string' ? body.description : '';
  const flags = applyFlags(req, def, body);
  if (flags) return flags;
  return checkFacet(req, def, site) ?? def;
}

function applyFlags(req: GraphRequest, def: FakeColumn, body: Record<string, unknown>): GraphResponse | undefined {
  for (const flag of ['indexed', 'required', 'enforceUniqueValues', 'hidden'] as const) {
    const value = body[flag];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') return invalidRequest(req, `'${flag}' must be a boolean.`);
    def[flag] = value;
  }
  // SharePoint enforces uniqueness through the index, so a unique column must be indexed.
  if (def.enforceUniqueValues && !def.indexed) return invalidRequest(req, `Column '${def.name}' must be indexed to enforce unique values.`);
  return undefined;
}

function checkFacet(req: GraphRequest, def: FakeColumn, site: FakeSite): GraphResponse | undefined {
  const s = def.settings;
  if (def.facet === 'choice' && (!Array.isArray(s.choices) || !s.choices.every((c) => typeof c === 'string'))) {
    return invalidRequest(req, `Column '${def.name}': choices must be an array of strings.`);
  }
  if (def.facet === 'dateTime' && s.format !== 'dateOnly' && s.format !== 'dateTime') {
    return invalidRequest(req, `Column '${def.name}': dateTime format must be 'dateOnly' or 'dateTime'.`);
  }
  if (def.facet === 'lookup' && !site.lists.some((l) => l.id === s.listId)) {
    return invalidRequest(req, `Column '${def.name}': the lookup list '${String(s.listId)}' does not exist in this site.`);
  }
  return undefined;
}

/** Adds a parsed column, refusing a duplicate name (409) or a 21st index (400). */
export function addColumn(req: GraphRequest, list: Pick<FakeList, 'columns'>, def: FakeColumn): GraphResponse | undefined {
  if (list.columns.some((c) => c.name.toLowerCase() === def.name.toLowerCase())) {
    return graphError(req, 409, 'nameAlreadyExists', `A duplicate field name "${def.name}" was found.`);
  }
  if (def.indexed && indexedCount(list.columns) >= MAX_INDEXED_COLUMNS) return tooManyIndexes(req);
  list.columns.push(def);
  return undefined;
}

/** PATCH …/columns/{id}: flags, names and facet settings may change, the type may not. */
export function patchColumn(req: GraphRequest, list: FakeList, def: FakeColumn, body: Record<string, unknown>): GraphResponse | undefined {
  if (def.readOnly) return graphError(req, 403, 'accessDenied', `Column '${def.name}' is read-only.`);
  if (body.name !== undefined && body.name !== def.name) return invalidRequest(req, "A column's name cannot be changed.");
  const otherFacet = FACETS.find((f) => f !== def.facet && f in body);
  if (otherFacet) return invalidRequest(req, `Column '${def.name}' is of type '${def.facet}' and cannot become '${otherFacet}'.`);
  const draft: FakeColumn = { ...def, settings: { ...def.settings } };
  if (typeof body.displayName === 'string') draft.displayName = body.displayName;
  if (typeof body.description === 'string') draft.description = body.description;
  const facetSettings = body[def.facet];
  if (typeof facetSettings === 'object' && facetSettings !== null) Object.assign(draft.settings, facetSettings);
  const flags = applyFlags(req, draft, body);
  if (flags) return flags;
  if (draft.indexed && !def.indexed && indexedCount(list.columns) >= MAX_INDEXED_COLUMNS) return tooManyIndexes(req);
  Object.assign(def, draft);
  list.uniqueIndex.delete(def.name);
  return undefined;
}

export function indexedCount(columns: FakeColumn[]): number {
  return columns.filter((c) => c.indexed).length;
}

function tooManyIndexes(req: GraphRequest): GraphResponse {
  return invalidRequest(req, `The list already has the maximum of ${MAX_INDEXED_COLUMNS} indexed columns.`);
}

export function columnJson(def: FakeColumn): Record<string, unknown> {
  return {
    columnGroup: def.builtIn ? '_Hidden' : 'Custom Columns',
    description: def.description,
    displayName: def.displayName,
    enforceUniqueValues: def.enforceUniqueValues,
    hidden: def.hidden,
    id: def.id,
    indexed: def.indexed,
    name: def.name,
    readOnly: def.readOnly,
    required: def.required,
    [def.facet]: { ...def.settings },
  };
}

export function isMultiValued(def: FakeColumn): boolean {
  return def.settings.allowMultipleValues === true || def.settings.allowMultipleSelection === true;
}
