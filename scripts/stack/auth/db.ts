import pg from 'pg';

export type Queryable = pg.Pool | pg.PoolClient;

const TIMESTAMPTZ_OID = 1184;

/**
 * Postgres prints a UTC timestamptz as `2025-01-01 10:00:00.123456+00`; GoTrue's JSON shows the
 * same instant in RFC 3339 with every fractional digit (`2025-01-01T10:00:00.123456Z`). Keeping
 * the text avoids the millisecond rounding of a JavaScript Date.
 */
export function rfc3339FromPostgres(text: string): string {
  return text.replace(' ', 'T').replace(/\+00(?::00)?$/, 'Z');
}

// Scoped to this pool: the stack runs other services that use pg's default parsers in-process.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ_OID
      ? rfc3339FromPostgres
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function createPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    // UTC and ISO output are what rfc3339FromPostgres expects.
    options: '-c TimeZone=UTC -c DateStyle=ISO',
    types,
  });
  // An idle connection can drop (database restart); without a listener that would crash the stack.
  // While stopping, the database may close connections whose goodbye is still in flight.
  pool.on('error', (error) => {
    if (!pool.ending) process.stderr.write(`[auth] postgres: ${error.message}\n`);
  });
  return pool;
}

export async function transaction<T>(
  pool: pg.Pool,
  work: (tx: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
