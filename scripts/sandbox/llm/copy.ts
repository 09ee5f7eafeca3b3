import type { Language } from './language';

/** Numbers in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

/** mulberry32: small, fast and good enough to choose words. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

interface Phrases {
  openers: readonly string[];
  openersWithVariable: readonly string[];
  bodies: readonly string[];
  closings: readonly string[];
  noTopic: string;
  intent: string;
  tones: readonly string[];
  refusal: string;
}

// `{topic}` is what the brief is about; `{{1}}` is a WhatsApp template variable, never first or
// last in a message.
const PHRASES: Record<Language, Phrases> = {
  fr: {
    openers: ['Bonjour !', 'Bonne nouvelle !', 'Chers clients,', 'Salut à tous !', 'Bonsoir !'],
    openersWithVariable: [
      'Bonjour {{1}} !',
      'Bonne nouvelle, {{1}} !',
      'Salut {{1}} !',
      'Bonsoir {{1}},',
      'Hello {{1}} !',
    ],
    bodies: [
      'Profitez dès maintenant de notre offre : {topic}.',
      'À découvrir cette semaine chez nous : {topic}.',
      'Ne manquez pas ça : {topic}.',
      'Nous avons pensé à vous : {topic}.',
      'Cette semaine, place à la fête : {topic} !',
      'Petit rappel : {topic}.',
    ],
    closings: [
      'Répondez OUI pour en savoir plus.',
      'Écrivez-nous ici pour réserver.',
      'Passez nous voir, on vous attend !',
      'Offre limitée, à très vite !',
      'Merci pour votre fidélité.',
      'Une question ? Répondez à ce message.',
    ],
    noTopic: 'nos nouveautés',
    intent: 'Annoncer {topic}',
    tones: ['chaleureux', 'enthousiaste', 'professionnel'],
    refusal: 'Je suis désolé, mais je ne peux pas vous aider avec cette demande.',
  },
  en: {
    openers: ['Hello!', 'Good news!', 'Dear customers,', 'Hi everyone!', 'Good evening!'],
    openersWithVariable: [
      'Hello {{1}}!',
      'Good news, {{1}}!',
      'Hi {{1}}!',
      'Good evening {{1}},',
      'Hey {{1}}!',
    ],
    bodies: [
      'Enjoy our offer while it lasts: {topic}.',
      'New at our place this week: {topic}.',
      "Don't miss this: {topic}.",
      'We thought of you: {topic}.',
      'Big news this week: {topic}!',
      'A quick reminder: {topic}.',
    ],
    closings: [
      'Reply YES to learn more.',
      'Message us here to book.',
      'Come and see us, we are waiting for you!',
      'Limited offer, see you soon!',
      'Thank you for your loyalty.',
      'Any question? Just reply to this message.',
    ],
    noTopic: 'our latest news',
    intent: 'Announce {topic}',
    tones: ['friendly', 'enthusiastic', 'professional'],
    refusal: "I'm sorry, but I can't help with that request.",
  },
};

export interface Bounds {
  minLength?: number;
  maxLength?: number;
}

/**
 * Writes WhatsApp copy in one language about the brief's topic. Each message differs from
 * the ones written before it (as long as the bounds leave room), so an answer's variants are
 * distinct.
 */
export class Copywriter {
  private readonly phrases: Phrases;
  private readonly topic: string;
  private readonly used = new Set<string>();
  private written = 0;
  private readonly offsets: [number, number, number];

  constructor(
    readonly language: Language,
    topic: string,
    private readonly withVariable: boolean,
    private readonly random: Random,
  ) {
    this.phrases = PHRASES[language];
    this.topic = topic || this.phrases.noTopic;
    this.offsets = [random(), random(), random()].map((r) => Math.floor(r * 1000)) as [
      number,
      number,
      number,
    ];
  }

  message(bounds: Bounds = {}): string {
    let text = '';
    for (let attempt = 0; attempt < 50; attempt += 1) {
      text = this.compose(this.written, bounds);
      this.written += 1;
      if (!this.used.has(text)) break;
    }
    this.used.add(text);
    return text;
  }

  /** A short phrase for a field that is not a message: an intent, a title, a tone… */
  phrase(kind: 'intent' | 'tone' | 'title', bounds: Bounds = {}): string {
    const text =
      kind === 'tone'
        ? pick(this.random, this.phrases.tones)
        : kind === 'intent'
          ? this.phrases.intent.replace('{topic}', this.topic)
          : capitalise(this.topic);
    return fit(text, bounds, this.phrases.closings);
  }

  refusal(): string {
    return this.phrases.refusal;
  }

  private compose(n: number, bounds: Bounds): string {
    const { openers, openersWithVariable, bodies, closings } = this.phrases;
    const [o, b, c] = this.offsets;
    const openerList = this.withVariable ? openersWithVariable : openers;
    const opener = openerList[(o + n) % openerList.length] as string;
    let body = (bodies[(b + n) % bodies.length] as string).replace('{topic}', this.topic);
    // « Chers clients, nous avons… »
    if (opener.endsWith(',')) body = body.charAt(0).toLowerCase() + body.slice(1);
    const closing = closings[(c + n + Math.floor(n / closings.length)) % closings.length] as string;
    const max = bounds.maxLength ?? Infinity;
    const text =
      [`${opener} ${body} ${closing}`, `${opener} ${body}`, body].find((t) => t.length <= max) ??
      body;
    return fit(text, bounds, closings);
  }
}

/** Lengthens with more closing lines up to minLength, then cuts at a word to maxLength. */
function fit(text: string, bounds: Bounds, fillers: readonly string[]): string {
  let result = text;
  for (let i = 0; result.length < (bounds.minLength ?? 0); i += 1) {
    result = `${result} ${fillers[i % fillers.length] as string}`;
  }
  if (bounds.maxLength === undefined) return result;
  const shorter = cut(result, bounds.maxLength);
  return shorter.length >= (bounds.minLength ?? 0) ? shorter : result.slice(0, bounds.maxLength);
}

function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const slice = text.slice(0, maxLength);
  const lastSpace = slice.lastIndexOf(' ');
  const atWord = lastSpace > 0 && text[maxLength] !== ' ' ? slice.slice(0, lastSpace) : slice;
  // A cut must not leave a variable last, nor a dangling separator.
  const cleaned = atWord.replace(/\s*\{\{\d+\}\}[\s,!:.]*$/, '').replace(/[\s,:;]+$/, '');
  return cleaned === '' ? slice : cleaned;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
