import OpenAI, { AuthenticationError, BadRequestError } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DEFAULT_LLM_SANDBOX_TOKEN,
  llmSandboxEnv,
  startLlmSandbox,
  type LlmSandbox,
  type RecordedRequest,
} from './sandbox';

// The sandbox as WCAP's functions will meet it: through the real `openai` package, pointed at it
// by the variables llmSandboxEnv gives. Structured outputs are checked with zod's own JSON Schema
// reader, not with the sandbox's code.

let sandbox: LlmSandbox;
let client: OpenAI;

beforeAll(async () => {
  sandbox = await startLlmSandbox();
  const env = llmSandboxEnv(sandbox);
  client = new OpenAI({ baseURL: env.OPENAI_BASE_URL, apiKey: env.OPENAI_API_KEY, maxRetries: 0 });
});
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.reset());

const SYSTEM = 'Tu rédiges des messages WhatsApp pour des commerçants.';

function chat(brief: string): ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: brief },
  ];
}

// What WCAP asks for: the intent, the language and exactly three variants, each a template body.
const Generation = z.object({
  language: z.enum(['fr', 'en']),
  intent: z.string(),
  variants: z.array(z.object({ text: z.string().max(1024) })).length(3),
});

/** The JSON Schema WCAP sends, as the openai package writes it from the zod schema. */
const generationFormat = zodResponseFormat(Generation, 'generation');

function validates(schema: unknown, content: string | null): boolean {
  return z
    .fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0])
    .safeParse(JSON.parse(content ?? 'null')).success;
}

