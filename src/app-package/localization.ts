// Which manifest strings a language file must translate, taken from the official localization
// schema (its named properties and property patterns, such as `staticTabs[0].name`), and whether
// a language file translates every one of them and nothing the manifest does not have.

import type { JsonSchema } from './manifest-schema';

const NOT_STRINGS = new Set(['$schema', 'localizationKeys']);

/** Every string leaf of a JSON value by its localization path: name.short, bots[0].commandLists[1]…. */
export function stringPaths(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: unknown, at: string) => {
    if (typeof node === 'string') out.set(at, node);
    else if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${at}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) visit(child, at ? `${at}.${key}` : key);
    }
  };
  visit(value, prefix);
  return out;
}

/** Tells whether a localization key names a localizable string, by the schema. */
export function localizableKeyTest(localizationSchema: JsonSchema): (key: string) => boolean {
  const named = new Set(Object.keys(localizationSchema.properties ?? {}).filter((k) => !NOT_STRINGS.has(k)));
  // Ordinary (non-Unicode) expressions, as the schema authors wrote them.
  const patterns = Object.keys(localizationSchema.patternProperties ?? {}).map((p) => new RegExp(p));
  return (key) => named.has(key) || patterns.some((p) => p.test(key));
}

/** The manifest's localizable strings: key → English text. */
export function localizableStrings(manifest: unknown, localizationSchema: JsonSchema): Map<string, string> {
  const isLocalizable = localizableKeyTest(localizationSchema);
  return new Map([...stringPaths(manifest)].filter(([key]) => isLocalizable(key)));
}

/** Problems with one language file: strings it leaves untranslated, keys the manifest lacks. */
export function checkTranslations(fileName: string, translations: Record<string, unknown>, manifest: unknown, localizationSchema: JsonSchema): string[] {
  const expected = localizableStrings(manifest, localizationSchema);
  const problems: string[] = [];
  for (const key of expected.keys()) {
    const text = translations[key];
    if (typeof text !== 'string' || text.trim() === '') problems.push(`${fileName}: no translation of "${key}" ("${expected.get(key)}")`);
  }
  for (const key of Object.keys(translations)) {
    if (!NOT_STRINGS.has(key) && !expected.has(key)) problems.push(`${fileName}: "${key}" translates nothing in the manifest`);
  }
  return problems;
}
