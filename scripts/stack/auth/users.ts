import crypto from 'node:crypto';
import type pg from 'pg';
import type { Queryable } from './db';
import { AuthError } from './errors';
import {
  userJson,
  type IdentityRecord,
  type JsonObject,
  type Provider,
  type UserRecord,
} from './user-json';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';
export const DEFAULT_AUDIENCE = 'authenticated';
/** The role of new users (GOTRUE_JWT_DEFAULT_GROUP_NAME as the CLI sets it). */
export const DEFAULT_ROLE = 'authenticated';

export const DUPLICATE_EMAIL_MESSAGE = 'A user with this email address has already been registered';
export const DUPLICATE_PHONE_MESSAGE = 'A user with this phone number has already been registered';

/**
 * Columns GoTrue reads into Go strings (and an int): it cannot read a user where one is NULL, and
 * fails the request with a 500. A row written by hand (a seed, a migration) must set them, as GoTrue
 * does ('' for the tokens).
 */
const NOT_NULL_FOR_GOTRUE = [
  'aud',
  'role',
  'confirmation_token',
  'recovery_token',
  'email_change_token_current',
  'email_change_token_new',
  'email_change',
  'email_change_confirm_status',
  'phone_change_token',
  'phone_change',
  'reauthentication_token',
] as const;

/** The first such column that is NULL, if any. */
const NULL_STRING_COLUMN = `case ${NOT_NULL_FOR_GOTRUE.map(
  (column) => `when ${column} is null then '${column}'`,
).join(' ')} end as null_string_column`;

type UserRow = Omit<UserRecord, 'identities'> & { null_string_column?: string | null };

/** GoTrue's failure on such a row, with the Go error it logs. */
function readableUsers(rows: UserRow[]): Omit<UserRecord, 'identities'>[] {
  return rows.map(({ null_string_column: column, ...row }) => {
    if (column) {
      process.stderr.write(
        `[auth] user ${row.id}: sql: Scan error on column "${column}": converting NULL to ${column === 'email_change_confirm_status' ? 'int' : 'string'} is unsupported (set it to '' in auth.users)\n`,
      );
      throw new AuthError(500, 'unexpected_failure', 'Database error querying schema');
    }
    return row;
  });
}

const USER_COLUMNS = `
  id, aud, role, email, encrypted_password, email_confirmed_at, invited_at, phone,
  phone_confirmed_at, confirmation_sent_at, confirmed_at, recovery_sent_at,
  nullif(email_change, '') as email_change, email_change_sent_at,
  nullif(phone_change, '') as phone_change, phone_change_sent_at, reauthentication_sent_at,
  last_sign_in_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until,
  deleted_at, is_anonymous, coalesce(banned_until > now(), false) as is_banned,
  ${NULL_STRING_COLUMN}`;

/**
 * How a user is found: every lookup by login (email or phone) goes through `findUser`;
 * `phoneChange` is the number a pending phone change is waiting to confirm.
 */
export type UserLookup =
  { id: string } | { email: string } | { phone: string } | { phoneChange: string };

async function withIdentities(
  db: Queryable,
  rows: Omit<UserRecord, 'identities'>[],
): Promise<UserRecord[]> {
  if (rows.length === 0) return [];
  const { rows: identities } = await db.query<IdentityRecord>(
    `select id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at,
            updated_at, email
       from auth.identities where user_id = any($1::uuid[])
      order by created_at, id`,
    [rows.map((row) => row.id)],
  );
  return rows.map((row) => ({
    ...row,
    identities: identities.filter((identity) => identity.user_id === row.id),
  }));
}

