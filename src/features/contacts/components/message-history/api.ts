import type { Database, Json } from '../../../../lib/database.types';
import { supabase } from '../../../../lib/supabase';

// The contact page's history: what `contact_message_history` returns (every message of the
// contact's conversations that the member may see, and the campaign messages it received that no
// conversation shows), and the contact's conversations.

export type MessageAuthor = Database['public']['Enums']['message_author'];
export type MessageStatus = Database['public']['Enums']['message_status'];
export type ConversationStatus = Database['public']['Enums']['conversation_status'];

export type HistoryEntry = {
  id: string;
  conversationId: string | null;
  author: MessageAuthor;
  authorName: string | null;
  kind: string;
  body: string | null;
  media: Json | null;
  template: Json | null;
  event: Json | null;
  private: boolean;
  status: MessageStatus | null;
  failureReason: string | null;
  campaignId: string | null;
  campaignName: string | null;
  createdAt: string;
};

/** Messages per page: « Charger plus » asks for the next ones. */
export const historyPageSize = 30;

/** A page of the history, newest first, strictly older than `before` when given. */
export async function fetchMessageHistory(
  contactId: string,
  before: string | null,
  pageSize: number = historyPageSize,
): Promise<HistoryEntry[]> {
  const { data, error } = await supabase.rpc('contact_message_history', {
    contact_id: contactId,
    page_size: pageSize,
    ...(before ? { before } : {}),
  });
  if (error) throw error;
  // The generated types say every column is set; a function's columns may be null.
  return (data ?? []).map((row) => ({
    id: row.id,
    conversationId: row.conversation_id ?? null,
    author: row.author,
    authorName: row.author_name ?? null,
    kind: row.kind,
    body: row.body ?? null,
    media: row.media ?? null,
    template: row.template ?? null,
    event: row.event ?? null,
    private: row.private ?? false,
    status: row.status ?? null,
    failureReason: row.failure_reason ?? null,
    campaignId: row.campaign_id ?? null,
    campaignName: row.campaign_name ?? null,
    createdAt: row.created_at,
  }));
}

export type ContactConversation = {
  id: string;
  status: ConversationStatus;
  createdAt: string;
  resolvedAt: string | null;
  assigneeId: string | null;
};

/** The contact's conversations the member may see, newest first. */
export async function fetchContactConversations(contactId: string): Promise<ContactConversation[]> {
  const { data, error } = await supabase
    .from('conversations')
    .select('id,status,created_at,resolved_at,assignee_id')
    .eq('contact_id', contactId)
    .order('created_at', { ascending: false });
  if (error) throw error;
  return data.map((row) => ({
    id: row.id,
    status: row.status,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    assigneeId: row.assignee_id,
  }));
}

/** The organisation's members by id, named as the inbox names them (full name, else e-mail). */
export async function fetchMemberNames(organizationId: string): Promise<Map<string, string>> {
  const { data, error } = await supabase
    .from('memberships')
    .select('user_id, profiles(full_name, email)')
    .eq('organization_id', organizationId);
  if (error) throw error;
  const names = new Map<string, string>();
  for (const row of data) {
    const name = row.profiles?.full_name?.trim() || row.profiles?.email;
    if (name) names.set(row.user_id, name);
  }
  return names;
}
