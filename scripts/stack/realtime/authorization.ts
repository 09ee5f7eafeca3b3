/**
 * Private channels' authorization as upstream Realtime does it (Realtime.Tenants.Authorization):
 * RLS policies on realtime.messages decide, evaluated as the user with their JWT claims set the way
 * PostgREST sets them, and with realtime.topic() returning the channel's topic.
 * - read (join, receive): probe rows (topic, extension) are inserted bypassing RLS, then selected
 *   as the user: the extensions whose probe is visible may be received;
 * - write (send, track): the user inserts a row per extension; a refusal by RLS (42501) means no.
 * Everything is rolled back: no row is ever left behind.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import type { JwtClaims } from './postgres-changes/types';

export type Extension = 'broadcast' | 'presence';

/** Who asks, and for which topic. */
export interface AuthorizationContext {
  /** The channel's name without `realtime:`: what realtime.topic() returns. */
  topic: string;
  claims: JwtClaims;
  headers: Record<string, string>;
}

/** Per extension, whether it is allowed; an extension not evaluated yet is absent. */
export type Permissions = Partial<Record<Extension, boolean>>;

/** A policy failed (it raised, or the role does not exist): upstream counts that as "not allowed". */
export class PolicyError extends Error {}

export interface Authorization {
  canRead(context: AuthorizationContext, extensions: readonly Extension[]): Promise<Permissions>;
  canWrite(context: AuthorizationContext, extensions: readonly Extension[]): Promise<Permissions>;
}

const literal = (value: string): string => pg.escapeLiteral(value);

/** The settings upstream's set_conn_config makes, local to the transaction. */
function asTheUser({ topic, claims, headers }: AuthorizationContext): string {
  const role = literal(claims.role);
  const sub = typeof claims.sub === 'string' ? claims.sub : '';
  return `select set_config('role', ${role}, true),
    set_config('realtime.topic', ${literal(topic)}, true),
    set_config('request.jwt.claims', ${literal(JSON.stringify(claims))}, true),
    set_config('request.jwt.claim.sub', ${literal(sub)}, true),
    set_config('request.jwt.claim.role', ${role}, true),
    set_config('request.headers', ${literal(JSON.stringify(headers))}, true)`;
}

/** Runs the statements in one round trip inside a transaction that is always rolled back. */
async function rolledBack(pool: pg.Pool, statements: string): Promise<pg.QueryResult[]> {
  const client = await pool.connect();
  try {
    const results = (await client.query(
      `begin; ${statements}; rollback`,
    )) as unknown as pg.QueryResult[];
    client.release();
    return results;
  } catch (error) {
    // An error leaves the transaction of a multi-statement query open (and aborted).
    const broken = await client.query('rollback').then(
      () => undefined,
      (rollbackError: Error) => rollbackError,
    );
    client.release(broken);
    if (error instanceof pg.DatabaseError) throw new PolicyError(error.message);
    throw error;
  }
}

export function createAuthorization(pool: pg.Pool): Authorization {
  return {
    async canRead(context, extensions) {
      const ids = extensions.map(() => crypto.randomUUID());
      const probes = extensions
        .map(
          (extension, i) =>
            `(${literal(ids[i]!)}::uuid, ${literal(context.topic)}, ${literal(extension)}, null)`,
        )
        .join(', ');
      const results = await rolledBack(
        pool,
        `insert into realtime.messages (id, topic, extension, private) values ${probes};
         ${asTheUser(context)};
         select id::text from realtime.messages where id in (${ids.map(literal).join(', ')})`,
      );
      const visible = new Set(
        (results.at(-2)?.rows as { id: string }[] | undefined)?.map((row) => row.id),
      );
      return Object.fromEntries(
        extensions.map((extension, i) => [extension, visible.has(ids[i]!)]),
      ) as Permissions;
    },

    async canWrite(context, extensions) {
      // Each insert in its own subtransaction (plpgsql's exception block, upstream's savepoint);
      // the outcome is kept in a transaction-local setting. Only realtime.topic() reaches the
      // block, so nothing the client chose is ever part of its text.
      const attempts = extensions
        .map(
          (extension) => `
          begin
            insert into realtime.messages (topic, extension, private)
              values (realtime.topic(), '${extension}', null);
            perform set_config('wcap_realtime.may_write_${extension}', 'on', true);
          exception when insufficient_privilege then null;
          end;`,
        )
        .join('');
      const results = await rolledBack(
        pool,
        `${asTheUser(context)};
         do $probe$ begin ${attempts} end $probe$;
         select ${extensions
           .map(
             (extension) =>
               `coalesce(current_setting('wcap_realtime.may_write_${extension}', true) = 'on', false) as ${extension}`,
           )
           .join(', ')}`,
      );
      const row = (results.at(-2)?.rows[0] ?? {}) as Record<string, boolean>;
      return Object.fromEntries(
        extensions.map((extension) => [extension, row[extension] === true]),
      ) as Permissions;
    },
  };
}
