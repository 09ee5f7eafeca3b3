import OpenAI from 'openai';
import type { z } from 'zod';
import { readEnv, requireEnv } from '../env.ts';

/** gpt-4o-mini answers these short requests in a few seconds; past this, people try again. */
const MODEL_TIMEOUT_MS = 20_000;

/**
 * How a model's answer could not be used: the model failed or did not answer in time, refused, or
 * answered something unusable (cut short, JSON that breaks the schema, a WhatsApp rule broken, the
 * wrong language). Whatever it is, nothing is debited for it.
 */
export type ModelFailureKind = 'unavailable' | 'timeout' | 'refused' | 'invalid';

export class ModelFailure extends Error {
  /**
   * `detail` goes to the log only; `why`, for an unusable answer, says in one French sentence
   * what was wrong with it (the web shows it).
   */
  constructor(
    readonly kind: ModelFailureKind,
    detail: string,
    readonly why?: string,
  ) {
    super(detail);
  }
}

const UNREADABLE = 'L’IA a donné une réponse incomplète ou mal formée.';

let client: OpenAI | undefined;

/** Any OpenAI-compatible endpoint: OPENAI_BASE_URL, OPENAI_API_KEY, OPENAI_MODEL. */
function openai(): OpenAI {
  client ??= new OpenAI({
    baseURL: requireEnv('OPENAI_BASE_URL'),
    apiKey: requireEnv('OPENAI_API_KEY'),
  });
  return client;
}

/** A JSON schema object as strict structured outputs require it: every property, nothing else. */
export const strictObject = (properties: Record<string, unknown>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

/**
 * One structured answer: the model's JSON for `schema`, read with zod. A refusal, a cut answer or
 * JSON that breaks the schema is unusable; the text is never split nor repaired. A caller that
 * someone waits on (the chatbot) gives a shorter `timeoutMs` and no retry.
 */
export async function structured<T>(
  name: string,
  schema: Record<string, unknown>,
  reader: z.ZodType<T>,
  messages: OpenAI.ChatCompletionMessageParam[],
  options: { timeoutMs?: number; retry?: boolean } = {},
): Promise<T> {
  let completion: OpenAI.ChatCompletion;
  try {
    completion = await openai().chat.completions.create(
      {
        model: readEnv('OPENAI_MODEL') ?? 'gpt-4o-mini',
        messages,
        response_format: { type: 'json_schema', json_schema: { name, strict: true, schema } },
      },
      {
        timeout: options.timeoutMs ?? MODEL_TIMEOUT_MS,
        maxRetries: options.retry === false ? 0 : 1,
      },
    );
  } catch (error) {
    if (error instanceof OpenAI.APIConnectionTimeoutError) {
      throw new ModelFailure('timeout', `${name}: timeout`);
    }
    if (error instanceof OpenAI.APIError) {
      throw new ModelFailure('unavailable', `${name}: ${error.status} ${error.message}`);
    }
    throw error;
  }
  const choice = completion.choices[0];
  if (choice?.message.refusal) throw new ModelFailure('refused', `${name}: refusal`);
  const invalid = () =>
    new ModelFailure('invalid', `${name}: ${choice?.finish_reason}`, UNREADABLE);
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
