import OpenAI, { APIConnectionTimeoutError, InternalServerError, RateLimitError } from 'openai';
import { LengthFinishReasonError } from 'openai/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { poller } from '../../../test-support/wait';
import { llmSandboxEnv, startLlmSandbox, type LlmSandbox, type RecordedRequest } from './sandbox';

// Latency and failures as the openai package surfaces them, set through the control endpoints
// as a test of WCAP would set them.

let sandbox: LlmSandbox;

beforeAll(async () => {
  sandbox = await startLlmSandbox();
});
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.reset());

const waitUntil = poller({ timeoutMs: 5_000, intervalMs: 20 });

function clientWith(options: { maxRetries?: number; timeout?: number } = {}): OpenAI {
  const env = llmSandboxEnv(sandbox);
  return new OpenAI({
    baseURL: env.OPENAI_BASE_URL,
    apiKey: env.OPENAI_API_KEY,
    maxRetries: options.maxRetries ?? 0,
    timeout: options.timeout,
  });
}

const Generation = z.object({
  language: z.enum(['fr', 'en']),
  variants: z.array(z.object({ text: z.string().max(1024) })).length(3),
});
const generationFormat = zodResponseFormat(Generation, 'generation');
const messages = [{ role: 'user' as const, content: 'Promo sur les jus de bissap ce week-end' }];

