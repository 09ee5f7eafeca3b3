import { parseArgs } from 'node:util';
import { startMailSandbox } from './sandbox';

// Standalone: `node --import tsx scripts/sandbox/mail/main.ts [--port 54324] [--smtp-port 54325]`
const DEFAULT_HTTP_PORT = 54324;
const DEFAULT_SMTP_PORT = 54325;

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    'smtp-port': { type: 'string' },
  },
});

function portOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    console.error(`--${name} attend un numéro de port, pas « ${value} ».`);
    process.exit(1);
  }
  return parsed;
}

const sandbox = await startMailSandbox({
  host: values.host,
  httpPort: portOption('port', values.port, DEFAULT_HTTP_PORT),
  smtpPort: portOption('smtp-port', values['smtp-port'], DEFAULT_SMTP_PORT),
}).catch((error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? 'Un port de la boîte mail de test est déjà utilisé ; choisissez-en un autre avec --port ou --smtp-port.'
      : `La boîte mail de test n'a pas démarré : ${error.message}`,
  );
  process.exit(1);
});

const { url, smtpHost, smtpPort } = sandbox;
console.log(`MAIL_SANDBOX_READY ${JSON.stringify({ url, smtpHost, smtpPort })}`);
console.log(
  `Boîte mail de test prête : ${url} (SMTP ${smtpHost}:${smtpPort}). Ctrl-C pour arrêter.`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void sandbox.stop().finally(() => process.exit(0));
  });
}
