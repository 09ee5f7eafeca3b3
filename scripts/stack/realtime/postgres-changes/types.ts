/**
 * The contract between Realtime channels (the socket side) and the postgres_changes engine (the
 * database side): a channel subscribes with its bindings and the subscriber's JWT claims, and the
 * engine calls `deliver` once per committed change that matches at least one binding and that the
 * subscriber may see under row-level security.
 */

export type ChangeEvent = 'INSERT' | 'UPDATE' | 'DELETE';

/** One `.on('postgres_changes', {...})` of a channel, as the client sent it in phx_join. */
export interface PostgresBindingParams {
  event: string; // '*', 'INSERT', 'UPDATE', 'DELETE' (anything else counts as '*')
  schema?: string; // may be '*'; absent with a table means 'public'
  table?: string; // absent: every published table of the schema
  filter?: string; // classic syntax `column=op.value`, op in eq, neq, lt, lte, gt, gte, in
}

export interface PostgresBinding {
  /** Truthy id echoed in the join reply and listed in `ids` of each message. */
  id: number;
  params: PostgresBindingParams;
}

/** The JWT claims a subscriber acts with (`role` is a database role; `sub` is the user). */
export type JwtClaims = Record<string, unknown> & { role: string };

export interface ColumnInfo {
  name: string;
  type: string; // pg_type.typname, e.g. int8, text, uuid, timestamptz, jsonb, _text
}

/** The `data` object of a postgres_changes message (reference §3.8). */
export interface ChangeData {
  schema: string;
  table: string;
  commit_timestamp: string; // YYYY-MM-DDTHH:MI:SS.MSZ, UTC
  type: ChangeEvent;
  columns: ColumnInfo[];
  record?: Record<string, unknown>; // INSERT, UPDATE
  old_record?: Record<string, unknown>; // UPDATE, DELETE
  errors: string[] | null;
}

export interface ChangeSubscriber {
  bindings: PostgresBinding[];
  /** Called in commit order; `ids` are the ids of this subscriber's bindings the change matched. */
  deliver(ids: number[], data: ChangeData): void;
}

export type SubscribeResult = { ok: true } | { ok: false; message: string };

export interface PostgresChanges {
  /**
   * Validates the bindings (tables in the `supabase_realtime` publication, filter syntax, filter
   * column exists, value castable to its type) and starts delivering changes committed from now on.
   * On failure nothing is subscribed and `message` says why (in English, like upstream).
   */
  subscribe(subscriber: ChangeSubscriber, claims: JwtClaims): Promise<SubscribeResult>;
  /** New claims after an `access_token` update: RLS and column privileges use them from now on. */
  updateClaims(subscriber: ChangeSubscriber, claims: JwtClaims): void;
  unsubscribe(subscriber: ChangeSubscriber): void;
  stop(): Promise<void>;
}
