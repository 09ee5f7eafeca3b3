import crypto from 'node:crypto';
import type { Queryable } from './db';
import { AuthError } from './errors';
import { hookOutputError, invokeHttpHook } from './http-hooks';
import type { HookTarget, PostgresHookTarget } from './settings';
import type { JsonObject } from './user-json';

/** GoTrue's hook names, sent in the input's `metadata.name`. */
export type HookName = 'customize-access-token' | 'before-user-created' | 'send-sms';

/** GoTrue gives a Postgres hook this long before cancelling it. */
const POSTGRES_HOOK_TIMEOUT_MS = 2000;

export function hookMetadata(name: HookName, ip: string | null): JsonObject {
  return {
    uuid: crypto.randomUUID(),
    time: new Date().toISOString(),
    name,
    ...(ip ? { ip_address: ip } : {}),
  };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Runs a `pg-functions://` hook the way GoTrue does: `select "schema"."fn"(input)` inside the
 * caller's transaction, as supabase_auth_admin, under a short statement timeout. Returns the
 * hook's output, or throws the error the hook asked for.
 */
export async function invokePostgresHook(
  tx: Queryable,
  target: PostgresHookTarget,
  input: JsonObject,
): Promise<JsonObject> {
  let output: unknown;
  try {
    await tx.query(`set local statement_timeout to ${POSTGRES_HOOK_TIMEOUT_MS}`);
    const { rows } = await tx.query<{ output: unknown }>(
      `select "${target.schema}"."${target.name}"($1::jsonb) as output`,
      [JSON.stringify(input)],
    );
    await tx.query('set local statement_timeout to default');
    output = rows[0]?.output;
  } catch (error) {
    process.stderr.write(`[auth] hook ${target.uri} failed: ${(error as Error).message}\n`);
    throw new AuthError(500, 'unexpected_failure', `Error running hook URI: ${target.uri}`);
  }
  if (!isObject(output)) {
    throw new AuthError(500, 'unexpected_failure', 'Error unmarshaling JSON output.');
  }
  const error = hookOutputError(output);
  if (error) throw error;
  return output;
}

/**
 * Lets the before-user-created hook refuse a new user (e.g. metadata the database would reject)
 * with its own status and message, before the user is inserted.
 */
export async function runBeforeUserCreated(
  tx: Queryable,
  target: PostgresHookTarget,
  input: { user: JsonObject; ip: string | null },
): Promise<void> {
  await invokePostgresHook(tx, target, {
    metadata: hookMetadata('before-user-created', input.ip),
    user: input.user,
  });
}

/**
 * Hands a one-time code to the Send SMS hook, which delivers it (or refuses, and the request fails
 * with its answer). GoTrue runs it inside the request's transaction, so a refusal writes nothing.
 */
export async function runSendSms(
  tx: Queryable,
  target: HookTarget,
  input: { user: JsonObject; otp: string; phone: string; ip: string | null },
): Promise<void> {
  const payload = {
    metadata: hookMetadata('send-sms', input.ip),
    user: input.user,
    sms: { otp: input.otp, phone: input.phone },
  };
  if (target.kind === 'postgres') await invokePostgresHook(tx, target, payload);
  else await invokeHttpHook(target, payload);
}

/** The claims a custom access token hook may not drop (GoTrue's minimum token schema). */
const REQUIRED_CLAIMS = [
  'aud',
  'exp',
  'iat',
  'sub',
  'email',
  'phone',
  'role',
  'aal',
  'session_id',
  'is_anonymous',
];
const STRING_CLAIMS = [
  'jti',
  'iss',
  'sub',
  'email',
  'phone',
  'role',
  'aal',
  'session_id',
  'client_id',
];
const INTEGER_CLAIMS = ['exp', 'iat', 'nbf'];
const OBJECT_CLAIMS = ['app_metadata', 'user_metadata'];

/** Why hook output claims would not make a valid Supabase token (empty when they would). */
export function claimProblems(claims: JsonObject): string[] {
  const problems = REQUIRED_CLAIMS.filter((claim) => !(claim in claims)).map(
    (claim) => `${claim} is required`,
  );
  const check = (names: string[], ok: (value: unknown) => boolean, type: string): void => {
    for (const name of names) {
      if (name in claims && !ok(claims[name])) {
        problems.push(`${name}: Invalid type. Expected: ${type}`);
      }
    }
  };
  check(STRING_CLAIMS, (value) => typeof value === 'string', 'string');
  check(INTEGER_CLAIMS, (value) => Number.isInteger(value), 'integer');
  check(OBJECT_CLAIMS, isObject, 'object');
  check(['aud'], (value) => typeof value === 'string' || Array.isArray(value), 'string, array');
  check(
    ['amr'],
    (value) =>
      Array.isArray(value) && value.every((entry) => typeof entry === 'string' || isObject(entry)),
    'array',
  );
  return problems;
}

/** Lets the custom access token hook replace the claims of a token about to be signed. */
export async function customizeAccessToken(
  tx: Queryable,
  target: PostgresHookTarget,
  input: { userId: string; claims: JsonObject; authenticationMethod: string; ip: string | null },
): Promise<JsonObject> {
  const output = await invokePostgresHook(tx, target, {
    metadata: hookMetadata('customize-access-token', input.ip),
    user_id: input.userId,
    claims: input.claims,
    authentication_method: input.authenticationMethod,
  });
  if (!('claims' in output)) {
    throw new AuthError(500, 'unexpected_failure', 'output claims field is missing');
  }
  const claims = output.claims;
  const problems = isObject(claims)
    ? claimProblems(claims)
    : ['claims: Invalid type. Expected: object'];
  if (problems.length > 0 || !isObject(claims)) {
    throw new AuthError(
      500,
      'unexpected_failure',
      `output claims do not conform to the expected schema: \n${problems.map((p) => `- ${p}\n`).join('')}`,
    );
  }
  return claims;
}
