import crypto from 'node:crypto';
import type { PoolClient } from 'pg';
import { transaction } from '../db';
import { AuthError } from '../errors';
import { signIn } from '../grants';
import { runBeforeUserCreated } from '../hooks';
import type { Params } from '../http';
import { assertValidChannel, validateEmail, validatePhone } from '../identifiers';
import { assertPasswordStrength, hashPassword } from '../passwords';
import { sendPhoneCode } from '../phone-otp';
import { enforceRateLimit } from '../rate-limits';
import type { AuthDeps, AuthRequest, Reply, Route } from '../router';
import type { AuthSettings } from '../settings';
import { userJson, type JsonObject, type Provider, type UserRecord } from '../user-json';
import {
  confirmEmail,
  confirmPhone,
  contactIdentityData,
  DEFAULT_AUDIENCE,
  DEFAULT_ROLE,
  findUser,
  insertIdentity,
  insertUser,
  loadUser,
  markConfirmationSent,
  mergeMetadata,
  unsavedUserJson,
  type NewUser,
} from '../users';

export const SIGNUP_DISABLED = new AuthError(
  422,
  'signup_disabled',
  'Signups not allowed for this instance',
);

export interface SignupInput {
  provider: Provider;
  email: string;
  phone: string;
  password: string;
  data: JsonObject;
}

function readSignup(params: Params, settings: AuthSettings): SignupInput {
  const email = params.string('email');
  const phone = params.string('phone');
  const password = params.string('password');
  const provider: Provider = email !== '' ? 'email' : 'phone';
  if (password === '') {
    throw new AuthError(400, 'validation_failed', 'Signup requires a valid password');
  }
  assertPasswordStrength(password, settings.password);
  if (email !== '' && phone !== '') {
    throw new AuthError(
      400,
      'validation_failed',
      'Only an email address or phone number should be provided on signup.',
    );
  }
  if (provider === 'phone') assertValidChannel(params.string('channel') || 'sms', settings);
  if (provider === 'email' && !settings.email.enabled) {
    throw new AuthError(400, 'email_provider_disabled', 'Email signups are disabled');
  }
  if (provider === 'phone' && !settings.sms.enabled) {
    throw new AuthError(400, 'phone_provider_disabled', 'Phone signups are disabled');
  }
  return {
    provider,
    email: provider === 'email' ? validateEmail(email) : '',
    phone: provider === 'phone' ? validatePhone(phone) : '',
    password,
    data: params.object('data') ?? {},
  };
}

/** Inserts a new user once the before-user-created hook, when there is one, has let it through. */
async function createUser(
  tx: PoolClient,
  deps: AuthDeps,
  request: AuthRequest,
  user: NewUser,
): Promise<string> {
  const id = crypto.randomUUID();
  const hook = deps.settings.hooks.beforeUserCreated;
  if (hook) {
    await runBeforeUserCreated(tx, hook, {
      user: unsavedUserJson(id, user),
      ip: request.client.ip,
    });
  }
  return insertUser(tx, { ...user, id });
}

/** What GoTrue answers for a confirmed address when confirmations are on: a fake user. */
function obfuscatedUser(existing: UserRecord, input: SignupInput): JsonObject {
  const now = new Date().toISOString();
  return userJson({
    ...existing,
    id: crypto.randomUUID(),
    aud: DEFAULT_AUDIENCE,
    role: '',
    email: input.provider === 'email' ? existing.email : null,
    phone: input.provider === 'phone' ? existing.phone : null,
    email_change: null,
    email_confirmed_at: null,
    phone_confirmed_at: null,
    confirmed_at: null,
    email_change_sent_at: null,
    last_sign_in_at: null,
    confirmation_sent_at: now,
    created_at: now,
    updated_at: now,
    raw_app_meta_data: { provider: input.provider, providers: [input.provider] },
    raw_user_meta_data: input.data,
    identities: [],
  });
}

