import { parseArgs } from 'node:util';
import {
  DEFAULT_FLUTTERWAVE_SANDBOX_TOKEN,
  flutterwaveSandboxEnv,
  startFlutterwaveSandbox,
} from './sandbox';

// Standalone: `node --import tsx scripts/sandbox/flutterwave/main.ts [--port 54342] [--token T]
// [--webhook-url URL] [--merchant-name WCAP]`. The default token keeps the secrets the same from
// one run to the next, so the variables printed below stay valid.
const DEFAULT_PORT = 54342;

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    token: { type: 'string' },
    // e.g. http://127.0.0.1:54321/functions/v1/flutterwave-webhook
    'webhook-url': { type: 'string' },
    'merchant-name': { type: 'string' },
  },
});

function portOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    console.error(`--port attend un numéro de port, pas « ${value} ».`);
    process.exit(1);
  }
  return parsed;
}

const sandbox = await startFlutterwaveSandbox({
  host: values.host,
  port: portOption(values.port),
  token: values.token ?? DEFAULT_FLUTTERWAVE_SANDBOX_TOKEN,
  webhookUrl: values['webhook-url'],
  merchantName: values['merchant-name'],
}).catch((error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? 'Le port du bac à sable Flutterwave est déjà utilisé ; choisissez-en un autre avec --port.'
      : `Le bac à sable Flutterwave n'a pas démarré : ${error.message}`,
  );
  process.exit(1);
});

const { url, token, secretKey, publicKey, secretHash, webhookUrl } = sandbox;
console.log(
  `FLUTTERWAVE_SANDBOX_READY ${JSON.stringify({ url, token, secretKey, publicKey, secretHash, webhookUrl })}`,
);
console.log(`Bac à sable Flutterwave prêt sur ${url} (API ${url}/v3). Ctrl-C pour arrêter.`);
console.log('Variables des fonctions (supabase/functions/.env) :');
for (const [name, value] of Object.entries(flutterwaveSandboxEnv(sandbox))) {
  console.log(`  ${name}=${value}`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void sandbox.stop().finally(() => process.exit(0));
  });
}
