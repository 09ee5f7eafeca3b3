import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { localDir, projectRoot } from './paths';

/** What a kept stack writes in its data directory: its API address and keys. */
export const STACK_ENV_FILE = 'supabase.env';

/** Variables of a dotenv file, or nothing when it does not exist. */
export function readEnvFile(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  const parsed = parseEnv(fs.readFileSync(file, 'utf8')) as Record<string, string | undefined>;
  return Object.fromEntries(
    Object.entries(parsed).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

export function writeEnvFile(file: string, variables: Record<string, string>): void {
  const lines = Object.entries(variables).map(([name, value]) => `${name}=${value}`);
  const header = '# Écrit par la pile locale à chaque démarrage : ne pas modifier.';
  // The service_role key is in there.
  fs.writeFileSync(file, `${header}\n${lines.join('\n')}\n`, { mode: 0o600 });
}

/** Later layers win; an empty value counts as unset, as the empty lines of `.env.example` mean. */
export function layerEnv(
  ...layers: Record<string, string | undefined>[]
): Record<string, string | undefined> {
  return Object.assign(
    {},
    ...layers.map((layer) =>
      Object.fromEntries(Object.entries(layer).filter(([, value]) => value !== '')),
    ),
  ) as Record<string, string | undefined>;
}

/**
 * The process environment completed by the project's `.env`, then by what the local stack in
 * `.local/` wrote (its address and keys), so ops scripts work the same against the local stack
 * and a hosted project. Real environment variables win.
 */
export function projectEnv(): Record<string, string | undefined> {
  return layerEnv(
    readEnvFile(path.join(localDir, STACK_ENV_FILE)),
    readEnvFile(path.join(projectRoot, '.env')),
    process.env,
  );
}
