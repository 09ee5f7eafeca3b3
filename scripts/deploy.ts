import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  deployEnvironment,
  deployPlan,
  describeStep,
  missingVariables,
  projectUrl,
  requiredVariables,
  type DeployStep,
} from './deploy/plan';

/**
 * `npm run deploy [-- --dry-run]`: takes a hosted Supabase project from zero with the `supabase`
 * CLI the user has installed (it is not a dependency: its npm package downloads a binary at
 * install time). See « Déployer sur Supabase » in the README.
 */

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function cliAvailable(): boolean {
  return spawnSync('supabase', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function storeVaultSecrets(dbUrl: string, secrets: Record<string, string>): Promise<void> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    for (const [name, value] of Object.entries(secrets)) {
      // vault.create_secret refuses a name already taken: update the secret when it exists.
      await client.query(
        `select case
           when exists (select 1 from vault.secrets where name = $1)
             then vault.update_secret((select id from vault.secrets where name = $1), $2)
           else vault.create_secret($2, $1)
         end`,
        [name, value],
      );
    }
  } finally {
    await client.end();
  }
}

async function run(step: DeployStep): Promise<void> {
  if (step.kind === 'vault')
    return storeVaultSecrets(deployEnvironment(process.env).dbUrl, step.secrets);
  const result = spawnSync('supabase', step.args, { stdio: 'inherit' });
  if (result.status !== 0) fail(`Échec de l’étape « ${step.title} » : ${describeStep(step)}`);
}

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const missing = missingVariables(process.env);
if (missing.length > 0) {
  fail(
    [
      'Variables manquantes pour déployer :',
      ...missing.map((name) => `  ${name} : ${requiredVariables[name]}`),
      'Voir « Déployer sur Supabase » dans le README.',
    ].join('\n'),
  );
}
const environment = deployEnvironment(process.env);
const steps = deployPlan(environment);
if (values['dry-run']) {
  for (const step of steps) console.log(`${step.title} : ${describeStep(step)}`);
  process.exit(0);
}
if (!cliAvailable()) {
  fail(
    'La CLI Supabase est introuvable. Installez-la (https://supabase.com/docs/guides/local-development/cli/getting-started), puis relancez npm run deploy.',
  );
}
for (const step of steps) {
  console.log(`\n==> ${step.title}`);
  await run(step);
}
console.log(
  [
    '\nDéployé. Reste à faire (voir le README) :',
    '  - Authentication › Hooks : « Before User Created » → Postgres, fonction private.before_user_created ;',
    '  - Database › Extensions : pg_cron et pg_net activés (les migrations les activent quand le projet les propose) ;',
    `  - construire l’application avec VITE_SUPABASE_URL=${projectUrl(environment.projectRef)} et VITE_SUPABASE_ANON_KEY=${environment.anonKey ?? '<clé anon du projet>'} (npm run build), puis publier dist/.`,
  ].join('\n'),
);
