import type { Inbound, SessionState, TurnContext, TurnPorts } from './turn.ts';

/** What private.bot_turn_input gives a turn. */
export interface TurnInput {
  organizationId: string;
  conversationId: string;
  /** The contact's message answered; null when a wait is over. */
  messageId: string | null;
  inbound: { kind: string; body: string | null; media: Record<string, unknown> | null } | null;
  timeZone: string;
  contact: {
    id: string;
    name: string | null;
    phone: string;
    email: string | null;
    tags: string[];
    attributes: Record<string, string>;
    language: string;
    optedOut: boolean;
  };
  officeHoursOpen: boolean;
  windowOpen: boolean;
  settings: { faqThreshold: number; sessionTimeoutMinutes: number; maxMisunderstood: number };
  firstMessage: boolean;
  campaignId: string | null;
  session: {
    id: string;
    flowId: string;
    versionId: string;
    state: SessionState;
    turn: number;
    expired: boolean;
  } | null;
  flows: Array<{ flowId: string; versionId: string }>;
}

const idOf = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/**
 * A filed message as the engine reads it: a button or list row tapped (with the id WhatsApp gave
 * back, when it did: Wati's interactive messages carry titles only), words, or something without
 * words (a picture without caption, a voice note, a location).
 */
export function readInbound(message: NonNullable<TurnInput['inbound']>): Inbound {
  const title = message.body ?? '';
  switch (message.kind) {
    case 'interactive':
    case 'list_reply':
      return { kind: 'choice', id: idOf(message.media?.id), title };
    case 'button_reply':
      return { kind: 'choice', id: idOf(message.media?.payload), title };
    default:
      return title.trim() === '' ? { kind: 'media' } : { kind: 'text', text: title };
  }
}

/** The engine's view of the contact and the organisation for one turn. */
export function turnContext(
  input: TurnInput,
  ports: TurnPorts,
  synonyms: ReadonlyMap<string, string>,
  now: Date = new Date(),
): TurnContext {
  const { contact } = input;
  return {
    now,
    timeZone: input.timeZone,
    language: contact.language.startsWith('en') ? 'en' : 'fr',
    contact: {
      name: contact.name,
      phone: contact.phone,
      email: contact.email,
      tags: contact.tags,
      attributes: contact.attributes,
    },
    officeHoursOpen: input.officeHoursOpen,
    windowOpen: input.windowOpen,
    maxMisunderstood: input.settings.maxMisunderstood,
    synonyms,
    ports,
  };
}
