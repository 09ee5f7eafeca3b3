/** What a postgres_changes binding asks for, with upstream Realtime's defaults applied. */
import { parseFilter, type FilterCondition } from './filters';
import type { ChangeEvent, PostgresBinding } from './types';

/** Only tables of this publication produce postgres_changes (the same migrations drive Supabase). */
export const PUBLICATION = 'supabase_realtime';

export type EventFilter = '*' | ChangeEvent;

export interface BindingRequest {
  id: number;
  event: EventFilter;
  /** A schema name or '*'. */
  schema: string;
  /** A table name or '*' (every published table of the schema). */
  table: string;
  conditions: FilterCondition[];
}

function eventFilter(event: unknown): EventFilter {
  const upper = typeof event === 'string' ? event.toUpperCase() : '*';
  return upper === 'INSERT' || upper === 'UPDATE' || upper === 'DELETE' ? upper : '*';
}

export function normalizeBinding(
  binding: PostgresBinding,
): { ok: true; request: BindingRequest } | { ok: false; message: string } {
  const { schema, table, filter, event } = binding.params;
  if (!schema && !table) {
    return {
      ok: false,
      message: `No subscription params provided. Please provide at least a \`schema\` or \`table\` to subscribe to: ${JSON.stringify(binding.params)}`,
    };
  }
  const parsed = parseFilter(filter);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    request: {
      id: binding.id,
      event: eventFilter(event),
      schema: schema || 'public',
      table: table || '*',
      conditions: parsed.conditions,
    },
  };
}

/** The parameters as upstream's error messages list them: `schema: public, table: x, filters: []`. */
export function describeBinding(request: BindingRequest): string {
  const filters = request.conditions
    .map((c) => `{${[c.column, c.operator, c.value].map((s) => JSON.stringify(s)).join(', ')}}`)
    .join(', ');
  return `schema: ${request.schema}, table: ${request.table}, filters: [${filters}]`;
}

export function matchesEvent(filter: EventFilter, type: ChangeEvent): boolean {
  return filter === '*' || filter === type;
}
