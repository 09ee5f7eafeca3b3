// The rules of a tag as people type one, wherever tags are edited (a contact's tags, those an
// import adds to every row). The database keeps tags trimmed and at most TAG_MAX_LENGTH
// characters long.
import { t } from '@lingui/core/macro';
import { TAG_MAX_LENGTH } from '@shared/limits.ts';

export const maxTagLength = TAG_MAX_LENGTH;

/** A tag as stored: trimmed; null when blank. */
export function cleanTag(tag: string): string | null {
  const trimmed = tag.trim();
  return trimmed === '' ? null : trimmed;
}

// Tags are compared as French text whatever the reader's language: they are the organisation's data.
function sameTag(a: string, b: string): boolean {
  return a.toLocaleLowerCase('fr') === b.toLocaleLowerCase('fr');
}

/** Why `tag` cannot join `existing`, a list of at most `maxTags` tags, or null when it can. */
export function tagProblem(
  tag: string,
  existing: readonly string[],
  maxTags: number,
): string | null {
  const clean = cleanTag(tag);
  if (clean === null) return t`Saisissez une étiquette.`;
  if (Array.from(clean).length > maxTagLength) {
    const max = maxTagLength;
    return t`Une étiquette compte ${max} caractères au plus.`;
  }
  if (existing.some((item) => sameTag(item, clean)))
    return t`L’étiquette « ${clean} » est déjà là.`;
  if (existing.length >= maxTags) return t`Pas plus de ${maxTags} étiquettes.`;
  return null;
}

export type TagsAdded = {
  tags: string[];
  /** What could not be added, to leave in the field (several joined by commas). */
  rest: string;
  /** Why the first of those could not be added; null when all were. */
  problem: string | null;
};

/** `tags` with those typed in `text` added: a comma or a semicolon separates several. */
export function addTags(tags: readonly string[], text: string, maxTags: number): TagsAdded {
  const next = [...tags];
  const refused: string[] = [];
  let problem: string | null = null;
  for (const piece of text.split(/[,;]/)) {
    const tag = cleanTag(piece);
    if (tag === null) continue;
    const issue = tagProblem(tag, next, maxTags);
    if (issue === null) {
      next.push(tag);
    } else {
      refused.push(tag);
      problem ??= issue;
    }
  }
  return { tags: next, rest: refused.join(', '), problem };
}

export function removeTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((existing) => existing !== tag);
}

/** Lower case and without accents: « Église » is found by typing « egl ». */
function folded(text: string): string {
  return text.toLocaleLowerCase('fr').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The tags to offer while `draft` is typed: those of `candidates` (in their order, the most used
 * first) not chosen yet, starting with the draft before those that merely contain it; all of them
 * while nothing is typed. At most `limit`.
 */
export function suggestTags(
  candidates: readonly string[],
  chosen: readonly string[],
  draft: string,
  limit: number,
): string[] {
  const available = candidates.filter(
    (candidate, index) =>
      !chosen.some((tag) => sameTag(tag, candidate)) &&
      candidates.findIndex((other) => sameTag(other, candidate)) === index,
  );
  const typed = folded(draft.trim());
  if (typed === '') return available.slice(0, limit);
  const starting: string[] = [];
  const containing: string[] = [];
  for (const candidate of available) {
    const position = folded(candidate).indexOf(typed);
    if (position === 0) starting.push(candidate);
    else if (position > 0) containing.push(candidate);
  }
  return [...starting, ...containing].slice(0, limit);
}
