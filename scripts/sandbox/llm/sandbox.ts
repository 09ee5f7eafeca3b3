import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { closeServer, listen, sandboxServer, visibleHost } from '../listen';
import { readBody, writeAnswer, type Answer } from '../wati/http-answers';
import {
  BehaviourInputError,
  DEFAULT_BEHAVIOUR,
  changeBehaviour,
  takeAnswer,
  type Behaviour,
  type BehaviourInput,
  type FailureKind,
  type ScriptedAnswer,
} from './behaviour';
import { answerChat, readChatRequest } from './chat-completions';
import type { Language } from './language';
import { openAIError, unauthorized } from './openai-errors';

export interface LlmSandboxOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /**
   * Guards `/_sandbox/*`, and the API key is derived from it: the same token gives the same key
   * at every start. Default: a random token, hence a random key.
   */
  token?: string;
  /** Overrides the derived API key. */
  apiKey?: string;
  /** The model WCAP is told to ask for (`OPENAI_MODEL`); any model is answered. */
  model?: string;
  /** The behaviour at start and after a reset; default: no latency, no failure. */
  behaviour?: BehaviourInput;
  /** Recorded requests kept, newest; default 1,000. */
  keep?: number;
}

/** A request as the sandbox received it, for tests to assert the prompt. */
export interface RecordedRequest {
  /** Also the answer's `x-request-id`. */
  requestId: string;
  at: string;
  method: string;
  path: string;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  model: string | null;
  /** The messages as sent (`body.messages`), null when absent. */
  messages: unknown[] | null;
  responseFormat: unknown;
  /** The language the answer was written in; null for a refused request. */
  language: Language | null;
  /** What it got: a normal answer, a failure, scripted content, or a refusal of the request. */
  outcome: 'ok' | FailureKind | 'scripted_content' | 'rejected';
  /** The HTTP status answered; null while a `timeout` holds it (and after: none is sent). */
  status: number | null;
}

export interface LlmSandbox {
  url: string;
  /** `Authorization: Bearer …` on `/v1/*`. */
  apiKey: string;
  /** The sandbox token (`Authorization: Bearer …` on `/_sandbox/*`), not an API key. */
  token: string;
  /** The model WCAP is told to use. */
  model: string;
  /** The current one (a copy). */
  readonly behaviour: Behaviour;
  /** Changes the given settings; `next` replaces the queue. Throws on a wrong setting. */
  setBehaviour(input: BehaviourInput): Behaviour;
  /** Received requests, oldest first. */
  requests(): RecordedRequest[];
  /** Forgets the requests, and the behaviour goes back to the one given at start. */
  reset(): void;
  stop(): Promise<void>;
}

export const DEFAULT_LLM_SANDBOX_TOKEN = 'wcap-llm-sandbox';
export const DEFAULT_LLM_MODEL = 'gpt-4o-mini';
const DEFAULT_KEEP = 1_000;
const BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * Starts a local stand-in for OpenAI's chat-completions API: it answers, structured outputs
 * included, in the language of the conversation, deterministically for the same request, and
 * fails on demand (server error, rate limit, timeout, refusal, answers that break the schema).
 */
