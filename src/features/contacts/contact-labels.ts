import { regionName } from '../../domain/geography/countries';
import type { Database } from '../../lib/database.types';

// French words for the contact's states, shared by the list, the profile and the export.

export type OptInStatus = Database['public']['Enums']['opt_in_status'];
export type WatiSyncStatus = Database['public']['Enums']['wati_sync_status'];
type Tone = 'neutral' | 'brand' | 'warning' | 'info' | 'danger';

export const optInStatusLabels: Record<OptInStatus, { label: string; tone: Tone }> = {
  opted_in: { label: 'Abonné', tone: 'brand' },
  opted_out: { label: 'Désabonné', tone: 'danger' },
};

export const consentSourceLabels: Record<string, string> = {
  import: 'Import',
  manual: 'Manuel',
  whatsapp: 'WhatsApp',
  api: 'API',
};

/** The source of a consent change in French; an unknown source shows as stored. */
export function consentSourceLabel(source: string): string {
  return consentSourceLabels[source] ?? source;
}

export const watiSyncLabels: Record<WatiSyncStatus, { label: string; tone: Tone }> = {
  pending: { label: 'En attente', tone: 'neutral' },
  syncing: { label: 'En cours', tone: 'info' },
  synced: { label: 'Synchronisé', tone: 'brand' },
  failed: { label: 'Échec', tone: 'danger' },
};

/** The languages offered in the contact form; a contact may hold another one from an import. */
export const contactLanguages = [
  { code: 'fr', label: 'Français' },
  { code: 'en', label: 'Anglais' },
] as const;

/** « Français », « Anglais (États-Unis) » for en_US, or the code when Intl does not know it. */
export function languageLabel(code: string): string {
  const known = contactLanguages.find((language) => language.code === code);
  if (known) return known.label;
  try {
    const name = new Intl.DisplayNames(['fr'], { type: 'language' }).of(code.replace('_', '-'));
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
export function contactCount(count: number, formatted: string): string {
  return `${formatted} contact${count > 1 ? 's' : ''}`;
}
