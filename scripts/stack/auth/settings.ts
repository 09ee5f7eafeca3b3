import { StackError } from '../stack-error';
import { parseGoDuration } from './durations';
import { formatPhoneNumber } from './identifiers';

export type PostgresHookTarget = { kind: 'postgres'; uri: string; schema: string; name: string };
/** Where an Auth hook runs: a Postgres function (`pg-functions://`) or an HTTP endpoint. */
export type HookTarget = PostgresHookTarget | { kind: 'http'; uri: string; secrets: string[] };

/** `[auth.email.smtp]`: a real mail server, which replaces the mail sandbox when enabled. */
export interface SmtpSettings {
  host: string;
  port: number;
  user: string;
  pass: string;
  adminEmail: string;
  senderName: string;
}

/** `[auth.email.template.<name>]`; `contentPath` is relative to the project's root, as for the CLI. */
export interface EmailTemplateSettings {
  subject?: string;
  contentPath?: string;
}

export interface AuthSettings {
  /** Where links in emails lead by default, and the first allowed redirect. */
  siteUrl: string;
  /** Other allowed redirects, as GoTrue's URI allow list: exact URLs or globs (`*`, `**`). */
  additionalRedirectUrls: string[];
  /** Access-token lifetime in seconds. */
  jwtExpiry: number;
  refreshTokenRotation: boolean;
  /** Seconds during which a revoked refresh token may still be exchanged (concurrent tabs). */
  refreshTokenReuseInterval: number;
  disableSignup: boolean;
  anonymousSignIns: boolean;
  /** `[auth] enable_manual_linking`: lets a user unlink an identity (`DELETE /user/identities`). */
  manualLinking: boolean;
  password: {
    minLength: number;
    /** Each string is a set of characters the password must use at least once. */
    requiredCharacters: string[];
  };
  /** `[auth.email]`: the email provider, whether addresses are confirmed without a mail, mail codes. */
  email: {
    enabled: boolean;
    autoconfirm: boolean;
    /** Least time between two mails of one kind to one user (GoTrue's SMTP max frequency). */
    maxFrequencySeconds: number;
    otpLength: number;
    /** How long a link or code sent by mail stays valid. */
    otpExpirySeconds: number;
    smtp: SmtpSettings | undefined;
    templates: { recovery: EmailTemplateSettings };
  };
  /** `[auth.sms]`: the phone provider and its one-time codes. */
  sms: {
    /** `enable_signup`, which despite its name turns phone auth on or off as a whole. */
    enabled: boolean;
    autoconfirm: boolean;
    template: string;
    /** Least time between two codes of one kind to one user. */
    maxFrequencySeconds: number;
    /** Digits of a code (GOTRUE_SMS_OTP_LENGTH, which `[auth.sms]` has no key for). */
    otpLength: number;
    /** How long a code stays valid (GOTRUE_SMS_OTP_EXP, likewise). */
    otpExpirySeconds: number;
    /** `[auth.sms.test_otp]`: a fixed code per number (stored form, without `+`); none is sent. */
    testOtps: Record<string, string>;
  };
  /** `[auth.rate_limit]`: what GoTrue's per-IP token buckets let through. */
  rateLimits: {
    /** Sign-ups and user updates per 5 minutes (GOTRUE_RATE_LIMIT_OTP). */
    signInSignUps: number;
    /** `/token` calls, password and refresh grants alike, per 5 minutes. */
    tokenRefresh: number;
    /** Anonymous sign-ins per hour. */
    anonymousUsers: number;
    /** `/verify` calls per 5 minutes (GOTRUE_RATE_LIMIT_VERIFY). */
    tokenVerifications: number;
    /** Mails sent per hour by the whole service (GOTRUE_RATE_LIMIT_EMAIL_SENT). */
    emailSent: number;
    /** Codes sent per hour by the whole service (GOTRUE_RATE_LIMIT_SMS_SENT). */
    smsSent: number;
  };
  /** Send SMS runs as a Postgres function or over HTTP; the others as Postgres functions only. */
  hooks: {
    customAccessToken?: PostgresHookTarget;
    beforeUserCreated?: PostgresHookTarget;
    sendSms?: HookTarget;
  };
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const SYMBOLS = '!@#$%^&*()_+-=[]{};\'\\:"|<>?,./`~';

/** The CLI's `password_requirements` values and the character sets it hands to GoTrue. */
const PASSWORD_REQUIREMENTS: Record<string, string[]> = {
  '': [],
  letters_digits: [LOWER + UPPER, DIGITS],
  lower_upper_letters_digits: [LOWER, UPPER, DIGITS],
  lower_upper_letters_digits_symbols: [LOWER, UPPER, DIGITS, SYMBOLS],
};

const POSTGRES_NAME = /^[a-zA-Z_][a-zA-Z0-9_]{0,62}$/;
/** The CLI's check; the base64 must also decode, as GoTrue's signer decodes it strictly. */
const HOOK_SECRET = /^v1,whsec_[A-Za-z0-9+/=]{32,88}$/;
/** One week, the ceiling Supabase documents for `jwt_expiry`. */
const MAX_JWT_EXPIRY = 604_800;
/** GoTrue accepts plain http only for hooks on this machine. */
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]', 'host.docker.internal'];

