// The official Teams manifest and localization JSON schemas, as @microsoft/app-manifest ships
// them, found from a manifest's $schema URL and never downloaded (packaging works offline and
// a version the package does not ship is an error), and validation with that package.

import fs from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

/** Where @microsoft/app-manifest keeps its copies of developer.microsoft.com/json-schemas/…. */
export const SCHEMA_ROOT = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas');

const TEAMS_SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/i;

export type JsonSchema = Record<string, unknown>;
/** The schema type the package's validator takes (ajv's), named without importing ajv. */
type ValidatorSchema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

/** The schema version folder of a Teams schema URL, e.g. "v1.25". */
export function schemaVersionOf(schemaUrl: string): string {
  const match = TEAMS_SCHEMA_URL.exec(schemaUrl);
  if (!match) throw new Error(`$schema "${schemaUrl}" is not a Teams manifest schema URL (https://developer.microsoft.com/json-schemas/teams/v1.NN/…)`);
  return match[1]!; // the pattern's first group is not optional
}

/** The shipped schema file for a URL; an error names the versions that are shipped. */
export function localSchemaFile(schemaUrl: string): string {
  const version = schemaVersionOf(schemaUrl);
  // schemaVersionOf() has just matched the same URL against the same pattern, which has two groups.
  const file = path.join(SCHEMA_ROOT, 'teams', version, TEAMS_SCHEMA_URL.exec(schemaUrl)![2]!);
  if (!fs.existsSync(file)) {
    const shipped = fs.readdirSync(path.join(SCHEMA_ROOT, 'teams')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    throw new Error(`@microsoft/app-manifest ships no ${path.basename(file)} for ${version} (it has ${shipped.join(', ')})`);
  }
  return file;
}

/** The localization schema that goes with a manifest schema URL (same version). */
export function localizationSchemaUrl(manifestSchemaUrl: string): string {
  return manifestSchemaUrl.replace(/MicrosoftTeams\.schema\.json$/i, 'MicrosoftTeams.Localization.schema.json');
}

export function loadSchema(schemaUrl: string): JsonSchema {
  // The same clean-up @microsoft/app-manifest applies to schema text before parsing it.
  const text = fs.readFileSync(localSchemaFile(schemaUrl), 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return withUnicodeSafePatterns(JSON.parse(text) as JsonSchema);
}

/**
 * Some official localization schemas carry patterns with a lone "]" (e.g. `\b]\.description`),
 * which is a literal in an ordinary regular expression but a syntax error in the Unicode mode
 * Ajv compiles patterns in. Escaping that bracket keeps each pattern's meaning.
 */
export function withUnicodeSafePatterns<T>(schema: T): T {
  const fix = (pattern: string): string => {
    try {
      new RegExp(pattern, 'u');
      return pattern;
    } catch {
      return escapeLoneBrackets(pattern);
    }
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        if (key === 'pattern' && typeof value === 'string') return [key, fix(value)];
        if (key === 'patternProperties' && value && typeof value === 'object') {
          return [key, Object.fromEntries(Object.entries(value).map(([p, s]) => [fix(p), walk(s)]))];
        }
        return [key, walk(value)];
      }),
    );
  };
  return walk(schema) as T;
}

function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!; // i < pattern.length
    if (ch === '\\') {
      out += ch + (pattern[++i] ?? '');
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') {
      if (!inClass) {
        out += '\\]';
        continue;
      }
      inClass = false;
    }
    out += ch;
  }
  return out;
}

/** The schema's own messages ("/accentColor must match pattern …"); empty when valid. */
export async function validateAgainstSchema(document: unknown, schema: JsonSchema): Promise<string[]> {
  // The package types its validator for ajv's JSONSchemaType of the manifest, which no JSON
  // read at run time can be shown to be; its own fetchSchema() gives JSON.parse's result that
  // type, and so does this copy (ajv compiles it anyway, so the copy costs nothing that matters).
  const validatorSchema: ValidatorSchema = JSON.parse(JSON.stringify(schema));
  const errors = await AppManifestUtils.validateAgainstSchema(document as AppManifest, validatorSchema);
  return errors.map((e) => e.trim());
}
