// The matcher's normalisation (private.bot_normalize and private.bot_singular of
// 20261211000100_bot_matching.sql), for what the pages show before the database answers: the
// word a synonym will be saved as, and the word of a message the FAQ does not know. The database
// stays the judge of what it saves.

/** Lower case, accents and ligatures folded, letters repeated for emphasis kept once, anything but letters and digits one space. */
export function botNormalize(value: string): string {
  return value
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A word in its singular: a final -s or -x dropped, except where it is the word's own. */
export function botSingular(word: string): string {
  return word.length >= 4 && /[sx]$/.test(word) && !/(ss|ous|is|us|ys)$/.test(word)
    ? word.slice(0, -1)
    : word;
}

/** What a synonym's term must be once normalised: one word of letters and digits. */
export function isSynonymTerm(normalized: string, max: number): boolean {
  return new RegExp(`^[a-z0-9]{1,${max}}$`).test(normalized);
}

/**
 * The first word of a normalised message that the FAQ does not know (in none of its phrasings'
 * words, not already a synonym), for « Synonyme » to start from; '' when every word is known.
 */
export function unknownWord(
  normalized: string,
  vocabulary: ReadonlySet<string>,
  synonymTerms: ReadonlySet<string>,
): string {
  return (
    normalized
      .split(' ')
      .find(
        (word) =>
          word.length >= 2 &&
          !/^\d+$/.test(word) &&
          !synonymTerms.has(word) &&
          !vocabulary.has(botSingular(word)),
      ) ?? ''
  );
}
