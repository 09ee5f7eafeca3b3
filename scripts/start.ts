import path from 'node:path';
import { createServer } from 'vite';
import { demoLogins, demoOrganizationId, demoPassword } from './demo-login';
import { projectEnv } from './stack/env-file';
import { projectRoot } from './stack/paths';
import { stopOnSignals } from './stack/signals';
import { describeFailure } from './stack/stack-error';
import { STACK_READY_FILE, startStack, type RunningStack } from './stack/stack';

const DEFAULT_WEB_PORT = 5173;

let stack: RunningStack;
try {
  console.log('Démarrage de WCAP (base de données, API, authentification, fonctions)…');
  stack = await startStack({ seed: true });
} catch (error) {
  if (process.env.WCAP_STACK_DEBUG) console.error(error);
  console.error(describeFailure(error));
  process.exit(1);
}
// A person reads the block below; the machine line, with the keys, stays out of the terminal (tools
// read it from `npm run stack` or from the data directory).
const { info } = stack;
const whatsappSandbox = info.sandboxes.whatsapp as { url: string };
const mailSandbox = info.sandboxes.mail as { url: string };

// The SPA reads these at build time; the stack's values win over a stale .env.
// The demo organisation's templates live in its Wati (the sandbox): fetched at start, so that a
// campaign can be built at once. A failure only means clicking « Synchroniser » on Modèles.
void fetch(`${info.apiUrl}/functions/v1/wati-sync-templates`, {
  method: 'POST',
  headers: { authorization: `Bearer ${info.serviceRoleKey}`, 'content-type': 'application/json' },
  body: JSON.stringify({ organizationId: demoOrganizationId }),
})
  .then((response) => response.body?.cancel())
  .catch(() => undefined);

process.env.VITE_SUPABASE_URL = info.apiUrl;
process.env.VITE_SUPABASE_ANON_KEY = info.anonKey;

const web = await createServer({
  configFile: path.join(projectRoot, 'vite.config.ts'),
  root: projectRoot,
  server: { port: Number(projectEnv().WCAP_WEB_PORT) || DEFAULT_WEB_PORT },
});
await web.listen();
stopOnSignals(stack, () => web.close());

const url = web.resolvedUrls?.local[0] ?? `http://127.0.0.1:${DEFAULT_WEB_PORT}/`;
const seconds = (info.startupMs / 1000).toFixed(1).replace('.', ',');
console.log(`
  WCAP est prêt (pile locale démarrée en ${seconds} s).

  Application : ${url}
  Comptes de démonstration (organisation « CNSA (démo) », mot de passe ${demoPassword}) :
${demoLogins.map(({ role, email }) => `    ${role.padEnd(15)} ${email}`).join('\n')}
  Boîte mail de test : ${mailSandbox.url}
  WhatsApp de la plateforme (bac à sable, codes de connexion) : ${whatsappSandbox.url}
  API Supabase locale : ${info.apiUrl}
  Journaux : ${info.logDir}
  Pour les outils (clés comprises) : ${path.join(info.dataDir, STACK_READY_FILE)}

  Ctrl-C pour tout arrêter.
`);
