import { locales, type Locale } from '../i18n/locales';

/**
 * An interface language named in itself (« Français », « English »), as language pickers show it:
 * someone who cannot read the current language still finds their own.
 */
export function languageName(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** The interface's languages, each with its own name, in the order pickers list them. */
export function languageOptions(): { locale: Locale; label: string }[] {
  return locales.map((locale) => ({ locale, label: languageName(locale) }));
}
