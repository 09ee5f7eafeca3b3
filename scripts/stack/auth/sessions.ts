import crypto from 'node:crypto';
import type { Queryable } from './db';

/** How a user proved who they are; it ends up in the `amr` claim of every token of the session. */
export type AuthenticationMethod = 'password' | 'otp' | 'anonymous' | 'recovery';

export interface AmrEntry {
  method: string;
  timestamp: number;
}

export interface SessionAssurance {
  aal: string;
  amr: AmrEntry[];
}

/** Where a sign-in came from, recorded on the session as GoTrue does. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

const REFRESH_TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** GoTrue's opaque refresh tokens: 12 random alphanumerics. */
function generateRefreshToken(): string {
  return Array.from(
    { length: 12 },
    () => REFRESH_TOKEN_ALPHABET[crypto.randomInt(REFRESH_TOKEN_ALPHABET.length)],
  ).join('');
}

async function insertRefreshToken(
  tx: Queryable,
  userId: string,
  sessionId: string,
  parent: string | null,
): Promise<string> {
  const token = generateRefreshToken();
  await tx.query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at,
                                      parent, session_id)
     values ('00000000-0000-0000-0000-000000000000', $1, $2, false, now(), now(), $3, $4)`,
    [token, userId, parent, sessionId],
  );
  return token;
}

/**
 * Starts a session: the `auth.sessions` row, its authentication method, its first refresh token,
 * and the user's `last_sign_in_at`.
 */
export async function createSession(
  tx: Queryable,
  userId: string,
  method: AuthenticationMethod,
  client: ClientInfo,
): Promise<{ sessionId: string; refreshToken: string }> {
  const sessionId = crypto.randomUUID();
  await tx.query(
    `insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent, ip)
     values ($1, $2, now(), now(), 'aal1', $3, $4)`,
    [sessionId, userId, client.userAgent, client.ip],
  );
  await tx.query(
    `insert into auth.mfa_amr_claims (id, session_id, created_at, updated_at, authentication_method)
     values ($1, $2, now(), now(), $3)
     on conflict (session_id, authentication_method) do update set updated_at = now()`,
    [crypto.randomUUID(), sessionId, method],
  );
  const refreshToken = await insertRefreshToken(tx, userId, sessionId, null);
  await tx.query('update auth.users set last_sign_in_at = now() where id = $1', [userId]);
  return { sessionId, refreshToken };
}

export async function sessionExists(db: Queryable, sessionId: string): Promise<boolean> {
  const { rowCount } = await db.query('select 1 from auth.sessions where id = $1', [sessionId]);
  return rowCount === 1;
}

/** The `aal` and `amr` claims of a session, most recent method first. */
export async function sessionAssurance(
  db: Queryable,
  sessionId: string,
): Promise<SessionAssurance> {
  const { rows } = await db.query<{ aal: string | null; method: string | null; at: string | null }>(
    `select s.aal::text as aal, c.authentication_method as method,
            extract(epoch from c.updated_at)::bigint::text as at
       from auth.sessions s
       left join auth.mfa_amr_claims c on c.session_id = s.id
      where s.id = $1
      order by c.updated_at desc`,
    [sessionId],
  );
  return {
    aal: rows[0]?.aal ?? 'aal1',
    amr: rows.flatMap((row) =>
      row.method && row.at ? [{ method: row.method, timestamp: Number(row.at) }] : [],
    ),
  };
}

export type LogoutScope = 'global' | 'local' | 'others';

export async function deleteSessions(
  tx: Queryable,
  userId: string,
  scope: LogoutScope,
  currentSessionId: string | undefined,
): Promise<void> {
  if (scope === 'local' && currentSessionId) {
    await tx.query('delete from auth.sessions where id = $1', [currentSessionId]);
  } else if (scope === 'others' && currentSessionId) {
    await tx.query('delete from auth.sessions where user_id = $1 and id <> $2', [
      userId,
      currentSessionId,
    ]);
  } else {
    await tx.query('delete from auth.sessions where user_id = $1', [userId]);
  }
}

export interface PresentedRefreshToken {
  id: string;
  token: string;
  userId: string;
  sessionId: string;
  revoked: boolean;
  /** Time since the row last changed, i.e. since its revocation when it is revoked. */
  secondsSinceUpdate: number;
}

/** Locks the presented token's row so that concurrent refreshes of it are serialised. */
export async function lockRefreshToken(
  tx: Queryable,
  token: string,
): Promise<PresentedRefreshToken | undefined> {
  const { rows } = await tx.query<{
    id: string;
    token: string;
    user_id: string;
    session_id: string;
    revoked: boolean | null;
    seconds_since_update: number;
  }>(
    `select rt.id::text as id, rt.token, s.user_id, rt.session_id, rt.revoked,
            extract(epoch from now() - rt.updated_at)::float8 as seconds_since_update
       from auth.refresh_tokens rt
       join auth.sessions s on s.id = rt.session_id
      where rt.token = $1
        for update of rt`,
    [token],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: row.id,
    token: row.token,
    userId: row.user_id,
    sessionId: row.session_id,
    revoked: Boolean(row.revoked),
    secondsSinceUpdate: row.seconds_since_update,
  };
}

/** The session's newest non-revoked token, which is what its client should currently hold. */
export async function activeRefreshToken(
  tx: Queryable,
  sessionId: string,
): Promise<{ token: string; parent: string | null } | undefined> {
  const { rows } = await tx.query<{ token: string; parent: string | null }>(
    `select token, parent from auth.refresh_tokens
      where session_id = $1 and revoked is false order by id desc limit 1`,
    [sessionId],
  );
  return rows[0];
}

/** Revokes the presented token (if not yet) and issues its child in the same session. */
export async function rotateRefreshToken(
  tx: Queryable,
  presented: PresentedRefreshToken,
): Promise<string> {
  await tx.query(
    `update auth.refresh_tokens set revoked = true, updated_at = now()
      where id = $1 and revoked is not true`,
    [presented.id],
  );
  return insertRefreshToken(tx, presented.userId, presented.sessionId, presented.token);
}

export async function deleteSession(tx: Queryable, sessionId: string): Promise<void> {
  await tx.query('delete from auth.sessions where id = $1', [sessionId]);
}

export async function recordRefresh(
  tx: Queryable,
  sessionId: string,
  client: ClientInfo,
): Promise<void> {
  await tx.query(
    `update auth.sessions
        set refreshed_at = now(), updated_at = now(), user_agent = $2, ip = $3
      where id = $1`,
    [sessionId, client.userAgent, client.ip],
  );
}
