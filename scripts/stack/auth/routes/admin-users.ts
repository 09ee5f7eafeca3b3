import crypto from 'node:crypto';
import { transaction } from '../db';
import { parseGoDuration } from '../durations';
import { AuthError } from '../errors';
import { authenticateAdmin, isUuid } from '../guards';
import type { Params } from '../http';
import { validateEmail, validatePhone } from '../identifiers';
import { paginationHeaders, readPage } from '../pagination';
import {
  assertPasswordStrength,
  hashPassword,
  isBcryptHash,
  MAX_PASSWORD_BYTES,
} from '../passwords';
import type { AuthDeps, AuthRequest, Reply, Route } from '../router';
import { deleteSessions } from '../sessions';
import { userJson, type Provider, type UserRecord } from '../user-json';
import {
  confirmEmail,
  confirmPhone,
  contactIdentityData,
  DEFAULT_AUDIENCE,
  DEFAULT_ROLE,
  deleteUser,
  DUPLICATE_EMAIL_MESSAGE,
  findUser,
  insertIdentity,
  insertUser,
  listUsers,
  loadUser,
  mergeMetadata,
  setBan,
  setContact,
  setPasswordHash,
  setRole,
  softDeleteUser,
} from '../users';

/** `ban_duration`: a Go duration, or "none" to lift a ban. Seconds, undefined when absent. */
function readBanDuration(params: Params): number | undefined {
  const text = params.string('ban_duration');
  if (text === '') return undefined;
  if (text === 'none') return 0;
  const seconds = parseGoDuration(text);
  if (seconds === undefined) {
    throw new AuthError(
      400,
      'validation_failed',
      `invalid format for ban duration: time: invalid duration "${text}"`,
    );
  }
  return seconds;
}

/** The user of `/admin/users/:user_id`, or GoTrue's 404s. */
async function targetUser(deps: AuthDeps, request: AuthRequest): Promise<UserRecord> {
  const id = request.pathParams.user_id ?? '';
  if (!isUuid(id)) throw new AuthError(404, 'validation_failed', 'user_id must be an UUID');
  const user = await findUser(deps.db, { id });
  if (!user) throw new AuthError(404, 'user_not_found', 'User not found');
  return user;
}

async function list(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  await authenticateAdmin(deps, request);
  const page = readPage(request.query);
  const { users, total } = await listUsers(deps.db, page.page, page.perPage);
  return {
    status: 200,
    headers: paginationHeaders('/admin/users', request.query, page, total),
    body: { users: users.map(userJson), aud: DEFAULT_AUDIENCE },
  };
}

/** The stored hash for a new user: a given bcrypt hash, the password's, or a random one. */
async function newPasswordHash(params: Params): Promise<string> {
  const password = params.string('password');
  const passwordHash = params.string('password_hash');
  if (params.optionalString('password') !== undefined && passwordHash !== '') {
    throw new AuthError(
      400,
      'validation_failed',
      'Only a password or a password hash should be provided',
    );
  }
  if (passwordHash !== '') {
    if (!isBcryptHash(passwordHash)) {
      throw new AuthError(400, 'validation_failed', 'Only bcrypt password hashes are supported');
    }
    return passwordHash;
  }
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) {
    throw new AuthError(400, 'validation_failed', 'bcrypt: password length exceeds 72 bytes');
  }
  // Without a password the account is only reachable by other means, as with GoTrue.
  return hashPassword(password || crypto.randomBytes(48).toString('base64url'));
}

