import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type postgres from 'postgres';
import { asService, serviceDatabase, type RunQueries } from './database.ts';
import { requireEnv } from './env.ts';
import { errorResponse, methodNotAllowed } from './http.ts';
import { isServerErrorCode } from './server-error-codes.ts';

/** A signed-in user, with the claims of the access token Supabase Auth accepted. */
export interface UserCaller {
  kind: 'user';
  userId: string;
  claims: Record<string, unknown>;
}

export type Caller = { kind: 'service' } | UserCaller;

let auth: SupabaseClient | undefined;

/** One Auth client per function instance: it only checks the tokens callers present. */
function authClient(): SupabaseClient {
  auth ??= createClient(requireEnv('SUPABASE_URL'), requireEnv('SUPABASE_ANON_KEY'), {
    auth: { persistSession: false, autoRefreshToken: false },
  });
  return auth;
}

/**
 * Who is calling: the service role (ops scripts, the scheduler) or a signed-in user, checked by
 * Supabase Auth itself. Undefined for the anonymous key or an invalid token.
 */
export async function identifyCaller(request: Request): Promise<Caller | undefined> {
  const token = /^Bearer (.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
  if (!token) return undefined;
  if (token === requireEnv('SUPABASE_SERVICE_ROLE_KEY')) return { kind: 'service' };
  // getClaims checks the signature against the project's keys, or asks Auth when they are
  // symmetric; the claims it returns are then those PostgREST would apply.
  const { data, error } = await authClient().auth.getClaims(token);
  const userId = data?.claims.sub;
  if (error || !userId) return undefined;
  return { kind: 'user', userId, claims: data.claims as Record<string, unknown> };
}

/**
 * Runs `work` in one transaction as the user, the way PostgREST runs a request: role
 * `authenticated` and the token's claims, so RLS policies and the SQL helpers (`private.has_role`,
 * `private.require_role`) decide what the user may do — never the function's TypeScript.
 */
export function asCaller<T>(
  caller: UserCaller,
  work: (sql: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  return serviceDatabase().begin(async (tx) => {
    await tx`
      select set_config('role', 'authenticated', true),
             set_config('request.jwt.claims', ${JSON.stringify(caller.claims)}, true)`;
    return await work(tx);
  }) as Promise<T>;
}

/** Queries as the user when a user calls; on the service connection when the service role does. */
export function queriesFor(caller: Caller): RunQueries {
  return caller.kind === 'user' ? (work) => asCaller(caller, work) : asService;
}

/**
 * The answer to a refusal SQL raised for the caller (`42501`, insufficient privilege, with its
 * French message), or undefined for any other error. Its code is the one SQL gave as hint
 * (« wati_requires_admin »…), which the SPA translates; `forbidden` when SQL gave none.
 */
export function refusalResponse(error: unknown): Response | undefined {
  const { code, message, hint } = (error ?? {}) as {
    code?: unknown;
    message?: unknown;
    hint?: unknown;
  };
  if (code !== '42501' || typeof message !== 'string') return undefined;
  return errorResponse(403, isServerErrorCode(hint) ? hint : 'forbidden', message);
}

/**
 * The door of a function only the service role may call, by POST (the scheduler, ops scripts):
 * the refusal to answer, or undefined when the request may go on. `reserved` says, in French, what
 * is reserved to the service (« L’envoi des campagnes est réservé au service WCAP. »).
 */
export async function refuseUnlessServicePost(
  request: Request,
  reserved: string,
): Promise<Response | undefined> {
  if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
  const caller = await identifyCaller(request);
  if (!caller) return errorResponse(401, 'unauthenticated', 'Authentification requise.');
  if (caller.kind !== 'service') return errorResponse(403, 'forbidden', reserved);
  return undefined;
}

/**
 * The answer to a refusal SQL raised for people: not allowed (42501) as refusalResponse answers
 * it; otherwise the SQLSTATEs a function names in `statuses` (not found, not now, not valid…),
 * answered with that status and SQL's hint as code. Undefined for any other error.
 */
export function sqlRefusal(
  error: unknown,
  statuses: ReadonlyMap<string, number>,
): Response | undefined {
  const refusal = refusalResponse(error);
  if (refusal) return refusal;
  const { code, hint, message, detail } = (error ?? {}) as {
    code?: unknown;
    hint?: unknown;
    message?: unknown;
    detail?: unknown;
  };
  if (typeof code !== 'string' || typeof message !== 'string' || !isServerErrorCode(hint)) {
    return undefined;
  }
  const status = statuses.get(code);
  return status
    ? errorResponse(status, hint, message, typeof detail === 'string' ? detail : undefined)
    : undefined;
}
