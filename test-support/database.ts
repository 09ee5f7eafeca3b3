import { querySql } from '../scripts/stack/sql';
import { stackInfo } from './clients';

/**
 * SQL on the test stack's database as `postgres`, the role migrations run as (as on hosted
 * Supabase: not a superuser, but it bypasses RLS): set-up and checks no client could make.
 */
export const sql = <T extends Record<string, unknown> = Record<string, unknown>>(
  text: string,
  params?: unknown[],
) => querySql<T>(stackInfo().dbUrl, text, params);

/** SQL as the cluster's superuser, for instrumentation only (statistics, tracking settings). */
export const adminSql = <T extends Record<string, unknown> = Record<string, unknown>>(
  text: string,
  params?: unknown[],
) => querySql<T>(stackInfo().adminDbUrl, text, params);
