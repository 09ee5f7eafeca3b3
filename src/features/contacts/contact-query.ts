import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database, Tables } from '../../lib/database.types';
import { filtersToSelection, type ContactFilters, type ContactSelection } from './contact-filters';

// The contacts list's queries, given the client so that integration tests run them against the
// real stack as the page does in the browser.

export type ContactsClient = SupabaseClient<Database>;
export type Contact = Tables<'contacts'>;

// The columns the list reads (PostgREST's select), not text for people.
const LIST_COLUMNS =
  'id, name, phone, country_code, tags, opt_in_status, wati_sync_status, wati_sync_error, created_at';

/** A row of the list: what the table shows, not the whole contact. */
export type ContactListRow = Pick<
  Contact,
  | 'id'
  | 'name'
  | 'phone'
  | 'country_code'
  | 'tags'
  | 'opt_in_status'
  | 'wati_sync_status'
  | 'wati_sync_error'
  | 'created_at'
>;

/**
 * Rows `from` to `to` (both included, 0-based) of the filtered and sorted list, through
 * list_contacts: the same criteria and search as the count, the bulk actions and the export, read
 * along the indexes that row-level security would keep the planner from using.
 */
export async function fetchContactWindow(
  client: ContactsClient,
  organizationId: string,
  filters: ContactFilters,
  from: number,
  to: number,
  signal?: AbortSignal,
): Promise<ContactListRow[]> {
  const selection = filtersToSelection(filters);
  let query = client
    .rpc('list_contacts', {
      organization_id: organizationId,
      criteria: selection.criteria,
      ...(selection.search ? { search: selection.search } : {}),
      sort: filters.sort,
      skip: from,
      take: to - from + 1,
    })
    .select(LIST_COLUMNS);
  if (signal) query = query.abortSignal(signal);
  const { data, error } = await query;
  if (error) throw error;
  return data;
}

/** How many contacts the filters select. */
export async function countFilteredContacts(
  client: ContactsClient,
  organizationId: string,
  filters: ContactFilters,
  signal?: AbortSignal,
): Promise<number> {
  const selection = filtersToSelection(filters);
  let query = client.rpc('count_contacts', {
    organization_id: organizationId,
    criteria: selection.criteria,
    ...(selection.search ? { search: selection.search } : {}),
  });
  if (signal) query = query.abortSignal(signal);
  const { data, error } = await query;
  if (error) throw error;
  return data;
}

/** How many contacts criteria and a search select, as bulk_update_contacts will see them. */
export async function countSelection(
  client: ContactsClient,
  organizationId: string,
  selection: ContactSelection,
): Promise<number> {
  const { data, error } = await client.rpc('count_contacts', {
    organization_id: organizationId,
    criteria: selection.criteria,
    ...(selection.search ? { search: selection.search } : {}),
  });
  if (error) throw error;
  return data;
}

export type BulkAction = 'add_tag' | 'remove_tag' | 'opt_out' | 'delete';

/** Either chosen contacts or everything a selection matches. */
export type BulkTarget = { ids: string[] } | { selection: ContactSelection };

/** Runs a bulk action; returns the number of contacts it changed. */
export async function runBulkAction(
  client: ContactsClient,
  organizationId: string,
  action: BulkAction,
  target: BulkTarget,
  tag?: string,
): Promise<number> {
  const { data, error } = await client.rpc('bulk_update_contacts', {
    organization_id: organizationId,
    action,
    ...('ids' in target
      ? { contact_ids: target.ids }
      : {
          criteria: target.selection.criteria,
          ...(target.selection.search ? { search: target.selection.search } : {}),
        }),
    ...(tag ? { tag } : {}),
  });
  if (error) throw error;
  return data;
}
