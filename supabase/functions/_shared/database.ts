import postgres from 'postgres';
import { requireEnv } from './env.ts';

let sql: postgres.Sql | undefined;

/**
 * The service connection to Postgres (SUPABASE_DB_URL): it bypasses RLS, so it is only for work
 * that has no caller — webhooks, scheduled jobs, the dispatcher, health checks. A function called
 * by a user acts as that user instead (`asCaller` in caller.ts). One pool per function instance,
 * closed when idle.
 */
export function serviceDatabase(): postgres.Sql {
  sql ??= postgres(requireEnv('SUPABASE_DB_URL'), {
    max: 2,
    idle_timeout: 20,
    connect_timeout: 5,
    prepare: false,
  });
  return sql;
}

/** A connection or a transaction: what the queries shared by both paths run on. */
export type Queryable = postgres.Sql | postgres.TransactionSql;

/**
 * Runs queries for someone: as the calling user (one transaction with their claims) or on the
 * service connection. Shared code takes one so it can serve both paths.
 */
export type RunQueries = <T>(work: (sql: Queryable) => Promise<T>) => Promise<T>;

/** Queries on the service connection, for work that has no caller. */
export const asService: RunQueries = (work) => work(serviceDatabase());