export async function findUser(db: Queryable, lookup: UserLookup): Promise<UserRecord | undefined> {
  const [condition, value] =
    'id' in lookup
      ? ['id = $1', lookup.id]
      : 'email' in lookup
        ? ['lower(email) = lower($1) and not is_sso_user', lookup.email]
        : 'phone' in lookup
          ? ['phone = $1 and not is_sso_user', lookup.phone]
          : ['phone_change = $1 and not is_sso_user', lookup.phoneChange];
  const { rows } = await db.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users where ${condition} limit 1`,
    [value],
  );
  const [user] = await withIdentities(db, readableUsers(rows));
  return user;
}

/** A user that must exist (just written in the same transaction). */
export async function loadUser(db: Queryable, id: string): Promise<UserRecord> {
  const user = await findUser(db, { id });
  if (!user) throw new Error(`user ${id} vanished during the request`);
  return user;
}

export async function listUsers(
  db: Queryable,
  page: number,
  perPage: number,
): Promise<{ users: UserRecord[]; total: number }> {
  const [{ rows }, { rows: counts }] = await Promise.all([
    db.query<UserRow>(
      `select ${USER_COLUMNS} from auth.users
        order by created_at desc nulls last, id limit $1 offset $2`,
      [perPage, (page - 1) * perPage],
    ),
    db.query<{ total: string }>('select count(*) as total from auth.users'),
  ]);
  return {
    users: await withIdentities(db, readableUsers(rows)),
    total: Number(counts[0]?.total ?? 0),
  };
}

function isUniqueViolation(error: unknown): error is pg.DatabaseError {
  return (error as { code?: string }).code === '23505';
}

/** Unique indexes on email and phone turn concurrent duplicates into GoTrue's 422s. */
function duplicateContactError(error: pg.DatabaseError): AuthError | undefined {
  const constraint = error.constraint ?? '';
  if (constraint.includes('email'))
    return new AuthError(422, 'email_exists', DUPLICATE_EMAIL_MESSAGE);
  if (constraint.includes('phone'))
    return new AuthError(422, 'phone_exists', DUPLICATE_PHONE_MESSAGE);
  return undefined;
}

async function runGuardingContacts<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw (isUniqueViolation(error) && duplicateContactError(error)) || error;
  }
}

export interface NewUser {
  id?: string;
  email?: string;
  phone?: string;
  /** bcrypt hash, or '' for a user without password (as GoTrue stores it). */
  passwordHash: string;
  role: string;
  appMetadata: JsonObject;
  userMetadata: JsonObject;
  isAnonymous: boolean;
}

/**
 * Inserts a real `auth.users` row, so that triggers (e.g. a profile per user) fire as on
 * Supabase. Callers reload the user afterwards to see what triggers changed.
 */
export async function insertUser(tx: Queryable, user: NewUser): Promise<string> {
  const id = user.id ?? crypto.randomUUID();
  await runGuardingContacts(() =>
    tx.query(
      `insert into auth.users (instance_id, id, aud, role, email, phone, encrypted_password,
                               raw_app_meta_data, raw_user_meta_data, is_anonymous,
                               created_at, updated_at,
                               confirmation_token, recovery_token, email_change_token_current,
                               email_change_token_new, email_change, phone_change_token,
                               phone_change, reauthentication_token)
       values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, now(), now(),
               '', '', '', '', '', '', '', '')`,
      [
        NIL_UUID,
        id,
        DEFAULT_AUDIENCE,
        user.role,
        user.email ?? null,
        user.phone ?? null,
        user.passwordHash,
        JSON.stringify(user.appMetadata),
        JSON.stringify(user.userMetadata),
        user.isAnonymous,
      ],
    ),
  );
  return id;
}

/** A user about to be inserted, in GoTrue's JSON: what a hook sees before anything is written. */
export function unsavedUserJson(id: string, user: NewUser): JsonObject {
  const now = new Date().toISOString();
  return userJson({
    id,
    aud: DEFAULT_AUDIENCE,
    role: user.role,
    email: user.email ?? null,
    encrypted_password: null,
    email_confirmed_at: null,
    invited_at: null,
    phone: user.phone ?? null,
    phone_confirmed_at: null,
    confirmation_sent_at: null,
    confirmed_at: null,
    recovery_sent_at: null,
    email_change: null,
    email_change_sent_at: null,
    phone_change: null,
    phone_change_sent_at: null,
    reauthentication_sent_at: null,
    last_sign_in_at: null,
    raw_app_meta_data: user.appMetadata,
    raw_user_meta_data: user.userMetadata,
    created_at: now,
    updated_at: now,
    banned_until: null,
    deleted_at: null,
    is_anonymous: user.isAnonymous,
    is_banned: false,
    identities: [],
  });
}

/** GoTrue's identity data for an email or phone identity; the provider id is the user id. */
export function contactIdentityData(
  userId: string,
  contact: { email?: string; phone?: string },
  verified: { email: boolean; phone: boolean },
): JsonObject {
  return {
    sub: userId,
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
    email_verified: verified.email,
    phone_verified: verified.phone,
  };
}

export async function insertIdentity(
  tx: Queryable,
  userId: string,
  provider: Provider,
  identityData: JsonObject,
): Promise<void> {
  await tx.query(
    `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at,
                                  created_at, updated_at)
     values ($1, $2, $3::jsonb, $4, now(), now(), now())`,
    [userId, userId, JSON.stringify(identityData), provider],
  );
}

type MetadataColumn = 'raw_user_meta_data' | 'raw_app_meta_data';

/** GoTrue's metadata update: keys are merged in, and a key set to null is removed. */
export async function mergeMetadata(
  tx: Queryable,
  userId: string,
  column: MetadataColumn,
  updates: JsonObject,
): Promise<void> {
  const set = Object.fromEntries(Object.entries(updates).filter(([, value]) => value !== null));
  const removed = Object.keys(updates).filter((key) => updates[key] === null);
  await tx.query(
    `update auth.users
        set ${column} = (coalesce(${column}, '{}'::jsonb) || $2::jsonb) - $3::text[],
            updated_at = now()
      where id = $1`,
    [userId, JSON.stringify(set), removed],
  );
}

/** Email confirmation also records `email_verified` in the user's metadata, as GoTrue does. */
export async function confirmEmail(tx: Queryable, userId: string): Promise<void> {
  await tx.query(
    `update auth.users set email_confirmed_at = now(), confirmation_token = '', updated_at = now()
      where id = $1`,
    [userId],
  );
  await mergeMetadata(tx, userId, 'raw_user_meta_data', { email_verified: true });
}

/** GoTrue's ConfirmPhone, re-stamped on every phone code login: pending codes all go. */
export async function confirmPhone(tx: Queryable, userId: string): Promise<void> {
  await tx.query(
    `update auth.users set phone_confirmed_at = now(), confirmation_token = '', updated_at = now()
      where id = $1`,
    [userId],
  );
  await tx.query('delete from auth.one_time_tokens where user_id = $1', [userId]);
}

/**
 * GoTrue's phone change, once the new number is proven (or at once under autoconfirm): the phone
 * identity is created or updated, the number moves into `phone`, and pending codes all go.
 */
export async function confirmPhoneChange(
  tx: Queryable,
  user: UserRecord,
  phone: string,
): Promise<void> {
  const identity = user.identities.find(
    (candidate) => candidate.provider === 'phone' && candidate.provider_id === user.id,
  );
  if (identity) {
    await tx.query(
      `update auth.identities
          set identity_data = coalesce(identity_data, '{}'::jsonb) || $2::jsonb, updated_at = now()
        where id = $1`,
      [identity.id, JSON.stringify({ phone, phone_verified: true })],
    );
  } else {
    await insertIdentity(
      tx,
      user.id,
      'phone',
      contactIdentityData(user.id, { phone }, { email: false, phone: true }),
    );
  }
  await runGuardingContacts(() =>
    tx.query(
      `update auth.users
          set phone = $2, phone_change = '', phone_change_token = '', phone_confirmed_at = now(),
              updated_at = now()
        where id = $1`,
      [user.id, phone],
    ),
  );
  await tx.query('delete from auth.one_time_tokens where user_id = $1', [user.id]);
}

/** A verified email or phone makes an anonymous user permanent. */
export async function makePermanent(tx: Queryable, userId: string): Promise<void> {
  await tx.query(
    'update auth.users set is_anonymous = false, updated_at = now() where id = $1 and is_anonymous',
    [userId],
  );
}

/** GoTrue's UpdateAppMetaDataProviders: `providers` lists the identities' providers, oldest first. */
export async function refreshProviders(tx: Queryable, userId: string): Promise<void> {
  const { rows } = await tx.query<{ provider: string }>(
    `select provider from auth.identities where user_id = $1
      group by provider order by min(created_at), provider`,
    [userId],
  );
  const providers = rows.map((row) => row.provider);
  await mergeMetadata(tx, userId, 'raw_app_meta_data', {
    ...(providers.length > 0 ? { provider: providers[0] } : {}),
    providers,
  });
}

/** Stands for the confirmation message this service does not send (no mailer locally). */
export async function markConfirmationSent(tx: Queryable, userId: string): Promise<void> {
  await tx.query(
    'update auth.users set confirmation_sent_at = now(), updated_at = now() where id = $1',
    [userId],
  );
}

/** A new password (null: none) invalidates every pending token, as GoTrue's UpdatePassword does. */
export async function setPasswordHash(
  tx: Queryable,
  userId: string,
  hash: string | null,
): Promise<void> {
  await tx.query(
    `update auth.users
        set encrypted_password = $2, confirmation_token = '', confirmation_sent_at = null,
            recovery_token = '', recovery_sent_at = null, email_change_token_current = '',
            email_change_token_new = '', email_change_sent_at = null, phone_change_token = '',
            phone_change_sent_at = null, reauthentication_token = '',
            reauthentication_sent_at = null, updated_at = now()
      where id = $1`,
    [userId, hash],
  );
  await tx.query('delete from auth.one_time_tokens where user_id = $1', [userId]);
}

export async function setRole(tx: Queryable, userId: string, role: string): Promise<void> {
  await tx.query('update auth.users set role = $2, updated_at = now() where id = $1', [
    userId,
    role.trim(),
  ]);
}

/** Bans for `seconds` from now; 0 lifts the ban. */
export async function setBan(tx: Queryable, userId: string, seconds: number): Promise<void> {
  await tx.query(
    `update auth.users
        set banned_until = case when $2::float8 = 0 then null
                                else now() + make_interval(secs => $2::float8) end,
            updated_at = now()
      where id = $1`,
    [userId, seconds],
  );
}

/**
 * Gives the user an email or phone: the column, its identity (created or updated) and the
 * `providers` list of app_metadata. `confirmed` also confirms it and makes an anonymous user
 * permanent.
 */
export async function setContact(
  tx: Queryable,
  user: UserRecord,
  provider: Provider,
  value: string,
  confirmed: boolean,
): Promise<void> {
  const column = provider === 'email' ? 'email' : 'phone';
  const confirmedColumn = provider === 'email' ? 'email_confirmed_at' : 'phone_confirmed_at';
  await runGuardingContacts(() =>
    tx.query(
      `update auth.users
          set ${column} = $2,
              ${confirmedColumn} = case when $3 then now() else ${confirmedColumn} end,
              is_anonymous = is_anonymous and not $3,
              updated_at = now()
        where id = $1`,
      [user.id, value, confirmed],
    ),
  );
  const existing = user.identities.find((identity) => identity.provider === provider);
  const verified = {
    email: provider === 'email' && confirmed,
    phone: provider === 'phone' && confirmed,
  };
  if (existing) {
    await tx.query(
      `update auth.identities
          set identity_data = coalesce(identity_data, '{}'::jsonb) || $2::jsonb, updated_at = now()
        where id = $1`,
      [existing.id, JSON.stringify({ [column]: value, [`${column}_verified`]: confirmed })],
    );
  } else {
    await insertIdentity(
      tx,
      user.id,
      provider,
      contactIdentityData(user.id, { [column]: value }, verified),
    );
  }
  await refreshProviders(tx, user.id);
}

export async function deleteUser(tx: Queryable, userId: string): Promise<void> {
  await tx.query('delete from auth.users where id = $1', [userId]);
}

function obfuscate(userId: string, value: string): string {
  return crypto
    .createHash('sha256')
    .update(userId + value)
    .digest('base64url');
}

/**
 * GoTrue's soft delete: the row stays (foreign keys keep working) but every personal or secret
 * field is replaced by a hash, metadata is emptied and all sessions end.
 */
export async function softDeleteUser(tx: Queryable, user: UserRecord): Promise<void> {
  if (user.deleted_at) return;
  await tx.query(
    `update auth.users
        set email = $2, phone = $3, email_change = $4, phone_change = $5,
            encrypted_password = null, confirmation_token = '', recovery_token = '',
            email_change_token_current = '', email_change_token_new = '',
            phone_change_token = '', raw_user_meta_data = '{}', raw_app_meta_data = '{}',
            deleted_at = now(), updated_at = now()
      where id = $1`,
    [
      user.id,
      obfuscate(user.id, user.email ?? ''),
      obfuscate(user.id, user.phone ?? '').slice(0, 15),
      obfuscate(user.id, user.email_change ?? ''),
      obfuscate(user.id, user.phone_change ?? '').slice(0, 15),
    ],
  );
  for (const identity of user.identities) {
    await tx.query(
      `update auth.identities set identity_data = '{}', provider_id = $2, updated_at = now()
        where id = $1`,
      [identity.id, obfuscate(user.id, `${identity.provider}:${identity.provider_id}`)],
    );
  }
  await tx.query('delete from auth.one_time_tokens where user_id = $1', [user.id]);
  await tx.query('delete from auth.sessions where user_id = $1', [user.id]);
}

/** GoTrue's ClearAllPendingTokens: codes and pending changes issued for the old email go. */
async function clearPendingTokens(tx: Queryable, userId: string): Promise<void> {
  await tx.query(
    `update auth.users
        set confirmation_token = '', confirmation_sent_at = null, recovery_token = '',
            recovery_sent_at = null, email_change = '', email_change_token_current = '',
            email_change_token_new = '', email_change_sent_at = null,
            email_change_confirm_status = 0, phone_change = '', phone_change_token = '',
            phone_change_sent_at = null, reauthentication_token = '',
            reauthentication_sent_at = null, updated_at = now()
      where id = $1`,
    [userId],
  );
  await tx.query('delete from auth.one_time_tokens where user_id = $1', [userId]);
}

/** Identities with a verified email first, then unverified ones, then those without (phone). */
function emailRank(identity: IdentityRecord): number {
  if (!identity.email) return 2;
  return identity.identity_data?.email_verified === true ? 0 : 1;
}

/**
 * GoTrue's UpdateUserEmailFromIdentities, after an identity went: when no remaining identity has
 * the user's email, the best remaining one's email (possibly none) replaces it, and is confirmed
 * only if its provider verified it or mail confirmations are off.
 */
async function promoteIdentityEmail(
  tx: Queryable,
  user: UserRecord,
  remaining: IdentityRecord[],
  mailerAutoconfirm: boolean,
): Promise<void> {
  if (remaining.some((identity) => (identity.email ?? '') === (user.email ?? ''))) return;
  const ranked = [...remaining].sort(
    (a, b) =>
      emailRank(a) - emailRank(b) ||
      (a.created_at ?? '').localeCompare(b.created_at ?? '') ||
      a.id.localeCompare(b.id),
  );
  let primary: IdentityRecord | undefined;
  for (const identity of ranked) {
    if (!identity.email || !(await findUser(tx, { email: identity.email }))) {
      primary = identity;
      break;
    }
  }
  if (!primary) {
    throw new AuthError(
      422,
      'email_conflict_identity_not_deletable',
      'Unable to unlink identity due to email conflict',
    );
  }
  await tx.query('update auth.users set email = $2, updated_at = now() where id = $1', [
    user.id,
    primary.email || null,
  ]);
  await clearPendingTokens(tx, user.id);
  if (!primary.email || (emailRank(primary) === 1 && !mailerAutoconfirm)) {
    await tx.query('update auth.users set email_confirmed_at = null where id = $1', [user.id]);
    await mergeMetadata(tx, user.id, 'raw_user_meta_data', { email_verified: false });
  }
}

/**
 * GoTrue's DeleteIdentity: the identity goes; a phone identity takes the user's phone with it, any
 * other may hand the user another identity's email. `providers` follows.
 */
export async function unlinkIdentity(
  tx: Queryable,
  user: UserRecord,
  identity: IdentityRecord,
  mailerAutoconfirm: boolean,
): Promise<void> {
  await tx.query('delete from auth.identities where id = $1', [identity.id]);
  if (identity.provider === 'phone') {
    await tx.query(
      `update auth.users set phone = null, phone_confirmed_at = null, updated_at = now()
        where id = $1`,
      [user.id],
    );
  } else {
    const remaining = user.identities.filter((candidate) => candidate.id !== identity.id);
    await promoteIdentityEmail(tx, user, remaining, mailerAutoconfirm);
  }
  await refreshProviders(tx, user.id);
}
