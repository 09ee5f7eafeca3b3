/** What the variants are for: a campaign becomes a template; a reply or an FAQ answer is sent as is. */
export type Purpose = 'campaign' | 'reply' | 'faq_answer';

/** WhatsApp's limits, in characters: a template's body, and a message sent within a session. */
export const TEMPLATE_BODY_MAX = 1024;
export const SESSION_TEXT_MAX = 4096;
/**
 * An FAQ answer is session text the bot may send as the body of buttons or a list, which WhatsApp
 * caps at 1,024 characters: the knowledge base holds no longer answer.
 */
export const FAQ_ANSWER_MAX = 1024;

/** The longest variant each purpose can use. */
export const MAX_LENGTH: Record<Purpose, number> = {
  campaign: TEMPLATE_BODY_MAX,
  reply: SESSION_TEXT_MAX,
  faq_answer: FAQ_ANSWER_MAX,
};

/** Anything written like a variable, well formed or not: `{{1}}`, `{{ name }}`, `{{}}`. */
const VARIABLE_LIKE = /\{\{[^{}]*\}\}/g;
const VARIABLE = /^\{\{([1-9][0-9]*)\}\}$/;

/**
 * Why WhatsApp would refuse `text` as a variant for `purpose`, in French, or undefined when it
 * obeys its rules. A campaign is a template body: at most 1,024 characters, variables written
 * `{{1}}`, `{{2}}`… numbered from 1 without gaps, never first or last, never two side by side.
 * A reply or an FAQ answer is session text without variables: at most 4,096 characters for a
 * reply, 1,024 for an FAQ answer.
 */
export function whatsappRuleBroken(purpose: Purpose, text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 'Une des propositions est vide.';
  // WhatsApp counts characters, not UTF-16 units: an emoji is one.
  const length = [...text].length;
  const variables = trimmed.match(VARIABLE_LIKE) ?? [];
  if (purpose !== 'campaign') {
    if (length > MAX_LENGTH[purpose]) {
      return purpose === 'reply'
        ? `Une des propositions dépasse ${SESSION_TEXT_MAX} caractères, la limite d’un message WhatsApp.`
        : `Une des propositions dépasse ${FAQ_ANSWER_MAX} caractères, la limite d’une réponse de la FAQ.`;
    }
    if (variables.length > 0 || /\{\{|\}\}/.test(trimmed)) {
      return 'Une des propositions contient une variable {{…}}, réservée aux modèles de campagne.';
    }
    return undefined;
  }
  if (length > TEMPLATE_BODY_MAX) {
    return `Une des propositions dépasse ${TEMPLATE_BODY_MAX} caractères, la limite du corps d’un modèle WhatsApp.`;
  }
  // Braces left once the variables are removed are a variable WhatsApp would not read.
  if (/\{\{|\}\}/.test(trimmed.replace(VARIABLE_LIKE, ''))) {
    return 'Une des propositions contient une variable mal écrite : écrivez {{1}}, {{2}}…';
  }
  const numbers = new Set<number>();
  for (const variable of variables) {
    const number = VARIABLE.exec(variable)?.[1];
    if (!number) {
      return 'Une des propositions contient une variable mal écrite : écrivez {{1}}, {{2}}…';
    }
    numbers.add(Number(number));
  }
  const highest = Math.max(0, ...numbers);
  if (numbers.size !== highest) {
    return 'Les variables d’une des propositions ne se suivent pas depuis {{1}}.';
  }
  if (variables.length > 0 && (trimmed.startsWith('{{') || trimmed.endsWith('}}'))) {
    return 'Une des propositions commence ou finit par une variable, ce que WhatsApp refuse.';
  }
  if (/\}\}\s*\{\{/.test(trimmed)) {
    return 'Une des propositions place deux variables côte à côte, ce que WhatsApp refuse.';
  }
  return undefined;
}