export async function startLlmSandbox(options: LlmSandboxOptions = {}): Promise<LlmSandbox> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  const apiKey = options.apiKey ?? deriveApiKey(token);
  const model = options.model ?? DEFAULT_LLM_MODEL;
  const keep = options.keep ?? DEFAULT_KEEP;
  const initialBehaviour = changeBehaviour(DEFAULT_BEHAVIOUR, options.behaviour ?? {});
  let behaviour = changeBehaviour(initialBehaviour, {});
  let recorded: RecordedRequest[] = [];
  // Timers of answers waiting (latency) or held (timeout): cleared by stop().
  const timers = new Set<NodeJS.Timeout>();

  const record = (entry: RecordedRequest): RecordedRequest => {
    recorded.push(entry);
    if (recorded.length > keep) recorded = recorded.slice(-keep);
    return entry;
  };

  const after = (ms: number, action: () => void): NodeJS.Timeout => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
    return timer;
  };

  const answerCompletion = async (
    req: IncomingMessage,
    res: ServerResponse,
    rawBody: string,
    entry: RecordedRequest,
  ): Promise<void> => {
    const reply = (answer: Answer): void => {
      entry.status = answer.status;
      writeAnswer(res, {
        ...answer,
        headers: { ...answer.headers, 'x-request-id': entry.requestId },
      });
    };
    // Read before the key is checked, so that even a refused request is recorded in full.
    let body: unknown = rawBody;
    let isJson = true;
    try {
      body = JSON.parse(rawBody);
    } catch {
      isJson = false;
    }
    entry.body = body;
    const fields = (isJson && body !== null && typeof body === 'object' ? body : {}) as Record<
      string,
      unknown
    >;
    entry.model = typeof fields.model === 'string' ? fields.model : null;
    entry.messages = Array.isArray(fields.messages) ? fields.messages : null;
    entry.responseFormat = fields.response_format ?? null;
    const bearer = /^Bearer\s+(\S.*)$/i.exec(req.headers.authorization ?? '');
    const givenKey = bearer ? (bearer[1] as string).trim() : null;
    if (givenKey !== apiKey) {
      reply(unauthorized(givenKey));
      return;
    }
    if (!isJson) {
      reply(
        openAIError(
          400,
          "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
        ),
      );
      return;
    }
    const request = readChatRequest(body);
    if ('status' in request) {
      reply(request);
      return;
    }
    entry.language = request.language;
    const format = request.responseFormat;
    const outcome: ScriptedAnswer = takeAnswer(
      behaviour,
      Math.random,
      format.type === 'json_schema' ? format.name : null,
    );
    entry.outcome = typeof outcome === 'object' ? 'scripted_content' : outcome;
    if (outcome === 'timeout') {
      const timer = after(behaviour.timeoutHoldMs, () => res.destroy());
      res.on('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
      });
      return;
    }
    const retryAfterSeconds = behaviour.retryAfterSeconds;
    if (behaviour.latencyMs > 0) {
      await new Promise<void>((resolve) => after(behaviour.latencyMs, resolve));
    }
    reply(answerChat(request, outcome, retryAfterSeconds));
  };

  const answerModels = (): Answer => ({
    status: 200,
    json: {
      object: 'list',
      data: [...new Set([model, DEFAULT_LLM_MODEL, 'gpt-4o'])].map((id) => ({
        id,
        object: 'model',
        created: 1_721_172_741,
        owned_by: 'system',
      })),
    },
  });

  const answerControl = (method: string, route: string, rawBody: string, req: IncomingMessage) => {
    if (route === 'health') {
      return method === 'GET'
        ? { status: 200, json: { ok: true } }
        : { status: 405, json: { error: 'method not allowed' } };
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      return {
        status: 401,
        json: { error: 'the sandbox token is required: Authorization: Bearer <token>' },
      };
    }
    const allowed = new Map([
      ['behaviour', ['GET', 'POST']],
      ['requests', ['GET']],
      ['reset', ['POST']],
    ]);
    const methods = allowed.get(route);
    if (!methods) return { status: 404, json: { error: 'no such control endpoint' } };
    if (!methods.includes(method)) return { status: 405, json: { error: 'method not allowed' } };
    if (route === 'requests') return { status: 200, json: { requests: recorded } };
    if (route === 'reset') {
      reset();
      return { status: 200, json: { behaviour } };
    }
    if (method === 'GET') return { status: 200, json: { behaviour } };
    try {
      return { status: 200, json: { behaviour: setBehaviour(JSON.parse(rawBody)) } };
    } catch (error) {
      if (error instanceof SyntaxError) {
        return { status: 400, json: { error: 'the body must be JSON' } };
      }
      if (error instanceof BehaviourInputError) {
        return { status: 400, json: { error: error.message } };
      }
      throw error;
    }
  };

  const setBehaviour = (input: BehaviourInput): Behaviour => {
    behaviour = changeBehaviour(behaviour, input);
    return changeBehaviour(behaviour, {});
  };

  const reset = (): void => {
    recorded = [];
    behaviour = changeBehaviour(initialBehaviour, {});
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const { pathname } = new URL(req.url ?? '/', 'http://sandbox');
    const body = await readBody(req, BODY_LIMIT_BYTES);
    const segments = pathname.split('/').filter((segment) => segment !== '');
    if (segments[0] === '_sandbox' && segments.length === 2) {
      writeAnswer(res, answerControl(method, segments[1] as string, body, req));
      return;
    }
    const entry: RecordedRequest = {
      requestId: `req_${randomBytes(16).toString('hex')}`,
      at: new Date().toISOString(),
      method,
      path: pathname,
      body,
      model: null,
      messages: null,
      responseFormat: null,
      language: null,
      outcome: 'rejected',
      status: null,
    };
    if (method === 'POST' && pathname.replace(/\/$/, '') === '/v1/chat/completions') {
      await answerCompletion(req, res, body, record(entry));
    } else if (method === 'GET' && pathname.replace(/\/$/, '') === '/v1/models') {
      writeAnswer(res, answerModels());
    } else {
      // OpenAI's answer to a path it does not serve.
      writeAnswer(res, openAIError(404, `Invalid URL (${method} ${pathname})`));
    }
  };

  const server = sandboxServer('llm', handle, { tooLarge: (message) => openAIError(413, message) });
  const port = await listen(server, options.port ?? 0, host);

  return {
    url: `http://${visibleHost(host)}:${port}`,
    apiKey,
    token,
    model,
    get behaviour() {
      return changeBehaviour(behaviour, {});
    },
    setBehaviour,
    requests: () => recorded.map((entry) => ({ ...entry })),
    reset,
    stop: () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return closeServer(server);
    },
  };
}

/** OpenAI keys start with `sk-`; this one says where it works. */
function deriveApiKey(sandboxToken: string): string {
  const hex = createHmac('sha256', sandboxToken).update('openai api key').digest('hex');
  return `sk-wcap-sandbox-${hex.slice(0, 40)}`;
}

/**
 * The Edge Functions' variables that point the `openai` package at this sandbox: the base URL
 * the package appends `/chat/completions` to, the key, the model.
 */
export function llmSandboxEnv(
  sandbox: Pick<LlmSandbox, 'url' | 'apiKey' | 'model'>,
): Record<string, string> {
  return {
    OPENAI_BASE_URL: `${sandbox.url}/v1`,
    OPENAI_API_KEY: sandbox.apiKey,
    OPENAI_MODEL: sandbox.model,
  };
}

export type { Behaviour, BehaviourInput, FailureKind, ScriptedAnswer };
