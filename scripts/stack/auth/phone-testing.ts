import crypto from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SupabaseClient } from '@supabase/supabase-js';
import { createNodeClient } from '../../node-supabase-client';
import { readProjectConfig } from '../config';
import { HOST } from '../ports';
import type { StackInfo } from '../stack';
import { startAuthService, type AuthService } from './service';
import { authSettingsFromConfig } from './settings';

/** What Auth posts to the Send SMS hook (GoTrue's SendSMSInput). */
export interface SendSmsPayload {
  metadata: { uuid: string; time: string; name: string; ip_address?: string };
  user: Record<string, unknown> & { id: string; phone: string; new_phone?: string };
  sms: { otp: string; phone: string };
}

export interface HookCall {
  headers: IncomingHttpHeaders;
  /** The raw body, as signed. */
  body: string;
  payload: SendSmsPayload;
}

/** How the hook answers a call: a response, or `hang` (never answers). */
export type HookAnswer =
  { status: number; headers?: Record<string, string>; body?: string } | 'hang';

const ACCEPTED: HookAnswer = {
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: '{}',
};

/**
 * A Send SMS hook on this machine, as the send-sms-hook function stands for it: it records every
 * call and answers as the test tells it to (by default `200 {}`, the answer Auth wants).
 */
export async function startHookReceiver(): Promise<{
  url: string;
  calls: HookCall[];
  answerWith(answer: (call: HookCall) => HookAnswer): void;
  callsFor(phone: string): HookCall[];
  stop(): Promise<void>;
}> {
  const calls: HookCall[] = [];
  let answer: (call: HookCall) => HookAnswer = () => ACCEPTED;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const call = { headers: req.headers, body, payload: JSON.parse(body) as SendSmsPayload };
      calls.push(call);
      const reply = answer(call);
      if (reply === 'hang') return;
      res.writeHead(reply.status, reply.headers ?? {}).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  return {
    url: `http://${HOST}:${(server.address() as AddressInfo).port}/functions/v1/send-sms-hook`,
    calls,
    answerWith: (next) => {
      answer = next;
    },
    callsFor: (phone) => calls.filter((call) => call.payload.sms.phone === phone),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A fresh secret in the form config.toml's `env(SEND_SMS_HOOK_SECRET)` expects. */
export function newHookSecret(): string {
  return `v1,whsec_${crypto.randomBytes(32).toString('base64')}`;
}

/** A Cameroonian mobile number as Auth stores it, unique enough for one test run. */
export function uniquePhone(): string {
  return `2376${crypto.randomInt(10_000_000, 99_999_999)}`;
}

/**
 * An Auth service with supabase/config.toml's `[auth]`, as WCAP's stack runs it (10-digit codes
 * valid 10 minutes), its Send SMS hook pointed at `hookUrl`, on the test stack's database, reached
 * by unmodified supabase-js clients without the gateway.
 */
export async function startPhoneAuth(
  stack: StackInfo,
  options: {
    hookUrl: string;
    secret: string;
    env?: Record<string, string>;
    auth?: (section: Record<string, unknown>) => Record<string, unknown>;
  },
): Promise<{ service: AuthService; url: string; client(): SupabaseClient }> {
  const section = readProjectConfig().auth as Record<string, unknown>;
  const databaseUrl = new URL(stack.dbUrl);
  databaseUrl.username = 'supabase_auth_admin';
  databaseUrl.password = 'postgres';
  const service = await startAuthService({
    databaseUrl: databaseUrl.toString(),
    host: HOST,
    port: 0,
    jwtSecret: stack.jwtSecret,
    issuer: `${stack.apiUrl}/auth/v1`,
    settings: authSettingsFromConfig(options.auth ? options.auth(section) : section, {
      SEND_SMS_HOOK_SECRET: options.secret,
      GOTRUE_SMS_OTP_LENGTH: '10',
      GOTRUE_SMS_OTP_EXP: '600',
      SUPABASE_AUTH_HOOK_SEND_SMS_URI: options.hookUrl,
      // Every test sends from one process: the hourly sms_sent cap is tested on its own.
      SUPABASE_AUTH_RATE_LIMIT_SMS_SENT: '1000000',
      ...options.env,
    }),
  });
  const url = `http://${HOST}:${service.port}`;
  const direct: typeof fetch = (input, init) =>
    fetch(String(input instanceof Request ? input.url : input).replace('/auth/v1', ''), init);
  return {
    service,
    url,
    client: () => createNodeClient(url, stack.anonKey, { global: { fetch: direct } }),
  };
}
