import fs from 'node:fs';
import path from 'node:path';
import { denoBinary } from './binaries';
import type { FunctionConfig } from './config';
import { denoCacheDir, functionsDir, supabaseDir } from './paths';
import { HOST, freePort, waitForPort } from './ports';
import { startProcess, tailOfLog, type ManagedProcess } from './processes';

export interface EdgeFunction {
  name: string;
  entrypoint: string;
  verifyJwt: boolean;
  /** Deno flag that gives the function its dependencies (import map or deno.json). */
  configFlags: string[];
}

const DEFAULT_IMPORT_MAP = path.join(functionsDir, 'import_map.json');

// What Deno needs from the machine to fetch npm packages (proxies, extra CA certificates, registry);
// nothing else of the developer's environment leaks into functions.
const HOST_VARIABLES =
  /^(PATH|HOME|LANG|TZ|(HTTPS?|NO|ALL)_PROXY|NODE_EXTRA_CA_CERTS|SSL_CERT_(FILE|DIR)|DENO_(CERT|TLS_CA_STORE)|NPM_CONFIG_REGISTRY)$/i;

function hostVariables(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => HOST_VARIABLES.test(entry[0]) && entry[1] !== undefined,
    ),
  );
}
const BOOT_TIMEOUT_MS = 60_000;

/**
 * Every folder of supabase/functions that holds an entrypoint (folders starting with `_` are shared
 * code), with its settings from config.toml, resolved as the Supabase CLI resolves them.
 */
export function discoverFunctions(
  configs: Record<string, FunctionConfig>,
  dir: string = functionsDir,
): EdgeFunction[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^[_.]/.test(entry.name))
    .flatMap((entry) => {
      const config = configs[entry.name];
      if (config && !config.enabled) return [];
      const folder = path.join(dir, entry.name);
      const entrypoint = config?.entrypoint
        ? path.resolve(supabaseDir, config.entrypoint)
        : path.join(folder, 'index.ts');
      if (!fs.existsSync(entrypoint)) return [];
      const denoJson = ['deno.json', 'deno.jsonc']
        .map((file) => path.join(folder, file))
        .find((file) => fs.existsSync(file));
      const importMap = config?.importMap
        ? path.resolve(supabaseDir, config.importMap)
        : fs.existsSync(DEFAULT_IMPORT_MAP)
          ? DEFAULT_IMPORT_MAP
          : undefined;
      const configFlags = denoJson
        ? [`--config=${denoJson}`]
        : ['--no-config', ...(importMap ? [`--import-map=${importMap}`] : [])];
      return [{ name: entry.name, entrypoint, verifyJwt: config?.verifyJwt ?? true, configFlags }];
    });
}

export interface FunctionRuntime {
  has(name: string): boolean;
  verifyJwt(name: string): boolean;
  /** Starts the function's Deno process if it is not running, and returns its port. */
  portOf(name: string): Promise<number>;
  /** Boots every function in the background so first calls are fast. */
  warmUp(): void;
  stop(): Promise<void>;
}

interface Running {
  port: number;
  process: ManagedProcess;
  ready: Promise<number>;
}

export class FunctionBootError extends Error {}

/**
 * One Deno process per function, as `Deno.serve` under DENO_SERVE_ADDRESS. A function that crashes
 * is started again by the next request that needs it.
 */
export function createFunctionRuntime(options: {
  functions: EdgeFunction[];
  env: Record<string, string>;
  logDir: string;
}): FunctionRuntime {
  const byName = new Map(options.functions.map((fn) => [fn.name, fn]));
  // Promises, so two first calls arriving together boot one process, not two.
  const running = new Map<string, Promise<Running>>();
  const deno = denoBinary();

  const boot = async (fn: EdgeFunction): Promise<Running> => {
    const port = await freePort();
    const logFile = path.join(options.logDir, `function-${fn.name}.log`);
    const process = startProcess({
      name: `fonction ${fn.name}`,
      command: deno,
      args: [
        'run',
        '--allow-net',
        '--allow-env',
        '--allow-read',
        '--allow-sys',
        '--no-prompt',
        '--no-lock',
        ...fn.configFlags,
        fn.entrypoint,
      ],
      logFile,
      env: {
        ...hostVariables(),
        ...options.env,
        DENO_DIR: denoCacheDir,
        DENO_SERVE_ADDRESS: `tcp:${HOST}:${port}`,
        DENO_NO_UPDATE_CHECK: '1',
        DENO_NO_PACKAGE_JSON: '1',
        NO_COLOR: '1',
      },
    });
    const ready = process.whileAlive(waitForPort(port, BOOT_TIMEOUT_MS).then(() => port));
    ready.catch(() => undefined);
    return { port, process, ready };
  };

  const portOf = async (name: string): Promise<number> => {
    const fn = byName.get(name);
    if (!fn) throw new Error(`unknown function ${name}`);
    let entry = running.get(name);
    const exited = entry && (await entry).process.child().exitCode !== null;
    if (!entry || exited) {
      const booting = boot(fn);
      entry = booting;
      running.set(name, booting);
      void booting.then(({ process }) =>
        process.child().once('exit', () => {
          if (running.get(name) === booting) running.delete(name);
        }),
      );
    }
    try {
      return await (
        await entry
      ).ready;
    } catch (error) {
      running.delete(name);
      const logFile = path.join(options.logDir, `function-${name}.log`);
      throw new FunctionBootError(`${(error as Error).message}\n${tailOfLog(logFile)}`);
    }
  };

  return {
    has: (name) => byName.has(name),
    verifyJwt: (name) => byName.get(name)?.verifyJwt ?? true,
    portOf,
    warmUp() {
      for (const name of byName.keys()) portOf(name).catch(() => undefined);
    },
    async stop() {
      const entries = await Promise.all(running.values());
      await Promise.all(entries.map((entry) => entry.process.stop()));
      running.clear();
    },
  };
}
