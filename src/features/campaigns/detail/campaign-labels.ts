import type { ComponentProps } from 'react';
import type { Badge } from '../../../components/ui/badge';
import type { Database } from '../../../lib/database.types';

// What a person reads about a campaign and its recipients, in French, in one place.

export type CampaignStatus = Database['public']['Enums']['campaign_status'];
export type MessageStatus = Database['public']['Enums']['message_status'];
export type RecipientDispatch = Database['public']['Enums']['recipient_dispatch'];
type BadgeTone = NonNullable<ComponentProps<typeof Badge>['tone']>;

const campaignStatusLabels: Record<CampaignStatus, string> = {
  draft: 'Brouillon',
  scheduled: 'Programmée',
  sending: 'En cours',
  paused: 'En pause',
  completed: 'Terminée',
  cancelled: 'Annulée',
};

const campaignStatusTones: Record<CampaignStatus, BadgeTone> = {
  draft: 'neutral',
  scheduled: 'info',
  sending: 'brand',
  paused: 'warning',
  completed: 'brand',
  cancelled: 'danger',
};

export function campaignStatusLabel(status: CampaignStatus): string {
  return campaignStatusLabels[status];
}

export function campaignStatusTone(status: CampaignStatus): BadgeTone {
  return campaignStatusTones[status];
}

/** Launched and not over: its numbers still move as recipients are sent to. */
export function isCampaignRunning(status: CampaignStatus): boolean {
  return status === 'scheduled' || status === 'sending' || status === 'paused';
}

/** What an admin may do with a campaign in this status (the SQL functions check the same). */
export function campaignActions(status: CampaignStatus) {
  return {
    edit: status === 'draft',
    pause: status === 'scheduled' || status === 'sending',
    resume: status === 'paused',
    cancel: status === 'scheduled' || status === 'sending' || status === 'paused',
    duplicate: true,
  };
}

type RecipientState = { dispatch: RecipientDispatch; status: MessageStatus };

const messageStatusLabels: Record<Exclude<MessageStatus, 'queued'>, string> = {
  sent: 'Envoyé',
  delivered: 'Délivré',
  read: 'Lu',
  replied: 'A répondu',
  failed: 'Échec',
};

// A queued message's label says where it is in the hand-off to Wati.
const dispatchLabels: Record<RecipientDispatch, string> = {
  pending: 'En attente',
  claimed: 'En cours d’envoi',
  unknown: 'En vérification',
  accepted: 'Accepté par Wati',
  rejected: 'Refusé par Wati',
  cancelled: 'Annulé',
};

/** A recipient's state in a word: its WhatsApp status once it has one, else its dispatch. */
export function recipientStatusLabel({ dispatch, status }: RecipientState): string {
  return status === 'queued' ? dispatchLabels[dispatch] : messageStatusLabels[status];
}

export function recipientStatusTone({ dispatch, status }: RecipientState): BadgeTone {
  if (status === 'failed' || dispatch === 'rejected') return 'danger';
  if (status === 'read' || status === 'replied' || status === 'delivered') return 'brand';
  if (status === 'sent' || dispatch === 'accepted') return 'info';
  if (dispatch === 'unknown') return 'warning';
  return 'neutral';
}

// The outcomes a retargeting segment can select, in the order the menu offers them (the most
// useful follow-ups first). Same names as `private.campaign_outcome_predicate`.
export const campaignOutcomes = [
  'read_no_reply',
  'delivered_unread',
  'not_delivered',
  'failed',
  'replied',
  'read',
  'delivered',
  'sent',
] as const;
export type CampaignOutcome = (typeof campaignOutcomes)[number];

const outcomeLabels: Record<CampaignOutcome, string> = {
  sent: 'envoyé',
  delivered: 'délivré',
  read: 'lu',
  replied: 'a répondu',
  read_no_reply: 'lu sans réponse',
  delivered_unread: 'délivré non lu',
  not_delivered: 'non délivré',
  failed: 'échec',
};

