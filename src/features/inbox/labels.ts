import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { formatDateTime } from '../../lib/format';
import type { ConversationEvent } from './message-content';
import type { Availability, ConversationPriority, ConversationStatus } from './types';
import type { InboxView, StatusFilter } from './list-filters';

// What the inbox's codes read as: statuses, priorities, views, availability, system events.

const statusLabels: Record<ConversationStatus, MessageDescriptor> = {
  open: msg`Ouverte`,
  pending: msg`Chez le bot`,
  snoozed: msg`Reportée`,
  resolved: msg`Résolue`,
};

export function statusLabel(status: ConversationStatus): string {
  return i18n._(statusLabels[status]);
}

const statusFilterLabels: Record<StatusFilter, MessageDescriptor> = {
  open: msg`Ouvertes`,
  pending: msg`Chez le bot`,
  snoozed: msg`Reportées`,
  resolved: msg`Résolues`,
  all: msg`Tous les statuts`,
};

export function statusFilterLabel(status: StatusFilter): string {
  return i18n._(statusFilterLabels[status]);
}

export const priorities: readonly ConversationPriority[] = ['urgent', 'high', 'medium', 'low'];

const priorityLabels: Record<ConversationPriority, MessageDescriptor> = {
  low: msg`Basse`,
  medium: msg`Moyenne`,
  high: msg`Haute`,
  urgent: msg`Urgente`,
};

export function priorityLabel(priority: ConversationPriority): string {
  return i18n._(priorityLabels[priority]);
}

const viewLabels: Record<InboxView, MessageDescriptor> = {
  mine: msg`Mes conversations`,
  unassigned: msg`Non assignées`,
  all: msg`Toutes`,
  bot: msg`Bot`,
};

export function viewLabel(view: InboxView): string {
  return i18n._(viewLabels[view]);
}

export const availabilities: readonly Availability[] = ['online', 'busy', 'offline'];

const availabilityLabels: Record<Availability, MessageDescriptor> = {
  online: msg`En ligne`,
  busy: msg`Occupé`,
  offline: msg`Hors ligne`,
};

export function availabilityLabel(availability: Availability): string {
  return i18n._(availabilityLabels[availability]);
}

/** Why the chatbot let people have the conversation, as a sentence. */
function handoffText(event: ConversationEvent): string {
  switch (event.reason) {
    case 'keyword':
      return t`Le contact a demandé un conseiller : le chatbot a transmis la conversation.`;
    case 'misunderstood':
      return t`Le chatbot n’a pas compris le contact : conversation transmise à l’équipe.`;
    case 'invalid_answer':
      return t`Réponse invalide après plusieurs essais : le chatbot a transmis la conversation.`;
    case 'send_failed':
      return t`Le message du chatbot n’a pas pu être envoyé : conversation transmise à l’équipe.`;
    case 'declined':
      return t`Aucun parcours ne répond à ce message : conversation transmise à l’équipe.`;
    case 'error':
      return t`Le parcours du chatbot n’a pas pu continuer : conversation transmise à l’équipe.`;
    default: {
      const assignee = event.assigneeName;
      return assignee
        ? t`Le chatbot a transmis la conversation à ${assignee}.`
        : t`Le chatbot a transmis la conversation à l’équipe.`;
    }
  }
}

/** A system event of the thread as a sentence: « Awa a assigné la conversation à Paul. » */
export function eventText(event: ConversationEvent, timeZone: string): string {
  const actor = event.actorName;
  const assignee = event.assigneeName ?? t`un agent`;
  switch (event.type) {
    case 'assigned':
      if (event.automatic) return t`Conversation assignée automatiquement à ${assignee}.`;
      return actor && actor !== event.assigneeName
        ? t`${actor} a assigné la conversation à ${assignee}.`
        : t`${assignee} a pris la conversation.`;
    case 'unassigned':
      return actor ? t`${actor} a retiré l’assignation.` : t`La conversation n’est plus assignée.`;
    case 'team': {
      const team = event.teamName;
      if (!team)
        return actor ? t`${actor} a retiré l’équipe.` : t`La conversation n’a plus d’équipe.`;
      return actor
        ? t`${actor} a confié la conversation à l’équipe ${team}.`
        : t`Conversation confiée à l’équipe ${team}.`;
    }
    case 'resolved':
      return actor ? t`${actor} a résolu la conversation.` : t`Conversation résolue.`;
    case 'reopened':
      if (event.byContact) return t`Le contact a écrit : conversation rouverte.`;
      return actor ? t`${actor} a rouvert la conversation.` : t`Conversation rouverte.`;
    case 'snoozed': {
      if (!event.until) {
        return actor
          ? t`${actor} a reporté la conversation jusqu’à la réponse du contact.`
          : t`Conversation reportée jusqu’à la réponse du contact.`;
      }
      const until = formatDateTime(event.until, timeZone);
      return actor
        ? t`${actor} a reporté la conversation au ${until}.`
        : t`Conversation reportée au ${until}.`;
    }
    case 'snooze_ended':
      return t`Fin du report : la conversation est de nouveau ouverte.`;
    case 'handed_to_bot':
      return actor ? t`${actor} a confié la conversation au bot.` : t`Conversation confiée au bot.`;
    case 'handoff':
      return handoffText(event);
    case 'csat_not_sent':
      return t`Enquête de satisfaction non envoyée : la fenêtre de 24 heures est fermée et aucun modèle n’est choisi.`;
    case 'other':
      return t`Événement de la conversation.`;
  }
}
