import { t } from '@lingui/core/macro';
import type { MemberRole } from '../../domain/organizations/roles';
import type { Json, Tables } from '../../lib/database.types';
import { UserFacingError } from '../../lib/errors';
import { callFunction } from '../../lib/functions';
import { supabase } from '../../lib/supabase';
import { listArguments, type InboxFilters } from './list-filters';
import type { ThreadCursor } from './thread-cache';
import type {
  Availability,
  CampaignName,
  CannedReply,
  ConversationDetail,
  ConversationPriority,
  ConversationStatus,
  ConversationSummary,
  InboxMember,
  Message,
  ReplyContent,
  Team,
} from './types';

// Every call the inbox makes: reads through the Data API (RLS decides what each member sees), the
// actions through the SQL functions (which check the role), replies through the inbox-send Edge
// Function (which talks to Wati).

export const listPageSize = 30;
export const threadPageSize = 50;

/** One page of the list, for the caller (their unread counts, what their role shows). */
export async function fetchConversations(
  organizationId: string,
  filters: InboxFilters,
  offset: number,
  signal?: AbortSignal,
): Promise<ConversationSummary[]> {
  let request = supabase.rpc('inbox_conversations', {
    ...listArguments(filters, organizationId),
    page_offset: offset,
    page_size: listPageSize,
  });
  if (signal) request = request.abortSignal(signal);
  const { data, error } = await request;
  if (error) throw error;
  return data as ConversationSummary[];
}

/** The conversation and its contact; null when it does not exist or the caller may not see it. */
export async function fetchConversation(
  conversationId: string,
): Promise<ConversationDetail | null> {
  const { data, error } = await supabase
    .from('conversations')
    .select(
      `*, contact:contacts(id, name, phone, email, language, tags, attributes, opt_in_status, opted_out_at, created_at)`,
    )
    .eq('id', conversationId)
    .maybeSingle();
  if (error) throw error;
  if (!data || !data.contact) return null;
  return data as ConversationDetail;
}

