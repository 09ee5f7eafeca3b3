import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { regionName } from '../../domain/geography/countries';
import type { Database } from '../../lib/database.types';
import { intlLocale } from '../../lib/format';

// Words for the contact's states, shared by the list, the profile and the export: descriptors,
// read in the reader's language where they are shown.

export type OptInStatus = Database['public']['Enums']['opt_in_status'];
export type WatiSyncStatus = Database['public']['Enums']['wati_sync_status'];
type Tone = 'neutral' | 'brand' | 'warning' | 'info' | 'danger';

export const optInStatusLabels: Record<OptInStatus, { label: MessageDescriptor; tone: Tone }> = {
  opted_in: { label: msg`Abonné`, tone: 'brand' },
  opted_out: { label: msg`Désabonné`, tone: 'danger' },
};

export function optInStatusLabel(status: OptInStatus): string {
  return i18n._(optInStatusLabels[status].label);
}

const consentSourceLabels: Record<string, MessageDescriptor> = {
  import: msg`Import`,
  manual: msg`Manuel`,
  whatsapp: msg`WhatsApp`,
  api: msg`API`,
};

/** The source of a consent change; an unknown source shows as stored. */
export function consentSourceLabel(source: string): string {
  const label = Object.hasOwn(consentSourceLabels, source) ? consentSourceLabels[source] : null;
  return label ? i18n._(label) : source;
}

export const watiSyncLabels: Record<WatiSyncStatus, { label: MessageDescriptor; tone: Tone }> = {
  pending: { label: msg`En attente`, tone: 'neutral' },
  syncing: { label: msg`En cours`, tone: 'info' },
  synced: { label: msg`Synchronisé`, tone: 'brand' },
  failed: { label: msg`Échec`, tone: 'danger' },
};

/** The languages offered in the contact form; a contact may hold another one from an import. */
export const contactLanguages: readonly { code: string; label: MessageDescriptor }[] = [
  { code: 'fr', label: msg`Français` },
  { code: 'en', label: msg`Anglais` },
];

/** « Français », « Anglais (États-Unis) » for en_US, or the code when Intl does not know it. */
export function languageLabel(code: string): string {
  const known = contactLanguages.find((language) => language.code === code);
  if (known) return i18n._(known.label);
  try {
    const name = new Intl.DisplayNames([intlLocale()], { type: 'language' }).of(
      code.replace('_', '-'),
    );
    return name ? name.charAt(0).toUpperCase() + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** « Cameroun » for CM; the code itself when Intl does not know it. */
export function countryName(code: string | null): string | null {
  return code ? regionName(code) : null;
}

/** « 1 contact », « 2 contacts »: French puts 0 and 1 in the singular. */
export function contactCount(count: number): string {
  return plural(count, { one: '# contact', other: '# contacts' });
}
