import fs from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { configTomlFile } from '../paths';
import { StackError } from '../stack-error';
import { authSettingsFromConfig } from './settings';

describe('authSettingsFromConfig', () => {
  it("fills in the Supabase CLI's defaults", () => {
    expect(authSettingsFromConfig(undefined, {})).toEqual({
      siteUrl: 'http://127.0.0.1:3000',
      additionalRedirectUrls: [],
      jwtExpiry: 3600,
      refreshTokenRotation: true,
      refreshTokenReuseInterval: 10,
      disableSignup: false,
      anonymousSignIns: false,
      manualLinking: false,
      password: { minLength: 6, requiredCharacters: [] },
      email: {
        enabled: true,
        autoconfirm: true,
        // GoTrue's own defaults, which the CLI leaves in place when the keys are absent.
        maxFrequencySeconds: 60,
        otpLength: 6,
        otpExpirySeconds: 86_400,
        smtp: undefined,
        templates: { recovery: {} },
      },
      sms: {
        enabled: false,
        autoconfirm: true,
        template: 'Your code is {{ .Code }}',
        maxFrequencySeconds: 5,
        // What the CLI hard-codes (GOTRUE_SMS_OTP_LENGTH, GOTRUE_SMS_OTP_EXP).
        otpLength: 6,
        otpExpirySeconds: 6000,
        testOtps: {},
      },
      rateLimits: {
        signInSignUps: 30,
        tokenRefresh: 150,
        anonymousUsers: 30,
        tokenVerifications: 30,
        emailSent: 30,
        smsSent: 30,
      },
      hooks: { customAccessToken: undefined, beforeUserCreated: undefined, sendSms: undefined },
    });
  });

  it("reads the project's supabase/config.toml", () => {
    const toml = parse(fs.readFileSync(configTomlFile, 'utf8')) as { auth: unknown };
    const secret = `v1,whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    const settings = authSettingsFromConfig(toml.auth, {
      SEND_SMS_HOOK_SECRET: secret,
      GOTRUE_SMS_OTP_LENGTH: '10',
      GOTRUE_SMS_OTP_EXP: '600',
    });
    expect(settings.password.minLength).toBe(8);
    expect(settings.email.autoconfirm).toBe(true);
    expect(settings.manualLinking).toBe(true);
    expect(settings.sms).toMatchObject({
      enabled: true,
      autoconfirm: false,
      maxFrequencySeconds: 5,
      otpLength: 10,
      otpExpirySeconds: 600,
    });
    expect(settings.hooks.sendSms).toEqual({
      kind: 'http',
      uri: 'http://127.0.0.1:54321/functions/v1/send-sms-hook',
      secrets: [secret],
    });
    expect(settings.rateLimits).toEqual({
      signInSignUps: 30,
      tokenRefresh: 150,
      anonymousUsers: 30,
      tokenVerifications: 30,
      emailSent: 30,
      smsSent: 3600,
    });
    expect(settings.siteUrl).toBe('http://127.0.0.1:5173');
    expect(settings.email).toMatchObject({
      maxFrequencySeconds: 60,
      otpExpirySeconds: 3600,
      templates: {
        recovery: {
          subject: 'WCAP — Réinitialisez votre mot de passe / Reset your password',
          contentPath: './supabase/templates/recovery.html',
        },
      },
    });
    expect(settings.hooks.beforeUserCreated).toMatchObject({
      kind: 'postgres',
      schema: 'private',
      name: 'before_user_created',
    });
  });

  it('reads [auth.email.smtp] when enabled, with the fields the CLI requires', () => {
    const smtp = {
      enabled: true,
      host: 'smtp.example.cm',
      port: 465,
      user: 'apikey',
      pass: 'env(SMTP_PASS)',
      admin_email: 'no-reply@example.cm',
      sender_name: 'WCAP',
    };
    expect(authSettingsFromConfig({ email: { smtp } }, { SMTP_PASS: 's3cret' }).email.smtp).toEqual(
      {
        host: 'smtp.example.cm',
        port: 465,
        user: 'apikey',
        pass: 's3cret',
        adminEmail: 'no-reply@example.cm',
        senderName: 'WCAP',
      },
    );
    expect(() =>
      authSettingsFromConfig({ email: { smtp: { ...smtp, host: '' } } }, { SMTP_PASS: 'x' }),
    ).toThrow(StackError);
    expect(authSettingsFromConfig({ email: { smtp: { enabled: false } } }, {}).email.smtp).toBe(
      undefined,
    );
  });

  it("applies GoTrue's floors to mail codes: 0 means its default, a length outside 6–10 means 6", () => {
    const { email } = authSettingsFromConfig(
      { email: { max_frequency: '0s', otp_expiry: 0, otp_length: 4 } },
      {},
    );
    expect(email).toMatchObject({
      maxFrequencySeconds: 60,
      otpExpirySeconds: 86_400,
      otpLength: 6,
    });
  });

  it('lets SUPABASE_<KEY PATH> variables override the file, as the Supabase CLI does', () => {
    const settings = authSettingsFromConfig(
      { jwt_expiry: 600, rate_limit: { sign_in_sign_ups: 30, token_refresh: 150 } },
      {
        SUPABASE_AUTH_RATE_LIMIT_SIGN_IN_SIGN_UPS: '100000',
        SUPABASE_AUTH_RATE_LIMIT_TOKEN_REFRESH: '',
        SUPABASE_AUTH_ENABLE_SIGNUP: 'false',
      },
    );
    expect(settings.rateLimits.signInSignUps).toBe(100000);
    // An empty variable is no override.
    expect(settings.rateLimits.tokenRefresh).toBe(150);
    expect(settings.jwtExpiry).toBe(600);
    expect(settings.disableSignup).toBe(true);
    expect(() =>
      authSettingsFromConfig({}, { SUPABASE_AUTH_RATE_LIMIT_TOKEN_REFRESH: 'beaucoup' }),
    ).toThrow(/auth\.rate_limit\.token_refresh/);
    expect(() => authSettingsFromConfig({}, { SUPABASE_AUTH_ENABLE_SIGNUP: 'oui' })).toThrow(
      /auth\.enable_signup/,
    );
  });

  it('maps confirmations and signup switches to GoTrue’s autoconfirm and disable flags', () => {
    const settings = authSettingsFromConfig(
      {
        enable_signup: false,
        enable_anonymous_sign_ins: true,
        email: { enable_signup: false, enable_confirmations: true },
        sms: { enable_signup: true, enable_confirmations: true, max_frequency: '1m30s' },
      },
      {},
    );
    expect(settings.disableSignup).toBe(true);
    expect(settings.anonymousSignIns).toBe(true);
    expect(settings.email).toMatchObject({ enabled: false, autoconfirm: false });
    expect(settings.sms).toMatchObject({
      enabled: true,
      autoconfirm: false,
      maxFrequencySeconds: 90,
    });
  });

  it('turns password_requirements into the character sets GoTrue checks', () => {
    const sets = (value: string) =>
      authSettingsFromConfig({ password_requirements: value }, {}).password.requiredCharacters;
    expect(sets('letters_digits')).toEqual([
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
      '0123456789',
    ]);
    expect(sets('lower_upper_letters_digits_symbols')).toHaveLength(4);
    expect(sets('lower_upper_letters_digits_symbols')[3]).toContain(':');
    expect(() => sets('strong')).toThrow(StackError);
  });

  it('refuses values of the wrong type with the key in the message', () => {
    expect(() => authSettingsFromConfig({ jwt_expiry: '1h' }, {})).toThrow(/auth\.jwt_expiry/);
    expect(() => authSettingsFromConfig({ jwt_expiry: 0 }, {})).toThrow(StackError);
    expect(() => authSettingsFromConfig({ email: { enable_signup: 'yes' } }, {})).toThrow(
      /auth\.email\.enable_signup/,
    );
    expect(() => authSettingsFromConfig({ sms: { max_frequency: '5 seconds' } }, {})).toThrow(
      /max_frequency/,
    );
    expect(() => authSettingsFromConfig('auth', {})).toThrow(StackError);
  });

  it('reads a pg-functions custom access token hook and refuses an HTTP one', () => {
    const settings = authSettingsFromConfig(
      {
        hook: {
          custom_access_token: {
            enabled: true,
            uri: 'pg-functions://postgres/public/custom_access_token_hook',
          },
        },
      },
      {},
    );
    expect(settings.hooks.customAccessToken).toEqual({
      kind: 'postgres',
      uri: 'pg-functions://postgres/public/custom_access_token_hook',
      schema: 'public',
      name: 'custom_access_token_hook',
    });
    const http = {
      enabled: true,
      uri: 'http://127.0.0.1:9999/hook',
      secrets: 'v1,whsec_' + 'a'.repeat(40),
    };
    expect(() => authSettingsFromConfig({ hook: { custom_access_token: http } }, {})).toThrow(
      /fonction Postgres/,
    );
    expect(() =>
      authSettingsFromConfig(
        { hook: { custom_access_token: { enabled: true, uri: 'pg-functions://postgres/x' } } },
        {},
      ),
    ).toThrow(StackError);
  });

  it('reads a Send SMS hook with standard-webhooks secrets, resolving env()', () => {
    const secret = 'v1,whsec_' + 'b'.repeat(44);
    const settings = authSettingsFromConfig(
      {
        hook: {
          send_sms: {
            enabled: true,
            uri: 'http://127.0.0.1:54321/functions/v1/send-sms',
            secrets: 'env(SMS_HOOK_SECRET)',
          },
        },
      },
      { SMS_HOOK_SECRET: secret },
    );
    expect(settings.hooks.sendSms).toEqual({
      kind: 'http',
      uri: 'http://127.0.0.1:54321/functions/v1/send-sms',
      secrets: [secret],
    });
    expect(() =>
      authSettingsFromConfig(
        { hook: { send_sms: { enabled: true, uri: 'https://x.test/hook', secrets: 'env(NOPE)' } } },
        {},
      ),
    ).toThrow(/NOPE/);
    expect(() =>
      authSettingsFromConfig(
        { hook: { send_sms: { enabled: true, uri: 'https://x.test/hook', secrets: 'secret' } } },
        {},
      ),
    ).toThrow(/whsec_/);
    expect(() =>
      authSettingsFromConfig(
        { hook: { send_sms: { enabled: true, uri: 'http://x.test/hook', secrets: secret } } },
        {},
      ),
    ).toThrow(/https/);
  });

  it('refuses a secret whose base64 does not decode, which GoTrue could not sign with', () => {
    const hook = (secrets: string) => ({
      hook: { send_sms: { enabled: true, uri: 'https://x.test/hook', secrets } },
    });
    const valid = `v1,whsec_${Buffer.alloc(24, 1).toString('base64')}`;
    expect(authSettingsFromConfig(hook(valid), {}).hooks.sendSms).toMatchObject({
      secrets: [valid],
    });
    // Several secrets are joined by "|"; each is checked.
    expect(() => authSettingsFromConfig(hook(`${valid}|v1,whsec_${'a'.repeat(33)}`), {})).toThrow(
      /whsec_/,
    );
    expect(() => authSettingsFromConfig(hook(`v1,whsec_${'a'.repeat(30)}=a`), {})).toThrow(
      /whsec_/,
    );
    expect(() => authSettingsFromConfig(hook(`v1a,whpk_${'a'.repeat(44)}`), {})).toThrow(/whsec_/);
  });

  it('reads the phone code length and lifetime from GoTrue variables, with its floors', () => {
    const sms = (env: Record<string, string>) => authSettingsFromConfig({}, env).sms;
    expect(sms({ GOTRUE_SMS_OTP_LENGTH: '8', GOTRUE_SMS_OTP_EXP: '120' })).toMatchObject({
      otpLength: 8,
      otpExpirySeconds: 120,
    });
    expect(sms({ GOTRUE_SMS_OTP_LENGTH: '12', GOTRUE_SMS_OTP_EXP: '0' })).toMatchObject({
      otpLength: 6,
      otpExpirySeconds: 60,
    });
    expect(sms({ GOTRUE_SMS_OTP_LENGTH: '4' }).otpLength).toBe(6);
    expect(() => sms({ GOTRUE_SMS_OTP_EXP: '10m' })).toThrow(/GOTRUE_SMS_OTP_EXP/);
  });

  it('reads [auth.sms.test_otp] with numbers stored as GoTrue stores them, and max_frequency 0 as a minute', () => {
    const { sms } = authSettingsFromConfig(
      { sms: { max_frequency: '0s', test_otp: { '+237 699 000 001': '123456' } } },
      {},
    );
    expect(sms.testOtps).toEqual({ '237699000001': '123456' });
    expect(sms.maxFrequencySeconds).toBe(60);
    expect(() =>
      authSettingsFromConfig({ sms: { test_otp: { '237699000001': 123456 } } }, {}),
    ).toThrow(/test_otp/);
  });

  it('ignores a disabled hook entirely', () => {
    const settings = authSettingsFromConfig(
      { hook: { send_sms: { enabled: false, uri: 'not a uri' } } },
      {},
    );
    expect(settings.hooks.sendSms).toBeUndefined();
  });
});
