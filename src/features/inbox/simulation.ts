import type { Json } from '../../lib/database.types';

// The « Simuler un message » form (sandbox mode) and the body wati-sandbox-simulate takes.

export const messageTypes = [
  'text',
  'image',
  'document',
  'audio',
  'video',
  'location',
  'contacts',
  'button',
  'interactive',
  'list_reply',
] as const;
export type MessageType = (typeof messageTypes)[number];

export type Fields = {
  from: string;
  senderName: string;
  type: MessageType;
  text: string;
  url: string;
  caption: string;
  latitude: string;
  longitude: string;
  placeName: string;
  cardName: string;
  cardPhone: string;
  title: string;
};

export const emptyFields: Omit<Fields, 'from'> = {
  senderName: '',
  type: 'text',
  text: '',
  url: '',
  caption: '',
  latitude: '',
  longitude: '',
  placeName: '',
  cardName: '',
  cardPhone: '',
  title: '',
};

/** The body wati-sandbox-simulate takes for what the form says. */
export function simulationBody(
  organizationId: string,
  fields: Fields,
): Record<string, Json | undefined> {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const body: Record<string, Json | undefined> = {
    organizationId,
    from: fields.from.replace(/\D/g, ''),
    senderName: optional(fields.senderName),
    type: fields.type,
  };
  switch (fields.type) {
    case 'text':
    case 'button':
      return { ...body, text: fields.text };
    case 'image':
    case 'document':
    case 'audio':
    case 'video':
      return { ...body, url: fields.url.trim(), caption: optional(fields.caption) };
    case 'location':
      return {
        ...body,
        latitude: Number(fields.latitude),
        longitude: Number(fields.longitude),
        name: optional(fields.placeName),
      };
    case 'contacts':
      return {
        ...body,
        contacts: [{ name: fields.cardName.trim(), phone: fields.cardPhone.trim() }],
      };
    case 'interactive':
      return { ...body, title: fields.title.trim() };
    case 'list_reply':
      return { ...body, id: fields.title.trim(), title: fields.title.trim() };
  }
}
