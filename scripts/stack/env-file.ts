import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { projectRoot } from './paths';

/** Variables of a dotenv file, or nothing when it does not exist. */
export function readEnvFile(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  const parsed = parseEnv(fs.readFileSync(file, 'utf8')) as Record<string, string | undefined>;
  return Object.fromEntries(
    Object.entries(parsed).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/**
 * The process environment completed by the project's `.env` (real environment variables win),
 * so ops scripts work the same against the local stack and a hosted project.
 */
export function projectEnv(): Record<string, string | undefined> {
  return { ...readEnvFile(path.join(projectRoot, '.env')), ...process.env };
}
