import { describe, expect, it } from 'vitest';
import { deployEnvironment, deployPlan, describeStep, missingVariables } from './plan';

const env = {
  SUPABASE_ACCESS_TOKEN: 'sbp_token',
  SUPABASE_PROJECT_REF: 'abcdefghijklmnopqrst',
  SUPABASE_DB_URL: 'postgresql://postgres.abc:pw@pooler.supabase.com:5432/postgres',
  SUPABASE_SERVICE_ROLE_KEY: 'service-key',
  WCAP_SECRETS_KEY: 'c2VjcmV0',
};

describe('npm run deploy', () => {
  it('names every variable it lacks', () => {
    expect(missingVariables({ ...env, SUPABASE_DB_URL: '', WCAP_SECRETS_KEY: undefined })).toEqual([
      'SUPABASE_DB_URL',
      'WCAP_SECRETS_KEY',
    ]);
    expect(missingVariables(env)).toEqual([]);
  });

  it('pushes migrations, secrets and functions to the named project, then the Vault secrets', () => {
    const steps = deployPlan(deployEnvironment(env));
    expect(steps.map(describeStep)).toEqual([
      'supabase link --project-ref abcdefghijklmnopqrst --yes',
      'supabase db push --db-url ••• --yes',
      'supabase secrets set --project-ref abcdefghijklmnopqrst --yes •••',
      'supabase functions deploy --project-ref abcdefghijklmnopqrst --yes',
      'vault : project_url, service_role_key',
    ]);
    expect(steps.at(-1)).toMatchObject({
      secrets: {
        project_url: 'https://abcdefghijklmnopqrst.supabase.co',
        service_role_key: 'service-key',
      },
    });
  });

  it('passes on the optional function secrets that are set, and only those', () => {
    const steps = deployPlan(
      deployEnvironment({
        ...env,
        WHATSAPP_PROVIDER: 'meta',
        META_APP_SECRET: 's3cret',
        TWILIO_AUTH_TOKEN: '',
      }),
    );
    const secrets = steps.find((step) => step.kind === 'cli' && step.args[0] === 'secrets');
    expect(secrets).toMatchObject({
      secret: true,
      args: [
        'secrets',
        'set',
        '--project-ref',
        'abcdefghijklmnopqrst',
        '--yes',
        'WCAP_SECRETS_KEY=c2VjcmV0',
        'WHATSAPP_PROVIDER=meta',
        'META_APP_SECRET=s3cret',
      ],
    });
  });

  it('never pushes the demo seed', () => {
    const args = deployPlan(deployEnvironment(env)).flatMap((step) =>
      step.kind === 'cli' ? step.args : [],
    );
    expect(args).not.toContain('--include-seed');
  });
});