async function control(path: string, body?: unknown, token = sandbox.token) {
  const response = await fetch(`${sandbox.url}/_sandbox/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('the call should have failed'),
    (error: unknown) => error,
  );
}

function recordedOutcomes(): [RecordedRequest['outcome'], number | null][] {
  return sandbox.requests().map((request) => [request.outcome, request.status]);
}

describe('scripted failures', () => {
  it('500: InternalServerError with OpenAI’s server_error body', async () => {
    expect((await control('behaviour', { next: ['500'] })).status).toBe(200);
    const error = await failure(
      clientWith().chat.completions.create({ model: 'gpt-4o-mini', messages }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 500, type: 'server_error', code: null, param: null });
    expect((error as InternalServerError).requestID).toMatch(/^req_/);
  });

  it('the package retries a 500 by itself, and the second try gets the next answer', async () => {
    await control('behaviour', { next: ['500'] });
    const completion = await clientWith({ maxRetries: 1 }).chat.completions.create({
      model: 'gpt-4o-mini',
      messages,
    });
    expect(completion.choices[0]!.message.content).toContain('bissap');
    expect(recordedOutcomes()).toEqual([
      ['500', 500],
      ['ok', 200],
    ]);
  });

  it('429: RateLimitError with retry-after', async () => {
    await control('behaviour', { next: [429], retryAfterSeconds: 7 });
    const error = await failure(
      clientWith().chat.completions.create({ model: 'gpt-4o-mini', messages }),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    const rateLimit = error as RateLimitError;
    expect(rateLimit).toMatchObject({ status: 429, code: 'rate_limit_exceeded', type: 'requests' });
    expect(rateLimit.headers?.get('retry-after')).toBe('7');
    expect(rateLimit.message).toContain('Please try again in 7s');
  });

  it('timeout: holds the request until the client gives up', async () => {
    await control('behaviour', { next: ['timeout'] });
    const started = Date.now();
    const error = await failure(
      clientWith({ timeout: 300 }).chat.completions.create({ model: 'gpt-4o-mini', messages }),
    );
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(recordedOutcomes()).toEqual([['timeout', null]]);
  });

  it('timeout: closes the connection without an answer after timeoutHoldMs', async () => {
    await control('behaviour', { next: ['timeout'], timeoutHoldMs: 200 });
    const response = await fetch(`${sandbox.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sandbox.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages }),
    }).catch((error: unknown) => error);
    expect(response).toBeInstanceOf(TypeError);
  });

  it('refusal: message.refusal in the conversation’s language, content null', async () => {
    await control('behaviour', { next: ['refusal', 'refusal'] });
    const client = clientWith();
    const created = await client.chat.completions.create({ model: 'gpt-4o-mini', messages });
    expect(created.choices[0]!.message).toMatchObject({
      content: null,
      refusal: 'Je suis désolé, mais je ne peux pas vous aider avec cette demande.',
    });
    const parsed = await client.chat.completions.parse({
      model: 'gpt-4o-mini',
      response_format: generationFormat,
      messages: [{ role: 'user', content: 'Write a promo for our juice bar' }],
    });
    expect(parsed.choices[0]!.message.parsed).toBeNull();
    expect(parsed.choices[0]!.message.refusal).toBe(
      "I'm sorry, but I can't help with that request.",
    );
  });

  it('invalid_json: JSON that does not match the schema (a variant short), refused by parse', async () => {
    await control('behaviour', { next: ['invalid_json', 'invalid_json'] });
    const client = clientWith();
    const created = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      response_format: generationFormat,
      messages,
    });
    const value: unknown = JSON.parse(created.choices[0]!.message.content!);
    expect(Generation.safeParse(value).success).toBe(false);
    expect((value as { variants: unknown[] }).variants).toHaveLength(2);
    const parse = client.chat.completions.parse({
      model: 'gpt-4o-mini',
      response_format: generationFormat,
      messages,
    });
    expect(await failure(parse)).toBeInstanceOf(z.ZodError);
  });

  it('truncated: half the JSON with finish_reason length', async () => {
    await control('behaviour', { next: ['truncated', 'truncated'] });
    const client = clientWith();
    const created = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      response_format: generationFormat,
      messages,
    });
    expect(created.choices[0]!.finish_reason).toBe('length');
    expect(() => JSON.parse(created.choices[0]!.message.content!)).toThrow(SyntaxError);
    const parse = client.chat.completions.parse({
      model: 'gpt-4o-mini',
      response_format: generationFormat,
      messages,
    });
    expect(await failure(parse)).toBeInstanceOf(LengthFinishReasonError);
  });

  it('scripted content is answered as it is, whatever the format asked', async () => {
    const content = JSON.stringify({ language: 'fr', variants: [{ text: '{{1}} en tête' }] });
    await control('behaviour', { next: ['ok', { content }] });
    const client = clientWith();
    const ask = () =>
      client.chat.completions.create({
        model: 'gpt-4o-mini',
        response_format: generationFormat,
        messages,
      });
    expect(
      Generation.safeParse(JSON.parse((await ask()).choices[0]!.message.content!)).success,
    ).toBe(true);
    expect((await ask()).choices[0]!.message.content).toBe(content);
    expect(recordedOutcomes()).toEqual([
      ['ok', 200],
      ['scripted_content', 200],
    ]);
  });

  it('scripted content for one schema is left to the requests asking for that schema', async () => {
    const choice = JSON.stringify({ entry: '2' });
    await control('behaviour', { next: [{ content: choice, schema: 'faq_choice' }] });
    const client = clientWith();
    // Another feature's request passes it by and gets a normal answer.
    const other = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      response_format: generationFormat,
      messages,
    });
    expect(Generation.safeParse(JSON.parse(other.choices[0]!.message.content!)).success).toBe(true);
    const chosen = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'faq_choice',
          strict: true,
          schema: {
            type: 'object',
            properties: { entry: { type: 'string', enum: ['1', '2', 'none'] } },
            required: ['entry'],
            additionalProperties: false,
          },
        },
      },
      messages,
    });
    expect(chosen.choices[0]!.message.content).toBe(choice);
    expect(recordedOutcomes()).toEqual([
      ['ok', 200],
      ['scripted_content', 200],
    ]);
    expect(await control('behaviour', { next: [{ content: choice, schema: 3 }] })).toMatchObject({
      status: 400,
    });
    expect(
      await control('behaviour', { next: [{ content: choice, for: 'faq_choice' }] }),
    ).toMatchObject({ status: 400 });
  });

  it('takes one scripted answer per valid request, in order; refused requests take none', async () => {
    await control('behaviour', { next: ['refusal', 'ok'] });
    const client = clientWith();
    await failure(client.chat.completions.create({ model: '', messages }));
    const first = await client.chat.completions.create({ model: 'gpt-4o-mini', messages });
    const second = await client.chat.completions.create({ model: 'gpt-4o-mini', messages });
    expect(first.choices[0]!.message.refusal).not.toBeNull();
    expect(second.choices[0]!.message.refusal).toBeNull();
    expect((await control('behaviour')).json.behaviour).toMatchObject({ next: [] });
    expect(recordedOutcomes()).toEqual([
      ['rejected', 400],
      ['refusal', 200],
      ['ok', 200],
    ]);
  });
});

