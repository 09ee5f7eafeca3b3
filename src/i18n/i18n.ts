import { i18n, type Messages } from '@lingui/core';
import { browserLocale, intlLocales, isLocale, type Locale } from './locales';

// The catalogues are compiled from src/locales/<locale>/messages.po by Lingui's Vite plugin and
// fetched on demand: only the language a person reads is downloaded.
const catalogues: Record<Locale, () => Promise<{ messages: Messages }>> = {
  fr: () => import('../locales/fr/messages.po'),
  en: () => import('../locales/en/messages.po'),
};

const storageKey = 'wcap.locale';

/** The language last chosen on this device (from the profile or the user menu), if any. */
function storedLocale(): Locale | undefined {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The language to start in, before the profile is known: this device's last choice, the browser's, French. */
export function initialLocale(): Locale {
  return storedLocale() ?? browserLocale(navigator.languages);
}

/** Loads a language's catalogue, makes it the active one and remembers it on this device. */
export async function activateLocale(locale: Locale): Promise<void> {
  if (i18n.locale !== locale) {
    const { messages } = await catalogues[locale]();
    i18n.loadAndActivate({ locale, locales: intlLocales[locale], messages });
  }
  document.documentElement.lang = locale;
  try {
    globalThis.localStorage?.setItem(storageKey, locale);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for the page only.
  }
}

export { i18n };
