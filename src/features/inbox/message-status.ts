import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Message, MessageStatus } from './types';

// The ticks of an outgoing message, as WhatsApp draws them: a clock while it waits, ✓ sent,
// ✓✓ delivered, ✓✓ blue read; failed messages say why and offer « Réessayer ».

export type Tick = 'clock' | 'sent' | 'delivered' | 'read' | 'failed';

/** The tick a status shows; null for what is not a WhatsApp send (inbound, notes, events). */
export function tickOf(status: MessageStatus | null): Tick | null {
  switch (status) {
    case null:
      return null;
    case 'queued':
      return 'clock';
    case 'sent':
      return 'sent';
    case 'delivered':
      return 'delivered';
    case 'read':
    case 'replied':
      return 'read';
    case 'failed':
      return 'failed';
  }
}

const tickLabels: Record<Tick, MessageDescriptor> = {
  clock: msg`En cours d’envoi`,
  sent: msg`Envoyé`,
  delivered: msg`Délivré`,
  read: msg`Lu`,
  failed: msg`Échec de l’envoi`,
};

/** What the tick says to people (its accessible label). */
export function tickLabel(tick: Tick): string {
  return i18n._(tickLabels[tick]);
}

const replied = msg`A répondu`;

/** A campaign message's outcome in a word (« Lu », « A répondu »…). */
export function sendStatusLabel(status: MessageStatus): string {
  if (status === 'replied') return i18n._(replied);
  return tickLabel(tickOf(status) ?? 'clock');
}

const order: Record<MessageStatus, number> = {
  queued: 0,
  sent: 1,
  delivered: 2,
  read: 3,
  replied: 4,
  failed: 5,
};

/**
 * Which of two copies of the same message to keep (a Realtime change and the function's answer
 * may cross): the later write, and never a status that steps back.
 */
export function newerCopy(current: Message, incoming: Message): Message {
  if (current.id.startsWith('local-')) return incoming;
  const currentTime = Date.parse(current.updated_at);
  const incomingTime = Date.parse(incoming.updated_at);
  if (incomingTime > currentTime) return incoming;
  if (incomingTime < currentTime) return current;
  if (current.status && incoming.status && order[incoming.status] < order[current.status]) {
    return current;
  }
  return incoming;
}

/** Whether an agent may send the message again: a failed reply (or automatic message). */
export function canRetry(message: Message): boolean {
  return message.status === 'failed' && (message.author === 'agent' || message.author === 'system');
}
