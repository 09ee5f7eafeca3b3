import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { readEnvFile, STACK_ENV_FILE } from './stack/env-file';
import { localDir, projectRoot } from './stack/paths';

/**
 * `npm run preview [-- --port N]`: the production build, served as users get it, against the local
 * stack that `npm start` (or `npm run stack`) is running. The stack writes its address and keys in
 * .local/supabase.env each time it starts; the build takes them, as `npm start` gives them to Vite.
 */
const { values } = parseArgs({ options: { port: { type: 'string' } } });

const notRunning =
  'La pile locale ne tourne pas : lancez d’abord « npm start » (ou « npm run stack ») dans un autre ' +
  'terminal, puis relancez « npm run preview ».';

const stackEnv = readEnvFile(path.join(localDir, STACK_ENV_FILE));
const apiUrl = stackEnv.SUPABASE_URL;
const anonKey = stackEnv.SUPABASE_ANON_KEY;
if (!apiUrl || !anonKey) {
  console.error(notRunning);
  process.exit(1);
}

// The file outlives the stack: only an answer proves it runs, and with these keys.
let health: Response | undefined;
try {
  health = await fetch(`${apiUrl}/auth/v1/health`, {
    headers: { apikey: anonKey },
    signal: AbortSignal.timeout(3_000),
  });
} catch {
  // nothing listens there
}
if (!health?.ok) {
  console.error(
    health
      ? `La pile locale de ${apiUrl} a répondu ${health.status} : est-ce bien celle de ce dossier ? ` +
          'Relancez « npm start », puis « npm run preview ».'
      : notRunning,
  );
  process.exit(1);
}

process.env.VITE_SUPABASE_URL = apiUrl;
process.env.VITE_SUPABASE_ANON_KEY = anonKey;
const viteOptions = { configFile: path.join(projectRoot, 'vite.config.ts'), root: projectRoot };
console.log(`Construction de l’application pour la pile locale (${apiUrl})…`);
await build({ ...viteOptions, logLevel: 'warn' });
const server = await preview({
  ...viteOptions,
  preview: values.port ? { port: Number(values.port) } : {},
});
const url = server.resolvedUrls?.local[0];
console.log(`
  Application construite, servie sur ${url ?? 'le port indiqué par Vite'}
  API Supabase locale : ${apiUrl}

  Ctrl-C pour arrêter (la pile locale continue de tourner).
`);
