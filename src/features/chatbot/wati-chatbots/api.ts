import type { Database } from '../../../lib/database.types';
import { callFunction } from '../../../lib/functions';
import { supabase } from '../../../lib/supabase';
import type { RunFailure } from './run-failures';

// Wati's own chatbots: the list and the starts go through the Edge Function wati-chatbots (it
// holds the Wati credentials); the runs, their failures and a segment's audience are read from
// the database under row-level security.

/** A chatbot built in Wati. */
export type WatiChatbot = { id: string; name: string; created: string | null };

export type WatiChatbotPage = { chatbots: WatiChatbot[]; page: number; hasMore: boolean };

export type RunStatus = Database['public']['Enums']['wati_chatbot_run_status'];

/** A row of public.wati_chatbot_runs, with the contact it was started for. */
export type ChatbotRun = {
  id: string;
  chatbot_id: string;
  chatbot_name: string;
  kind: 'contact' | 'segment';
  contact_id: string | null;
  segment_name: string | null;
  status: RunStatus;
  total: number;
  started: number;
  failed: number;
  failure: RunFailure | null;
  created_at: string;
  finished_at: string | null;
  contact: { name: string | null; phone: string } | null;
};

export type FailedRecipient = {
  id: string;
  failure: RunFailure;
  contact: { name: string | null; phone: string } | null;
};

export type SegmentChoice = { id: string; name: string };
export type SegmentAudience = { recipients: number; optedOut: number };

export type ContactChoice = {
  id: string;
  name: string | null;
  phone: string;
  optedOut: boolean;
};

export type StartTarget = { contactId: string } | { segmentId: string };

/** Runs shown on the page: the latest ones. */
const RUNS_SHOWN = 20;
/** Failures listed under a run; the others are counted. */
export const FAILURES_SHOWN = 50;
/** Contacts offered per search. */
const CONTACT_MATCHES = 8;

export function fetchWatiChatbots(organizationId: string, page: number): Promise<WatiChatbotPage> {
  return callFunction(supabase.functions, 'wati-chatbots', {
    method: 'GET',
    query: { organizationId, page: String(page) },
  });
}

/** What a start answers: the run as recorded and, for one contact, what became of them. */
export type StartedRun = {
  run: ChatbotRun;
  recipient: {
    status: 'pending' | 'claimed' | 'started' | 'failed';
    failure: RunFailure | null;
  } | null;
};

/** Starts the chatbot: at once for one contact, by the sweep for a segment. */
export function startWatiChatbot(
  organizationId: string,
  chatbotId: string,
  target: StartTarget,
): Promise<StartedRun> {
  return callFunction(supabase.functions, 'wati-chatbots', {
    body: { action: 'start', organizationId, chatbotId, ...target },
  });
}

export async function cancelChatbotRun(runId: string): Promise<void> {
  await callFunction(supabase.functions, 'wati-chatbots', { body: { action: 'cancel', runId } });
}

export async function fetchChatbotRuns(organizationId: string): Promise<ChatbotRun[]> {
  const { data, error } = await supabase
    .from('wati_chatbot_runs')
    .select(
      'id, chatbot_id, chatbot_name, kind, contact_id, segment_name, status, total, started, failed, failure, created_at, finished_at, contact:contacts(name, phone)',
    )
    .eq('organization_id', organizationId)
    .order('created_at', { ascending: false })
    .limit(RUNS_SHOWN);
  if (error) throw error;
  return data.map((run) => ({ ...run, kind: run.kind === 'contact' ? 'contact' : 'segment' }));
}

export async function fetchRunFailures(runId: string): Promise<FailedRecipient[]> {
  const { data, error } = await supabase
    .from('wati_chatbot_run_recipients')
    .select('id, failure, contact:contacts(name, phone)')
    .eq('run_id', runId)
    .eq('status', 'failed')
    .order('updated_at', { ascending: true })
    .limit(FAILURES_SHOWN);
  if (error) throw error;
  // Only failed rows are asked for: each has its failure (a check of the table).
  return data.flatMap(({ id, failure, contact }) => (failure ? [{ id, failure, contact }] : []));
}

export async function fetchSegmentChoices(organizationId: string): Promise<SegmentChoice[]> {
  const { data, error } = await supabase
    .from('segments')
    .select('id, name')
    .eq('organization_id', organizationId)
    .order('name', { ascending: true });
  if (error) throw error;
  return data;
}

export async function fetchSegmentAudience(segmentId: string): Promise<SegmentAudience> {
  const { data, error } = await supabase
    .rpc('wati_chatbot_audience', { segment_id: segmentId })
    .single();
  if (error) throw error;
  return { recipients: data.recipients, optedOut: data.opted_out };
}

/** Contacts whose name or number matches, as the contacts page finds them. */
export async function searchContacts(
  organizationId: string,
  search: string,
): Promise<ContactChoice[]> {
  const { data, error } = await supabase.rpc('list_contacts', {
    organization_id: organizationId,
    search,
    sort: 'nom',
    take: CONTACT_MATCHES,
  });
  if (error) throw error;
  return data.map((contact) => ({
    id: contact.id,
    name: contact.name,
    phone: contact.phone,
    optedOut: contact.opt_in_status === 'opted_out',
  }));
}
