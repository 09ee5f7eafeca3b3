import type { Locale } from '../../i18n/locales';

// The interface is drawn anew in the chosen language (src/i18n/locale-boundary.tsx remounts it):
// the user menu opens again with the chosen language focused, so that keyboard and screen reader
// users stay where they were. Forgotten once the change is saved or refused.
let pending: Locale | null = null;

export function rememberLanguageFocus(locale: Locale): void {
  pending = locale;
}

export function forgetLanguageFocus(): void {
  pending = null;
}

/** The language just chosen from the user menu, while its change is under way. */
export function languageToFocus(): Locale | null {
  return pending;
}
