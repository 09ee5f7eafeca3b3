import crypto from 'node:crypto';
import type { Queryable } from './db';
import { AuthError } from './errors';
import { runSendSms } from './hooks';
import {
  assertSendFrequency,
  generateOtp,
  isCodeValid,
  tokenHash,
  type StoredCode,
} from './one-time-codes';
import type { AuthDeps } from './router';
import type { ClientInfo } from './sessions';
import { userJson, type UserRecord } from './user-json';

/** The codes a phone receives: to sign up or in (`confirmation`), or to prove a new number. */
export type PhoneCodeKind = 'confirmation' | 'phone_change';

const COLUMNS = {
  confirmation: { token: 'confirmation_token', sentAt: 'confirmation_sent_at' },
  phone_change: { token: 'phone_change_token', sentAt: 'phone_change_sent_at' },
} as const;

/** The user's code of this kind, locked so that sends and checks for one user take turns. */
async function lockPhoneCode(
  tx: Queryable,
  userId: string,
  kind: PhoneCodeKind,
): Promise<StoredCode> {
  const { token, sentAt } = COLUMNS[kind];
  const { rows } = await tx.query<{ token: string | null; sent_at: number | null }>(
    `select ${token} as token, (extract(epoch from ${sentAt}) * 1000)::float8 as sent_at
       from auth.users where id = $1 for update`,
    [userId],
  );
  const row = rows[0];
  return { token: row?.token ?? '', sentAt: row?.sent_at ?? null };
}

/** The sent code's hash on the user and in one_time_tokens, replacing the previous one. */
async function storePhoneCode(
  tx: Queryable,
  userId: string,
  kind: PhoneCodeKind,
  phone: string,
  hash: string,
): Promise<void> {
  const { token, sentAt } = COLUMNS[kind];
  const newPhone = kind === 'phone_change' ? ', phone_change = $3' : '';
  await tx.query(
    `update auth.users set ${token} = $2, ${sentAt} = now()${newPhone} where id = $1`,
    kind === 'phone_change' ? [userId, hash, phone] : [userId, hash],
  );
  const tokenType = kind === 'phone_change' ? 'phone_change_token' : 'confirmation_token';
  await tx.query('delete from auth.one_time_tokens where user_id = $1 and token_type = $2', [
    userId,
    tokenType,
  ]);
  await tx.query(
    `insert into auth.one_time_tokens (id, user_id, token_type, token_hash, relates_to)
     values ($1, $2, $3, $4, $5)`,
    [crypto.randomUUID(), userId, tokenType, hash, phone],
  );
}

/**
 * GoTrue's sendPhoneConfirmation: under `max_frequency` (test numbers included), a code is drawn
 * (or the number's test code taken) and handed to the Send SMS hook; only once the hook accepted
 * is its hash stored, so a refusal spends neither the code nor the interval. Returns GoTrue's
 * message id: "test-otp" for a test number, else empty.
 */
export async function sendPhoneCode(
  tx: Queryable,
  deps: AuthDeps,
  client: ClientInfo,
  params: { user: UserRecord; phone: string; kind: PhoneCodeKind },
): Promise<string> {
  const { settings } = deps;
  const { user, phone, kind } = params;
  const { sentAt } = await lockPhoneCode(tx, user.id, kind);
  assertSendFrequency(sentAt, settings.sms.maxFrequencySeconds, 'over_sms_send_rate_limit');
  const testOtp = settings.sms.testOtps[phone];
  if (testOtp) {
    await storePhoneCode(tx, user.id, kind, phone, tokenHash(phone, testOtp));
    return 'test-otp';
  }
  // GoTrue counts codes against sms_sent only while confirmations are on (its TODO says always).
  if (!settings.sms.autoconfirm && !deps.rateLimiters.smsSent.take()) {
    throw new AuthError(429, 'over_sms_send_rate_limit', 'SMS rate limit exceeded');
  }
  const otp = generateOtp(settings.sms.otpLength);
  const hook = settings.hooks.sendSms;
  // No SMS provider can be configured here: without the hook, nothing can deliver the code.
  if (!hook) throw new AuthError(500, 'unexpected_failure', 'Unable to get SMS provider');
  // For a phone change the hook sees the number to prove as `new_phone`, and in `sms.phone`.
  const hookUser = kind === 'phone_change' ? { ...user, phone_change: phone } : user;
  await runSendSms(tx, hook, { user: userJson(hookUser), otp, phone, ip: client.ip });
  await storePhoneCode(tx, user.id, kind, phone, tokenHash(phone, otp));
  return '';
}

/**
 * GoTrue's check of a phone code at `/verify`: the number's test code, or the stored hash of the
 * latest code sent, within GOTRUE_SMS_OTP_EXP. A wrong code changes nothing.
 */
export async function phoneCodeMatches(
  tx: Queryable,
  deps: AuthDeps,
  params: { userId: string; phone: string; token: string; kind: PhoneCodeKind },
): Promise<boolean> {
  const { sms } = deps.settings;
  const stored = await lockPhoneCode(tx, params.userId, params.kind);
  const testOtp = sms.testOtps[params.phone];
  if (testOtp && params.token === testOtp) return true;
  return isCodeValid(stored, tokenHash(params.phone, params.token), sms.otpExpirySeconds);
}