describe('answers', () => {
  it("answers OpenAI's chat completion body, the model echoed, in French for a French brief", async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: chat('Promo de 20 % sur les pagnes wax ce samedi à Douala'),
    });
    expect(completion).toMatchObject({
      object: 'chat.completion',
      model: 'gpt-4o-mini',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', refusal: null },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
    });
    expect(completion.id).toMatch(/^chatcmpl-[A-Za-z0-9]{29}$/);
    expect(Math.abs(completion.created - Date.now() / 1000)).toBeLessThan(60);
    const { usage } = completion;
    expect(usage!.total_tokens).toBe(usage!.prompt_tokens + usage!.completion_tokens);
    expect(usage!.completion_tokens).toBeGreaterThan(0);
    const content = completion.choices[0]!.message.content!;
    expect(content).toContain('pagnes wax ce samedi à Douala');
    expect(content).toMatch(/Bonjour|Bonne nouvelle|Chers clients|Salut|Bonsoir/);
  });

  it('echoes any model name', async () => {
    const completion = await client.chat.completions.create({
      model: 'mistral-small-latest',
      messages: chat('Nouveaux horaires : ouvert le dimanche'),
    });
    expect(completion.model).toBe('mistral-small-latest');
  });

  it('writes English for an English brief, and the language a message explicitly asks for', async () => {
    const english = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: chat('Write a promo for our new phone cases, 15% off until Sunday'),
    });
    expect(english.choices[0]!.message.content).toContain('phone cases, 15% off until Sunday');
    expect(english.choices[0]!.message.content).toMatch(
      /Hello|Good news|Dear customers|Hi|Good evening/,
    );

    const asked = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      response_format: generationFormat,
      messages: chat('Rédige en anglais une annonce pour la réouverture du salon de coiffure'),
    });
    expect(JSON.parse(asked.choices[0]!.message.content!).language).toBe('en');
  });

  it('answers a json_schema response format with JSON that validates, three distinct variants', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      response_format: generationFormat,
      messages: chat('Soldes de fin de saison sur les chaussures, jusqu’à -50 %'),
    });
    const content = completion.choices[0]!.message.content;
    expect(validates(generationFormat.json_schema.schema, content)).toBe(true);
    const generation = Generation.parse(JSON.parse(content!));
    expect(generation.language).toBe('fr');
    const texts = generation.variants.map((variant) => variant.text);
    expect(new Set(texts).size).toBe(3);
    for (const text of texts) expect(text).toContain('chaussures');
  });

  it('is parsed by chat.completions.parse with a zod 4 schema', async () => {
    const completion = await client.chat.completions.parse({
      model: 'gpt-4o-mini',
      response_format: generationFormat,
      messages: chat('Write a reminder: the invoice is due on Friday'),
    });
    const parsed = completion.choices[0]!.message.parsed;
    expect(parsed?.language).toBe('en');
    expect(parsed?.variants).toHaveLength(3);
  });

  it('fills a hand-written schema: string items, bounds, enums, nullable fields, numbers', async () => {
    const schema = {
      type: 'object',
      properties: {
        langue: { type: 'string', enum: ['fr', 'en'] },
        tone: { type: 'string', enum: ['chaleureux', 'professionnel', 'promotion'] },
        variants: {
          type: 'array',
          minItems: 5,
          maxItems: 5,
          items: { type: 'string', minLength: 20, maxLength: 60 },
        },
        emoji: { type: ['string', 'null'] },
        score: { type: 'integer', minimum: 1, maximum: 5 },
        urgent: { type: 'boolean' },
      },
      required: ['langue', 'tone', 'variants', 'emoji', 'score', 'urgent'],
      additionalProperties: false,
    };
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      response_format: { type: 'json_schema', json_schema: { name: 'copy', strict: true, schema } },
      messages: chat('Promotion sur les forfaits internet de juillet'),
    });
    const content = completion.choices[0]!.message.content;
    expect(validates(schema, content)).toBe(true);
    const value = JSON.parse(content!) as { langue: string; tone: string; variants: string[] };
    expect(value.langue).toBe('fr');
    // The enum value the brief names.
    expect(value.tone).toBe('promotion');
    expect(new Set(value.variants).size).toBe(5);
  });

  it('puts a template variable inside every variant when the brief uses one', async () => {
    const completion = await client.chat.completions.parse({
      model: 'gpt-4o-mini',
      response_format: generationFormat,
      messages: chat('Rappelle à {{1}} que sa commande de pagnes est prête au magasin'),
    });
    for (const { text } of completion.choices[0]!.message.parsed!.variants) {
      expect(text).toContain('{{1}}');
      expect(text).not.toMatch(/^\{\{|\}\}$/);
    }
  });

  it('answers a json_object response format with a JSON object, and needs the word JSON', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      response_format: { type: 'json_object' },
      messages: chat('Réponds en JSON : une annonce pour la fête des mères'),
    });
    const value: unknown = JSON.parse(completion.choices[0]!.message.content!);
    expect(value).toMatchObject({
      language: 'fr',
      text: expect.stringContaining('fête des mères'),
    });

    const refused = await client.chat.completions
      .create({
        model: 'gpt-4o-mini',
        response_format: { type: 'json_object' },
        messages: chat('Une annonce pour la fête des mères'),
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BadRequestError);
    expect((refused as BadRequestError).param).toBe('messages');
  });

  it('gives the same answer to the same request, and another to another brief', async () => {
    const ask = (brief: string) =>
      client.chat.completions
        .create({ model: 'gpt-4o-mini', response_format: generationFormat, messages: chat(brief) })
        .then((completion) => completion.choices[0]!.message.content);
    const first = await ask('Livraison gratuite à Bafoussam cette semaine');
    expect(await ask('Livraison gratuite à Bafoussam cette semaine')).toBe(first);
    expect(await ask('Livraison gratuite à Limbé cette semaine')).not.toBe(first);
  });

  it('stops at max_completion_tokens with finish_reason length', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      max_completion_tokens: 5,
      messages: chat('Nouvelle collection de sacs en cuir'),
    });
    expect(completion.choices[0]!.finish_reason).toBe('length');
    expect(completion.choices[0]!.message.content).toHaveLength(20);
  });
});