type Table = Record<string, unknown>;
type Env = Record<string, string | undefined>;

const FIX = 'corrigez la section [auth] de supabase/config.toml';

function invalid(key: string, expected: string, value: unknown): StackError {
  return new StackError(
    `[auth] ${key} doit être ${expected} (valeur lue : ${JSON.stringify(value)})`,
    FIX,
  );
}

/** Reads one `[auth…]` table with the CLI's defaults and `env(NAME)` substitution in strings. */
class TableReader {
  constructor(
    private readonly table: Table,
    private readonly path: string,
    private readonly env: Env,
  ) {}

  static of(value: unknown, path: string, env: Env): TableReader {
    if (value === undefined) return new TableReader({}, path, env);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw invalid(path, 'une table', value);
    }
    return new TableReader(value as Table, path, env);
  }

  private key(name: string): string {
    return this.path ? `${this.path}.${name}` : name;
  }

  /**
   * The key's value: as with the CLI, a non-empty `SUPABASE_<KEY PATH>` environment variable
   * (dots as underscores, e.g. SUPABASE_AUTH_RATE_LIMIT_SIGN_IN_SIGN_UPS) overrides the file.
   */
  private value(name: string, parse: (text: string) => unknown): unknown {
    const variable = `SUPABASE_${this.key(name).toUpperCase().replace(/\./g, '_')}`;
    const override = this.env[variable];
    return override === undefined || override === '' ? this.table[name] : parse(override);
  }

  child(name: string): TableReader {
    return TableReader.of(this.table[name], this.key(name), this.env);
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.value(name, (text) =>
      text === 'true' ? true : text === 'false' ? false : text,
    );
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') throw invalid(this.key(name), 'true ou false', value);
    return value;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.value(name, (text) => (/^-?\d+$/.test(text) ? Number(text) : text));
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw invalid(this.key(name), `un entier entre ${min} et ${max}`, value);
    }
    return value;
  }

  /** A list of strings; an environment override is comma-separated. */
  strings(name: string, fallback: string[]): string[] {
    const value = this.value(name, (text) => text.split(',').map((item) => item.trim()));
    if (value === undefined) return fallback;
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      throw invalid(this.key(name), 'une liste de chaînes', value);
    }
    return value;
  }

  /** A table of strings, e.g. `[auth.sms.test_otp]` (no environment override, as with the CLI). */
  stringMap(name: string): Record<string, string> {
    const value = this.table[name];
    if (value === undefined) return {};
    const isStrings =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.values(value).every((item) => typeof item === 'string');
    if (!isStrings) throw invalid(this.key(name), 'une table de chaînes', value);
    return value as Record<string, string>;
  }

  string(name: string, fallback: string): string {
    const value = this.value(name, (text) => text);
    if (value === undefined) return fallback;
    if (typeof value !== 'string') throw invalid(this.key(name), 'une chaîne', value);
    const reference = /^env\(([A-Za-z_][A-Za-z0-9_]*)\)$/.exec(value.trim());
    if (!reference) return value;
    const resolved = this.env[reference[1]!];
    if (resolved === undefined || resolved === '') {
      throw new StackError(
        `[auth] ${this.key(name)} lit la variable d'environnement ${reference[1]}, qui n'est pas définie`,
        `définissez ${reference[1]} dans .env ou dans l'environnement`,
      );
    }
    return resolved;
  }
}

/**
 * The CLI hard-codes GOTRUE_SMS_OTP_LENGTH=6 and GOTRUE_SMS_OTP_EXP=6000 (`[auth.sms]` has no such
 * keys); here the environment may set them. GoTrue then applies its floors: a length outside 6–10
 * means 6, an expiry of 0 means 60 seconds.
 */
