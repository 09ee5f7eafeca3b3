export type Language = 'fr' | 'en';

/** A chat message as the API takes it: content is a string or a list of parts. */
export interface ChatMessage {
  role: string;
  content?: unknown;
}

/** The text a message carries: a string, or the `text` parts of a list; anything else is none. */
export function messageText(message: ChatMessage): string {
  const { content } = message;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: unknown) =>
      part !== null &&
      typeof part === 'object' &&
      typeof (part as { text?: unknown }).text === 'string'
        ? (part as { text: string }).text
        : '',
    )
    .filter((text) => text !== '')
    .join('\n');
}

const FRENCH_WORDS = new Set(
  (
    'le la les un une des du de et à au aux pour avec sur dans est sont sera nous vous notre nos ' +
    'votre vos ce cet cette ces qui que quoi pas ne plus très mais ou où chez tous toutes tout ' +
    'bonjour bonsoir merci salut écris écrire rédige rédiger rédigez annonce annoncer nouveau ' +
    'nouvelle nouveaux semaine samedi dimanche lundi mardi mercredi jeudi vendredi offre ' +
    "réduction remise soldes boutique magasin clients cliente demain aujourd’hui aujourd'hui " +
    "jusqu'à jusqu’à leur leurs mon ma mes ton ta tes son sa ses il elle ils elles je tu on " +
    'fait faire peut pouvez veux voulez quand comment pourquoi réponds répondre rappel rappeler'
  ).split(' '),
);

const ENGLISH_WORDS = new Set(
  (
    'the a an and or of to for with on in at is are was be will our your you we they this that ' +
    'these those it its from by all new now please write draft announce hello hi thanks thank ' +
    'week today tomorrow offer discount sale shop store customers customer until their my his ' +
    'her can could would should what when how why reply remind reminder get just only more ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

// Accents, and elisions (« l'offre », « qu'il »), are French.
const FRENCH_SPELLING = /[àâçéèêëîïôûùüÿœæ]|^(?:[ldjnmstc]|qu)['’]\p{L}/iu;

// An explicit request names one language: « en anglais », "in French", `language: en`.
const ASKS_ENGLISH =
  /\b(?:in|into)\s+english\b|\ben\s+anglais\b|\b(?:language|langue)\s*[:=]\s*["']?en\b/i;
const ASKS_FRENCH =
  /\b(?:in|into)\s+french\b|\ben\s+fran[çc]ais\b|\b(?:language|langue)\s*[:=]\s*["']?fr\b/i;

/**
 * The language to answer in: the one a message explicitly asks for when only one is named,
 * otherwise the one the people's (user) messages are written in, the last one counting double.
 * A tie is French, WCAP's first language.
 */
export function detectLanguage(messages: readonly ChatMessage[]): Language {
  const all = messages.map(messageText).join('\n');
  const asksEnglish = ASKS_ENGLISH.test(all);
  const asksFrench = ASKS_FRENCH.test(all);
  if (asksEnglish !== asksFrench) return asksEnglish ? 'en' : 'fr';

  const userTexts = messages.filter((m) => m.role === 'user').map(messageText);
  let score = 0;
  userTexts.forEach((text, index) => {
    const weight = index === userTexts.length - 1 ? 2 : 1;
    for (const word of words(text)) {
      const lower = word.toLowerCase();
      if (FRENCH_WORDS.has(lower) || FRENCH_SPELLING.test(lower)) score += weight;
      if (ENGLISH_WORDS.has(lower)) score -= weight;
    }
  });
  return score >= 0 ? 'fr' : 'en';
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’%-]*/gu) ?? [];
}

// Words that say what to do rather than what the message is about.
const INSTRUCTION_WORDS = new Set(
  (
    'write writes draft message messages whatsapp variant variants three trois variante ' +
    'variantes campaign campagne brief text texte texts textes please svp stp make create crée ' +
    'créer propose proposer generate génère générer rédige rédiger rédigez écris écrire écrivez ' +
    'short court courte long longue version versions send envoie envoyer answer réponse reply ' +
    'réponds répondre user assistant customer client clients about sur'
  ).split(' '),
);

/**
 * What the brief is about, from the last user message: its content words in order, without
 * the grammatical and instruction words of either language; at most six.
 */
function keywords(messages: readonly ChatMessage[]): string[] {
  const last = [...messages].reverse().find((m) => m.role === 'user');
  const found: string[] = [];
  const seen = new Set<string>();
  const text = last ? messageText(last).replace(TEMPLATE_VARIABLE_ANYWHERE, ' ') : '';
  for (const token of words(text)) {
    // « l'offre » is about « offre ».
    const word = token
      .replace(/^(?:[ldjnmstc]|qu|jusqu)['’](?=\p{L})/iu, '')
      .replace(/['’-]+$/, '');
    const lower = word.toLowerCase();
    const isContent =
      (lower.length >= 3 || /\d/.test(lower)) &&
      !FRENCH_WORDS.has(lower) &&
      !ENGLISH_WORDS.has(lower) &&
      !INSTRUCTION_WORDS.has(lower);
    if (!isContent || seen.has(lower)) continue;
    seen.add(lower);
    found.push(word);
    if (found.length === 6) break;
  }
  return found;
}

const TOPIC_MAX_LENGTH = 100;

/**
 * What the copy talks about: the last user message from its first content word to the end of
 * that sentence (« Rédige une promo de 20 % sur le wax » → « promo de 20 % sur le wax »), at
 * most 100 characters; empty when it has no content word.
 */
export function topic(messages: readonly ChatMessage[]): string {
  const first = keywords(messages)[0];
  const last = [...messages].reverse().find((m) => m.role === 'user');
  if (first === undefined || last === undefined) return '';
  const text = messageText(last);
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'u').exec(text)?.index ?? 0;
  let phrase = (text.slice(start).split(/[.!?\n]/)[0] ?? '').trim().replace(/[\s,;:]+$/, '');
  if (phrase.length > TOPIC_MAX_LENGTH) {
    const cut = phrase.slice(0, TOPIC_MAX_LENGTH);
    phrase = cut.slice(0, Math.max(cut.lastIndexOf(' '), first.length)).replace(/[\s,;:]+$/, '');
  }
  // Capitalised only because it starts the message: « Promo … » reads « promo … » mid-sentence.
  const startsMessage = text.slice(0, start).trim() === '';
  const isAcronym = /^\p{Lu}{2,}/u.test(phrase);
  return startsMessage && !isAcronym ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

/** Whether the conversation uses template variables (`{{1}}`): the copy then uses one too. */
export function usesVariables(messages: readonly ChatMessage[]): boolean {
  return messages.some((m) => TEMPLATE_VARIABLE.test(messageText(m)));
}

const TEMPLATE_VARIABLE = /\{\{\s*\d+\s*\}\}/;
const TEMPLATE_VARIABLE_ANYWHERE = new RegExp(TEMPLATE_VARIABLE.source, 'g');
