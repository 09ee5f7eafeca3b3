import { createClient } from '@supabase/supabase-js';
import { database } from './database.ts';
import { requireEnv } from './env.ts';
import { errorResponse, methodNotAllowed } from './http.ts';

export type Caller = { kind: 'service' } | { kind: 'user'; userId: string };

/**
 * Who is calling: the service role (ops scripts, the scheduler) or a signed-in user, checked by
 * Supabase Auth itself. Undefined for the anonymous key or an invalid token.
 */
export async function identifyCaller(request: Request): Promise<Caller | undefined> {
  const token = /^Bearer (.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
  if (!token) return undefined;
  if (token === requireEnv('SUPABASE_SERVICE_ROLE_KEY')) return { kind: 'service' };
  const auth = createClient(requireEnv('SUPABASE_URL'), requireEnv('SUPABASE_ANON_KEY'), {
    auth: { persistSession: false, autoRefreshToken: false },
  });
  const { data, error } = await auth.auth.getUser(token);
  return error || !data.user ? undefined : { kind: 'user', userId: data.user.id };
}

/** Whether the caller may manage the organisation's integrations (its owners and admins). */
export async function canManage(caller: Caller, organizationId: string): Promise<boolean> {
  if (caller.kind === 'service') return true;
  const [row] = await database()<{ ok: boolean }[]>`
    select exists (
      select 1 from public.memberships
      where organization_id = ${organizationId} and user_id = ${caller.userId} and role >= 'admin'
    ) as ok`;
  return Boolean(row?.ok);
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