function smsCodes(env: Env): Pick<AuthSettings['sms'], 'otpLength' | 'otpExpirySeconds'> {
  const read = (name: string, fallback: number): number => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    if (!/^\d+$/.test(text)) {
      throw new StackError(
        `la variable d'environnement ${name} doit être un entier positif (valeur lue : ${JSON.stringify(text)})`,
        `corrigez ${name} dans .env ou dans l'environnement`,
      );
    }
    return Number(text);
  };
  const otpLength = read('GOTRUE_SMS_OTP_LENGTH', 6);
  const otpExpiry = read('GOTRUE_SMS_OTP_EXP', 6000);
  return {
    otpLength: otpLength < 6 || otpLength > 10 ? 6 : otpLength,
    otpExpirySeconds: otpExpiry === 0 ? 60 : otpExpiry,
  };
}

function durationSeconds(text: string, key: string): number {
  const seconds = parseGoDuration(text);
  if (seconds === undefined || seconds < 0) {
    throw invalid(key, 'une durée comme "5s" ou "1m"', text);
  }
  return seconds;
}

/** GoTrue's defaults for mail codes: 0 means its own default, a length outside 6–10 means 6. */
function mailCodes(
  email: TableReader,
): Pick<AuthSettings['email'], 'maxFrequencySeconds' | 'otpLength' | 'otpExpirySeconds'> {
  const maxFrequency = durationSeconds(
    email.string('max_frequency', '0s'),
    'auth.email.max_frequency',
  );
  const otpLength = email.integer('otp_length', 6, 0, Number.MAX_SAFE_INTEGER);
  const otpExpiry = email.integer('otp_expiry', 0, 0, Number.MAX_SAFE_INTEGER);
  return {
    maxFrequencySeconds: maxFrequency === 0 ? 60 : maxFrequency,
    otpLength: otpLength < 6 || otpLength > 10 ? 6 : otpLength,
    otpExpirySeconds: otpExpiry === 0 ? 86_400 : otpExpiry,
  };
}

/** `[auth.email.smtp]` when enabled, with the fields the CLI requires. */
function smtpSettings(reader: TableReader): SmtpSettings | undefined {
  if (!reader.bool('enabled', false)) return undefined;
  const required = (name: string): string => {
    const value = reader.string(name, '');
    if (!value) throw new StackError(`[auth.email.smtp] est activé sans ${name}`, FIX);
    return value;
  };
  return {
    host: required('host'),
    port: reader.integer('port', 0, 1, 65_535),
    user: required('user'),
    pass: required('pass'),
    adminEmail: required('admin_email'),
    senderName: reader.string('sender_name', ''),
  };
}

function emailTemplate(reader: TableReader): EmailTemplateSettings {
  const subject = reader.string('subject', '');
  const contentPath = reader.string('content_path', '');
  return {
    ...(subject ? { subject } : {}),
    ...(contentPath ? { contentPath } : {}),
  };
}

function hookTarget(reader: TableReader, key: string): HookTarget | undefined {
  if (!reader.bool('enabled', false)) return undefined;
  const uri = reader.string('uri', '');
  const secrets = reader.string('secrets', '');
  const where = `[auth.hook.${key}]`;
  if (!uri) throw new StackError(`${where} est activé sans uri`, FIX);
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    throw new StackError(`${where} uri n'est pas une URL valide (${uri})`, FIX);
  }
  const scheme = parsed.protocol.replace(/:$/, '').toLowerCase();
  if (scheme === 'pg-functions') {
    const [, schema = '', name = ''] = parsed.pathname.split('/');
    if (!POSTGRES_NAME.test(schema) || !POSTGRES_NAME.test(name)) {
      throw new StackError(
        `${where} uri doit avoir la forme pg-functions://postgres/<schéma>/<fonction> (lu : ${uri})`,
        FIX,
      );
    }
    if (secrets) {
      throw new StackError(`${where} secrets n'a pas de sens avec une uri pg-functions://`, FIX);
    }
    return { kind: 'postgres', uri, schema, name };
  }
  if (scheme === 'http' && !LOCAL_HOSTS.includes(parsed.hostname)) {
    throw new StackError(
      `${where} uri en http:// doit viser cette machine ; sinon utilisez https://`,
      FIX,
    );
  }
  if (scheme === 'http' || scheme === 'https') {
    const list = secrets.split('|').filter(Boolean);
    if (list.length === 0 || !list.every(isHookSecret)) {
      throw new StackError(
        `${where} secrets doit avoir la forme "v1,whsec_<base64 d'au moins 32 caractères>"`,
        FIX,
      );
    }
    return { kind: 'http', uri, secrets: list };
  }
  throw new StackError(`${where} uri doit commencer par pg-functions://, http:// ou https://`, FIX);
}

