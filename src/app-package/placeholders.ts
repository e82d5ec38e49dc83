// The toolkit's ${{NAME}} placeholders: which ones a text uses, and the text with them filled
// from an environment. A placeholder without a value is reported, never left in or emptied.

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!) /* group 1 is not optional */)];
}

export interface Filled {
  text: string;
  /** Placeholders with no value (undefined, or empty unless allowed to be). */
  missing: string[];
}

/**
 * Fills every placeholder. An empty value counts as missing (provisioning has not written it
 * yet) except for the names in `mayBeEmpty`, such as a name suffix that production leaves out.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string | undefined>>, mayBeEmpty: ReadonlySet<string> = new Set()): Filled {
  const missing = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined || (value === '' && !mayBeEmpty.has(name))) {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text: filled, missing: [...missing].sort() };
}

/** A value made safe to put inside a JSON string literal, for filling JSON files as text. */
export function jsonEscaped(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.stringify(v).slice(1, -1)]));
}
