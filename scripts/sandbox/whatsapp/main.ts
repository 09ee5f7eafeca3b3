import { parseArgs } from 'node:util';
import {
  DEFAULT_WHATSAPP_SANDBOX_TOKEN,
  startWhatsAppSandbox,
  whatsAppSandboxEnv,
} from './sandbox';
import { exitWhenNotStarted, portOption, stopOnSignals } from '../standalone';

// Standalone: `node --import tsx scripts/sandbox/whatsapp/main.ts [--port 54341] [--token T]
// [--meta-webhook-url URL] [--twilio-webhook-url URL]`. The default token keeps the secrets the
// same from one run to the next, so the variables printed below stay valid.
const DEFAULT_PORT = 54341;

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    token: { type: 'string' },
    'platform-number': { type: 'string' },
    // e.g. http://127.0.0.1:54321/functions/v1/whatsapp-webhook
    'meta-webhook-url': { type: 'string' },
    // e.g. http://127.0.0.1:54321/functions/v1/whatsapp-webhook?provider=twilio
    'twilio-webhook-url': { type: 'string' },
  },
});

const sandbox = await startWhatsAppSandbox({
  host: values.host,
  port: portOption('port', values.port, DEFAULT_PORT),
  token: values.token ?? DEFAULT_WHATSAPP_SANDBOX_TOKEN,
  platformNumber: values['platform-number'],
  webhookUrls: { meta: values['meta-webhook-url'], twilio: values['twilio-webhook-url'] },
}).catch(
  exitWhenNotStarted(
    'Le port du bac à sable WhatsApp est déjà utilisé ; choisissez-en un autre avec --port.',
    "Le bac à sable WhatsApp n'a pas démarré",
  ),
);

const { url, token, platformNumber, meta, twilio, webhookUrls } = sandbox;
console.log(
  `WHATSAPP_SANDBOX_READY ${JSON.stringify({ url, token, platformNumber, meta, twilio, webhookUrls })}`,
);
console.log(
  `Bac à sable WhatsApp prêt sur ${url} (numéro ${platformNumber}). Ctrl-C pour arrêter.`,
);
console.log('Variables des fonctions (supabase/functions/.env) :');
for (const [name, value] of Object.entries(whatsAppSandboxEnv(sandbox))) {
  console.log(`  ${name}=${value}`);
}

stopOnSignals(sandbox);