/** A page of the thread, newest first, older than `before` when given. */
export async function fetchMessages(
  conversationId: string,
  before: ThreadCursor | null,
  signal?: AbortSignal,
): Promise<Message[]> {
  let request = supabase
    .from('messages')
    .select('*')
    .eq('conversation_id', conversationId)
    .order('created_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(threadPageSize);
  if (before) {
    // Quoted: timestamps hold « : » and « . », which PostgREST's or() reads as syntax.
    request = request.or(
      `created_at.lt."${before.createdAt}",and(created_at.eq."${before.createdAt}",id.lt.${before.id})`,
    );
  }
  if (signal) request = request.abortSignal(signal);
  const { data, error } = await request;
  if (error) throw error;
  return data;
}

export type PreviousConversation = Pick<
  Tables<'conversations'>,
  | 'id'
  | 'status'
  | 'created_at'
  | 'resolved_at'
  | 'last_inbound_at'
  | 'last_message_preview'
  | 'last_activity_at'
>;

/** The contact's conversations the caller may see, newest first (the current one included). */
export async function fetchContactConversations(
  contactId: string,
): Promise<PreviousConversation[]> {
  const { data, error } = await supabase
    .from('conversations')
    .select(
      'id, status, created_at, resolved_at, last_inbound_at, last_message_preview, last_activity_at',
    )
    .eq('contact_id', contactId)
    .order('created_at', { ascending: false })
    .limit(20);
  if (error) throw error;
  return data;
}

export type ReceivedCampaign = {
  id: string;
  campaignId: string;
  campaignName: string | null;
  status: Tables<'campaign_recipients'>['status'];
  at: string | null;
};

/** The campaigns the contact received, newest first. */
export async function fetchReceivedCampaigns(contactId: string): Promise<ReceivedCampaign[]> {
  const { data, error } = await supabase
    .from('campaign_recipients')
    .select('id, status, sent_at, dispatched_at, campaign_id, campaigns(name)')
    .eq('contact_id', contactId)
    .not('dispatched_at', 'is', null)
    .order('dispatched_at', { ascending: false })
    .limit(20);
  if (error) throw error;
  return data.map((row) => ({
    id: row.id,
    campaignId: row.campaign_id,
    campaignName: row.campaigns?.name ?? null,
    status: row.status,
    at: row.sent_at ?? row.dispatched_at,
  }));
}

/** The organisation's members, named as the team page names them. */
export async function fetchMembers(organizationId: string): Promise<InboxMember[]> {
  const { data, error } = await supabase
    .from('memberships')
    .select('user_id, role, profiles(full_name, email)')
    .eq('organization_id', organizationId)
    .order('created_at', { ascending: true });
  if (error) throw error;
  return data.map((row) => ({
    userId: row.user_id,
    role: row.role as MemberRole,
    name: row.profiles?.full_name?.trim() || row.profiles?.email || t`Membre sans nom`,
  }));
}

export async function fetchTeams(organizationId: string): Promise<Team[]> {
  const { data, error } = await supabase
    .from('teams')
    .select('id, name')
    .eq('organization_id', organizationId)
    .order('name');
  if (error) throw error;
  return data;
}

export async function fetchCannedReplies(organizationId: string): Promise<CannedReply[]> {
  const { data, error } = await supabase
    .from('canned_responses')
    .select('id, short_code, content, attachment_url')
    .eq('organization_id', organizationId)
    .order('short_code');
  if (error) throw error;
  return data;
}

export type ApprovedTemplate = Pick<
  Tables<'whatsapp_templates'>,
  | 'id'
  | 'name'
  | 'language'
  | 'body'
  | 'header'
  | 'footer'
  | 'buttons'
  | 'parameters'
  | 'parameter_mapping'
>;

/** The templates WhatsApp approved: what may be sent outside the 24-hour window. */
export async function fetchApprovedTemplates(organizationId: string): Promise<ApprovedTemplate[]> {
  const { data, error } = await supabase
    .from('whatsapp_templates')
    .select('id, name, language, body, header, footer, buttons, parameters, parameter_mapping')
    .eq('organization_id', organizationId)
    .eq('status', 'APPROVED')
    .order('name');
  if (error) throw error;
  return data;
}

/** Launched campaigns, for the list's filter and the names of campaign messages. */
export async function fetchCampaignNames(organizationId: string): Promise<CampaignName[]> {
  const { data, error } = await supabase
    .from('campaigns')
    .select('id, name')
    .eq('organization_id', organizationId)
    .neq('status', 'draft')
    .order('created_at', { ascending: false })
    .limit(200);
  if (error) throw error;
  return data;
}

export async function fetchInboxSettings(organizationId: string) {
  const { data, error } = await supabase
    .from('inbox_settings')
    .select('agents_see_all, auto_assign')
    .eq('organization_id', organizationId)
    .maybeSingle();
  if (error) throw error;
  return data;
}

// Actions -----------------------------------------------------------------------------------------

export async function assignConversation(input: {
  conversationId: string;
  assigneeId: string | null;
  teamId: string | null;
  changeTeam: boolean;
}): Promise<void> {
  const { error } = await supabase.rpc('assign_conversation', {
    conversation_id: input.conversationId,
    // null (nobody) is a value here: the generated types only know the argument's default.
    assignee_id: input.assigneeId as string,
    team_id: input.teamId as string,
    change_team: input.changeTeam,
  });
  if (error) throw error;
}

export async function setConversationStatus(input: {
  conversationId: string;
  status: ConversationStatus;
  snoozedUntil: string | null;
}): Promise<void> {
  const { error } = await supabase.rpc('set_conversation_status', {
    conversation_id: input.conversationId,
    status: input.status,
    snoozed_until: input.snoozedUntil as string,
  });
  if (error) throw error;
}

export async function updateConversationDetails(input: {
  conversationId: string;
  labels: string[];
  priority: ConversationPriority | null;
}): Promise<void> {
  const { error } = await supabase.rpc('update_conversation_details', {
    conversation_id: input.conversationId,
    labels: input.labels,
    priority: input.priority as ConversationPriority,
  });
  if (error) throw error;
}

export async function addNote(input: {
  conversationId: string;
  body: string;
  mentions: string[];
  clientMessageId: string;
}): Promise<Message> {
  const { data, error } = await supabase.rpc('add_note', {
    conversation_id: input.conversationId,
    body: input.body,
    mentions: input.mentions,
    client_message_id: input.clientMessageId,
  });
  if (error) throw error;
  return data as Message;
}

export async function markConversationRead(conversationId: string, unread = false): Promise<void> {
  const { error } = await supabase.rpc('mark_conversation_read', {
    conversation_id: conversationId,
    unread,
  });
  if (error) throw error;
}

/** The inbox page's heartbeat, and the availability chosen (null: unchanged). */
export async function sendHeartbeat(
  organizationId: string,
  availability: Availability | null,
): Promise<Availability> {
  const { data, error } = await supabase.rpc('inbox_heartbeat', {
    organization_id: organizationId,
    availability: availability as Availability,
  });
  if (error) throw error;
  const chosen = (data as { availability?: unknown } | null)?.availability;
  return chosen === 'busy' || chosen === 'offline' ? chosen : 'online';
}

function messageOf(answer: unknown): Message {
  const message = (answer as { message?: Message } | null)?.message;
  if (!message || typeof message.id !== 'string') {
    throw new UserFacingError(t`Le serveur n’a pas confirmé l’envoi. Réessayez.`);
  }
  return message;
}

/** A reply, filed and sent to Wati by inbox-send; the same clientMessageId is filed once. */
export async function sendReply(input: {
  conversationId: string;
  clientMessageId: string;
  content: ReplyContent;
}): Promise<Message> {
  const answer = await callFunction<unknown>(supabase.functions, 'inbox-send', {
    body: { action: 'reply', ...input },
  });
  return messageOf(answer);
}

/** A failed reply, sent again. */
export async function retryMessage(messageId: string): Promise<Message> {
  const answer = await callFunction<unknown>(supabase.functions, 'inbox-send', {
    body: { action: 'retry', messageId },
  });
  return messageOf(answer);
}

/** A contact's message, made up by the Wati sandbox (sandbox mode only). */
export async function simulateInbound(body: Record<string, Json | undefined>): Promise<void> {
  await callFunction<unknown>(supabase.functions, 'wati-sandbox-simulate', { body });
}
