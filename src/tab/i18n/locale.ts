// Which language the tab speaks: English or French (the UN's working languages). The first
// candidate that names one of them wins (?lang=, the Teams locale, the browser's languages);
// the full locale (fr-CA, en-GB…) is kept for formatting dates and numbers.

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface LocaleChoice {
  language: Language;
  /** BCP 47 tag for Intl, e.g. "fr-FR". */
  locale: string;
}

export function chooseLocale(candidates: readonly (string | null | undefined)[]): LocaleChoice {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const language = candidate.slice(0, 2).toLowerCase();
    if ((LANGUAGES as readonly string[]).includes(language)) {
      return { language: language as Language, locale: canonical(candidate) };
    }
  }
  return { language: 'en', locale: 'en-US' };
}

function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag.slice(0, 2).toLowerCase();
  }
}
