// Field values of list items: validation of writes against the list's columns (names, types,
// required, unique, the `XLookupId` rule for lookups and persons) and the fieldValueSet Graph reads back.

import { graphError, invalidRequest, type GraphResponse } from './errors';
import { isMultiValued } from './columns';
import type { GraphRequest } from './request';
import { isoSeconds, itemETag, type FakeColumn, type FakeItem, type FakeList, type StoredValue } from './state';

/** A validated set of writes; null clears a field. */
export type FieldWrites = Record<string, StoredValue | null>;

/** The app-only principal SharePoint records as Author/Editor ("SharePoint App"). */
const APP_PRINCIPAL_ID = '1073741822';
/** The most a multiple-lines-of-text column holds (plain text), in UTF-16 code units as SharePoint counts them. */
export const MULTI_LINE_MAX = 63_999;
const COMPUTED_READ_ONLY = ['id', 'AuthorLookupId', 'EditorLookupId', 'Edit', 'LinkTitleNoMenu', 'ItemChildCount', 'FolderChildCount'];

export function isLookup(column: FakeColumn): boolean {
  return column.facet === 'lookup' || column.facet === 'personOrGroup';
}

/**
 * The column a field name refers to in filters, selects and writes: a column's own name, or
 * `XLookupId` for a lookup or person column X (whose plain name is not a field of its own).
 */
export function resolveField(list: FakeList, key: string): FakeColumn | undefined {
  const direct = list.columns.find((c) => c.name === key);
  if (direct) return isLookup(direct) && !direct.builtIn ? undefined : direct;
  const base = key.endsWith('LookupId') ? key.slice(0, -'LookupId'.length) : undefined;
  const lookup = base ? list.columns.find((c) => c.name === base) : undefined;
  return lookup && isLookup(lookup) ? lookup : undefined;
}

export function validateWrites(req: GraphRequest, list: FakeList, input: Record<string, unknown>): FieldWrites | GraphResponse {
  const writes: FieldWrites = {};
  for (const [key, value] of Object.entries(input)) {
    if (key.includes('@odata.')) continue; // annotations are checked with the value they annotate
    const readOnly = COMPUTED_READ_ONLY.includes(key) || list.columns.some((c) => c.readOnly && c.name === key);
    if (readOnly) return invalidRequest(req, `Field '${key}' is read-only`);
    const column = resolveField(list, key);
    if (!column) return invalidRequest(req, `Field '${key}' is not recognized`);
    if (value === null) {
      writes[column.name] = null;
      continue;
    }
    const stored = coerce(column, key, value, input[`${key}@odata.type`]);
    if (typeof stored === 'object' && !Array.isArray(stored)) return invalidRequest(req, stored.refused);
    writes[column.name] = stored;
  }
  return writes;
}

type Refusal = { refused: string };

/** The value to store, or why it is refused. */
function coerce(column: FakeColumn, key: string, value: unknown, annotation: unknown): StoredValue | Refusal {
  const bad = (why: string): Refusal => ({ refused: `Field '${key}' ${why}.` });
  const s = column.settings;
  switch (column.facet) {
    case 'text':
      if (typeof value !== 'string') return bad('expects a string');
      if (!s.allowMultipleLines && value.length > Number(s.maxLength)) return bad(`exceeds the maximum length of ${String(s.maxLength)}`);
      // Multiple lines of text hold at most 63,999 characters in SharePoint Online, whatever the column says.
      if (s.allowMultipleLines && value.length > MULTI_LINE_MAX) return bad(`exceeds the maximum length of ${MULTI_LINE_MAX} for multiple lines of text`);
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad('expects a number');
      return value;
    case 'boolean':
      return typeof value === 'boolean' ? value : bad('expects true or false');
    case 'choice':
      if (typeof value !== 'string') return bad('expects a string');
      if (!s.allowTextEntry && !(s.choices as string[]).includes(value)) return bad(`does not allow the value '${value}'`);
      return value;
    case 'dateTime':
      return typeof value === 'string' ? (normaliseDate(value, s.format === 'dateOnly') ?? bad('expects an ISO 8601 date')) : bad('expects an ISO 8601 date');
    default:
      return coerceLookup(column, value, annotation, bad);
  }
}

function coerceLookup(column: FakeColumn, value: unknown, annotation: unknown, bad: (why: string) => Refusal): StoredValue | Refusal {
  const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
  if (!isMultiValued(column)) return isId(value) ? value : bad('expects a numeric lookup id');
  if (!Array.isArray(value) || !value.every(isId)) return bad('expects an array of numeric lookup ids');
  // Without the annotation real Graph cannot tell the collection's type and refuses the write.
  if (typeof annotation !== 'string' || annotation.toLowerCase() !== 'collection(edm.int32)') {
    return bad("needs the annotation '@odata.type': 'Collection(Edm.Int32)'");
  }
  return value;
}

