import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import type { Json } from '../../lib/database.types';

// The header and buttons of a template as Wati gives them (kept as jsonb), read defensively: Wati's
// V3 shape ({ type, parameter: { text, url, phoneNumber } }) and Meta's ({ type, text, url,
// phone_number }) both occur.

export type TemplateHeader = {
  /** TEXT, IMAGE, VIDEO, DOCUMENT… */
  format: string;
  text: string | null;
  link: string | null;
};

export type ButtonKind = 'quick_reply' | 'url' | 'call' | 'other';

export type TemplateButton = {
  kind: ButtonKind;
  text: string;
  /** The link of a URL button, the number of a call button. */
  target: string | null;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function readHeader(value: Json | null): TemplateHeader | null {
  if (!isRecord(value)) return null;
  const format = (text(value.format) ?? text(value.type) ?? 'TEXT').toUpperCase();
  const header = { format, text: text(value.text), link: text(value.link) };
  return header.text || header.link || format !== 'TEXT' ? header : null;
}

function buttonKind(type: string): ButtonKind {
  const normalized = type.toLowerCase().replace(/[\s-]/g, '_');
  if (normalized === 'quick_reply') return 'quick_reply';
  if (normalized === 'url') return 'url';
  if (normalized === 'call' || normalized === 'phone_number') return 'call';
  return 'other';
}

export function readButtons(value: Json): TemplateButton[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((button): TemplateButton[] => {
    if (!isRecord(button)) return [];
    const parameter = isRecord(button.parameter) ? button.parameter : {};
    const label = text(parameter.text) ?? text(button.text);
    if (!label) return [];
    const kind = buttonKind(text(button.type) ?? '');
    const target =
      kind === 'url'
        ? (text(parameter.url) ?? text(button.url))
        : kind === 'call'
          ? (text(parameter.phoneNumber) ?? text(button.phone_number) ?? text(button.phoneNumber))
          : null;
    return [{ kind, text: label, target }];
  });
}

const mediaLabels: Record<string, MessageDescriptor> = {
  IMAGE: msg`Image`,
  VIDEO: msg`Vidéo`,
  DOCUMENT: msg`Document`,
};

/** « Image », « Vidéo »… for a media header, in the reader's language; null for a text header. */
export function headerMediaLabel(header: TemplateHeader | null): string | null {
  if (!header || header.format === 'TEXT') return null;
  const known = Object.hasOwn(mediaLabels, header.format) ? mediaLabels[header.format] : undefined;
  return known ? i18n._(known) : t`Média`;
}
