import { parseArgs } from 'node:util';
import { startWatiSandbox } from './sandbox';
import { exitWhenNotStarted, stopOnSignals } from '../standalone';

// Standalone: `node --import tsx scripts/sandbox/wati/main.ts [--port 54340] [--tenant 100001]…
// [--webhook-concurrency 16]`
const DEFAULT_PORT = 54340;

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    token: { type: 'string' },
    // e.g. http://127.0.0.1:54321/functions/v1/wati-webhook?tenant={tenantId}
    'webhook-url': { type: 'string' },
    'failure-rate': { type: 'string' },
    // Webhook POSTs in flight at once (default 16).
    'webhook-concurrency': { type: 'string' },
    tenant: { type: 'string', multiple: true },
  },
});

function numberOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    console.error(`--${name} attend un nombre positif, pas « ${value} ».`);
    process.exit(1);
  }
  return parsed;
}

function wholeNumberOption(name: string, value: string | undefined, fallback: number): number {
  const parsed = numberOption(name, value, fallback);
  if (!Number.isInteger(parsed) || parsed < 1) {
    console.error(`--${name} attend un nombre entier d’au moins 1, pas « ${value} ».`);
    process.exit(1);
  }
  return parsed;
}

const sandbox = await startWatiSandbox({
  host: values.host,
  port: numberOption('port', values.port, DEFAULT_PORT),
  token: values.token,
  webhookUrl: values['webhook-url'],
  failureRate: numberOption('failure-rate', values['failure-rate'], 0),
  webhookConcurrency: wholeNumberOption('webhook-concurrency', values['webhook-concurrency'], 16),
}).catch(
  exitWhenNotStarted(
    'Le port du bac à sable Wati est déjà utilisé ; choisissez-en un autre avec --port.',
    "Le bac à sable Wati n'a pas démarré",
  ),
);

console.log(`WATI_SANDBOX_READY ${JSON.stringify({ url: sandbox.url, token: sandbox.token })}`);
console.log(`Bac à sable Wati prêt sur ${sandbox.url}. Ctrl-C pour arrêter.`);
for (const id of values.tenant ?? []) {
  const { endpoint, token } = sandbox.addTenant({ id });
  console.log(`  Espace ${id} : point d'accès ${endpoint}, jeton ${token}`);
}

stopOnSignals(sandbox);
