// The declarative SharePoint list schema (manifest/sharepoint-lists.json): loaded and checked
// once, then used by the provisioner (what to create) and by the store (how records map to
// list items). Every column that is filtered on is indexed, at most 20 per list.

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fieldOf } from '../store/relations';

export const COLUMN_TYPES = ['text', 'note', 'number', 'date', 'dateTime', 'boolean', 'choice'] as const;

const column = z
  .strictObject({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,31}$/, 'column names are letters and digits'),
    type: z.enum(COLUMN_TYPES),
    /** The record field mirrored in this column (dotted for nested fields). */
    field: z.string().min(1).optional(),
    /** A key made of several fields, joined with "|", for uniqueness (e.g. plan and reference). */
    derivedFrom: z.array(z.string().min(1)).min(2).optional(),
    indexed: z.boolean().default(false),
    unique: z.boolean().default(false),
    required: z.boolean().default(false),
    choices: z.array(z.string().min(1)).min(1).optional(),
    description: z.string().optional(),
  })
  .refine((c) => !c.unique || c.indexed, { message: 'a unique column must be indexed', path: ['unique'] })
  .refine((c) => (c.type === 'choice') === (c.choices !== undefined), { message: 'choices go with type choice', path: ['choices'] });

const list = z
  .strictObject({
    entity: z.string().min(1),
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9]{2,63}$/),
    displayName: z.string().min(1),
    titleField: z.string().min(1).optional(),
    columns: z.array(column).min(1),
  })
  .refine((l) => l.columns.filter((c) => c.indexed).length <= 20, 'SharePoint allows at most 20 indexed columns per list')
  .refine((l) => new Set(l.columns.map((c) => c.name)).size === l.columns.length, 'column names must be unique');

export const listSchemaFile = z.strictObject({
  description: z.string(),
  version: z.number().int().positive(),
  lists: z.array(list).min(1),
});

export type ColumnSpec = z.infer<typeof column>;
export type ListSpec = z.infer<typeof list>;
export type ListSchema = z.infer<typeof listSchemaFile>;

/** manifest/ at the package root, found from wherever this module was compiled to. */
export const LIST_SCHEMA_PATH = path.join(packageRoot(__dirname), 'manifest', 'sharepoint-lists.json');

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'manifest'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package root with manifest/ above ${from}`);
  }
}

export function loadListSchema(file = LIST_SCHEMA_PATH): ListSchema {
  const parsed = listSchemaFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not a valid list schema:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}

export function listFor(schema: ListSchema, entity: string): ListSpec {
  const spec = schema.lists.find((l) => l.entity === entity);
  if (!spec) throw new Error(`The list schema has no list for ${entity}`);
  return spec;
}

/** The Graph column definition (POST …/columns) of a column spec. */
export function graphColumn(c: ColumnSpec): Record<string, unknown> {
  const facets: Record<ColumnSpec['type'], object> = {
    text: { text: { allowMultipleLines: false, maxLength: 255 } },
    note: { text: { allowMultipleLines: true } },
    number: { number: {} },
    date: { dateTime: { format: 'dateOnly' } },
    dateTime: { dateTime: { format: 'dateTime' } },
    boolean: { boolean: {} },
    choice: { choice: { choices: c.choices, allowTextEntry: false } },
  };
  const facet = facets[c.type];
  return {
    name: c.name,
    displayName: c.name,
    indexed: c.indexed,
    required: c.required,
    enforceUniqueValues: c.unique,
    ...(c.description ? { description: c.description } : {}),
    ...facet,
  };
}

/** The item fields (PATCH …/fields, POST …/items) that mirror `record` under `spec`. */
export function itemFields(spec: ListSpec, record: object, withRecordJson = true): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  // SharePoint requires a Title in a generic list: the record's own title where it has one.
  const title = spec.titleField ? valueAt(record, spec.titleField) : (valueAt(record, 'id') ?? valueAt(record, 'entityId'));
  fields.Title = truncate(String(title ?? '') || '-', 255);
  for (const c of spec.columns) {
    if (c.name === 'Record') {
      if (withRecordJson) fields.Record = JSON.stringify(record);
      continue;
    }
    if (c.derivedFrom) {
      fields[c.name] = c.derivedFrom.map((f) => String(valueAt(record, f) ?? '')).join('|');
      continue;
    }
    if (!c.field) continue;
    fields[c.name] = toColumnValue(c, valueAt(record, c.field));
  }
  return fields;
}

function toColumnValue(c: ColumnSpec, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  switch (c.type) {
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'boolean':
      return Boolean(value);
    case 'date':
      return typeof value === 'string' ? `${value.slice(0, 10)}T00:00:00Z` : null;
    case 'text':
      return truncate(Array.isArray(value) ? value.join(';') : typeof value === 'string' ? value : JSON.stringify(value), 255);
    case 'note':
      return typeof value === 'string' ? value : JSON.stringify(value);
    default:
      return String(value);
  }
}

function valueAt(record: object, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? fieldOf(v, key) : undefined), record);
}

const truncate = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);
