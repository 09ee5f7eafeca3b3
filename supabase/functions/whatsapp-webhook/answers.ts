// How the assistant's answers are put together from its texts (private.contact_texts): pure, so
// that numbering, plurals and the cutting into WhatsApp messages are tested without a stack.

export type Language = 'fr' | 'en';

/**
 * What one message may hold: Twilio refuses a body over 1,600 characters (Meta takes 4,096), and
 * the number answers through either.
 */
export const MESSAGE_LIMIT = 1600;

/** `text` with each `{name}` replaced by its value; unknown names stay as written. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The unit's texts: `{count} crédit` and `{count} crédits`. */
export interface CreditUnits {
  one: string;
  other: string;
}

/** « 1 crédit », « 0 crédit », « 12 crédits », "0 credits", "1 000 crédits": the language's plural. */
export function creditsLabel(count: number, language: Language, units: CreditUnits): string {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? units.one : units.other;
  return fill(form, { count: new Intl.NumberFormat(language).format(count) });
}

/** The three variants, numbered as people refer to them: « *1.* … ». */
export function numberedVariants(variants: readonly string[]): string[] {
  return variants.map((variant, index) => `*${index + 1}.* ${variant.trim()}`);
}

export interface ListedOrganization {
  listNumber: number;
  name: string;
  balance: string;
  /** The one GEN and SOLDE use. */
  spent: boolean;
}

/** ORG's list: « 1. Awa Couture — 5 crédits ✅ », one line each, in the list's order. */
export function organizationLines(organizations: readonly ListedOrganization[]): string {
  return organizations
    .map(
      ({ listNumber, name, balance, spent }) =>
        `${listNumber}. ${name} — ${balance}${spent ? ' ✅' : ''}`,
    )
    .join('\n');
}

/**
 * `parts` (paragraphs) as few WhatsApp messages as possible, each within `limit` characters:
 * paragraphs are joined by a blank line while they fit; a paragraph too long for one message is
 * cut at the last line break or space before the limit (anywhere when it has none).
 */
export function packMessages(parts: readonly string[], limit = MESSAGE_LIMIT): string[] {
  const pieces = parts.flatMap((part) => cut(part.trim(), limit)).filter((piece) => piece !== '');
  const messages: string[] = [];
  for (const piece of pieces) {
    const last = messages.at(-1);
    if (last !== undefined && last.length + 2 + piece.length <= limit) {
      messages[messages.length - 1] = `${last}\n\n${piece}`;
    } else {
      messages.push(piece);
    }
  }
  return messages;
}

function cut(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const breakAt = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
    let end = breakAt > 0 ? breakAt : limit;
    // Never between the two halves of a surrogate pair (an emoji).
    if (/[\uD800-\uDBFF]/.test(rest.charAt(end - 1))) end -= 1;
    pieces.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).trimStart();
  }
  pieces.push(rest);
  return pieces;
}
