import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import type { BadgeTone } from '../../../../components/ui/badge';
import type { Json } from '../../../../lib/database.types';
import type { ConversationStatus, HistoryEntry, MessageAuthor, MessageStatus } from './api';

// How the contact page names what the history shows: who said it, how far an outgoing message
// went, what a file, a template or an event was.

const authorLabels: Record<MessageAuthor, MessageDescriptor> = {
  contact: msg`Contact`,
  agent: msg`Agent`,
  bot: msg`Chatbot`,
  campaign: msg`Campagne`,
  wati: msg`Depuis Wati`,
  system: msg`WCAP`,
};

/** « Awa Ndjock (agent) », « Contact », « Campagne »… */
export function authorLabel(entry: Pick<HistoryEntry, 'author' | 'authorName'>): string {
  const role = i18n._(authorLabels[entry.author]);
  const name = entry.authorName?.trim();
  if (!name || entry.author === 'contact' || entry.author === 'campaign') return role;
  return t`${name} (${role})`;
}

const statusLabels: Record<MessageStatus, MessageDescriptor> = {
  queued: msg`En file d’attente`,
  sent: msg`Envoyé`,
  delivered: msg`Délivré`,
  read: msg`Lu`,
  replied: msg`Répondu`,
  failed: msg`Échec`,
};

const statusTones: Record<MessageStatus, BadgeTone> = {
  queued: 'neutral',
  sent: 'info',
  delivered: 'info',
  read: 'brand',
  replied: 'brand',
  failed: 'danger',
};

export function messageStatusLabel(status: MessageStatus): string {
  return i18n._(statusLabels[status]);
}

export function messageStatusTone(status: MessageStatus): BadgeTone {
  return statusTones[status];
}

const conversationStatusLabels: Record<ConversationStatus, MessageDescriptor> = {
  open: msg`Ouverte`,
  pending: msg`Avec le chatbot`,
  snoozed: msg`En attente`,
  resolved: msg`Résolue`,
};

const conversationStatusTones: Record<ConversationStatus, BadgeTone> = {
  open: 'brand',
  pending: 'info',
  snoozed: 'warning',
  resolved: 'neutral',
};

export function conversationStatusLabel(status: ConversationStatus): string {
  return i18n._(conversationStatusLabels[status]);
}

export function conversationStatusTone(status: ConversationStatus): BadgeTone {
  return conversationStatusTones[status];
}

const kindLabels: Record<string, MessageDescriptor> = {
  image: msg`Image`,
  document: msg`Document`,
  audio: msg`Message vocal`,
  video: msg`Vidéo`,
  sticker: msg`Autocollant`,
  location: msg`Position`,
  contacts: msg`Fiche de contact`,
  button_reply: msg`Réponse par bouton`,
  list_reply: msg`Réponse dans une liste`,
  interactive: msg`Message interactif`,
  template: msg`Modèle`,
  csat: msg`Enquête de satisfaction`,
  unsupported: msg`Message non pris en charge`,
};

/** What kind of message it was, when it is not plain text: « Image », « Modèle »… */
export function kindLabel(kind: string): string | null {
  const label = kindLabels[kind];
  return label ? i18n._(label) : null;
}

function record(value: Json | null): Record<string, Json | undefined> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
}

function text(value: Json | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A file's address (https only: anything else is not shown as a link) and its name. */
export function mediaLink(media: Json | null): { url: string; fileName: string | null } | null {
  const fields = record(media);
  const url = text(fields?.url);
  if (!url || !/^https:\/\//i.test(url)) return null;
  return { url, fileName: text(fields?.fileName) };
}

/** A position's name or address, or its coordinates. */
export function locationText(media: Json | null): string | null {
  const fields = record(media);
  if (!fields) return null;
  const place = [text(fields.name), text(fields.address)].filter(Boolean).join(', ');
  if (place) return place;
  const { latitude, longitude } = fields;
  return typeof latitude === 'number' && typeof longitude === 'number'
    ? `${latitude}, ${longitude}`
    : null;
}

/** The template's name, when the message is one. */
export function templateName(template: Json | null): string | null {
  return text(record(template)?.name);
}

/** A system event as a sentence: « Attribuée à Awa par Paul », « Conversation résolue »… */
export function describeEvent(event: Json | null): string {
  const fields = record(event) ?? {};
  const type = text(fields.type);
  const actor = text(fields.actorName);
  const byActor = (sentence: string) => (actor ? t`${sentence} (par ${actor})` : sentence);
  switch (type) {
    case 'assigned': {
      const assignee = text(fields.assigneeName) ?? t`un membre`;
      if (fields.automatic === true) return t`Attribuée automatiquement à ${assignee}`;
      return byActor(t`Attribuée à ${assignee}`);
    }
    case 'unassigned':
      return byActor(t`Attribution retirée`);
    case 'team': {
      const team = text(fields.teamName);
      return byActor(team ? t`Confiée à l’équipe ${team}` : t`Retirée de son équipe`);
    }
    case 'resolved':
      return byActor(t`Conversation résolue`);
    case 'reopened':
      return fields.byContact === true
        ? t`Conversation rouverte par le contact`
        : byActor(t`Conversation rouverte`);
    case 'snoozed':
      return byActor(t`Conversation mise en attente`);
    case 'snooze_ended':
      return t`Fin de la mise en attente`;
    case 'handed_to_bot':
      return byActor(t`Confiée au chatbot`);
    case 'handoff':
      return t`Transmise par le chatbot à l’équipe`;
    case 'csat_not_sent':
      return t`Enquête de satisfaction non envoyée : hors fenêtre de 24 heures, sans modèle approuvé`;
    default:
      return t`Événement de la conversation`;
  }
}
