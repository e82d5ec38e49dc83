// The message catalogue of the chosen language and Intl formatting for its locale, for every
// component through useI18n(). Calendar dates (YYYY-MM-DD) are formatted in UTC, as the API
// means them, so a date never shifts by a day with the reader's time zone.

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from './locale';
import { en, type Messages } from './messages-en';
import { fr } from './messages-fr';

export interface I18n {
  language: Language;
  locale: string;
  t: Messages;
  /** A calendar date, e.g. 28 Nov 2026 / 28 nov. 2026. */
  date(day: string): string;
  /** An instant, date and time. */
  dateTime(iso: string): string;
  number(n: number, maximumFractionDigits?: number): string;
  /** A percentage given as 0–100; "—" when there is none. */
  percent(p: number | null): string;
  /** A byte count, e.g. 1.2 MB. */
  bytes(n: number): string;
  /** Compares strings in the locale's order. */
  compare(a: string, b: string): number;
}

const CATALOGUES: Record<Language, Messages> = { en, fr };

export function makeI18n(language: Language, locale: string): I18n {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const collator = new Intl.Collator(locale);
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const number = (n: number, digits = 2) => {
    let format = numberFormats.get(digits);
    if (!format) numberFormats.set(digits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return format.format(n);
  };
  return {
    language,
    locale,
    t: CATALOGUES[language],
    date: (day) => dateFormat.format(new Date(`${day.slice(0, 10)}T00:00:00Z`)),
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    number,
    percent: (p) => (p == null ? '—' : percentFormat.format(p / 100)),
    bytes: (n) =>
      n < 1024 * 1024
        ? `${number(n / 1024, 0)} ${CATALOGUES[language].units.kilobytes}`
        : `${number(n / (1024 * 1024), 1)} ${CATALOGUES[language].units.megabytes}`,
    compare: collator.compare,
  };
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ language, locale, children }: { language: Language; locale: string; children: ReactNode }) {
  const i18n = useMemo(() => makeI18n(language, locale), [language, locale]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
