/** A piece of a template's text: plain words, or one of its numbered variables (`{{1}}`). */
export type TextPart = { text: string; variable: boolean };

/** The text cut around its variables `{{1}}`, `{{2}}`…, so that they can be shown apart. */
export function splitVariables(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let start = 0;
  for (const match of text.matchAll(/\{\{\d+\}\}/g)) {
    if (match.index > start) parts.push({ text: text.slice(start, match.index), variable: false });
    parts.push({ text: match[0], variable: true });
    start = match.index + match[0].length;
  }
  if (start < text.length) parts.push({ text: text.slice(start), variable: false });
  return parts;
}
