// The `import_contacts` RPC, one chunk at a time: the import pipeline's only data call.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '../../../lib/database.types';
import type { ImportOptions, PreparedContact, RowProblem } from './types';

/** A chunk that failed on the way (network, gateway) is sent again: the RPC is idempotent. */
const ATTEMPTS = 3;

type Client = SupabaseClient<Database>;
type ImportArguments = Database['public']['Functions']['import_contacts']['Args'];

/** What `import_contacts` returns for one chunk. */
export interface ChunkResult {
  imported: number;
  updated: number;
  unchanged: number;
  overQuota: number;
  firstOverQuotaLine: number | null;
  /** Lines of the new numbers left out by the quota, in order. */
  overQuotaLines?: number[];
  /** Rows the server refused, each with its French reason. */
  invalid: RowProblem[];
  /** Contacts the plan still allows after this chunk; null without a quota. */
  remaining: number | null;
}

function isTransient(error: { code?: string }, status: number): boolean {
  // No SQLSTATE and no HTTP answer, or a gateway that gave up: the request may not have arrived.
  return (!error.code && status === 0) || status === 502 || status === 503 || status === 504;
}

/**
 * A row as the RPC needs it, without the keys it would read as empty anyway (no name, no tags…):
 * a quarter less to send over a mobile connection, and less JSON for the database to parse.
 */
function compact(row: PreparedContact): Partial<PreparedContact> {
  const sent: Partial<PreparedContact> = { line: row.line, phone: row.phone };
  if (row.country_code) sent.country_code = row.country_code;
  if (row.name) sent.name = row.name;
  if (row.email) sent.email = row.email;
  if (row.tags.length > 0) sent.tags = row.tags;
  if (Object.keys(row.attributes).length > 0) sent.attributes = row.attributes;
  return sent;
}

export async function sendChunk(
  client: Client,
  rows: PreparedContact[],
  options: ImportOptions,
  signal: AbortSignal | undefined,
): Promise<ChunkResult> {
  // The RPC reads its JSON body whole (one unnamed json argument), so the body is its argument.
  const body = {
    organization_id: options.organizationId,
    rows: rows.map(compact),
    update_existing: options.updateExisting,
    add_tags: options.addTags,
  } as unknown as ImportArguments;
  for (let attempt = 1; ; attempt += 1) {
    signal?.throwIfAborted();
    let request = client.rpc('import_contacts', body);
    if (signal) request = request.abortSignal(signal);
    const { data, error, status } = await request;
    if (!error) return data as unknown as ChunkResult;
    signal?.throwIfAborted();
    if (attempt >= ATTEMPTS || !isTransient(error, status)) throw error;
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
}
