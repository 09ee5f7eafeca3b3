import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { BadgeTone } from '../../../components/ui/badge';
import type { Database } from '../../../lib/database.types';

// A recipient's state in a word, for the table and the CSV file.

export type MessageStatus = Database['public']['Enums']['message_status'];
export type RecipientDispatch = Database['public']['Enums']['recipient_dispatch'];

type RecipientState = { dispatch: RecipientDispatch; status: MessageStatus };

const messageStatusLabels: Record<Exclude<MessageStatus, 'queued'>, MessageDescriptor> = {
  sent: msg`Envoyé`,
  delivered: msg`Délivré`,
  read: msg`Lu`,
  replied: msg`A répondu`,
  failed: msg`Échec`,
};

// A queued message's label says where it is in the hand-off to Wati.
const dispatchLabels: Record<RecipientDispatch, MessageDescriptor> = {
  pending: msg`En attente`,
  claimed: msg`En cours d’envoi`,
  unknown: msg`En vérification`,
  accepted: msg`Accepté par Wati`,
  rejected: msg`Refusé par Wati`,
  cancelled: msg`Annulé`,
};

/** Its WhatsApp status once it has one, else its dispatch. */
export function recipientStatusLabel({ dispatch, status }: RecipientState): string {
  return i18n._(status === 'queued' ? dispatchLabels[dispatch] : messageStatusLabels[status]);
}

export function recipientStatusTone({ dispatch, status }: RecipientState): BadgeTone {
  if (status === 'failed' || dispatch === 'rejected') return 'danger';
  if (status === 'read' || status === 'replied' || status === 'delivered') return 'brand';
  if (status === 'sent' || dispatch === 'accepted') return 'info';
  if (dispatch === 'unknown') return 'warning';
  return 'neutral';
}
