// The composer's text edits: the « / » of canned replies and the « @ » of mentions are found
// before the cursor, and what is chosen replaces them where they were typed.

/** A trigger typed before the cursor: where it starts and what follows it so far. */
export type Trigger = { start: number; query: string };

/** The text with `[start, end)` replaced, and where the cursor goes (after the insertion). */
export function replaceRange(
  text: string,
  start: number,
  end: number,
  insertion: string,
): { text: string; cursor: number } {
  return {
    text: text.slice(0, start) + insertion + text.slice(end),
    cursor: start + insertion.length,
  };
}

/**
 * « /code » being typed at the cursor: a « / » at the start of the text or of a line or after a
 * space, followed by the short code's characters so far.
 */
export function slashTrigger(text: string, cursor: number): Trigger | null {
  const before = text.slice(0, cursor);
  const match = /(^|\s)\/([a-z0-9_-]{0,32})$/i.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: cursor - query.length - 1, query: query.toLowerCase() };
}

/**
 * « @nom » being typed at the cursor: an « @ » at the start or after a space, followed by up to
 * three words of a name (names have spaces: « @Awa Ndjock »).
 */
export function mentionTrigger(text: string, cursor: number): Trigger | null {
  const before = text.slice(0, cursor);
  const match = /(^|\s)@([^\s@]{0,30}(?: [^\s@]{1,30}){0,2})$/u.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: cursor - query.length - 1, query };
}

/** Lower case without accents, to compare what is typed with names. */
export function searchKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The id of a suggestion's option, for the text field's aria-activedescendant. */
export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}
