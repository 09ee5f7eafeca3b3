import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';

// How Wati's statuses, categories and languages read in WCAP's interface, in the reader's language.

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export type StatusTone = 'brand' | 'warning' | 'danger' | 'neutral';

type StatusLabel = { label: string; tone: StatusTone; description: string };

type StatusMessages = {
  label: MessageDescriptor;
  tone: StatusTone;
  description: MessageDescriptor;
};

const statuses: Record<string, StatusMessages> = {
  APPROVED: {
    label: msg`Approuvé`,
    tone: 'brand',
    description: msg`Meta a validé ce modèle : il peut servir dans les campagnes.`,
  },
  PENDING: {
    label: msg`En attente`,
    tone: 'warning',
    description: msg`Meta examine ce modèle : il ne pourra servir qu’une fois approuvé.`,
  },
  REJECTED: {
    label: msg`Refusé`,
    tone: 'danger',
    description: msg`Meta a refusé ce modèle : modifiez-le dans Wati, puis soumettez-le de nouveau.`,
  },
  PAUSED: {
    label: msg`En pause`,
    tone: 'warning',
    description: msg`Meta a mis ce modèle en pause après des signalements : il ne peut pas servir pour le moment.`,
  },
  DISABLED: {
    label: msg`Désactivé`,
    tone: 'neutral',
    description: msg`Meta a désactivé ce modèle : il ne peut plus être envoyé.`,
  },
  DELETED: {
    label: msg`Supprimé`,
    tone: 'neutral',
    description: msg`Ce modèle a été supprimé de Wati : il ne peut plus être envoyé.`,
  },
  DRAFT: {
    label: msg`Brouillon`,
    tone: 'neutral',
    description: msg`Ce modèle est un brouillon dans Wati, pas encore soumis à Meta.`,
  },
};

/** The statuses the filter offers, in the order a user looks for them. */
export const filterableStatuses = [
  'APPROVED',
  'PENDING',
  'REJECTED',
  'PAUSED',
  'DISABLED',
  'DELETED',
  'DRAFT',
] as const;

export function templateStatus(status: string): StatusLabel {
  const known = own(statuses, status.toUpperCase());
  if (!known) {
    return { label: t`Statut inconnu`, tone: 'neutral', description: t`Statut Wati : ${status}.` };
  }
  return { label: i18n._(known.label), tone: known.tone, description: i18n._(known.description) };
}

/** Only approved templates can start a conversation. */
export function isUsable(status: string): boolean {
  return status.toUpperCase() === 'APPROVED';
}

const categories: Record<string, MessageDescriptor> = {
  MARKETING: msg`Marketing`,
  UTILITY: msg`Utilitaire`,
  AUTHENTICATION: msg`Authentification`,
};

/** « Marketing », « Utilitaire », « Authentification », or null when Wati gives none. */
export function categoryLabel(category: string | null): string | null {
  if (!category) return null;
  const known = own(categories, category.toUpperCase());
  return known ? i18n._(known) : category;
}

// Written out rather than asked of Intl.DisplayNames: a badge reads « Anglais (États-Unis) », with
// a capital, where Intl gives « anglais américain »; a code WCAP does not name is shown as it is.
const languages: Record<string, MessageDescriptor> = {
  fr: msg`Français`,
  en: msg`Anglais`,
  en_US: msg`Anglais (États-Unis)`,
  en_GB: msg`Anglais (Royaume-Uni)`,
  ar: msg`Arabe`,
  pt_BR: msg`Portugais (Brésil)`,
  pt_PT: msg`Portugais (Portugal)`,
  es: msg`Espagnol`,
};

/** « Français » for « fr »; the code itself for a language WCAP does not name. */
export function languageLabel(language: string): string {
  const known = own(languages, language);
  return known ? i18n._(known) : language;
}
