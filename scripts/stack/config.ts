import fs from 'node:fs';
import { parse } from 'smol-toml';
import { configTomlFile } from './paths';
import { StackError } from './stack-error';

export interface FunctionConfig {
  enabled: boolean;
  verifyJwt: boolean;
  importMap: string | undefined;
  entrypoint: string | undefined;
}

export interface ProjectConfig {
  api: { schemas: string[]; extraSearchPath: string[]; maxRows: number };
  /** The raw `[auth]` table; the Auth service validates it. */
  auth: unknown;
  /** `[inbucket]`: who mail sent to the mail catcher comes from (the CLI's defaults otherwise). */
  inbucket: { adminEmail: string; senderName: string };
  functions: Record<string, FunctionConfig>;
}

type Table = Record<string, unknown>;

const asTable = (value: unknown): Table =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : {};

const asStrings = (value: unknown, fallback: string[]): string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : fallback;

/** Reads supabase/config.toml: the same file drives the Supabase CLI and the local stack. */
export function readProjectConfig(file: string = configTomlFile): ProjectConfig {
  let toml: Table;
  try {
    toml = parse(fs.readFileSync(file, 'utf8')) as Table;
  } catch (error) {
    throw new StackError(
      `supabase/config.toml est illisible (${(error as Error).message.split('\n')[0]})`,
      'corrigez la syntaxe TOML de ce fichier',
    );
  }
  const api = asTable(toml.api);
  const inbucket = asTable(toml.inbucket);
  const functions = Object.fromEntries(
    Object.entries(asTable(toml.functions)).map(([name, value]) => {
      const table = asTable(value);
      return [
        name,
        {
          enabled: table.enabled !== false,
          verifyJwt: table.verify_jwt !== false,
          importMap: typeof table.import_map === 'string' ? table.import_map : undefined,
          entrypoint: typeof table.entrypoint === 'string' ? table.entrypoint : undefined,
        },
      ];
    }),
  );
  return {
    api: {
      schemas: asStrings(api.schemas, ['public', 'graphql_public']),
      extraSearchPath: asStrings(api.extra_search_path, ['public', 'extensions']),
      maxRows: typeof api.max_rows === 'number' ? api.max_rows : 1000,
    },
    auth: toml.auth,
    inbucket: {
      adminEmail:
        typeof inbucket.admin_email === 'string' ? inbucket.admin_email : 'admin@email.com',
      senderName: typeof inbucket.sender_name === 'string' ? inbucket.sender_name : 'Admin',
    },
    functions,
  };
}
