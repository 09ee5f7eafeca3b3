/**
 * What `npm run deploy` does to a hosted Supabase project, as a list of steps computed from the
 * environment and the installed CLI's major version, so that it can be shown (`--dry-run`) and
 * tested without touching a project.
 */

export interface DeployEnvironment {
  projectRef: string;
  dbUrl: string;
  secretsKey: string;
  serviceRoleKey: string;
  anonKey?: string;
  /** Public address of the functions when a custom domain fronts them. */
  publicFunctionsUrl?: string;
  /** The functions' other secrets that are set (WhatsApp login, platform number, e-mail…). */
  optionalSecrets: Record<string, string>;
}

export type DeployStep =
  | { kind: 'cli'; title: string; args: string[]; secret?: boolean }
  | { kind: 'vault'; title: string; secrets: Record<string, string> };

/** The variables `npm run deploy` needs, with what each one is, in French for the message. */
export const requiredVariables: Record<string, string> = {
  SUPABASE_ACCESS_TOKEN: 'jeton personnel Supabase (Dashboard › Account › Access Tokens)',
  SUPABASE_PROJECT_REF: 'identifiant du projet (20 lettres, dans l’URL du Dashboard)',
  SUPABASE_DB_URL:
    'chaîne de connexion Postgres du projet (Dashboard › Connect › Session pooler), mot de passe compris',
  SUPABASE_SERVICE_ROLE_KEY: 'clé service_role du projet (Dashboard › Project Settings › API Keys)',
  WCAP_SECRETS_KEY:
    'clé de chiffrement des jetons Wati (32 octets en base64 ; à garder : la perdre rend les jetons enregistrés illisibles)',
};

/**
 * Function secrets passed on when they are set: the WhatsApp login (the Send SMS hook's secret,
 * the codes' pepper), the platform WhatsApp number (Meta Cloud API or Twilio), the application's
 * address and e-mail, Flutterwave (top-ups) and the OpenAI-compatible model (AI writing). Without
 * them those features answer that they are not configured.
 */
export const optionalFunctionSecrets = [
  'SEND_SMS_HOOK_SECRET',
  'WCAP_OTP_PEPPER',
  'WHATSAPP_PROVIDER',
  'WHATSAPP_WEBHOOK_URL',
  'META_GRAPH_URL',
  'META_GRAPH_VERSION',
  'META_ACCESS_TOKEN',
  'META_PHONE_NUMBER_ID',
  'META_APP_SECRET',
  'META_VERIFY_TOKEN',
  'META_AUTH_TEMPLATE',
  'TWILIO_API_URL',
  'TWILIO_ACCOUNT_SID',
  'TWILIO_AUTH_TOKEN',
  'TWILIO_WHATSAPP_FROM',
  'TWILIO_AUTH_CONTENT_SID',
  'WCAP_SITE_URL',
  'WCAP_ADDITIONAL_REDIRECT_URLS',
  'SMTP_HOST',
  'SMTP_PORT',
  'SMTP_USER',
  'SMTP_PASS',
  'SMTP_FROM',
  'FLUTTERWAVE_API_URL',
  'FLUTTERWAVE_SECRET_KEY',
  'FLUTTERWAVE_SECRET_HASH',
  'OPENAI_BASE_URL',
  'OPENAI_API_KEY',
  'OPENAI_MODEL',
] as const;

/** The missing or empty variables among those `npm run deploy` needs. */
export function missingVariables(env: Record<string, string | undefined>): string[] {
  return Object.keys(requiredVariables).filter((name) => !env[name]);
}

export function deployEnvironment(env: Record<string, string | undefined>): DeployEnvironment {
  return {
    projectRef: env.SUPABASE_PROJECT_REF!,
    dbUrl: env.SUPABASE_DB_URL!,
    secretsKey: env.WCAP_SECRETS_KEY!,
    serviceRoleKey: env.SUPABASE_SERVICE_ROLE_KEY!,
    anonKey: env.SUPABASE_ANON_KEY || undefined,
    publicFunctionsUrl: env.WCAP_PUBLIC_FUNCTIONS_URL || undefined,
    optionalSecrets: Object.fromEntries(
      optionalFunctionSecrets.flatMap((name) => (env[name] ? [[name, env[name]]] : [])),
    ),
  };
}

export function projectUrl(projectRef: string): string {
  return `https://${projectRef}.supabase.co`;
}

/**
 * The steps, in order. CLI v3 targets the local stack unless told otherwise and asks before
 * changing a hosted project, so every hosted command names its target and passes `--yes`; v2
 * accepts the same flags.
 */
export function deployPlan(environment: DeployEnvironment): DeployStep[] {
  const { projectRef } = environment;
  const functionSecrets = [
    `WCAP_SECRETS_KEY=${environment.secretsKey}`,
    ...(environment.publicFunctionsUrl
      ? [`WCAP_PUBLIC_FUNCTIONS_URL=${environment.publicFunctionsUrl}`]
      : []),
    ...Object.entries(environment.optionalSecrets).map(([name, value]) => `${name}=${value}`),
  ];
  return [
    {
      kind: 'cli',
      title: 'Lien avec le projet',
      args: ['link', '--project-ref', projectRef, '--yes'],
    },
    {
      kind: 'cli',
      title: 'Migrations de la base (sans les données de démonstration)',
      args: ['db', 'push', '--db-url', environment.dbUrl, '--yes'],
      secret: true,
    },
    {
      kind: 'cli',
      title: 'Secrets des Edge Functions',
      args: ['secrets', 'set', '--project-ref', projectRef, '--yes', ...functionSecrets],
      secret: true,
    },
    {
      kind: 'cli',
      title: 'Edge Functions',
      args: ['functions', 'deploy', '--project-ref', projectRef, '--yes'],
    },
    {
      kind: 'vault',
      title: 'Secrets Vault des tâches planifiées (pg_cron → pg_net)',
      secrets: {
        project_url: projectUrl(projectRef),
        service_role_key: environment.serviceRoleKey,
      },
    },
  ];
}

/** A step as it may be printed: secrets hidden. */
export function describeStep(step: DeployStep): string {
  if (step.kind === 'vault') return `vault : ${Object.keys(step.secrets).join(', ')}`;
  const shown = step.args.map((arg) =>
    step.secret && (arg.includes('=') || arg.startsWith('postgres')) ? '•••' : arg,
  );
  return `supabase ${shown.join(' ')}`;
}
