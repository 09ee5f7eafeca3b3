import type { Answer } from '../wati/http-answers';

/** OpenAI's error body: every refusal, whatever its status, has these four fields. */
export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

export function openAIError(
  status: number,
  message: string,
  fields: { type?: string; param?: string | null; code?: string | null } = {},
  headers?: Record<string, string>,
): Answer {
  const error = {
    message,
    type: fields.type ?? 'invalid_request_error',
    param: fields.param ?? null,
    code: fields.code ?? null,
  };
  return { status, json: { error } satisfies OpenAIErrorBody, headers };
}

/** 400 for a field the request lacks. */
export function missingParameter(param: string): Answer {
  return openAIError(400, `Missing required parameter: '${param}'.`, {
    param,
    code: 'missing_required_parameter',
  });
}

export function invalidType(param: string, expected: string, value: unknown): Answer {
  return openAIError(
    400,
    `Invalid type for '${param}': expected ${expected}, but got ${jsonTypeName(value)} instead.`,
    { param, code: 'invalid_type' },
  );
}

export function invalidValue(param: string, value: unknown, supported: readonly string[]): Answer {
  const list = supported.map((s) => `'${s}'`);
  const names =
    list.length > 1 ? `${list.slice(0, -1).join(', ')}, and ${list[list.length - 1]}` : list[0];
  return openAIError(400, `Invalid value: '${String(value)}'. Supported values are: ${names}.`, {
    param,
    code: 'invalid_value',
  });
}

/**
 * OpenAI's two 401s: no key at all (code null), or a key it does not know (`invalid_api_key`,
 * the key shown masked).
 */
export function unauthorized(givenKey: string | null): Answer {
  if (givenKey === null) {
    return openAIError(
      401,
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
    );
  }
  const masked =
    givenKey.length > 8
      ? `${givenKey.slice(0, 3)}${'*'.repeat(givenKey.length - 7)}${givenKey.slice(-4)}`
      : '********';
  return openAIError(
    401,
    `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    { code: 'invalid_api_key' },
  );
}

export function serverError(): Answer {
  return openAIError(
    500,
    'The server had an error while processing your request. Sorry about that!',
    { type: 'server_error' },
  );
}

export function rateLimited(model: string, retryAfterSeconds: number): Answer {
  return openAIError(
    429,
    `Rate limit reached for ${model} in organization org-wcapsandbox on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in ${retryAfterSeconds}s. Visit https://platform.openai.com/account/rate-limits to learn more.`,
    { type: 'requests', code: 'rate_limit_exceeded' },
    {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit-requests': '3',
      'x-ratelimit-remaining-requests': '0',
      'x-ratelimit-reset-requests': `${retryAfterSeconds}s`,
    },
  );
}

function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
