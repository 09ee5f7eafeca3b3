import type OpenAI from 'openai';
import { z } from 'zod';
import { ModelFailure, strictObject, structured } from './model.ts';
import { MAX_LENGTH, whatsappRuleBroken, type Purpose } from './whatsapp-rules.ts';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a generation is asked: the brief, what it is for, and optionally the conversation so far. */
export interface WritingRequest {
  purpose: Purpose;
  brief: string;
  /** Forced; otherwise the brief's own language. */
  language?: Language;
  context?: string;
}

const intentAnswer = z.object({
  language: z.enum(LANGUAGES),
  kind: z.string(),
  keyFacts: z.array(z.string()),
});
type Intent = z.infer<typeof intentAnswer>;

const variantsAnswer = z.object({
  language: z.enum(LANGUAGES),
  variants: z.array(z.string()).length(3),
});

const KIND_OF_PURPOSE: Record<Purpose, string> = {
  campaign:
    'the body of a WhatsApp marketing template; personalised parts are numbered variables {{1}}, {{2}}… never first or last, never side by side',
  reply: 'a reply in an ongoing WhatsApp conversation with a customer, without any {{…}} variable',
  faq_answer:
    'the answer to a frequently asked question, sent on WhatsApp, without any {{…}} variable',
};

const WRONG_LANGUAGE = 'L’IA n’a pas écrit dans la langue demandée.';

function conversation(brief: string, context: string | undefined, language?: Language) {
  const messages: OpenAI.ChatCompletionMessageParam[] = [];
  if (language) messages.push({ role: 'user', content: `language: ${language}` });
  if (context?.trim()) messages.push({ role: 'user', content: context });
  // Last: the brief is what the message is about.
  messages.push({ role: 'user', content: brief });
  return messages;
}

/** Step 1: the language (the one forced, else the brief's), the kind of message, its key facts. */
function readIntent({ purpose, brief, context, language: forced }: WritingRequest) {
  const schema = strictObject({
    language: { type: 'string', enum: forced ? [forced] : [...LANGUAGES] },
    kind: { type: 'string', maxLength: 120 },
    keyFacts: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 8 },
  });
  return structured('message_intent', schema, intentAnswer, [
    {
      role: 'system',
      content:
        `You prepare ${KIND_OF_PURPOSE[purpose]} for a business. From the request below (and the ` +
        'conversation so far, when given), answer its language ' +
        (forced
          ? `(it must be "${forced}")`
          : '("fr" or "en", the one the request is written in)') +
        ', the kind of message it asks for in a few words, and the facts the message must keep ' +
        '(names, dates, prices, places, offers).',
    },
    ...conversation(brief, context, forced),
  ]);
}

/** Step 2: exactly three variants in the intent's language. */
function writeVariants({ purpose, brief, context }: WritingRequest, intent: Intent) {
  const maxLength = MAX_LENGTH[purpose];
  const schema = strictObject({
    language: { type: 'string', enum: [intent.language] },
    variants: {
      type: 'array',
      items: { type: 'string', maxLength },
      minItems: 3,
      maxItems: 3,
    },
  });
  return structured('message_variants', schema, variantsAnswer, [
    {
      role: 'system',
      content:
        `Write three different versions of ${KIND_OF_PURPOSE[purpose]}, each at most ${maxLength} ` +
        `characters, in the language "${intent.language}". Kind of message: ${intent.kind}. ` +
        `Keep these facts: ${JSON.stringify(intent.keyFacts)}. Plain WhatsApp text, no markdown ` +
        'headings, no placeholders other than the allowed variables.',
    },
    ...conversation(brief, context, intent.language),
  ]);
}

/**
 * Intent → three variants, both as strict structured outputs, in the language forced or
 * detected, each checked against WhatsApp's rules for the purpose. Throws a ModelFailure when
 * the model's answers cannot be used.
 */
export async function writeThreeVariants(
  request: WritingRequest,
): Promise<{ variants: string[]; language: Language }> {
  const intent = await readIntent(request);
  if (request.language && intent.language !== request.language) {
    throw new ModelFailure('invalid', 'intent: language', WRONG_LANGUAGE);
  }
  const answer = await writeVariants(request, intent);
  if (answer.language !== intent.language) {
    throw new ModelFailure('invalid', 'variants: language', WRONG_LANGUAGE);
  }
  for (const variant of answer.variants) {
    const broken = whatsappRuleBroken(request.purpose, variant);
    if (broken) throw new ModelFailure('invalid', `variants: ${broken}`, broken);
  }
  return { variants: answer.variants, language: answer.language };
}
