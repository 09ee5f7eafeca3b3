import type { Database, Tables } from '../../lib/database.types';

// The inbox's rows as the Data API gives them (snake_case, as Realtime sends them too, so a live
// change patches a cached row without translation).

export type ConversationStatus = Database['public']['Enums']['conversation_status'];
export type ConversationPriority = Database['public']['Enums']['conversation_priority'];
export type MessageAuthor = Database['public']['Enums']['message_author'];
export type MessageStatus = Database['public']['Enums']['message_status'];

export type Message = Tables<'messages'>;
export type Conversation = Tables<'conversations'>;

type ListRow = Database['public']['Functions']['inbox_conversations']['Returns'][number];

/** One row of the list (`inbox_conversations`), with the columns that may be null said so. */
export type ConversationSummary = Omit<
  ListRow,
  | 'contact_name'
  | 'priority'
  | 'assignee_id'
  | 'team_id'
  | 'snoozed_until'
  | 'waiting_since'
  | 'last_inbound_at'
  | 'last_message_preview'
  | 'last_message_author'
  | 'campaign_id'
> & {
  contact_name: string | null;
  priority: ConversationPriority | null;
  assignee_id: string | null;
  team_id: string | null;
  snoozed_until: string | null;
  waiting_since: string | null;
  last_inbound_at: string | null;
  last_message_preview: string | null;
  last_message_author: string | null;
  campaign_id: string | null;
};

/** The contact as the thread and the contact panel show it. */
export type InboxContact = Pick<
  Tables<'contacts'>,
  | 'id'
  | 'name'
  | 'phone'
  | 'email'
  | 'language'
  | 'tags'
  | 'attributes'
  | 'opt_in_status'
  | 'opted_out_at'
  | 'created_at'
>;

/** A conversation with its contact. */
export type ConversationDetail = Conversation & { contact: InboxContact };

/** A member who may be named, assigned or mentioned. */
export type InboxMember = {
  userId: string;
  role: Database['public']['Enums']['member_role'];
  name: string;
};

export type Team = { id: string; name: string };

export type CannedReply = {
  id: string;
  short_code: string;
  content: string;
  attachment_url: string | null;
};

export type CampaignName = { id: string; name: string };

export type Availability = 'online' | 'busy' | 'offline';

/** What an agent may send as a reply (the inbox-send function's `content`). */
export type ReplyContent =
  | { kind: 'text'; body: string }
  | { kind: 'file'; url: string; caption?: string }
  | { kind: 'template'; name: string; parameters: { name: string; value: string }[] };
