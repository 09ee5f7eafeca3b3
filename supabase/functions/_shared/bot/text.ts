// What the bot compares, in TypeScript exactly as Postgres does it: the normalisation of
// private.bot_normalize (supabase/migrations/20261211000100_bot_matching.sql), the organisation's
// synonyms applied word by word, and pg_trgm's similarity and word_similarity. The engine (keyword
// triggers, button replies) and the editor's preview use these; the FAQ is matched in Postgres.

/**
 * Characters unaccent folds that Unicode decomposition (NFD) does not: ligatures (œ, æ, ß),
 * letters with a stroke (ø, ł, đ), fullwidth forms, roman numerals… Written as `folded=chars|…`
 * where `folded` is unaccent's output reduced to what survives bot_normalize (anything but a-z and
 * 0-9 is a space, unaccent's capital letters included since it runs after `lower`). Derived from
 * Postgres' tsearch_data/unaccent.rules; text.test.ts holds it to that file.
 */
const FOLDS_TABLE =
  ' 0 3=↉| 1 =⅟⑴| 1 10=⅒| 1 2=½| 1 3=⅓| 1 4=¼| 1 5=⅕| 1 6=⅙| 1 7=⅐| 1 8=⅛| 1 9=⅑| 10 =⑽| 11 =⑾|' +
  ' 12 =⑿| 13 =⒀| 14 =⒁| 15 =⒂| 16 =⒃| 17 =⒄| 18 =⒅| 19 =⒆| 2 =⑵| 2 3=⅔| 2 5=⅖| 20 =⒇| 3 =⑶|' +
  ' 3 4=¾| 3 5=⅗| 3 8=⅜| 4 =⑷| 4 5=⅘| 5 =⑸| 5 6=⅚| 5 8=⅝| 6 =⑹| 7 =⑺| 7 8=⅞| 8 =⑻| 9 =⑼| a=㎩㎫㎬|' +
  ' a =⒜| b=㏝| b =⒝| c =⒞| d =⒟| e =⒠| f =⒡| g =⒢| h =⒣| i =⒤| j =⒥| k =⒦| kg=㏆| l =⒧| m=㏞㏟|' +
  ' m =⒨| n=ŉ| n =⒩| o=№| o =⒪㏇| p =⒫| q=㏃| q =⒬| r=₢| r =₣⒭| s=₹| s =⒮| t =⒯| ts=₧| u =⒰| v=㏜|' +
  ' v =⒱| w =⒲| x=℞| x =⒳| y=㏉| y =⒴| z=㎐㎒㎓㎔| z =⒵|0=〇０|0 =🄀🄁|1=１|1 =⒈🄂|10 =⒑|11 =⒒|12 =⒓|' +
  '13 =⒔|14 =⒕|15 =⒖|16 =⒗|17 =⒘|18 =⒙|19 =⒚|2=２|2 =⒉🄃|20 =⒛|3=３|3 =⒊🄄|4=４|4 =⒋🄅|5=５|' +
  '5 =⒌🄆|6=６|6 =⒍🄇|7=７|7 =⒎🄈|8=８|8 =⒏🄉|9=９|9 =⒐🄊|a=ᶏẚⱥａ|a c=℀|a m =㏂|a s=℁|aa=ꜳ|ae=æ|' +
  'ao=ꜵ|au=ꜷ|av=ꜹꜻ|ay=ꜽ|b=ƀƃɓᵬᶀｂ|bar=㍴|c=ƈȼɕⅽꞓｃ|c o=℅|c u=℆|cal=㎈|cc=㏄|cd=㏅|cm=㎝|' +
  'd=ðđƌȡɖɗᵭᶁᶑⅆⅾꝱꝺｄ|d =㏈|da=㍲|db=ȸ|dm=㍷|dz=ǆǳʣʥ|e=ɇɛᶒᶓℯⅇⱸｅ|f=ƒᵮᶂꝼｆ|ff=ﬀ|ffi=ﬃ|ffl=ﬄ|' +
  'fi=ﬁ|fl=ﬂ|fm=㎙|g=ǥɠɡᶃℊꞡｇ|h=ħɦɧℎⱨｈ|h a=㍱|ha=㏊|hv=ƕ|i=ıɨᶖℹⅈⅰｉ|ii=ⅱ|iii=ⅲ|ij=ĳ|in=㏌|iv=ⅳ|' +
  'ix=ⅸ|j=ȷɉɟʝⅉｊ|k=ƙᶄⱪꝁꝃꝅꞣｋ|k =㎄㎸㎾|k a=㎪|k z=㎑|kcal=㎉|kg=㎏|km=㎞|kt=㏏|' +
  'l=ŀłƚȴɫɬɭᶅℓⅼⱡꝇꝉꝲｌ|lj=ǉ|ll=ỻ|lm=㏐|ln=㏑|log=㏒|ls=ʪ|lx=㏓|lz=ʫ|m=ɱᵯᶆⅿꝳｍ|m =㎃㎷㎽|m s=㎧|' +
  'mb=㏔|mg=㎎|mil=㏕|mm=㎜|mol=㏖|ms=㎳|n=ŋƞȵɲɳᵰᶇꝴꞑꞥｎ|n =㎁㎋㎵㎻|nj=ǌ|nm=㎚|ns=㎱|o=øℴⱺꝋꝍｏ|' +
  'o =㍵|oe=œ|oi=ƣ|oo=ꝏ|p=ƥᵱᵽᶈꝑꝓꝕｐ|p =㎀㎊㎴㎺㏗|p m =㏘|pc=㍶|ps=㎰|q=ĸʠꝗꝙｑ|qp=ȹ|' +
  'r=ɍɼɽɾᵲᵳᶉꝵꞧｒ|rad=㎭|rad s=㎮|s=ſȿʂᵴᶊẜẝꞩｓ|sr=㏛|ss=ß|st=ﬅﬆ|t=ŧƫƭȶʈᵵⱦꝷꞇｔ|th=þᵺꝥꝧ|ts=ʦ|' +
  'u=ʉᶙｕ|ue=ᵫ|v=ʋᶌỽⅴⱱⱴꝟｖ|vi=ⅵ|vii=ⅶ|viii=ⅷ|vy=ꝡ|w=ⱳｗ|x=ᶍℌⅹｘ|xi=ⅺ|xii=ⅻ|y=ƴɏỿｙ|z=ƶȥɀʐʑᵶᶎⱬｚ';

