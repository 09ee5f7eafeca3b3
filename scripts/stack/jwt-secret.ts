import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StackError } from './stack-error';

/** Where a kept data directory holds its secret: beside the data it signs sessions for. */
export const JWT_SECRET_FILE = 'jwt-secret';

/** HS256 needs at least 256 bits; Supabase refuses shorter secrets too. */
export const MIN_JWT_SECRET_LENGTH = 32;

function randomSecret(): string {
  return crypto.randomBytes(48).toString('base64url');
}

function readKeptSecret(file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const secret = text.trim();
  if (secret.length < MIN_JWT_SECRET_LENGTH) {
    throw new StackError(
      `le secret JWT de ${file} est trop court (${MIN_JWT_SECRET_LENGTH} caractères au moins)`,
      'supprimez ce fichier : la pile en créera un nouveau (les sessions ouvertes seront à rouvrir)',
    );
  }
  return secret;
}

/**
 * The secret that signs the stack's JWTs and API keys. The Supabase CLI's public default would let
 * anyone who has read its documentation forge a service_role token, so: `configured`
 * (WCAP_JWT_SECRET) when given; else the secret kept in `dataDir`, created at random on its first
 * start so that a restart keeps keys and sessions valid; a fresh random one when there is no
 * directory to keep it in (ephemeral stacks).
 */
export function stackJwtSecret(options: {
  configured: string | undefined;
  dataDir: string | undefined;
}): string {
  if (options.configured) return options.configured;
  if (!options.dataDir) return randomSecret();
  const file = path.join(options.dataDir, JWT_SECRET_FILE);
  const kept = readKeptSecret(file);
  if (kept) return kept;
  fs.mkdirSync(options.dataDir, { recursive: true });
  const secret = randomSecret();
  // Written aside then linked into place: two stacks starting on one directory at once end up
  // with one complete secret.
  const draft = `${file}.${process.pid}`;
  fs.writeFileSync(draft, `${secret}\n`, { mode: 0o600 });
  try {
    fs.linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readKeptSecret(file)!;
  } finally {
    fs.rmSync(draft, { force: true });
  }
  return secret;
}
