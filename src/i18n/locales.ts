/** The interface's languages: French is the source and the default, English is complete. */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The Intl locale behind each language: Cameroon's, so English reads « 6 December 2026 at 23:12 »
 * with a 24-hour clock and French groups thousands with a narrow no-break space.
 */
export const intlLocales: Record<Locale, string> = { fr: 'fr-CM', en: 'en-CM' };

/** The first supported language among the browser's preferences, or French. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return defaultLocale;
}