const FOLDS: ReadonlyMap<string, string> = new Map(
  FOLDS_TABLE.split('|').flatMap((group) => {
    const at = group.indexOf('=');
    const folded = group.slice(0, at);
    return Array.from(group.slice(at + 1), (char): [string, string] => [char, folded]);
  }),
);

/** The combining marks unaccent removes (the diacritics; keycaps and enclosing circles). */
const DROPPED_MARKS = /[\u0300-\u0362\u20dd-\u20e0\u20e2-\u20e4]/g;

/**
 * A text as the bot compares it, identical to private.bot_normalize: lower case, accents and
 * ligatures folded (« Œuvre » → « oeuvre »), a letter repeated three times or more kept once
 * (« merciii »), anything but a-z and 0-9 one space, no space at either end.
 */
export function normalizeText(value: string): string {
  let folded = '';
  for (const char of value.toLowerCase()) folded += FOLDS.get(char) ?? char;
  return folded
    .normalize('NFD')
    .replace(DROPPED_MARKS, '')
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a normalised text. */
export function words(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * A normalised text with each word the organisation lists as an abbreviation or chat form
 * replaced by what it stands for (« bjr » → « bonjour »), as private.bot_words reads words.
 */
export function expandSynonyms(normalized: string, synonyms: ReadonlyMap<string, string>): string {
  return words(normalized)
    .map((word) => synonyms.get(word) ?? word)
    .join(' ');
}

/** Normalised, then synonyms expanded: the form keywords, titles and replies are compared in. */
export function comparable(value: string, synonyms: ReadonlyMap<string, string>): string {
  return expandSynonyms(normalizeText(value), synonyms);
}

/** Characters as Postgres (`char_length`) and WhatsApp count them: code points, not UTF-16 units. */
export function charCount(value: string): number {
  return Array.from(value).length;
}

// pg_trgm ------------------------------------------------------------------------------------------
// A word (a run of letters and digits, lower-cased) padded with two spaces before and one after
// gives its trigrams: « chat » → «   c», « ch», «cha», «hat», «at ». Postgres' trgm_op.c.

/** The trigrams of a text, word after word, repeats kept (generate_trgm_only). */
function trigramSequence(value: string): string[] {
  const trigrams: string[] = [];
  for (const word of value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = Array.from(`  ${word} `);
    for (let i = 0; i + 3 <= chars.length; i++) trigrams.push(chars.slice(i, i + 3).join(''));
  }
  return trigrams;
}

/** pg_trgm computes in single precision: the same rounding keeps thresholds agreeing. */
function ratio(shared: number, first: number, second: number): number {
  return Math.fround(shared / (first + second - shared));
}

/** pg_trgm's `similarity(a, b)`: trigrams in common over trigrams in either, from 0 to 1. */
export function similarity(a: string, b: string): number {
  const first = new Set(trigramSequence(a));
  const second = new Set(trigramSequence(b));
  if (first.size === 0 || second.size === 0) return 0;
  let shared = 0;
  for (const trigram of first) if (second.has(trigram)) shared++;
  return ratio(shared, first.size, second.size);
}

/**
 * pg_trgm's `word_similarity(needle, haystack)`: the best similarity between the needle's
 * trigrams and a continuous stretch of the haystack's, so a keyword scores high inside a longer
 * message (« horaire » in « quels sont vos horaires » = 0.875). A transcription of
 * calc_word_similarity and iterate_word_similarity (non-strict) of trgm_op.c.
 */
export function wordSimilarity(needle: string, haystack: string): number {
  const inNeedle = new Set(trigramSequence(needle));
  const sequence = trigramSequence(haystack);
  const needleSize = inNeedle.size;
  // lastSeen: where each trigram of the current stretch was last seen.
  const lastSeen = new Map<string, number>();
  let stretchSize = 0;
  let shared = 0;
  let lower = -1;
  let best = 0;
  for (let i = 0; i < sequence.length; i++) {
    const trigram = sequence[i]!;
    const found = inNeedle.has(trigram);
    if (lower >= 0 || found) {
      if ((lastSeen.get(trigram) ?? -1) < 0) {
        stretchSize++;
        if (found) shared++;
      }
      lastSeen.set(trigram, i);
    }
    if (!found) continue;
    const upper = i;
    if (lower === -1) {
      lower = i;
      stretchSize = 1;
    }
    let current = ratio(shared, needleSize, stretchSize);
    // Try to move the stretch's start forward for a better score.
    let trySize = stretchSize;
    let tryShared = shared;
    const previousLower = lower;
    for (let tryLower = lower; tryLower <= upper; tryLower++) {
      const score = ratio(tryShared, needleSize, trySize);
      if (score > current) {
        current = score;
        stretchSize = trySize;
        lower = tryLower;
        shared = tryShared;
      }
      const leaving = sequence[tryLower]!;
      if (lastSeen.get(leaving) === tryLower) {
        trySize--;
        if (inNeedle.has(leaving)) tryShared--;
      }
    }
    best = Math.max(best, current);
    for (let dropped = previousLower; dropped < lower; dropped++) {
      const leaving = sequence[dropped]!;
      if (lastSeen.get(leaving) === dropped) lastSeen.set(leaving, -1);
    }
  }
  return best;
}