function isStrictBase64(text: string): boolean {
  return (
    text.length % 4 === 0 &&
    /^[A-Za-z0-9+/]*={0,2}$/.test(text) &&
    Buffer.from(text, 'base64').toString('base64') === text
  );
}

function isHookSecret(secret: string): boolean {
  return HOOK_SECRET.test(secret) && isStrictBase64(secret.slice('v1,whsec_'.length));
}

function postgresHookTarget(hooks: TableReader, key: string): PostgresHookTarget | undefined {
  const target = hookTarget(hooks.child(key), key);
  if (target && target.kind !== 'postgres') {
    throw new StackError(
      `[auth.hook.${key}] : la pile locale n'exécute ce hook que sous forme de fonction Postgres`,
      'utilisez uri = "pg-functions://postgres/<schéma>/<fonction>"',
    );
  }
  return target;
}

/**
 * Validates the `[auth]` table of supabase/config.toml (as parsed by smol-toml) and fills in the
 * Supabase CLI's defaults for missing keys, so that the local Auth behaves as `supabase start`.
 */
export function authSettingsFromConfig(authSection: unknown, env: Env = process.env): AuthSettings {
  const auth = TableReader.of(authSection, 'auth', env);
  const email = auth.child('email');
  const sms = auth.child('sms');
  const hook = auth.child('hook');

  const requirements = auth.string('password_requirements', '');
  const requiredCharacters = PASSWORD_REQUIREMENTS[requirements];
  if (!requiredCharacters) {
    throw invalid(
      'auth.password_requirements',
      `l'une de ${Object.keys(PASSWORD_REQUIREMENTS)
        .map((value) => `"${value}"`)
        .join(', ')}`,
      requirements,
    );
  }

  const rateLimit = auth.child('rate_limit');

  return {
    siteUrl: auth.string('site_url', 'http://127.0.0.1:3000'),
    additionalRedirectUrls: auth.strings('additional_redirect_urls', []),
    jwtExpiry: auth.integer('jwt_expiry', 3600, 1, MAX_JWT_EXPIRY),
    refreshTokenRotation: auth.bool('enable_refresh_token_rotation', true),
    refreshTokenReuseInterval: auth.integer(
      'refresh_token_reuse_interval',
      10,
      0,
      Number.MAX_SAFE_INTEGER,
    ),
    disableSignup: !auth.bool('enable_signup', true),
    anonymousSignIns: auth.bool('enable_anonymous_sign_ins', false),
    manualLinking: auth.bool('enable_manual_linking', false),
    password: {
      minLength: auth.integer('minimum_password_length', 6, 0, 72),
      requiredCharacters,
    },
    email: {
      enabled: email.bool('enable_signup', true),
      autoconfirm: !email.bool('enable_confirmations', false),
      ...mailCodes(email),
      smtp: smtpSettings(email.child('smtp')),
      templates: { recovery: emailTemplate(email.child('template').child('recovery')) },
    },
    sms: {
      enabled: sms.bool('enable_signup', false),
      autoconfirm: !sms.bool('enable_confirmations', false),
      template: sms.string('template', 'Your code is {{ .Code }}'),
      // GoTrue reads 0 as its own default, a minute.
      maxFrequencySeconds:
        durationSeconds(sms.string('max_frequency', '5s'), 'auth.sms.max_frequency') || 60,
      ...smsCodes(env),
      testOtps: Object.fromEntries(
        Object.entries(sms.stringMap('test_otp')).map(([phone, otp]) => [
          formatPhoneNumber(phone),
          otp,
        ]),
      ),
    },
    rateLimits: {
      signInSignUps: rateLimit.integer('sign_in_sign_ups', 30, 1, Number.MAX_SAFE_INTEGER),
      tokenRefresh: rateLimit.integer('token_refresh', 150, 1, Number.MAX_SAFE_INTEGER),
      anonymousUsers: rateLimit.integer('anonymous_users', 30, 1, Number.MAX_SAFE_INTEGER),
      tokenVerifications: rateLimit.integer('token_verifications', 30, 1, Number.MAX_SAFE_INTEGER),
      emailSent: rateLimit.integer('email_sent', 30, 0, Number.MAX_SAFE_INTEGER),
      smsSent: rateLimit.integer('sms_sent', 30, 0, Number.MAX_SAFE_INTEGER),
    },
    hooks: {
      customAccessToken: postgresHookTarget(hook, 'custom_access_token'),
      beforeUserCreated: postgresHookTarget(hook, 'before_user_created'),
      sendSms: hookTarget(hook.child('send_sms'), 'send_sms'),
    },
  };
}
