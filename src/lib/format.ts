import { i18n } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import type { MemberRole } from '../domain/organizations/roles';
import { intlLocales, isLocale } from '../i18n/locales';

// Every figure and date a user reads goes through these, so the whole interface agrees on one
// format per language: the active language's Intl locale, read at each call, so a change of
// language applies to the next render. French groups thousands with a narrow no-break space.

/** The Intl locale of the active language (French until a catalogue is active). */
export function intlLocale(): string {
  return isLocale(i18n.locale) ? intlLocales[i18n.locale] : intlLocales.fr;
}

const numberFormatters = new Map<string, Intl.NumberFormat>();

function numberFormatter(): Intl.NumberFormat {
  const locale = intlLocale();
  let formatter = numberFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    numberFormatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * 75000 → « 75 000 FCFA » / « 75,000 FCFA ». Money is integer XAF everywhere in WCAP; the symbol
 * follows the amount in both languages, as Cameroonians write it (Intl's English puts it first).
 */
export function formatXaf(amount: number): string {
  return `${numberFormatter().format(amount)}\u00a0FCFA`;
}

/** 25000 → « 25 000 » / « 25,000 ». */
export function formatNumber(value: number): string {
  return numberFormatter().format(value);
}

type DateInput = string | number | Date;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** « 22 novembre 2026 » / « 22 November 2026 », as seen in the organisation's time zone. */
export function formatDate(value: DateInput, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(toDate(value));
}

/** « 22 novembre 2026 à 00:30 » / « 22 November 2026 at 00:30 », in the organisation's time zone. */
export function formatDateTime(value: DateInput, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(toDate(value));
}

/** « UTC+1 » for Africa/Douala: the offset a time zone has at the given moment. */
export function formatUtcOffset(timeZone: string, at: DateInput = new Date()): string {
  const parts = new Intl.DateTimeFormat(intlLocale(), {
    timeZone,
    timeZoneName: 'shortOffset',
  }).formatToParts(toDate(at));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

const roleLabels = {
  owner: msg`propriétaire`,
  admin: msg`administrateur`,
  agent: msg`agent`,
  viewer: msg`lecteur`,
};

const roleTitles = {
  owner: msg`Propriétaire`,
  admin: msg`Administrateur`,
  agent: msg`Agent`,
  viewer: msg`Lecteur`,
};

/** The role's name, lower case as in a sentence (« administrateur »). */
export function roleLabel(role: MemberRole): string {
  return i18n._(roleLabels[role]);
}

/** The role's name for a badge or a select option (« Administrateur »). */
export function roleTitle(role: MemberRole): string {
  return i18n._(roleTitles[role]);
}

/**
 * « Heure de Douala (UTC+1) » / « Douala time (UTC+1) »: a time zone as people name it, after its
 * city (the last part of the IANA name), with its offset at the given moment.
 */
export function formatTimeZone(timeZone: string, at: DateInput = new Date()): string {
  const city = (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
  const offset = formatUtcOffset(timeZone, at);
  return timeZone === 'UTC' ? t`Temps universel (${offset})` : t`Heure de ${city} (${offset})`;
}