/** SharePoint keeps dates to the second in UTC; a date-only column keeps midnight. */
export function normaliseDate(value: string, dateOnly: boolean): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(value);
  if (!match?.[1]) return undefined;
  const withZone = match[2] ? (match[5] ? value : `${value}Z`) : `${match[1]}T00:00:00Z`;
  const at = new Date(withZone);
  if (Number.isNaN(at.getTime())) return undefined;
  return dateOnly ? `${isoSeconds(at).slice(0, 10)}T00:00:00Z` : isoSeconds(at);
}

/** Required columns must have a value on create, and may not be cleared later. */
export function checkRequired(req: GraphRequest, list: FakeList, writes: FieldWrites, creating: boolean): GraphResponse | undefined {
  for (const column of list.columns) {
    if (!column.required || column.readOnly) continue;
    const value = writes[column.name];
    const missing = value === null || value === '' || (creating && value === undefined);
    if (missing) return invalidRequest(req, `Field '${column.name}' is required.`);
  }
  return undefined;
}

/** enforceUniqueValues: SharePoint compares text case-insensitively. */
export function checkUnique(req: GraphRequest, list: FakeList, writes: FieldWrites, itemId?: number): GraphResponse | undefined {
  for (const column of list.columns.filter((c) => c.enforceUniqueValues)) {
    const value = writes[column.name];
    if (value === null || value === undefined) continue;
    const owner = uniqueIndex(list, column.name).get(uniqueKey(value));
    if (owner !== undefined && owner !== itemId) {
      return graphError(
        req,
        409,
        'nameAlreadyExists',
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${column.name}].`,
      );
    }
  }
  return undefined;
}

/** Keeps the unique-value indexes in step with an item's values (before → after; {} for create/delete). */
export function reindexUnique(list: FakeList, itemId: number, before: Record<string, StoredValue>, after: Record<string, StoredValue>): void {
  for (const [name, index] of list.uniqueIndex) {
    const old = before[name];
    if (old !== undefined && index.get(uniqueKey(old)) === itemId) index.delete(uniqueKey(old));
    const now = after[name];
    if (now !== undefined) index.set(uniqueKey(now), itemId);
  }
}

// An index per column rather than a scan: seeding a department writes ten thousand items into one list.
function uniqueIndex(list: FakeList, name: string): Map<string, number> {
  let index = list.uniqueIndex.get(name);
  if (!index) {
    index = new Map();
    for (const item of list.items.values()) {
      const value = item.values[name];
      if (value !== undefined) index.set(uniqueKey(value), item.id);
    }
    list.uniqueIndex.set(name, index);
  }
  return index;
}

function uniqueKey(value: StoredValue): string {
  const text = typeof value === 'string' ? value.toLowerCase() : Array.isArray(value) ? value.join(',') : String(value);
  return `${typeof value}:${text}`;
}

export function applyWrites(values: Record<string, StoredValue>, writes: FieldWrites): Record<string, StoredValue> {
  const merged = { ...values };
  for (const [name, value] of Object.entries(writes)) {
    if (value === null) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}

/**
 * The fieldValueSet Graph returns. Empty fields are left out, as SharePoint does; `select` keeps
 * only the named fields (lookup X may be selected as X or XLookupId), plus @odata.etag.
 */
export function readFields(list: FakeList, item: FakeItem, select?: string[]): Record<string, unknown> {
  const title = item.values.Title;
  const all: Record<string, unknown> = {
    '@odata.etag': itemETag(item.guid, item.version),
    id: String(item.id),
    ContentType: 'Item',
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
    AuthorLookupId: APP_PRINCIPAL_ID,
    EditorLookupId: APP_PRINCIPAL_ID,
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: title,
    LinkTitle: title,
    ItemChildCount: '0',
    FolderChildCount: '0',
  };
  for (const column of list.columns.filter((c) => !c.readOnly)) {
    const value = item.values[column.name];
    if (value === undefined) continue;
    if (!isLookup(column)) all[column.name] = value;
    else if (Array.isArray(value)) all[column.name] = value.map((id) => ({ LookupId: id, LookupValue: '' }));
    else all[`${column.name}LookupId`] = String(value);
  }
  if (!select) return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
  const wanted = new Set(select.flatMap((name) => [name, `${name}LookupId`]));
  return Object.fromEntries(Object.entries(all).filter(([key, v]) => v !== undefined && (key === '@odata.etag' || wanted.has(key))));
}
