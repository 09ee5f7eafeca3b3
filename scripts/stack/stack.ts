import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createKeyRing } from './api-keys';
import { startAuthService, type AuthService } from './auth/service';
import { authSettingsFromConfig, type AuthSettings } from './auth/settings';
import { readProjectConfig, type ProjectConfig } from './config';
import { projectEnv, readEnvFile, STACK_ENV_FILE, writeEnvFile } from './env-file';
import { createFunctionRuntime, discoverFunctions, type FunctionRuntime } from './functions';
import { startGateway, type Upstreams } from './gateway';
import { stackJwtSecret } from './jwt-secret';
import { deriveApiKeys } from './keys';
import { functionsDir, localDir, projectRoot } from './paths';
import { startDataApi, type DataApi } from './postgrest';
import { startPostgresChanges } from './realtime/postgres-changes/engine';
import { startRealtimeService, type RealtimeService } from './realtime/service';
import { HOST, assertPortFree, freePort } from './ports';
import { startDatabase, type DatabaseServer } from './postgres';
import { startScheduler, type Scheduler } from './scheduler';
import { applyBootstrap, applyMigrations, applySeed, type SeedOutcome } from './schema';
import type { StackError } from './stack-error';
import {
  DEFAULT_FLUTTERWAVE_SANDBOX_TOKEN,
  flutterwaveSandboxEnv,
  startFlutterwaveSandbox,
  type FlutterwaveSandbox,
} from '../sandbox/flutterwave/sandbox';
import {
  DEFAULT_LLM_SANDBOX_TOKEN,
  llmSandboxEnv,
  startLlmSandbox,
  type LlmSandbox,
} from '../sandbox/llm/sandbox';
import { startMailSandbox, type MailSandbox } from '../sandbox/mail/sandbox';
import {
  DEFAULT_WHATSAPP_SANDBOX_TOKEN,
  startWhatsAppSandbox,
  whatsAppSandboxEnv,
  type WhatsAppSandbox,
} from '../sandbox/whatsapp/sandbox';
import {
  DEFAULT_SANDBOX_TOKEN,
  startWatiSandbox,
  type WatiSandboxOptions,
} from '../sandbox/wati/sandbox';

/** What `WCAP_STACK_READY` prints: everything a script or a test needs to talk to the stack. */
export interface StackInfo {
  apiUrl: string;
  anonKey: string;
  serviceRoleKey: string;
  publishableKey: string;
  secretKey: string;
  jwtSecret: string;
  /** As `postgres`, which is not a superuser (as on hosted Supabase): what SUPABASE_DB_URL gives. */
  dbUrl: string;
  /** As the bootstrap superuser (supabase_admin), for what only Supabase itself does. */
  adminDbUrl: string;
  functionsUrl: string;
  realtimeUrl: string;
  /**
   * Simulators of external services, by name: `wati` ({url, token}), `mail` ({url, smtpHost,
   * smtpPort}: the mail catcher's page and API, and where SMTP goes)…
   */
  sandboxes: Record<string, unknown>;
  migrationsApplied: number;
  seed: SeedOutcome | 'skipped';
  dataDir: string;
  logDir: string;
  startupMs: number;
}

export interface StackOptions {
  /** Temporary data directory and free ports, all removed on stop. */
  ephemeral?: boolean;
  /** Load supabase/seed.sql when it was never loaded or has changed. */
  seed?: boolean;
  /** Keep data here instead of `.local/` (free ports are then used too). */
  dataDir?: string;
  /** Sandbox settings for benchmarks and tests (webhook pace, faults…). */
  watiSandbox?: Omit<WatiSandboxOptions, 'host' | 'port' | 'token'>;
  /**
   * Variables read over the environment and `.env`, e.g. the `SUPABASE_AUTH_RATE_LIMIT_*`
   * overrides of config.toml that a test run needs.
   */
  env?: Record<string, string>;
}

export interface RunningStack {
  info: StackInfo;
  /**
   * Settles when a part the stack cannot run without is lost for good (Postgres that will not
   * restart); the stack has stopped itself by then.
   */
  failure: Promise<StackError>;
  stop(): Promise<void>;
}

