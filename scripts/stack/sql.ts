import pg from 'pg';

/** One short-lived connection for a piece of work, always closed. */
export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs one SQL text (several statements allowed without parameters) and returns its rows. */
export function querySql<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  text: string,
  params?: unknown[],
): Promise<T[]> {
  return withClient(url, async (client) => (await client.query<T>(text, params)).rows);
}
