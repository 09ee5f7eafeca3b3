import postgres from 'postgres';
import { requireEnv } from './env.ts';

let sql: postgres.Sql | undefined;

/**
 * A small direct connection to Postgres (SUPABASE_DB_URL), for work the Data API cannot do, such as
 * health checks. One pool per function instance, closed when idle.
 */
export function database(): postgres.Sql {
  sql ??= postgres(requireEnv('SUPABASE_DB_URL'), {
    max: 2,
    idle_timeout: 20,
    connect_timeout: 5,
    prepare: false,
  });
  return sql;
}
