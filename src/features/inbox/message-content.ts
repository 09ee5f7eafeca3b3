import type { Json } from '../../lib/database.types';

// What a message carries besides its words (media, a location, contact cards, a template, a
// system event), read defensively from its jsonb columns: a field of the wrong shape is left out
// rather than breaking the thread.

export type FileContent = {
  type: 'file';
  url: string;
  caption: string | null;
  fileName: string | null;
};
export type LocationContent = {
  type: 'location';
  latitude: number;
  longitude: number;
  name: string | null;
  address: string | null;
};
export type ContactCard = { name: string | null; phone: string | null };
export type ContactsContent = { type: 'contacts'; contacts: ContactCard[] };
/** The choices of an interactive message WCAP sent (the satisfaction question's rows). */
export type ChoicesContent = { type: 'choices'; choices: string[] };

export type MediaContent = FileContent | LocationContent | ContactsContent | ChoicesContent;

export type TemplateInfo = {
  name: string | null;
  parameters: { name: string; value: string }[];
  campaignId: string | null;
};

export const eventTypes = [
  'assigned',
  'unassigned',
  'team',
  'resolved',
  'reopened',
  'snoozed',
  'snooze_ended',
  'handed_to_bot',
  'handoff',
  'csat_not_sent',
] as const;
export type EventType = (typeof eventTypes)[number];

export type ConversationEvent = {
  type: EventType | 'other';
  assigneeName: string | null;
  teamName: string | null;
  until: string | null;
  actorName: string | null;
  automatic: boolean;
  byContact: boolean;
  /** Why the chatbot handed the conversation over (`handoff`). */
  reason: string | null;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function coordinate(value: unknown, limit: number): number | null {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && Math.abs(number) <= limit
    ? number
    : null;
}

/** Only web addresses become links: a `javascript:` URL in a message never reaches an href. */
export function safeUrl(value: unknown): string | null {
  const candidate = text(value);
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The media, location, contact cards or choices of a message, if it has any WCAP can show. */
export function readMedia(kind: string, media: Json | null): MediaContent | null {
  if (!isRecord(media)) return null;
  if (kind === 'location') {
    const latitude = coordinate(media.latitude, 90);
    const longitude = coordinate(media.longitude, 180);
    if (latitude === null || longitude === null) return null;
    return {
      type: 'location',
      latitude,
      longitude,
      name: text(media.name),
      address: text(media.address),
    };
  }
  if (kind === 'contacts') {
    const cards = Array.isArray(media.contacts) ? media.contacts : [];
    const contacts = cards.flatMap((card): ContactCard[] =>
      isRecord(card) && (text(card.name) || text(card.phone))
        ? [{ name: text(card.name), phone: text(card.phone) }]
        : [],
    );
    return contacts.length > 0 ? { type: 'contacts', contacts } : null;
  }
  const url = safeUrl(media.url);
  if (url) {
    return { type: 'file', url, caption: text(media.caption), fileName: text(media.fileName) };
  }
  // The chatbot's list keeps its rows in sections.
  const sectionRows = Array.isArray(media.sections)
    ? media.sections.flatMap((section) =>
        isRecord(section) && Array.isArray(section.rows) ? section.rows : [],
      )
    : [];
  const choices = Array.isArray(media.rows)
    ? media.rows
    : Array.isArray(media.buttons)
      ? media.buttons
      : sectionRows;
  const labels = choices.flatMap((choice) => {
    const label =
      typeof choice === 'string'
        ? text(choice)
        : isRecord(choice)
          ? (text(choice.title) ?? text(choice.text))
          : null;
    return label ? [label] : [];
  });
  return labels.length > 0 ? { type: 'choices', choices: labels } : null;
}

/** The template a message was sent with: its name, parameters and the campaign it belongs to. */
export function readTemplate(template: Json | null): TemplateInfo | null {
  if (!isRecord(template)) return null;
  const parameters = Array.isArray(template.parameters)
    ? template.parameters.flatMap((parameter) =>
        isRecord(parameter) && typeof parameter.name === 'string'
          ? [
              {
                name: parameter.name,
                value: typeof parameter.value === 'string' ? parameter.value : '',
              },
            ]
          : [],
      )
    : [];
  return { name: text(template.name), parameters, campaignId: text(template.campaignId) };
}

function isEventType(value: unknown): value is EventType {
  return eventTypes.some((type) => type === value);
}

/** A system event of the thread (« assignée à Awa », « résolue »…). */
export function readEvent(event: Json | null): ConversationEvent | null {
  if (!isRecord(event)) return null;
  return {
    type: isEventType(event.type) ? event.type : 'other',
    assigneeName: text(event.assigneeName),
    teamName: text(event.teamName),
    until: text(event.until),
    actorName: text(event.actorName),
    automatic: event.automatic === true,
    byContact: event.byContact === true,
    reason: text(event.reason),
  };
}

/** OpenStreetMap at the point, with a marker: no API key, no tracking script. */
export function mapUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`;
}

/** The rating (1 to 5) a contact's answer to the satisfaction question gives. */
export function csatRating(body: string | null): number | null {
  const match = /^\s*([1-5])(\D|$)/.exec(body ?? '');
  return match ? Number(match[1]) : null;
}
