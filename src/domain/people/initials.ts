import { intlLocale } from '../../lib/format';

// Graphemes are what people see as one character: « É » written E + combining accent, a flag, an
// emoji with its skin tone. Cutting a name by UTF-16 unit instead splits them (« É� »).
const segmenters = new Map<string, Intl.Segmenter>();

function graphemes(text: string): string[] {
  const locale = intlLocale();
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' });
    segmenters.set(locale, segmenter);
  }
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

const letter = /^\p{L}/u;

/**
 * The avatar's initials: the first letter of the first two words of a name or an e-mail address
 * (« Émilie 😀 Ngono » → « ÉN », « awa@cnsa.cm » → « AC »). Words without a letter (an emoji, a
 * number) are skipped; « ? » when nothing is left.
 */
export function initials(name: string): string {
  const letters: string[] = [];
  for (const word of name.split(/[\s@._-]+/)) {
    const first = graphemes(word).find((grapheme) => letter.test(grapheme));
    if (first) letters.push(first.toLocaleUpperCase(intlLocale()));
    if (letters.length === 2) break;
  }
  return letters.join('') || '?';
}