describe('refusals of the request', () => {
  it('refuses a wrong key with OpenAI’s 401, and no key at all', async () => {
    const wrong = new OpenAI({
      baseURL: llmSandboxEnv(sandbox).OPENAI_BASE_URL,
      apiKey: 'sk-not-the-sandbox-key-0000',
      maxRetries: 0,
    });
    const error = await wrong.chat.completions
      .create({ model: 'gpt-4o-mini', messages: chat('Bonjour') })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      type: 'invalid_request_error',
      code: 'invalid_api_key',
      param: null,
    });
    expect((error as AuthenticationError).message).toContain(`sk-${'*'.repeat(20)}0000`);

    const none = await fetch(`${sandbox.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: chat('Bonjour') }),
    });
    expect(none.status).toBe(401);
    const body = (await none.json()) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ type: 'invalid_request_error', param: null, code: null });
    expect(body.error.message).toMatch(/^You didn't provide an API key/);
  });

  it('validates the body as OpenAI does', async () => {
    const refusal = async (body: Record<string, unknown>) => {
      const error = await client.chat.completions
        .create(body as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BadRequestError);
      const { status, type, param, code, message } = error as BadRequestError;
      return { status, type, param, code, message };
    };
    expect(await refusal({ messages: chat('Bonjour') })).toEqual({
      status: 400,
      type: 'invalid_request_error',
      param: null,
      code: null,
      message: '400 you must provide a model parameter',
    });
    expect(await refusal({ model: 'gpt-4o-mini' })).toMatchObject({
      param: 'messages',
      code: 'missing_required_parameter',
    });
    expect(await refusal({ model: 'gpt-4o-mini', messages: [] })).toMatchObject({
      param: 'messages',
      code: 'empty_array',
    });
    expect(
      await refusal({ model: 'gpt-4o-mini', messages: [{ role: 'bot', content: 'x' }] }),
    ).toMatchObject({ param: 'messages[0].role', code: 'invalid_value' });
    expect(
      await refusal({
        model: 'gpt-4o-mini',
        messages: chat('x'),
        response_format: { type: 'xml' },
      }),
    ).toMatchObject({ param: 'response_format.type', code: 'invalid_value' });
    expect(
      await refusal({
        model: 'gpt-4o-mini',
        messages: chat('x'),
        response_format: { type: 'json_schema', json_schema: { name: 'a b', schema: {} } },
      }),
    ).toMatchObject({ param: 'response_format.json_schema.name' });
  });

  it('refuses a strict schema that OpenAI would refuse', async () => {
    const error = await client.chat.completions
      .create({
        model: 'gpt-4o-mini',
        messages: chat('x'),
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'loose',
            strict: true,
            schema: {
              type: 'object',
              properties: { variants: { type: 'array', items: { type: 'string' } } },
              required: ['variants'],
            },
          },
        },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).param).toBe('response_format');
    expect((error as BadRequestError).message).toBe(
      "400 Invalid schema for response_format 'loose': In context=(), 'additionalProperties' is required to be supplied and to be false.",
    );
  });

  it('says streaming is not supported', async () => {
    const error = await client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: chat('x'), stream: true })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).param).toBe('stream');
    expect((error as BadRequestError).message).toMatch(/Streaming is not supported/);
  });

  it('answers an unknown path with OpenAI’s invalid URL error', async () => {
    const response = await fetch(`${sandbox.url}/v1/embeddings`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sandbox.apiKey}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        message: 'Invalid URL (POST /v1/embeddings)',
        type: 'invalid_request_error',
        param: null,
        code: null,
      },
    });
  });
});

describe('what tests read back', () => {
  it('records the requests, newest last, with the messages received', async () => {
    await client.chat.completions.create({ model: 'gpt-4o-mini', messages: chat('Premier') });
    await client.chat.completions.create({
      model: 'gpt-4o',
      messages: chat('Write a second one in English'),
    });
    const response = await fetch(`${sandbox.url}/_sandbox/requests`, {
      headers: { Authorization: `Bearer ${sandbox.token}` },
    });
    const { requests } = (await response.json()) as { requests: RecordedRequest[] };
    expect(requests.map((r) => [r.model, r.language, r.outcome, r.status])).toEqual([
      ['gpt-4o-mini', 'fr', 'ok', 200],
      ['gpt-4o', 'en', 'ok', 200],
    ]);
    expect(requests[1]!.messages).toEqual(chat('Write a second one in English'));
    expect(requests[1]!.path).toBe('/v1/chat/completions');
    expect(requests[1]!.requestId).toMatch(/^req_[0-9a-f]{32}$/);
  });

  it('guards the control endpoints with the sandbox token', async () => {
    for (const authorization of [undefined, `Bearer ${sandbox.apiKey}`]) {
      const response = await fetch(`${sandbox.url}/_sandbox/requests`, {
        headers: authorization ? { Authorization: authorization } : {},
      });
      expect(response.status).toBe(401);
    }
    const health = await fetch(`${sandbox.url}/_sandbox/health`);
    expect(await health.json()).toEqual({ ok: true });
  });
});

describe('start and variables', () => {
  it('gives the functions their OpenAI variables', () => {
    expect(llmSandboxEnv(sandbox)).toEqual({
      OPENAI_BASE_URL: `${sandbox.url}/v1`,
      OPENAI_API_KEY: sandbox.apiKey,
      OPENAI_MODEL: 'gpt-4o-mini',
    });
  });

  it('derives the same key from the same token, a random one without', async () => {
    const a = await startLlmSandbox({ token: DEFAULT_LLM_SANDBOX_TOKEN });
    const b = await startLlmSandbox({ token: DEFAULT_LLM_SANDBOX_TOKEN });
    try {
      expect(a.apiKey).toBe(b.apiKey);
      expect(a.apiKey).toMatch(/^sk-wcap-sandbox-[0-9a-f]{40}$/);
      expect(sandbox.apiKey).not.toBe(a.apiKey);
      expect(sandbox.token).not.toBe(DEFAULT_LLM_SANDBOX_TOKEN);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
