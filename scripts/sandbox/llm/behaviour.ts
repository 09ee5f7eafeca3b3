/** How an answer can go wrong, as a model provider fails. */
export const FAILURE_KINDS = [
  '500',
  '429',
  'timeout',
  'refusal',
  'invalid_json',
  'truncated',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/**
 * One scripted answer: a normal one, a failure, or exactly this message content — for any
 * request, or, with `schema`, only for one asking for that json_schema name (so that tests of one
 * feature never hand their answers to another's requests).
 */
export type ScriptedAnswer = 'ok' | FailureKind | { content: string; schema?: string };

export interface Behaviour {
  /** Waited before every answer (not before a `timeout`, which waits `timeoutHoldMs`). */
  latencyMs: number;
  /** The share of answers, 0 to 1, that fail when no scripted answer is queued. */
  failureRate: number;
  /** What such a failure is, drawn evenly. */
  failureKinds: FailureKind[];
  /** The `retry-after` of a 429, in seconds. */
  retryAfterSeconds: number;
  /** How long a `timeout` holds the connection before closing it without an answer. */
  timeoutHoldMs: number;
  /** The next answers, first first; each valid request takes one. */
  next: ScriptedAnswer[];
}

export type BehaviourInput = Partial<Omit<Behaviour, 'next'>> & { next?: unknown[] };

export class BehaviourInputError extends Error {}

export const DEFAULT_BEHAVIOUR: Behaviour = {
  latencyMs: 0,
  failureRate: 0,
  failureKinds: ['500'],
  retryAfterSeconds: 1,
  // Longer than the openai package's default timeout (10 minutes): no client waits it out.
  timeoutHoldMs: 15 * 60_000,
  next: [],
};

/** `current` with the given fields changed; a given `next` replaces the queue. */
export function changeBehaviour(current: Behaviour, input: unknown): Behaviour {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new BehaviourInputError(
      'the body must be {latencyMs?, failureRate?, failureKinds?, retryAfterSeconds?, timeoutHoldMs?, next?}',
    );
  }
  const given = input as Record<string, unknown>;
  const known = new Set([
    'latencyMs',
    'failureRate',
    'failureKinds',
    'retryAfterSeconds',
    'timeoutHoldMs',
    'next',
  ]);
  const unknown = Object.keys(given).find((key) => !known.has(key));
  if (unknown !== undefined) throw new BehaviourInputError(`unknown setting ${unknown}`);
  const next = { ...current, failureKinds: [...current.failureKinds], next: [...current.next] };
  for (const key of ['latencyMs', 'retryAfterSeconds', 'timeoutHoldMs'] as const) {
    const value = given[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new BehaviourInputError(`${key} must be a whole number ≥ 0`);
    }
    next[key] = value;
  }
  if (given.failureRate !== undefined) {
    const rate = given.failureRate;
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
      throw new BehaviourInputError('failureRate must be a number from 0 to 1');
    }
    next.failureRate = rate;
  }
  if (given.failureKinds !== undefined) {
    const kinds = given.failureKinds;
    if (!Array.isArray(kinds) || kinds.length === 0) {
      throw new BehaviourInputError(`failureKinds must be a non-empty list of ${kindList()}`);
    }
    next.failureKinds = kinds.map(failureKind);
  }
  if (given.next !== undefined) {
    if (!Array.isArray(given.next)) {
      throw new BehaviourInputError('next must be a list of answers');
    }
    next.next = given.next.map(scriptedAnswer);
  }
  return next;
}

function failureKind(value: unknown): FailureKind {
  const kind = typeof value === 'number' ? String(value) : value;
  if (!FAILURE_KINDS.includes(kind as FailureKind)) {
    throw new BehaviourInputError(`unknown failure ${JSON.stringify(value)}: one of ${kindList()}`);
  }
  return kind as FailureKind;
}

function scriptedAnswer(value: unknown): ScriptedAnswer {
  if (value === 'ok') return 'ok';
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const { content, schema, ...rest } = value as { content?: unknown; schema?: unknown };
    if (
      typeof content !== 'string' ||
      (schema !== undefined && typeof schema !== 'string') ||
      Object.keys(rest).length > 0
    ) {
      throw new BehaviourInputError(
        'a scripted content answer is {content: string, schema?: string}',
      );
    }
    return schema === undefined ? { content } : { content, schema };
  }
  return failureKind(value);
}

function kindList(): string {
  return FAILURE_KINDS.map((kind) => `'${kind}'`).join(', ');
}

/**
 * What the next valid request gets: the first scripted answer meant for it (taken off the queue;
 * one with a `schema` is meant only for requests asking for that json_schema name), else a
 * failure with the configured rate, else a normal answer.
 */
export function takeAnswer(
  behaviour: Behaviour,
  random: () => number,
  schemaName: string | null = null,
): ScriptedAnswer {
  const index = behaviour.next.findIndex(
    (answer) =>
      typeof answer !== 'object' || answer.schema === undefined || answer.schema === schemaName,
  );
  if (index >= 0) return behaviour.next.splice(index, 1)[0]!;
  if (behaviour.failureRate > 0 && random() < behaviour.failureRate) {
    const kinds = behaviour.failureKinds;
    return kinds[Math.floor(random() * kinds.length)] as FailureKind;
  }
  return 'ok';
}