describe('latency and failure rate', () => {
  it('waits latencyMs before answering', async () => {
    await control('behaviour', { latencyMs: 250 });
    const started = Date.now();
    await clientWith().chat.completions.create({ model: 'gpt-4o-mini', messages });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('fails every answer at rate 1, with the kinds given', async () => {
    await control('behaviour', { failureRate: 1, failureKinds: ['429'], retryAfterSeconds: 0 });
    const client = clientWith();
    for (let i = 0; i < 3; i += 1) {
      const error = await failure(
        client.chat.completions.create({ model: 'gpt-4o-mini', messages }),
      );
      expect(error).toBeInstanceOf(RateLimitError);
    }
  });

  it('fails about half the answers at rate 0.5, under concurrency', async () => {
    await control('behaviour', { failureRate: 0.5, failureKinds: ['500', 'refusal'] });
    const client = clientWith();
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, () =>
        client.chat.completions.create({ model: 'gpt-4o-mini', messages }),
      ),
    );
    const failed = sandbox.requests().filter((request) => request.outcome !== 'ok');
    expect(failed.length).toBeGreaterThan(60);
    expect(failed.length).toBeLessThan(140);
    const rejected = results.filter((result) => result.status === 'rejected');
    expect(rejected.length).toBe(failed.filter((request) => request.outcome === '500').length);
  });
});

describe('control endpoints', () => {
  it('refuses wrong settings and wrong tokens', async () => {
    expect(await control('behaviour', { failureRate: 2 })).toMatchObject({ status: 400 });
    expect(await control('behaviour', { next: ['503'] })).toMatchObject({ status: 400 });
    expect(await control('behaviour', { latency: 5 })).toMatchObject({ status: 400 });
    expect(await control('behaviour', { latencyMs: 5 }, sandbox.apiKey)).toMatchObject({
      status: 401,
    });
    expect((await control('behaviour')).json.behaviour).toMatchObject({ latencyMs: 0 });
  });

  it('reset forgets requests and the queue, back to the behaviour given at start', async () => {
    const started = await startLlmSandbox({ behaviour: { latencyMs: 10 } });
    try {
      started.setBehaviour({ latencyMs: 0, next: ['500', '500'] });
      const env = llmSandboxEnv(started);
      await fetch(`${env.OPENAI_BASE_URL}/chat/completions`, { method: 'POST' });
      expect(started.requests()).toHaveLength(1);
      const reset = await fetch(`${started.url}/_sandbox/reset`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${started.token}` },
      });
      expect(((await reset.json()) as { behaviour: unknown }).behaviour).toMatchObject({
        latencyMs: 10,
        next: [],
      });
      expect(started.requests()).toEqual([]);
    } finally {
      await started.stop();
    }
  });

  it('stops at once while a request is held', async () => {
    const held = await startLlmSandbox({ behaviour: { next: ['timeout'] } });
    const pending = fetch(`${held.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${held.apiKey}` },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages }),
    }).catch((error: unknown) => error);
    await waitUntil(() => held.requests().length === 1, 'the held request');
    const started = Date.now();
    await held.stop();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await pending).toBeInstanceOf(TypeError);
  });
});
