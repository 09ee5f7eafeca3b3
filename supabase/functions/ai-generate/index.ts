import OpenAI from 'openai';
import { z } from 'zod';
import { asCaller, identifyCaller, sqlRefusal, type UserCaller } from '../_shared/caller.ts';
import { serviceDatabase, type Queryable } from '../_shared/database.ts';
import { readEnv, requireEnv } from '../_shared/env.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { readPersonRequest } from '../_shared/person-request.ts';
import {
  SESSION_TEXT_MAX,
  TEMPLATE_BODY_MAX,
  whatsappRuleBroken,
  type Purpose,
} from '../_shared/ai-writing/whatsapp-rules.ts';

const LANGUAGES = ['fr', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

const input = z.object({
  organizationId: z.uuid(),
  purpose: z.enum(['campaign', 'reply', 'faq_answer']),
  brief: z.string().trim().min(1).max(2000),
  language: z.enum(LANGUAGES).optional(),
  context: z.string().max(8000).optional(),
});

/** A generation costs one credit, taken only once three valid variants came back. */
const GENERATION_COST = 1;
/** gpt-4o-mini answers these short requests in a few seconds; past this, people try again. */
const MODEL_TIMEOUT_MS = 20_000;

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

/** The answers people get, in French; the SPA translates them by code. */
const refusals = {
  unavailable: () =>
    errorResponse(
      502,
      'ai_unavailable',
      'Le service de rédaction par IA ne répond pas pour le moment. Aucun crédit n’a été débité ; réessayez dans quelques minutes.',
    ),
  timeout: () =>
    errorResponse(
      504,
      'ai_timeout',
      'Le service de rédaction par IA a mis trop de temps à répondre. Aucun crédit n’a été débité ; réessayez.',
    ),
  refused: () =>
    errorResponse(
      422,
      'ai_refused',
      'L’IA a refusé de rédiger ce message. Aucun crédit n’a été débité ; reformulez votre demande.',
    ),
  /** `why` is one French sentence: a WhatsApp rule the model broke, or an unreadable answer. */
  invalid: (why: string) =>
    errorResponse(422, 'ai_invalid_output', `${why} Aucun crédit n’a été débité ; réessayez.`),
};

const WRONG_LANGUAGE = 'L’IA n’a pas écrit dans la langue demandée.';

/** The model's answer could not be used: why, for the log and the French answer. */
class UnusableAnswer extends Error {
  constructor(
    readonly response: Response,
    detail: string,
  ) {
    super(detail);
  }
}

let client: OpenAI | undefined;

function openai(): OpenAI {
  client ??= new OpenAI({
    baseURL: requireEnv('OPENAI_BASE_URL'),
    apiKey: requireEnv('OPENAI_API_KEY'),
    timeout: MODEL_TIMEOUT_MS,
    maxRetries: 1,
  });
  return client;
}

/**
 * One structured answer: the model's JSON for `schema`, read with zod. A refusal, a cut answer or
 * JSON that breaks the schema is unusable; the text is never split nor repaired.
 */
async function structured<T>(
  name: string,
  schema: Record<string, unknown>,
  reader: z.ZodType<T>,
  messages: OpenAI.ChatCompletionMessageParam[],
): Promise<T> {
  let completion: OpenAI.ChatCompletion;
  try {
    completion = await openai().chat.completions.create({
      model: readEnv('OPENAI_MODEL') ?? 'gpt-4o-mini',
      messages,
      response_format: { type: 'json_schema', json_schema: { name, strict: true, schema } },
    });
  } catch (error) {
    if (error instanceof OpenAI.APIConnectionTimeoutError) {
      throw new UnusableAnswer(refusals.timeout(), `${name}: timeout`);
    }
    if (error instanceof OpenAI.APIError) {
      throw new UnusableAnswer(refusals.unavailable(), `${name}: ${error.status} ${error.message}`);
    }
    throw error;
  }
  const choice = completion.choices[0];
  if (choice?.message.refusal) {
    throw new UnusableAnswer(refusals.refused(), `${name}: refusal`);
  }
  const invalid = () =>
    new UnusableAnswer(
      refusals.invalid('L’IA a donné une réponse incomplète ou mal formée.'),
      `${name}: ${choice?.finish_reason}`,
    );
  if (!choice || choice.finish_reason !== 'stop' || typeof choice.message.content !== 'string') {
    throw invalid();
  }
  let value: unknown;
  try {
    value = JSON.parse(choice.message.content);
  } catch {
    throw invalid();
  }
  const parsed = reader.safeParse(value);
  if (!parsed.success) throw invalid();
  return parsed.data;
}

const strictObject = (properties: Record<string, unknown>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

function conversation(brief: string, context: string | undefined, language?: Language) {
  const messages: OpenAI.ChatCompletionMessageParam[] = [];
  if (language) messages.push({ role: 'user', content: `language: ${language}` });
  if (context?.trim()) messages.push({ role: 'user', content: context });
  // Last: the brief is what the message is about.
  messages.push({ role: 'user', content: brief });
  return messages;
}

/** Step 1: the language (the one forced, else the brief's), the kind of message, its key facts. */
function readIntent(purpose: Purpose, brief: string, context?: string, forced?: Language) {
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
function writeVariants(purpose: Purpose, intent: Intent, brief: string, context?: string) {
  const maxLength = purpose === 'campaign' ? TEMPLATE_BODY_MAX : SESSION_TEXT_MAX;
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
 * Whether the caller may spend the organisation's credits on AI: agents and above (viewers read and
 * never write), as SQL's has_role decides for the caller's claims.
 */
function mayWrite(caller: UserCaller, organizationId: string) {
  return asCaller(caller, async (sql) => {
    const [row] = await sql<{ allowed: boolean }[]>`
      select private.has_role(${organizationId}, 'agent') as allowed`;
    return row!.allowed;
  });
}

/** move_credits' refusals: a balance too low (insufficient_credits), an unknown organisation. */
const STATUS_OF_SQLSTATE = new Map([
  ['P0001', 402],
  ['P0002', 404],
]);

/** A generation's debit by move_credits (the service's: mayWrite checked the caller's right). */
async function debitOn(
  sql: Queryable,
  caller: UserCaller,
  organizationId: string,
  purpose: Purpose,
) {
  const [row] = await sql<{ balance: string }[]>`
    select balance from private.move_credits(
      ${organizationId}, ${-GENERATION_COST}, 'generation', ${`ai:${crypto.randomUUID()}`},
      ${caller.userId}, 'web', ${sql.json({ kind: 'generation', purpose })})`;
  return Number(row!.balance);
}

/** Thrown to roll the trial debit back once it passed. */
const TRIAL_PASSED = Symbol('trial debit passed');

/**
 * move_credits' own refusal when the balance cannot pay for a generation, before the model is
 * asked: the debit is tried and rolled back, so the answer is exactly the one the real debit
 * gives. Undefined when the balance covers it.
 */
async function refusalBeforeModel(caller: UserCaller, organizationId: string, purpose: Purpose) {
  try {
    await serviceDatabase().begin(async (tx) => {
      await debitOn(tx, caller, organizationId, purpose);
      throw TRIAL_PASSED;
    });
  } catch (error) {
    if (error === TRIAL_PASSED) return undefined;
    const answer = sqlRefusal(error, STATUS_OF_SQLSTATE);
    if (answer) return answer;
    throw error;
  }
  return undefined;
}

/**
 * « Rédiger avec l'IA »: three variants of a campaign text, a reply or an FAQ answer, for a
 * member who may write (agents and above). The balance is checked before the model is called;
 * the model's answer is read as structured JSON and every variant checked against WhatsApp's
 * rules; only then is one credit debited, by move_credits, which still refuses a balance spent
 * meanwhile — then the variants are not given. A failure of the model costs nothing.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (!caller || caller.kind !== 'user') {
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour rédiger avec l’IA.');
    }
    const body = await readPersonRequest(request);
    if (!body.ok) return body.response;
    const parsed = input.safeParse(body.value);
    if (!parsed.success) {
      return errorResponse(
        400,
        'invalid_input',
        'Décrivez le message en 2 000 caractères au plus (et la conversation en 8 000 au plus).',
      );
    }
    const { organizationId, purpose, brief, language, context } = parsed.data;

    if (!(await mayWrite(caller, organizationId))) {
      return errorResponse(
        403,
        'ai_requires_agent',
        'Seuls les agents, les administrateurs et les propriétaires de l’organisation rédigent avec l’IA.',
      );
    }
    const broke = await refusalBeforeModel(caller, organizationId, purpose);
    if (broke) return broke;

    let variants: string[];
    let written: Language;
    try {
      const intent = await readIntent(purpose, brief, context, language);
      if (language && intent.language !== language) {
        throw new UnusableAnswer(refusals.invalid(WRONG_LANGUAGE), 'intent: language');
      }
      const answer = await writeVariants(purpose, intent, brief, context);
      if (answer.language !== intent.language) {
        throw new UnusableAnswer(refusals.invalid(WRONG_LANGUAGE), 'variants: language');
      }
      for (const variant of answer.variants) {
        const broken = whatsappRuleBroken(purpose, variant);
        if (broken) throw new UnusableAnswer(refusals.invalid(broken), `variants: ${broken}`);
      }
      variants = answer.variants;
      written = answer.language;
    } catch (error) {
      if (!(error instanceof UnusableAnswer)) throw error;
      console.error(`ai-generate: no debit for ${organizationId}: ${error.message}`);
      return error.response;
    }

    let balance: number;
    try {
      balance = await debitOn(serviceDatabase(), caller, organizationId, purpose);
    } catch (error) {
      const answer = sqlRefusal(error, STATUS_OF_SQLSTATE);
      if (answer) return answer;
      throw error;
    }
    return json({ variants, language: written, balance });
  }),
);
