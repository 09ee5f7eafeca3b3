import { parseArgs } from 'node:util';
import { startMailSandbox } from './sandbox';
import { exitWhenNotStarted, portOption, stopOnSignals } from '../standalone';

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

const sandbox = await startMailSandbox({
  host: values.host,
  httpPort: portOption('port', values.port, DEFAULT_HTTP_PORT),
  smtpPort: portOption('smtp-port', values['smtp-port'], DEFAULT_SMTP_PORT),
}).catch(
  exitWhenNotStarted(
    'Un port de la boîte mail de test est déjà utilisé ; choisissez-en un autre avec --port ou --smtp-port.',
    "La boîte mail de test n'a pas démarré",
  ),
);

const { url, smtpHost, smtpPort } = sandbox;
console.log(`MAIL_SANDBOX_READY ${JSON.stringify({ url, smtpHost, smtpPort })}`);
console.log(
  `Boîte mail de test prête : ${url} (SMTP ${smtpHost}:${smtpPort}). Ctrl-C pour arrêter.`,
);

stopOnSignals(sandbox);
