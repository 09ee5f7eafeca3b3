import { readFileSync } from 'node:fs';
import { querySql } from '../../scripts/stack/sql';
import type { StackInfo } from '../../scripts/stack/stack';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the e2e global setup`);
  return value;
}

let info: StackInfo | undefined;

/**
 * The ready info of the stack the global setup started, for what its environment variables leave
 * out (the database's URL, the platform WhatsApp sandbox).
 */
export function stackInfo(): StackInfo {
  info ??= JSON.parse(readFileSync(required('WCAP_STACK_READY_FILE'), 'utf8')) as StackInfo;
  return info;
}

/**
 * SQL on the stack's database as `postgres` (not a superuser; it bypasses RLS): what no client
 * could do, as test-support/database.ts gives integration tests.
 */
export const stackSql = <T extends Record<string, unknown> = Record<string, unknown>>(
  text: string,
  params?: unknown[],
) => querySql<T>(stackInfo().dbUrl, text, params);
