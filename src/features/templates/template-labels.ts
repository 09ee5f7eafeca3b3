// How Wati's statuses, categories and languages read in WCAP's French interface.

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export type StatusTone = 'brand' | 'warning' | 'danger' | 'neutral';

type StatusLabel = { label: string; tone: StatusTone; description: string };

const statuses: Record<string, StatusLabel> = {
  APPROVED: {
    label: 'Approuvé',
    tone: 'brand',
    description: 'Meta a validé ce modèle : il peut servir dans les campagnes.',
  },
  PENDING: {
    label: 'En attente',
    tone: 'warning',
    description: 'Meta examine ce modèle : il ne pourra servir qu’une fois approuvé.',
  },
  REJECTED: {
    label: 'Refusé',
    tone: 'danger',
    description: 'Meta a refusé ce modèle : modifiez-le dans Wati, puis soumettez-le de nouveau.',
  },
  PAUSED: {
    label: 'En pause',
    tone: 'warning',
    description:
      'Meta a mis ce modèle en pause après des signalements : il ne peut pas servir pour le moment.',
  },
  DISABLED: {
    label: 'Désactivé',
    tone: 'neutral',
    description: 'Meta a désactivé ce modèle : il ne peut plus être envoyé.',
  },
  DELETED: {
    label: 'Supprimé',
    tone: 'neutral',
    description: 'Ce modèle a été supprimé de Wati : il ne peut plus être envoyé.',
  },
  DRAFT: {
    label: 'Brouillon',
    tone: 'neutral',
    description: 'Ce modèle est un brouillon dans Wati, pas encore soumis à Meta.',
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
  return (
    known ?? { label: 'Statut inconnu', tone: 'neutral', description: `Statut Wati : ${status}.` }
  );
}

/** Only approved templates can start a conversation. */
export function isUsable(status: string): boolean {
  return status.toUpperCase() === 'APPROVED';
}

const categories: Record<string, string> = {
  MARKETING: 'Marketing',
  UTILITY: 'Utilitaire',
  AUTHENTICATION: 'Authentification',
};

/** « Marketing », « Utilitaire », « Authentification », or null when Wati gives none. */
export function categoryLabel(category: string | null): string | null {
  if (!category) return null;
  return own(categories, category.toUpperCase()) ?? category;
}

const languages: Record<string, string> = {
  fr: 'Français',
  en: 'Anglais',
  en_US: 'Anglais (États-Unis)',
  en_GB: 'Anglais (Royaume-Uni)',
  ar: 'Arabe',
  pt_BR: 'Portugais (Brésil)',
  pt_PT: 'Portugais (Portugal)',
  es: 'Espagnol',
};

/** « Français » for « fr »; the code itself for a language WCAP does not name. */
export function languageLabel(language: string): string {
  return own(languages, language) ?? language;
}