const DEFAULT_API_PORT = 54321;
const DEFAULT_DB_PORT = 54322;
const DEFAULT_WATI_SANDBOX_PORT = 54340;
/** The Supabase CLI's Inbucket ports: its web page, and the SMTP port it suggests exposing. */
const DEFAULT_MAIL_SANDBOX_PORT = 54324;
const DEFAULT_MAIL_SANDBOX_SMTP_PORT = 54325;
const DEFAULT_WHATSAPP_SANDBOX_PORT = 54341;
const DEFAULT_FLUTTERWAVE_SANDBOX_PORT = 54342;
const DEFAULT_LLM_SANDBOX_PORT = 54343;
/** Written in the data directory at each start: the ready line's JSON, for tools (mode 0600). */
export const STACK_READY_FILE = 'stack-ready.json';
/** Local-only key for secrets at rest (e.g. Wati tokens); hosted projects set their own. */
const LOCAL_SECRETS_KEY = 'd2NhcC1sb2NhbC1vbmx5LXNlY3JldHMta2V5LTMyYiE=';
/**
 * The WhatsApp login's local defaults (hosted projects set their own: README, « Déploiement »):
 * the secret Auth signs the Send SMS hook with, the pepper of WCAP's codes, and Auth's own code
 * made 10 digits long and 10 minutes alive, as WCAP's (Auth's is never shown to anyone).
 */
const LOCAL_LOGIN_ENV = {
  SEND_SMS_HOOK_SECRET: 'v1,whsec_d2NhcC1sb2NhbC1vbmx5LXNlbmQtc21zLWhvb2stMzJi',
  WCAP_OTP_PEPPER: 'wcap-local-only-otp-pepper',
  GOTRUE_SMS_OTP_LENGTH: '10',
  GOTRUE_SMS_OTP_EXP: '600',
};

