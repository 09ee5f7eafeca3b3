// The words that unsubscribe a contact when they are the whole message. Compared once accents are
// removed and letters upper-cased, so ARRÊT, arret and Arrêt are all ARRET.
const OPT_OUT_WORDS = new Set(['STOP', 'ARRET', 'DESABONNER']);

// Spaces, punctuation, symbols (emoji included) and invisible format characters around the word.
const SURROUNDING = /^[\s\p{P}\p{S}\p{Cf}]+|[\s\p{P}\p{S}\p{Cf}]+$/gu;

/**
 * Whether an inbound message asks to stop receiving messages: STOP, ARRET/ARRÊT or
 * DESABONNER/DÉSABONNER alone, in any case, with or without accents and surrounding punctuation
 * (« Stop. », « ARRÊT ! »). A sentence that merely contains the word (« stop la musique ») is not.
 */
export function isOptOutRequest(text: string | null | undefined): boolean {
  if (!text || text.length > 64) return false;
  const word = text.normalize('NFD').replace(/\p{M}/gu, '').replace(SURROUNDING, '').toUpperCase();
  return OPT_OUT_WORDS.has(word);
}
