// The tags added to every imported row, as the chips input edits them. Same limits as the
// database's import: trimmed, at most 50 characters, no repeats.

export const maxTagLength = 50;
export const maxAddedTags = 20;

/** The tags with those typed in `text` added (a comma or semicolon separates several). */
export function addTags(tags: readonly string[], text: string): string[] {
  const next = [...tags];
  for (const raw of text.split(/[,;]/)) {
    const tag = raw.trim().slice(0, maxTagLength).trim();
    if (!tag || next.length >= maxAddedTags) continue;
    if (next.some((existing) => existing.toLocaleLowerCase('fr') === tag.toLocaleLowerCase('fr'))) {
      continue;
    }
    next.push(tag);
  }
  return next;
}

export function removeTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((existing) => existing !== tag);
}