function numberFrom(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/**
 * Secrets given to Edge Functions: local defaults (the Wati sandbox for organisations in sandbox
 * mode, the mail sandbox as SMTP server, the addresses links in emails may lead to, a local
 * encryption key), the project's `.env` files, then Supabase's own variables.
 */
function functionEnv(
  info: Pick<StackInfo, 'apiUrl' | 'anonKey' | 'serviceRoleKey' | 'dbUrl'>,
  sandboxes: {
    wati: { url: string; token: string };
    mail: MailSandbox;
    whatsapp: WhatsAppSandbox;
    flutterwave: FlutterwaveSandbox;
    llm: LlmSandbox;
  },
  auth: AuthSettings,
  sender: ProjectConfig['inbucket'],
  env: Record<string, string | undefined>,
): Record<string, string> {
  return {
    WCAP_SECRETS_KEY: LOCAL_SECRETS_KEY,
    SEND_SMS_HOOK_SECRET: env.SEND_SMS_HOOK_SECRET ?? LOCAL_LOGIN_ENV.SEND_SMS_HOOK_SECRET,
    WCAP_OTP_PEPPER: env.WCAP_OTP_PEPPER ?? LOCAL_LOGIN_ENV.WCAP_OTP_PEPPER,
    // The platform WhatsApp number: the sandbox, as Meta's Cloud API unless told Twilio.
    ...whatsAppSandboxEnv(sandboxes.whatsapp),
    WHATSAPP_PROVIDER: env.WHATSAPP_PROVIDER ?? 'meta',
    ...flutterwaveSandboxEnv(sandboxes.flutterwave),
    ...llmSandboxEnv(sandboxes.llm),
    WHATSAPP_WEBHOOK_URL: `${info.apiUrl}/functions/v1/whatsapp-webhook`,
    // Raised for runs where every client is this machine (test-support/rate-limits.ts).
    ...(env.WCAP_OTP_ADDRESS_LIMIT ? { WCAP_OTP_ADDRESS_LIMIT: env.WCAP_OTP_ADDRESS_LIMIT } : {}),
    WATI_SANDBOX_URL: sandboxes.wati.url,
    WATI_SANDBOX_TOKEN: sandboxes.wati.token,
    SMTP_HOST: sandboxes.mail.smtpHost,
    SMTP_PORT: String(sandboxes.mail.smtpPort),
    SMTP_FROM: `${sender.senderName} <${sender.adminEmail}>`,
    // The same list as Auth's redirects (site_url, additional_redirect_urls).
    WCAP_SITE_URL: auth.siteUrl,
    WCAP_ADDITIONAL_REDIRECT_URLS: auth.additionalRedirectUrls.join(','),
    ...readEnvFile(path.join(projectRoot, '.env')),
    ...readEnvFile(path.join(functionsDir, '.env')),
    SUPABASE_URL: info.apiUrl,
    SUPABASE_ANON_KEY: info.anonKey,
    SUPABASE_SERVICE_ROLE_KEY: info.serviceRoleKey,
    SUPABASE_DB_URL: info.dbUrl,
  };
}

export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const startedAt = performance.now();
  const env: Record<string, string | undefined> = {
    ...LOCAL_LOGIN_ENV,
    ...projectEnv(),
    ...options.env,
  };
  const config = readProjectConfig();
  const fixedPorts = !options.ephemeral && !options.dataDir;
  const dataDir = options.ephemeral
    ? fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-stack-'))
    : (options.dataDir ?? localDir);
  const logDir = path.join(dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const keys = await deriveApiKeys(
    stackJwtSecret({
      configured: env.WCAP_JWT_SECRET,
      dataDir: options.ephemeral ? undefined : dataDir,
    }),
  );

  const apiPort = fixedPorts ? numberFrom(env.WCAP_API_PORT, DEFAULT_API_PORT) : await freePort();
  // config.toml points Auth's Send SMS hook at the API's usual port: a stack on another port
  // (tests, benchmarks) points it at its own.
  const authSettings = authSettingsFromConfig(config.auth, {
    ...(fixedPorts
      ? {}
      : {
          SUPABASE_AUTH_HOOK_SEND_SMS_URI: `http://${HOST}:${apiPort}/functions/v1/send-sms-hook`,
        }),
    ...env,
  });
  const dbPort = fixedPorts ? numberFrom(env.WCAP_DB_PORT, DEFAULT_DB_PORT) : await freePort();
  const mailPort = fixedPorts
    ? numberFrom(env.WCAP_MAIL_SANDBOX_PORT, DEFAULT_MAIL_SANDBOX_PORT)
    : 0;
  const mailSmtpPort = fixedPorts
    ? numberFrom(env.WCAP_MAIL_SANDBOX_SMTP_PORT, DEFAULT_MAIL_SANDBOX_SMTP_PORT)
    : 0;
  if (fixedPorts) {
    await assertPortFree(apiPort, 'API Supabase', 'WCAP_API_PORT');
    await assertPortFree(mailPort, 'boîte mail de test', 'WCAP_MAIL_SANDBOX_PORT');
    await assertPortFree(
      numberFrom(env.WCAP_WHATSAPP_SANDBOX_PORT, DEFAULT_WHATSAPP_SANDBOX_PORT),
      'bac à sable WhatsApp de la plateforme',
      'WCAP_WHATSAPP_SANDBOX_PORT',
    );
    await assertPortFree(
      numberFrom(env.WCAP_FLUTTERWAVE_SANDBOX_PORT, DEFAULT_FLUTTERWAVE_SANDBOX_PORT),
      'bac à sable Flutterwave',
      'WCAP_FLUTTERWAVE_SANDBOX_PORT',
    );
    await assertPortFree(
      numberFrom(env.WCAP_LLM_SANDBOX_PORT, DEFAULT_LLM_SANDBOX_PORT),
      'bac à sable LLM',
      'WCAP_LLM_SANDBOX_PORT',
    );
    await assertPortFree(
      mailSmtpPort,
      'SMTP de la boîte mail de test',
      'WCAP_MAIL_SANDBOX_SMTP_PORT',
    );
  }

  const stops: (() => Promise<void>)[] = [];
  let stopping = Promise.resolve();
  // A signal, a lost database and a failed start may all ask: one after the other, each stopping
  // what is still running, last started first.
  const stop = (): Promise<void> =>
    (stopping = stopping.then(async () => {
      while (stops.length > 0) await stops.pop()!().catch(() => undefined);
      if (options.ephemeral) fs.rmSync(dataDir, { recursive: true, force: true });
    }));
  let reportFailure!: (error: StackError) => void;
  const failure = new Promise<StackError>((resolve) => {
    reportFailure = resolve;
  });

  try {
    const db: DatabaseServer = await startDatabase({
      externalUrl: env.SUPABASE_DB_URL || undefined,
      ephemeral: Boolean(options.ephemeral),
      dataDir: path.join(dataDir, 'postgres'),
      port: dbPort,
      logFile: path.join(logDir, 'postgres.log'),
      onLost: (error) => void stop().then(() => reportFailure(error)),
    });
    stops.push(() => db.stop());

    await applyBootstrap(db.adminUrl);
    // As hosted's non-superuser `postgres`, so that what Supabase refuses fails here too.
    const applied = await applyMigrations(db.url);
    const seed = options.seed ? await applySeed(db.url, { onlyIfChanged: true }) : 'skipped';

    const mailSandbox = await startMailSandbox({
      host: HOST,
      httpPort: mailPort,
      smtpPort: mailSmtpPort,
    });
    stops.push(() => mailSandbox.stop());

    const apiUrl = `http://${HOST}:${apiPort}`;
    const [dataApi, auth, realtime]: [DataApi, AuthService, RealtimeService] = await Promise.all([
      startDataApi({
        authenticatorUrl: db.urlAs('authenticator', 'postgres'),
        jwtSecret: keys.jwtSecret,
        api: config.api,
        logDir,
      }),
      startAuthService({
        databaseUrl: db.urlAs('supabase_auth_admin', 'postgres'),
        host: HOST,
        port: 0,
        jwtSecret: keys.jwtSecret,
        issuer: `${apiUrl}/auth/v1`,
        settings: authSettings,
        smtp: {
          host: mailSandbox.smtpHost,
          port: mailSandbox.smtpPort,
          adminEmail: config.inbucket.adminEmail,
          senderName: config.inbucket.senderName,
        },
      }),
      // Realtime connects as supabase_admin on Supabase.
      startPostgresChanges({ dbUrl: db.adminUrl, logFile: path.join(logDir, 'realtime.log') }).then(
        (postgresChanges) =>
          startRealtimeService({
            postgresChanges,
            dbUrl: db.adminUrl,
            jwtSecret: keys.jwtSecret,
            host: HOST,
            logFile: path.join(logDir, 'realtime.log'),
          }),
      ),
    ]);
    stops.push(
      () => dataApi.process.stop(),
      () => auth.stop(),
      () => realtime.stop(),
    );

    const watiSandbox = await startWatiSandbox({
      ...options.watiSandbox,
      host: HOST,
      port: fixedPorts ? numberFrom(env.WCAP_WATI_SANDBOX_PORT, DEFAULT_WATI_SANDBOX_PORT) : 0,
      token: env.WATI_SANDBOX_TOKEN || DEFAULT_SANDBOX_TOKEN,
    });
    stops.push(() => watiSandbox.stop());

    const functionsUrl = `${apiUrl}/functions/v1`;
    const whatsappSandbox = await startWhatsAppSandbox({
      host: HOST,
      port: fixedPorts
        ? numberFrom(env.WCAP_WHATSAPP_SANDBOX_PORT, DEFAULT_WHATSAPP_SANDBOX_PORT)
        : 0,
      // A fixed token keeps the provider's secrets from one start to the next; tests get new ones.
      token: fixedPorts ? env.WHATSAPP_SANDBOX_TOKEN || DEFAULT_WHATSAPP_SANDBOX_TOKEN : undefined,
      webhookUrls: {
        meta: `${functionsUrl}/whatsapp-webhook`,
        twilio: `${functionsUrl}/whatsapp-webhook?provider=twilio`,
      },
    });
    stops.push(() => whatsappSandbox.stop());

    const flutterwaveSandbox = await startFlutterwaveSandbox({
      host: HOST,
      port: fixedPorts
        ? numberFrom(env.WCAP_FLUTTERWAVE_SANDBOX_PORT, DEFAULT_FLUTTERWAVE_SANDBOX_PORT)
        : 0,
      token: fixedPorts
        ? env.FLUTTERWAVE_SANDBOX_TOKEN || DEFAULT_FLUTTERWAVE_SANDBOX_TOKEN
        : undefined,
      webhookUrl: `${functionsUrl}/flutterwave-webhook`,
    });
    stops.push(() => flutterwaveSandbox.stop());

    const llmSandbox = await startLlmSandbox({
      host: HOST,
      port: fixedPorts ? numberFrom(env.WCAP_LLM_SANDBOX_PORT, DEFAULT_LLM_SANDBOX_PORT) : 0,
      token: fixedPorts ? env.LLM_SANDBOX_TOKEN || DEFAULT_LLM_SANDBOX_TOKEN : undefined,
    });
    stops.push(() => llmSandbox.stop());

    const functions: FunctionRuntime = createFunctionRuntime({
      functions: discoverFunctions(config.functions),
      env: functionEnv(
        { apiUrl, anonKey: keys.anonKey, serviceRoleKey: keys.serviceRoleKey, dbUrl: db.url },
        {
          wati: watiSandbox,
          mail: mailSandbox,
          whatsapp: whatsappSandbox,
          flutterwave: flutterwaveSandbox,
          llm: llmSandbox,
        },
        authSettings,
        config.inbucket,
        env,
      ),
      logDir,
    });
    stops.push(() => functions.stop());

    const upstreams: Upstreams = { rest: dataApi.port, auth: auth.port, realtime: realtime.port };
    const gateway: http.Server = await startGateway({
      port: apiPort,
      upstreams,
      functions,
      keyRing: createKeyRing(keys),
      jwtSecret: keys.jwtSecret,
    });
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          gateway.close(() => resolve());
          gateway.closeAllConnections();
        }),
    );

    // pg_cron runs a job as its owner: `postgres`, who scheduled it in a migration.
    const scheduler: Scheduler | undefined = await startScheduler({
      dbUrl: db.url,
      apiUrl,
      serviceRoleKey: keys.serviceRoleKey,
      logFile: path.join(logDir, 'scheduler.log'),
    });
    if (scheduler) stops.push(() => scheduler.stop());

    functions.warmUp();
    // Kept with the data, where ops scripts find the address and keys (see projectEnv).
    if (!options.ephemeral) {
      writeEnvFile(path.join(dataDir, STACK_ENV_FILE), {
        SUPABASE_URL: apiUrl,
        SUPABASE_ANON_KEY: keys.anonKey,
        SUPABASE_SERVICE_ROLE_KEY: keys.serviceRoleKey,
      });
    }
    const info: StackInfo = {
      apiUrl,
      anonKey: keys.anonKey,
      serviceRoleKey: keys.serviceRoleKey,
      publishableKey: keys.publishableKey,
      secretKey: keys.secretKey,
      jwtSecret: keys.jwtSecret,
      dbUrl: db.url,
      adminDbUrl: db.adminUrl,
      functionsUrl,
      realtimeUrl: `ws://${HOST}:${apiPort}/realtime/v1`,
      sandboxes: {
        wati: { url: watiSandbox.url, token: watiSandbox.token },
        whatsapp: {
          url: whatsappSandbox.url,
          token: whatsappSandbox.token,
          platformNumber: whatsappSandbox.platformNumber,
          meta: whatsappSandbox.meta,
          twilio: whatsappSandbox.twilio,
          webhookUrls: whatsappSandbox.webhookUrls,
        },
        flutterwave: {
          url: flutterwaveSandbox.url,
          token: flutterwaveSandbox.token,
          secretHash: flutterwaveSandbox.secretHash,
          secretKey: flutterwaveSandbox.secretKey,
        },
        llm: { url: llmSandbox.url, apiKey: llmSandbox.apiKey, token: llmSandbox.token },
        mail: {
          url: mailSandbox.url,
          smtpHost: mailSandbox.smtpHost,
          smtpPort: mailSandbox.smtpPort,
        },
      },
      migrationsApplied: applied.length,
      seed,
      dataDir,
      logDir,
      startupMs: Math.round(performance.now() - startedAt),
    };
    // The keys and the JWT secret are in there: for the owner only, even if the file existed.
    const readyFile = path.join(dataDir, STACK_READY_FILE);
    fs.writeFileSync(readyFile, `${JSON.stringify(info)}\n`, { mode: 0o600 });
    fs.chmodSync(readyFile, 0o600);
    return { info, failure, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