async function repeatedSignup(
  deps: AuthDeps,
  request: AuthRequest,
  existing: UserRecord,
  input: SignupInput,
): Promise<Reply> {
  const { email, sms } = deps.settings;
  const confirmed =
    input.provider === 'email' ? existing.email_confirmed_at : existing.phone_confirmed_at;
  const autoconfirm = input.provider === 'email' ? email.autoconfirm : sms.autoconfirm;
  // GoTrue would confirm an unconfirmed account and sign it in without checking its password.
  if ((confirmed && (email.autoconfirm || sms.autoconfirm)) || (!confirmed && autoconfirm)) {
    throw new AuthError(422, 'user_already_exists', 'User already registered');
  }
  if (confirmed) return { status: 200, body: obfuscatedUser(existing, input) };
  const body = await transaction(deps.db, async (tx) => {
    if (input.provider === 'phone') {
      await sendPhoneCode(tx, deps, request.client, {
        user: existing,
        phone: input.phone,
        kind: 'confirmation',
      });
    } else {
      await markConfirmationSent(tx, existing.id);
    }
    return userJson(await loadUser(tx, existing.id));
  });
  return { status: 200, body };
}

/**
 * A new user with its email or phone identity; GoTrue's identity data carries the signup data too,
 * and becomes the user's metadata.
 */
export async function insertSignupUser(
  tx: PoolClient,
  deps: AuthDeps,
  request: AuthRequest,
  input: Omit<SignupInput, 'password'> & { passwordHash: string },
): Promise<string> {
  const userId = await createUser(tx, deps, request, {
    email: input.email || undefined,
    phone: input.phone || undefined,
    passwordHash: input.passwordHash,
    role: DEFAULT_ROLE,
    appMetadata: { provider: input.provider, providers: [input.provider] },
    userMetadata: input.data,
    isAnonymous: false,
  });
  const identityData = {
    ...input.data,
    ...contactIdentityData(
      userId,
      { email: input.email || undefined },
      { email: false, phone: false },
    ),
  };
  await insertIdentity(tx, userId, input.provider, identityData);
  await mergeMetadata(tx, userId, 'raw_user_meta_data', identityData);
  return userId;
}

async function signUpWithPassword(
  deps: AuthDeps,
  request: AuthRequest,
  input: SignupInput,
): Promise<Reply> {
  const { settings } = deps;
  const existing = await findUser(
    deps.db,
    input.provider === 'email' ? { email: input.email } : { phone: input.phone },
  );
  if (existing) return repeatedSignup(deps, request, existing, input);
  const autoconfirm =
    input.provider === 'email' ? settings.email.autoconfirm : settings.sms.autoconfirm;

  // Hashing is slow on purpose: do it before taking a connection.
  const passwordHash = await hashPassword(input.password);
  const body = await transaction(deps.db, async (tx) => {
    const userId = await insertSignupUser(tx, deps, request, { ...input, passwordHash });
    if (!autoconfirm) {
      if (input.provider === 'phone') {
        // The hook runs in this transaction: if it refuses, the user is not created either.
        const user = await loadUser(tx, userId);
        await sendPhoneCode(tx, deps, request.client, {
          user,
          phone: input.phone,
          kind: 'confirmation',
        });
      } else {
        await markConfirmationSent(tx, userId);
      }
      return userJson(await loadUser(tx, userId));
    }
    if (input.provider === 'email') await confirmEmail(tx, userId);
    else await confirmPhone(tx, userId);
    return signIn(tx, deps, userId, 'password', request.client);
  });
  return { status: 200, body };
}

async function signInAnonymously(
  deps: AuthDeps,
  request: AuthRequest,
  params: Params,
): Promise<Reply> {
  if (deps.settings.disableSignup) throw SIGNUP_DISABLED;
  const body = await transaction(deps.db, async (tx) => {
    const userId = await createUser(tx, deps, request, {
      passwordHash: '',
      role: DEFAULT_ROLE,
      appMetadata: {},
      userMetadata: params.object('data') ?? {},
      isAnonymous: true,
    });
    return signIn(tx, deps, userId, 'anonymous', request.client);
  });
  return { status: 200, body };
}

/** `POST /signup`: email or phone with a password, or an anonymous user without either. */
async function signup(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  const params = await request.body();
  if (params.string('email') === '' && params.string('phone') === '') {
    if (!deps.settings.anonymousSignIns) {
      throw new AuthError(422, 'anonymous_provider_disabled', 'Anonymous sign-ins are disabled');
    }
    enforceRateLimit(deps.rateLimiters.anonymousSignIns, request.rateLimitKey);
    return signInAnonymously(deps, request, params);
  }
  enforceRateLimit(deps.rateLimiters.signups, request.rateLimitKey);
  if (deps.settings.disableSignup) throw SIGNUP_DISABLED;
  return signUpWithPassword(deps, request, readSignup(params, deps.settings));
}

export const signupRoutes: Route[] = [{ method: 'POST', path: '/signup', handle: signup }];
