/** JSON values as stored in jsonb columns. */
export type JsonObject = Record<string, unknown>;

/** The providers whose identities this service creates; OTP reuses `phone` (and `email`). */
export type Provider = 'email' | 'phone';

/** An `auth.identities` row; timestamps are RFC 3339 strings. */
export interface IdentityRecord {
  id: string;
  provider_id: string;
  user_id: string;
  identity_data: JsonObject | null;
  provider: string;
  last_sign_in_at: string | null;
  created_at: string | null;
  updated_at: string | null;
  email: string | null;
}

/** An `auth.users` row with its identities; timestamps are RFC 3339 strings. */
export interface UserRecord {
  id: string;
  aud: string | null;
  role: string | null;
  email: string | null;
  encrypted_password: string | null;
  email_confirmed_at: string | null;
  invited_at: string | null;
  phone: string | null;
  phone_confirmed_at: string | null;
  confirmation_sent_at: string | null;
  confirmed_at: string | null;
  recovery_sent_at: string | null;
  email_change: string | null;
  email_change_sent_at: string | null;
  phone_change: string | null;
  phone_change_sent_at: string | null;
  reauthentication_sent_at: string | null;
  last_sign_in_at: string | null;
  raw_app_meta_data: JsonObject | null;
  raw_user_meta_data: JsonObject | null;
  created_at: string | null;
  updated_at: string | null;
  banned_until: string | null;
  deleted_at: string | null;
  is_anonymous: boolean;
  /** `banned_until` is in the future, as the database clock sees it. */
  is_banned: boolean;
  identities: IdentityRecord[];
}

/** What Go prints for a zero time.Time, which GoTrue shows for a missing non-null timestamp. */
const ZERO_TIME = '0001-01-01T00:00:00Z';

function optional(entries: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entries).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

export function identityJson(identity: IdentityRecord): JsonObject {
  const data = identity.identity_data ?? {};
  return {
    identity_id: identity.id,
    id: identity.provider_id,
    user_id: identity.user_id,
    ...(Object.keys(data).length > 0 ? { identity_data: data } : {}),
    provider: identity.provider,
    ...optional({ last_sign_in_at: identity.last_sign_in_at }),
    created_at: identity.created_at ?? ZERO_TIME,
    updated_at: identity.updated_at ?? ZERO_TIME,
    ...optional({ email: identity.email }),
  };
}

/** GoTrue's user JSON: same keys and order, optional fields omitted, never a secret. */
export function userJson(user: UserRecord): JsonObject {
  return {
    id: user.id,
    aud: user.aud ?? '',
    role: user.role ?? '',
    email: user.email ?? '',
    ...optional({
      email_confirmed_at: user.email_confirmed_at,
      invited_at: user.invited_at,
    }),
    phone: user.phone ?? '',
    ...optional({
      phone_confirmed_at: user.phone_confirmed_at,
      confirmation_sent_at: user.confirmation_sent_at,
      confirmed_at: user.confirmed_at,
      recovery_sent_at: user.recovery_sent_at,
      new_email: user.email_change,
      email_change_sent_at: user.email_change_sent_at,
      new_phone: user.phone_change,
      phone_change_sent_at: user.phone_change_sent_at,
      reauthentication_sent_at: user.reauthentication_sent_at,
      last_sign_in_at: user.last_sign_in_at,
    }),
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    identities: user.identities.map(identityJson),
    created_at: user.created_at ?? ZERO_TIME,
    updated_at: user.updated_at ?? ZERO_TIME,
    ...optional({ banned_until: user.banned_until, deleted_at: user.deleted_at }),
    is_anonymous: user.is_anonymous,
  };
}
