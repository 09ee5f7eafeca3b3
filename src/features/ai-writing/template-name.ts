// The name of a WhatsApp template as Meta accepts it: lowercase letters, digits and underscores.

export const TEMPLATE_NAME_MAX = 512;
/** A suggestion stays short enough to read in a list of templates. */
const SUGGESTION_MAX = 60;
const FALLBACK_NAME = 'message_ia';

export function isTemplateName(name: string): boolean {
  return name.length > 0 && name.length <= TEMPLATE_NAME_MAX && /^[a-z0-9_]+$/.test(name);
}

/**
 * A template name from the words of a brief: without accents, lowercase, words joined by « _ »,
 * the first ones up to 60 characters; single letters (the « d » of « d’été ») left out.
 */
export function suggestTemplateName(brief: string): string {
  const words = brief
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 || /\d/.test(word));
  let name = '';
  for (const word of words) {
    const next = name ? `${name}_${word}` : word;
    if (next.length > SUGGESTION_MAX) break;
    name = next;
  }
  if (!name && words[0]) name = words[0].slice(0, SUGGESTION_MAX);
  return name || FALLBACK_NAME;
}
