import crypto from 'node:crypto';
import type { Queryable } from './db';
import { AuthError } from './errors';
import type { StoredCode } from './one-time-codes';

/** The recovery columns GoTrue keeps on the user (never serialised). */
export type RecoveryState = StoredCode;

/** The user's recovery columns, locked so that two requests for one user take turns. */
export async function lockRecovery(tx: Queryable, userId: string): Promise<RecoveryState> {
  const { rows } = await tx.query<{ token: string | null; sent_at: string | null }>(
    `select recovery_token as token, (extract(epoch from recovery_sent_at) * 1000)::float8 as sent_at
       from auth.users where id = $1 for update`,
    [userId],
  );
  const row = rows[0];
  return { token: row?.token ?? '', sentAt: row?.sent_at == null ? null : Number(row.sent_at) };
}

/** A sent recovery mail: its hash on the user and in one_time_tokens, replacing an older one. */
export async function storeRecoveryToken(
  tx: Queryable,
  userId: string,
  email: string,
  tokenHash: string,
): Promise<void> {
  await tx.query(
    `update auth.users set recovery_token = $2, recovery_sent_at = now(), updated_at = now()
      where id = $1`,
    [userId, tokenHash],
  );
  await tx.query(
    `delete from auth.one_time_tokens where user_id = $1 and token_type = 'recovery_token'`,
    [userId],
  );
  await tx.query(
    `insert into auth.one_time_tokens (id, user_id, token_type, token_hash, relates_to)
     values ($1, $2, 'recovery_token', $3, lower($4))`,
    [crypto.randomUUID(), userId, tokenHash, email],
  );
}

/** Whose recovery token this hash is (GoTrue's FindUserByRecoveryToken). */
export async function userIdOfRecoveryHash(
  tx: Queryable,
  tokenHash: string,
): Promise<string | undefined> {
  const { rows } = await tx.query<{ user_id: string }>(
    `select user_id from auth.one_time_tokens
      where token_type = 'recovery_token' and token_hash = $1`,
    [tokenHash],
  );
  return rows[0]?.user_id;
}

/** The link is used: the token and every pending one-time token go (GoTrue's User.Recover). */
export async function consumeRecovery(tx: Queryable, userId: string): Promise<void> {
  await tx.query(`update auth.users set recovery_token = '', updated_at = now() where id = $1`, [
    userId,
  ]);
  await tx.query('delete from auth.one_time_tokens where user_id = $1', [userId]);
}

export interface PkceChallenge {
  challenge: string;
  method: 's256' | 'plain';
}

/** A PKCE recovery request waits in auth.flow_state for its link to be opened. */
export async function createFlowState(
  tx: Queryable,
  userId: string,
  pkce: PkceChallenge,
): Promise<void> {
  await tx.query(
    `insert into auth.flow_state (id, user_id, auth_code, code_challenge_method, code_challenge,
                                  provider_type, authentication_method, created_at, updated_at)
     values ($1, $2, $3, $4, $5, 'recovery', 'recovery', now(), now())`,
    [crypto.randomUUID(), userId, crypto.randomUUID(), pkce.method, pkce.challenge],
  );
}

/** The code a verified PKCE link hands back (GoTrue's issueAuthCode). */
export async function issueAuthCode(tx: Queryable, userId: string): Promise<string> {
  const { rows } = await tx.query<{ auth_code: string }>(
    `update auth.flow_state set auth_code_issued_at = now(), updated_at = now()
      where id = (select id from auth.flow_state
                   where user_id = $1 and authentication_method = 'recovery'
                   order by created_at desc limit 1)
      returning auth_code`,
    [userId],
  );
  const code = rows[0]?.auth_code;
  if (!code) {
    throw new AuthError(
      400,
      'flow_state_not_found',
      'No associated flow state found. No valid flow state found for user.',
    );
  }
  return code;
}

export interface FlowState {
  id: string;
  userId: string | null;
  challenge: string;
  method: string;
  authenticationMethod: string;
  ageSeconds: number;
}

export async function lockFlowState(
  tx: Queryable,
  authCode: string,
): Promise<FlowState | undefined> {
  const { rows } = await tx.query<{
    id: string;
    user_id: string | null;
    code_challenge: string;
    code_challenge_method: string;
    authentication_method: string;
    age_seconds: number;
  }>(
    `select id, user_id, code_challenge, code_challenge_method::text, authentication_method,
            extract(epoch from now() - created_at)::float8 as age_seconds
       from auth.flow_state where auth_code = $1 for update`,
    [authCode],
  );
  const row = rows[0];
  return (
    row && {
      id: row.id,
      userId: row.user_id,
      challenge: row.code_challenge,
      method: row.code_challenge_method,
      authenticationMethod: row.authentication_method,
      ageSeconds: row.age_seconds,
    }
  );
}

export async function deleteFlowState(tx: Queryable, id: string): Promise<void> {
  await tx.query('delete from auth.flow_state where id = $1', [id]);
}
