import {
  httpUrl,
  optionalText,
  requiredText,
  SimulationInputError,
  type InputFields,
} from './simulation-input';

const MEDIA_TYPES = ['image', 'document', 'audio', 'voice', 'video', 'sticker'] as const;
type MediaType = (typeof MEDIA_TYPES)[number];

/** What a contact can send, as tests and the control API describe it; `type` defaults to text. */
export type InboundBody =
  | { type?: 'text'; text: string }
  | { type: MediaType; url: string; caption?: string; fileName?: string }
  | { type: 'location'; latitude: number; longitude: number; name?: string; address?: string }
  | { type: 'contacts'; contacts: Array<{ name: string; phone: string }> }
  /** A template's quick-reply button. */
  | { type: 'button'; text: string; payload?: string }
  /** A button of an interactive message. */
  | { type: 'interactive'; buttonId?: string; title: string }
  /** A row of an interactive list. */
  | { type: 'list_reply'; id: string; title: string; description?: string };

export interface SharedLocation {
  latitude: number;
  longitude: number;
  name: string | null;
  address: string | null;
}

/** The fields of a `message` webhook that depend on what the contact sent. */
export interface InboundContent {
  type: string;
  text: string | null;
  /** The media reference. */
  data?: string;
  messageContact?: Array<{ name: string; phone: string }>;
  buttonReply?: { text: string; payload: string };
  interactiveButtonReply?: { id: string; title: string };
  listReply?: { id: string; title: string; description: string | null };
  /** Fields the reference does not show: Wati's own names for them are unverified. */
  unverified?: { location?: SharedLocation; fileName?: string };
}

type Reader = (fields: InputFields) => InboundContent;

function readMedia(type: MediaType): Reader {
  return (fields) => {
    const data = httpUrl(fields, 'url');
    const fileName = optionalText(fields, 'fileName');
    return {
      type,
      text: optionalText(fields, 'caption'),
      data,
      unverified: fileName === null ? {} : { fileName },
    };
  };
}

function coordinate(fields: InputFields, name: string, bound: number): number {
  const value = fields[name];
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > bound) {
    throw new SimulationInputError(`${name} must be a number from -${bound} to ${bound}`);
  }
  return value;
}

function readLocation(fields: InputFields): InboundContent {
  const latitude = coordinate(fields, 'latitude', 90);
  const longitude = coordinate(fields, 'longitude', 180);
  const location = {
    latitude,
    longitude,
    name: optionalText(fields, 'name'),
    address: optionalText(fields, 'address'),
  };
  return { type: 'location', text: `${latitude},${longitude}`, unverified: { location } };
}

function readContacts(fields: InputFields): InboundContent {
  const { contacts } = fields;
  if (!Array.isArray(contacts) || contacts.length === 0) {
    throw new SimulationInputError('contacts must be a non-empty list of {name, phone}');
  }
  const messageContact = contacts.map((item: unknown, index) => {
    const { name, phone } = (item ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof phone !== 'string' || !name.trim() || !phone.trim()) {
      throw new SimulationInputError(`contacts[${index}] needs a name and a phone`);
    }
    return { name, phone };
  });
  return { type: 'contacts', text: null, messageContact };
}

function readButton(fields: InputFields): InboundContent {
  const text = requiredText(fields, 'text');
  // Meta gives the button's text as its payload when the template set none.
  const payload = optionalText(fields, 'payload') ?? text;
  return { type: 'button', text, buttonReply: { text, payload } };
}

function readInteractiveButton(fields: InputFields): InboundContent {
  const title = requiredText(fields, 'title');
  // Buttons sent through V3 carry only a text, which stands for their id unless one is given.
  const id = optionalText(fields, 'buttonId') ?? title;
  return { type: 'interactive', text: title, interactiveButtonReply: { id, title } };
}

function readListReply(fields: InputFields): InboundContent {
  const id = requiredText(fields, 'id');
  const title = requiredText(fields, 'title');
  const description = optionalText(fields, 'description');
  return { type: 'interactive', text: title, listReply: { id, title, description } };
}

const READERS = new Map<string, Reader>([
  ['text', (fields) => ({ type: 'text', text: requiredText(fields, 'text') })],
  ...MEDIA_TYPES.map((type): [string, Reader] => [type, readMedia(type)]),
  ['location', readLocation],
  ['contacts', readContacts],
  ['button', readButton],
  ['interactive', readInteractiveButton],
  ['list_reply', readListReply],
]);

/** Checks what the contact sends, whatever its type, and gives the webhook fields it makes. */
export function readInboundContent(fields: InputFields): InboundContent {
  const type = fields.type ?? 'text';
  const read = typeof type === 'string' ? READERS.get(type) : undefined;
  if (!read) {
    throw new SimulationInputError(`type must be one of ${[...READERS.keys()].join(', ')}`);
  }
  return read(fields);
}

/** Replies to buttons or to a list, which quote the message that carried them. */
export function answersButtons(content: InboundContent): boolean {
  return content.type === 'button' || content.type === 'interactive';
}
