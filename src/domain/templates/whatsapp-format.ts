// WhatsApp's text formatting (*gras*, _italique_, ~barré~, ```chasse fixe``` and `code`) read into
// a small tree that React renders as elements: text stays text, nothing is ever parsed as HTML.

export type FormatStyle = 'bold' | 'italic' | 'strike' | 'code';

export type FormattedNode = string | { style: FormatStyle; children: FormattedNode[] };

type Marker = {
  token: string;
  style: FormatStyle;
  /** Whether other styles apply inside (not in code). */
  nested: boolean;
  /** Whether the span may cross a line break (only ``` blocks do). */
  multiline: boolean;
};

// ``` before ` so that a block is not read as an empty inline code.
const markers: readonly Marker[] = [
  { token: '```', style: 'code', nested: false, multiline: true },
  { token: '*', style: 'bold', nested: true, multiline: false },
  { token: '_', style: 'italic', nested: true, multiline: false },
  { token: '~', style: 'strike', nested: true, multiline: false },
  { token: '`', style: 'code', nested: false, multiline: false },
];

const wordCharacter = /[\p{L}\p{N}]/u;
const whitespace = /\s/u;

function isWord(character: string | undefined): boolean {
  return character !== undefined && wordCharacter.test(character);
}

function isSpace(character: string | undefined): boolean {
  return character !== undefined && whitespace.test(character);
}

/** A marker opens a span at the start of a word: not inside one, and not before a space. */
function openingAt(text: string, index: number): Marker | undefined {
  if (isWord(text[index - 1])) return undefined;
  return markers.find((marker) => {
    if (!text.startsWith(marker.token, index)) return false;
    const next = text[index + marker.token.length];
    return next !== undefined && !isSpace(next) && !marker.token.startsWith(next);
  });
}

/** Where the span opened at `start` closes, or -1: after a non-space, at the end of a word. */
function closingFrom(text: string, start: number, marker: Marker): number {
  for (let index = start + 1; index < text.length; index += 1) {
    if (!marker.multiline && text[index] === '\n') return -1;
    if (
      text.startsWith(marker.token, index) &&
      !isSpace(text[index - 1]) &&
      !isWord(text[index + marker.token.length])
    ) {
      return index;
    }
  }
  return -1;
}

export function parseWhatsAppFormatting(text: string): FormattedNode[] {
  const nodes: FormattedNode[] = [];
  let plain = '';
  let index = 0;
  while (index < text.length) {
    const marker = openingAt(text, index);
    if (marker) {
      const contentStart = index + marker.token.length;
      const end = closingFrom(text, contentStart, marker);
      if (end !== -1) {
        if (plain) nodes.push(plain);
        plain = '';
        const content = text.slice(contentStart, end);
        nodes.push({
          style: marker.style,
          children: marker.nested ? parseWhatsAppFormatting(content) : [content],
        });
        index = end + marker.token.length;
        continue;
      }
    }
    plain += text[index];
    index += 1;
  }
  if (plain) nodes.push(plain);
  return nodes;
}
