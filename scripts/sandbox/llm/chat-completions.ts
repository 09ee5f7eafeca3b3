import { createHash, randomBytes } from 'node:crypto';
import type { Answer } from '../wati/http-answers';
import type { ScriptedAnswer } from './behaviour';
import { Copywriter, seededRandom } from './copy';
import {
  detectLanguage,
  messageText,
  topic,
  usesVariables,
  type ChatMessage,
  type Language,
} from './language';
import {
  invalidType,
  invalidValue,
  missingParameter,
  openAIError,
  rateLimited,
  serverError,
} from './openai-errors';
import { breakValue, strictSchemaProblem, valueFromSchema, type JsonSchema } from './schema-values';

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; name: string; schema: JsonSchema | null; strict: boolean };

/** A request the API would accept. */
export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  responseFormat: ResponseFormat;
  /** `max_completion_tokens`, or the older `max_tokens`. */
  maxTokens: number | null;
  language: Language;
  /** Same request, same seed: same answer. */
  seed: number;
}

const ROLES = ['system', 'assistant', 'user', 'function', 'tool', 'developer'] as const;
const FORMATS = ['json_object', 'json_schema', 'text'] as const;

/** The request, or OpenAI's 400 for the first thing wrong with it. */
export function readChatRequest(body: unknown): ChatRequest | Answer {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return invalidType('body', 'an object', body);
  }
  const fields = body as Record<string, unknown>;
  if (fields.model === undefined || fields.model === null || fields.model === '') {
    return openAIError(400, 'you must provide a model parameter');
  }
  if (typeof fields.model !== 'string') return invalidType('model', 'a string', fields.model);
  const messages = fields.messages;
  if (messages === undefined) return missingParameter('messages');
  if (!Array.isArray(messages)) {
    return invalidType('messages', 'an array of objects', messages);
  }
  if (messages.length === 0) {
    return openAIError(
      400,
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      { param: 'messages', code: 'empty_array' },
    );
  }
  for (const [index, message] of messages.entries()) {
    const param = `messages[${index}]`;
    if (message === null || typeof message !== 'object' || Array.isArray(message)) {
      return invalidType(param, 'an object', message);
    }
    const { role, content } = message as Record<string, unknown>;
    if (role === undefined) return missingParameter(`${param}.role`);
    if (!ROLES.includes(role as (typeof ROLES)[number])) {
      return invalidValue(`${param}.role`, role, ROLES);
    }
    if (content === undefined && role !== 'assistant') {
      return missingParameter(`${param}.content`);
    }
    if (
      content !== undefined &&
      content !== null &&
      typeof content !== 'string' &&
      !Array.isArray(content)
    ) {
      return invalidType(`${param}.content`, 'one of a string or array of objects', content);
    }
  }
  if (fields.stream === true) {
    return openAIError(
      400,
      'Streaming is not supported by the WCAP LLM sandbox: send stream: false (or leave it out).',
      { param: 'stream', code: 'unsupported_value' },
    );
  }
  if (fields.n !== undefined && fields.n !== null && fields.n !== 1) {
    return openAIError(400, 'The WCAP LLM sandbox answers one choice only: send n: 1.', {
      param: 'n',
      code: 'unsupported_value',
    });
  }
  let maxTokens: number | null = null;
  for (const param of ['max_completion_tokens', 'max_tokens']) {
    const value = fields[param];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return invalidType(param, 'an integer', value);
    }
    if (value < 1) {
      return openAIError(
        400,
        `Invalid '${param}': integer below minimum value. Expected a value >= 1, but got ${value} instead.`,
        { param, code: 'integer_below_min_value' },
      );
    }
    maxTokens ??= value;
  }
  const chatMessages = messages as ChatMessage[];
  const responseFormat = readResponseFormat(fields.response_format, chatMessages);
  if (!('type' in responseFormat)) return responseFormat;
  const hash = createHash('sha256')
    .update(
      JSON.stringify([fields.model, messages, fields.response_format ?? null, fields.seed ?? null]),
    )
    .digest();
  return {
    model: fields.model,
    messages: chatMessages,
    responseFormat,
    maxTokens,
    language: detectLanguage(chatMessages),
    seed: hash.readUInt32BE(0),
  };
}