async function create(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  await authenticateAdmin(deps, request);
  const params = await request.body();
  const email = params.string('email') && validateEmail(params.string('email'));
  const phone = params.string('phone') && validatePhone(params.string('phone'));
  if (!email && !phone) {
    throw new AuthError(
      400,
      'validation_failed',
      'Cannot create a user without either an email or phone',
    );
  }
  if (email && (await findUser(deps.db, { email }))) {
    throw new AuthError(422, 'email_exists', DUPLICATE_EMAIL_MESSAGE);
  }
  if (phone && (await findUser(deps.db, { phone }))) {
    throw new AuthError(422, 'phone_exists', 'Phone number already registered by another user');
  }
  const id = params.string('id');
  if (id && !isUuid(id)) {
    throw new AuthError(400, 'validation_failed', 'ID must conform to the uuid v4 format');
  }
  if (id && /^[0-]+$/.test(id)) {
    throw new AuthError(400, 'validation_failed', 'ID cannot be a nil uuid');
  }
  const banSeconds = readBanDuration(params);
  const passwordHash = await newPasswordHash(params);
  const providers: Provider[] = [
    ...(email ? ['email' as const] : []),
    ...(phone ? ['phone' as const] : []),
  ];

  const user = await transaction(deps.db, async (tx) => {
    const userId = await insertUser(tx, {
      id: id || undefined,
      email: email || undefined,
      phone: phone || undefined,
      passwordHash,
      role: params.string('role').trim() || DEFAULT_ROLE,
      appMetadata: { provider: providers[0], providers },
      userMetadata: params.object('user_metadata') ?? {},
      isAnonymous: false,
    });
    const unverified = { email: false, phone: false };
    if (email) {
      await insertIdentity(tx, userId, 'email', contactIdentityData(userId, { email }, unverified));
    }
    if (phone) {
      await insertIdentity(tx, userId, 'phone', contactIdentityData(userId, { phone }, unverified));
    }
    const appMetadata = params.object('app_metadata');
    if (appMetadata) await mergeMetadata(tx, userId, 'raw_app_meta_data', appMetadata);
    if (params.boolean('email_confirm')) await confirmEmail(tx, userId);
    if (params.boolean('phone_confirm')) await confirmPhone(tx, userId);
    if (banSeconds !== undefined) await setBan(tx, userId, banSeconds);
    return loadUser(tx, userId);
  });
  return { status: 200, body: userJson(user) };
}

async function get(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  await authenticateAdmin(deps, request);
  return { status: 200, body: userJson(await targetUser(deps, request)) };
}

async function update(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  await authenticateAdmin(deps, request);
  const user = await targetUser(deps, request);
  const params = await request.body();
  const email = params.string('email') && validateEmail(params.string('email'));
  const phone = params.string('phone') && validatePhone(params.string('phone'));
  const banSeconds = readBanDuration(params);
  const password = params.optionalString('password');
  if (password !== undefined) assertPasswordStrength(password, deps.settings.password);
  const passwordHash =
    password === undefined ? undefined : password && (await hashPassword(password));
  const emailConfirm = params.boolean('email_confirm');
  const phoneConfirm = params.boolean('phone_confirm');

  const updated = await transaction(deps.db, async (tx) => {
    const role = params.string('role');
    if (role) await setRole(tx, user.id, role);
    if (emailConfirm) await confirmEmail(tx, user.id);
    if (phoneConfirm) await confirmPhone(tx, user.id);
    if (passwordHash !== undefined) {
      await setPasswordHash(tx, user.id, passwordHash || null);
      await deleteSessions(tx, user.id, 'global', undefined);
    }
    if (email) await setContact(tx, user, 'email', email, emailConfirm);
    if (phone) await setContact(tx, user, 'phone', phone, phoneConfirm);
    const appMetadata = params.object('app_metadata');
    if (appMetadata) await mergeMetadata(tx, user.id, 'raw_app_meta_data', appMetadata);
    const userMetadata = params.object('user_metadata');
    if (userMetadata) await mergeMetadata(tx, user.id, 'raw_user_meta_data', userMetadata);
    if (banSeconds !== undefined) await setBan(tx, user.id, banSeconds);
    return loadUser(tx, user.id);
  });
  return { status: 200, body: userJson(updated) };
}

/** Hard delete cascades to identities, sessions and refresh tokens; soft delete anonymises. */
async function remove(deps: AuthDeps, request: AuthRequest): Promise<Reply> {
  await authenticateAdmin(deps, request);
  const user = await targetUser(deps, request);
  const params = await request.body({ allowEmpty: true });
  await transaction(deps.db, (tx) =>
    params.boolean('should_soft_delete') ? softDeleteUser(tx, user) : deleteUser(tx, user.id),
  );
  return { status: 200, body: {} };
}

export const adminUserRoutes: Route[] = [
  { method: 'GET', path: '/admin/users', handle: list },
  { method: 'POST', path: '/admin/users', handle: create },
  { method: 'GET', path: '/admin/users/:user_id', handle: get },
  { method: 'PUT', path: '/admin/users/:user_id', handle: update },
  { method: 'DELETE', path: '/admin/users/:user_id', handle: remove },
];