const outcomeDescriptions: Record<CampaignOutcome, string> = {
  sent: 'Les contacts à qui le message est parti.',
  delivered: 'Les contacts dont le téléphone a reçu le message.',
  read: 'Les contacts qui ont lu le message, qu’ils aient répondu ou non.',
  replied: 'Les contacts qui ont répondu au message.',
  read_no_reply: 'Les contacts qui ont lu le message sans y répondre.',
  delivered_unread: 'Les contacts qui ont reçu le message sans l’ouvrir.',
  not_delivered: 'Les contacts dont le message, remis à Wati, n’a pas atteint le téléphone.',
  failed: 'Les contacts dont l’envoi a échoué.',
};

/** « lu sans réponse », lower case as in a sentence or a segment name. */
export function outcomeLabel(outcome: CampaignOutcome): string {
  return outcomeLabels[outcome];
}

/** « Lu sans réponse », for a menu option. */
export function outcomeTitle(outcome: CampaignOutcome): string {
  const label = outcomeLabels[outcome];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function outcomeDescription(outcome: CampaignOutcome): string {
  return outcomeDescriptions[outcome];
}

/** Segment names hold 120 characters at most (counted as Postgres does, in code points). */
export const segmentNameMaxLength = 120;

/** « <campagne> — lu sans réponse », the campaign's name shortened with « … » to fit. */
export function defaultSegmentName(campaignName: string, outcome: CampaignOutcome): string {
  const suffix = ` — ${outcomeLabels[outcome]}`;
  const name = Array.from(campaignName.trim());
  const room = segmentNameMaxLength - Array.from(suffix).length;
  const shortened =
    name.length > room
      ? `${name
          .slice(0, room - 1)
          .join('')
          .trimEnd()}…`
      : name.join('');
  return `${shortened}${suffix}`;
}

export type AudienceSummary =
  | { kind: 'all'; text: string }
  | { kind: 'segment'; segmentId: string; text: string }
  | { kind: 'tags'; tags: string[]; text: string }
  | { kind: 'unknown'; text: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Who the campaign goes to, in words. `segmentName` is null when the segment is unknown to the
 * caller (deleted since): the summary then says so.
 */
export function audienceSummary(audience: unknown, segmentName: string | null): AudienceSummary {
  if (!isRecord(audience)) return { kind: 'unknown', text: 'Audience inconnue' };
  if (audience.kind === 'all') return { kind: 'all', text: 'Tous les contacts abonnés' };
  if (audience.kind === 'segment' && typeof audience.segmentId === 'string') {
    return {
      kind: 'segment',
      segmentId: audience.segmentId,
      text: segmentName === null ? 'Un segment supprimé depuis' : `Segment « ${segmentName} »`,
    };
  }
  if (audience.kind === 'tags' && Array.isArray(audience.tags)) {
    const tags = audience.tags.filter((tag): tag is string => typeof tag === 'string');
    const text =
      tags.length === 1
        ? `Contacts avec l’étiquette « ${tags[0]} »`
        : `Contacts avec l’une des étiquettes : ${tags.map((tag) => `« ${tag} »`).join(', ')}`;
    return { kind: 'tags', tags, text };
  }
  return { kind: 'unknown', text: 'Audience inconnue' };
}

/** « 21:00:00 » (a Postgres `time`) → « 21:00 ». */
export function formatTimeOfDay(time: string): string {
  return time.slice(0, 5);
}

/** « Pas d’envoi entre 21:00 et 08:00 », or null without quiet hours. */
export function quietHoursText(start: string | null, end: string | null): string | null {
  if (!start || !end) return null;
  return `Pas d’envoi entre ${formatTimeOfDay(start)} et ${formatTimeOfDay(end)}`;
}

export type ExcludedCounts = { optedOut: number; invalidNumber: number; missingParameter: number };

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** The contacts left out at launch, by reason, from `campaigns.excluded`. */
export function excludedCounts(excluded: unknown): ExcludedCounts {
  const record = isRecord(excluded) ? excluded : {};
  return {
    optedOut: count(record.opted_out),
    invalidNumber: count(record.invalid_number),
    missingParameter: count(record.missing_parameter),
  };
}