function readResponseFormat(value: unknown, messages: ChatMessage[]): ResponseFormat | Answer {
  if (value === undefined || value === null) return { type: 'text' };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return invalidType('response_format', 'an object', value);
  }
  const { type, json_schema: jsonSchema } = value as Record<string, unknown>;
  if (type === undefined) return missingParameter('response_format.type');
  if (!FORMATS.includes(type as (typeof FORMATS)[number])) {
    return invalidValue('response_format.type', type, FORMATS);
  }
  if (type === 'text') return { type: 'text' };
  if (type === 'json_object') {
    if (!messages.some((m) => /json/i.test(messageText(m)))) {
      return openAIError(
        400,
        "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
        { param: 'messages' },
      );
    }
    return { type: 'json_object' };
  }
  if (jsonSchema === undefined || jsonSchema === null) {
    return missingParameter('response_format.json_schema');
  }
  if (typeof jsonSchema !== 'object' || Array.isArray(jsonSchema)) {
    return invalidType('response_format.json_schema', 'an object', jsonSchema);
  }
  const { name, schema, strict } = jsonSchema as Record<string, unknown>;
  if (name === undefined) return missingParameter('response_format.json_schema.name');
  if (typeof name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(name)) {
    return openAIError(
      400,
      "Invalid 'response_format.json_schema.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
      { param: 'response_format.json_schema.name', code: 'invalid_value' },
    );
  }
  if (schema !== undefined && (schema === null || typeof schema !== 'object')) {
    return invalidType('response_format.json_schema.schema', 'an object', schema);
  }
  if (strict === true) {
    const problem = strictSchemaProblem(schema);
    if (problem !== null) {
      return openAIError(400, `Invalid schema for response_format '${name}': ${problem}`, {
        param: 'response_format',
      });
    }
  }
  return {
    type: 'json_schema',
    name,
    schema: (schema as JsonSchema | undefined) ?? null,
    strict: strict === true,
  };
}

/** What the model says: the text of a normal answer, or of a failure that still answers 200. */
interface Said {
  content: string | null;
  refusal: string | null;
  finishReason: 'stop' | 'length';
}

/**
 * The HTTP answer to a valid request, given what it was scripted or drawn to get; a `timeout`
 * is the caller's (it never answers).
 */
export function answerChat(
  request: ChatRequest,
  outcome: Exclude<ScriptedAnswer, 'timeout'>,
  retryAfterSeconds: number,
): Answer {
  if (outcome === '500') return serverError();
  if (outcome === '429') return rateLimited(request.model, retryAfterSeconds);
  return { status: 200, json: completion(request, say(request, outcome)) };
}

function say(
  request: ChatRequest,
  outcome: Exclude<ScriptedAnswer, 'timeout' | '500' | '429'>,
): Said {
  const random = seededRandom(request.seed);
  const writer = new Copywriter(
    request.language,
    topic(request.messages),
    usesVariables(request.messages),
    random,
  );
  if (outcome === 'refusal') {
    return { content: null, refusal: writer.refusal(), finishReason: 'stop' };
  }
  if (typeof outcome === 'object') {
    return { content: outcome.content, refusal: null, finishReason: 'stop' };
  }
  const format = request.responseFormat;
  let content: string;
  if (format.type === 'json_schema' && format.schema !== null) {
    const userWords = request.messages
      .filter((m) => m.role === 'user')
      .flatMap((m) =>
        messageText(m)
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u),
      )
      .filter((word) => word !== '');
    const value = valueFromSchema(format.schema, {
      root: format.schema,
      writer,
      random,
      language: request.language,
      userWords,
    });
    content = JSON.stringify(
      outcome === 'invalid_json' ? breakValue(value, format.schema, format.schema) : value,
    );
  } else if (format.type === 'text' || outcome === 'invalid_json') {
    // A model asked for a JSON object that answers prose instead.
    content = writer.message();
  } else {
    content = JSON.stringify({ language: request.language, text: writer.message() });
  }
  if (outcome === 'truncated') {
    return {
      content: content.slice(0, Math.ceil(content.length / 2)),
      refusal: null,
      finishReason: 'length',
    };
  }
  if (request.maxTokens !== null && estimateTokens(content) > request.maxTokens) {
    return {
      content: content.slice(0, request.maxTokens * CHARS_PER_TOKEN),
      refusal: null,
      finishReason: 'length',
    };
  }
  return { content, refusal: null, finishReason: 'stop' };
}

// OpenAI's rule of thumb for English; close enough to fill `usage` and apply max tokens.
const CHARS_PER_TOKEN = 4;

function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

function completion(request: ChatRequest, said: Said) {
  const promptTokens = request.messages.reduce(
    (sum, message) => sum + 4 + estimateTokens(messageText(message)),
    3,
  );
  const completionTokens = estimateTokens(said.content ?? said.refusal ?? '');
  return {
    id: `chatcmpl-${randomBytes(22).toString('base64url').replace(/[-_]/g, 'x').slice(0, 29)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: said.content,
          refusal: said.refusal,
          annotations: [],
        },
        logprobs: null,
        finish_reason: said.finishReason,
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    service_tier: 'default',
    system_fingerprint: 'fp_wcap_sandbox',
  };
}
