import { parseArgs } from 'node:util';
import {
  DEFAULT_WHATSAPP_SANDBOX_TOKEN,
  startWhatsAppSandbox,
  whatsAppSandboxEnv,
} from './sandbox';

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

function portOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    console.error(`--port attend un numéro de port, pas « ${value} ».`);
    process.exit(1);
  }
  return parsed;
}

const sandbox = await startWhatsAppSandbox({
  host: values.host,
  port: portOption(values.port),
  token: values.token ?? DEFAULT_WHATSAPP_SANDBOX_TOKEN,
  platformNumber: values['platform-number'],
  webhookUrls: { meta: values['meta-webhook-url'], twilio: values['twilio-webhook-url'] },
}).catch((error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? 'Le port du bac à sable WhatsApp est déjà utilisé ; choisissez-en un autre avec --port.'
      : `Le bac à sable WhatsApp n'a pas démarré : ${error.message}`,
  );
  process.exit(1);
});

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

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void sandbox.stop().finally(() => process.exit(0));
  });
}
