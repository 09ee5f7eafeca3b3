import { parseArgs } from 'node:util';
import {
  DEFAULT_FLUTTERWAVE_SANDBOX_TOKEN,
  flutterwaveSandboxEnv,
  startFlutterwaveSandbox,
} from './sandbox';
import { exitWhenNotStarted, portOption, stopOnSignals } from '../standalone';

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

const sandbox = await startFlutterwaveSandbox({
  host: values.host,
  port: portOption('port', values.port, DEFAULT_PORT),
  token: values.token ?? DEFAULT_FLUTTERWAVE_SANDBOX_TOKEN,
  webhookUrl: values['webhook-url'],
  merchantName: values['merchant-name'],
}).catch(
  exitWhenNotStarted(
    'Le port du bac à sable Flutterwave est déjà utilisé ; choisissez-en un autre avec --port.',
    "Le bac à sable Flutterwave n'a pas démarré",
  ),
);

const { url, token, secretKey, publicKey, secretHash, webhookUrl } = sandbox;
console.log(
  `FLUTTERWAVE_SANDBOX_READY ${JSON.stringify({ url, token, secretKey, publicKey, secretHash, webhookUrl })}`,
);
console.log(`Bac à sable Flutterwave prêt sur ${url} (API ${url}/v3). Ctrl-C pour arrêter.`);
console.log('Variables des fonctions (supabase/functions/.env) :');
for (const [name, value] of Object.entries(flutterwaveSandboxEnv(sandbox))) {
  console.log(`  ${name}=${value}`);
}

stopOnSignals(sandbox);
