import type { MemberRole } from '../domain/organizations/roles';

// Every figure and date a user reads goes through these, so the whole interface agrees on one
// French format. Intl with 'fr-FR' groups thousands with a narrow no-break space (U+202F).

const xafFormatter = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'XAF',
  maximumFractionDigits: 0,
});

const numberFormatter = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** 75000 → « 75 000 FCFA ». Money is integer XAF everywhere in WCAP. */
export function formatXaf(amount: number): string {
  return xafFormatter.format(amount);
}

/** 25000 → « 25 000 ». */
export function formatNumber(value: number): string {
  return numberFormatter.format(value);
}

type DateInput = string | number | Date;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** « 22 novembre 2026 », as seen in the organisation's time zone. */
export function formatDate(value: DateInput, timeZone: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(toDate(value));
}

/** « 22 novembre 2026 à 00:30 », as seen in the organisation's time zone. */
export function formatDateTime(value: DateInput, timeZone: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
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
  const parts = new Intl.DateTimeFormat('fr-FR', {
    timeZone,
    timeZoneName: 'shortOffset',
  }).formatToParts(toDate(at));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

const roleLabels: Record<MemberRole, string> = {
  owner: 'propriétaire',
  admin: 'administrateur',
  agent: 'agent',
  viewer: 'lecteur',
};

/** The role's French name, lower case as in a sentence (« administrateur »). */
export function roleLabel(role: MemberRole): string {
  return roleLabels[role];
}

/** The role's French name for a badge or a select option (« Administrateur »). */
export function roleTitle(role: MemberRole): string {
  const label = roleLabels[role];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
