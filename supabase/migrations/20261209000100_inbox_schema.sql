-- Boîte de réception: the shared inbox's tables.
-- One conversation per contact thread (`open | pending | snoozed | resolved`; `pending` = the bot
-- has it), one message table for everything said in it (the contact's messages, agents' replies,
-- campaign messages, the bot, messages sent from Wati's own dashboard, private notes and system
-- events), read markers per agent (Chatwoot's one shared marker is a known complaint), teams,
-- agents' availability and capacity, canned replies, notifications and satisfaction surveys.
-- Members read through RLS; every change goes through the functions of the next migration, which
-- check the caller's role and keep the conversation's counters true. Supabase's default
-- privileges give the API roles every right on a new table: each table here revokes them, then
-- grants only what its policies are for.

-- Teams ---------------------------------------------------------------------------------------------
create table public.teams (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  name text not null check (name = btrim(name) and char_length(name) between 1 and 60),
  created_at timestamptz not null default now(),
  unique (organization_id, name),
  -- Lets team_members and conversations name the team together with its organisation.
  unique (organization_id, id)
);

create table public.team_members (
  organization_id uuid not null,
  team_id uuid not null,
  user_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (team_id, user_id),
  foreign key (organization_id, team_id) references public.teams (organization_id, id) on delete cascade,
  -- A member who leaves the organisation leaves its teams.
  foreign key (organization_id, user_id) references public.memberships (organization_id, user_id) on delete cascade
);
create index team_members_member_idx on public.team_members (organization_id, user_id);

alter table public.teams enable row level security;
revoke all on public.teams from anon, authenticated;
alter table public.team_members enable row level security;
revoke all on public.team_members from anon, authenticated;
create policy "members see their teams" on public.teams
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins create teams" on public.teams
  for insert to authenticated
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins rename teams" on public.teams
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))))
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins delete teams" on public.teams
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "members see who is in their teams" on public.team_members
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins add team members" on public.team_members
  for insert to authenticated
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins remove team members" on public.team_members
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))));
grant select, delete on public.teams to authenticated;
grant insert (organization_id, name), update (name) on public.teams to authenticated;
grant select, insert, delete on public.team_members to authenticated;

-- Inbox settings (one row per organisation) ------------------------------------------------------------
create table public.inbox_settings (
  organization_id uuid primary key references public.organizations (id) on delete cascade,
  -- Agents see their own and unassigned conversations; with this, all of them.
  agents_see_all boolean not null default false,
  -- New conversations go to an online agent under capacity, in turn.
  auto_assign boolean not null default true,
  default_capacity integer not null default 20 check (default_capacity between 1 and 500),
  -- On resolve, the contact is asked for a 1–5 rating; outside the 24-hour window only through
  -- this approved template (its first button or text answer is the rating).
  csat_enabled boolean not null default false,
  csat_template_name text check (char_length(csat_template_name) <= 512),
  -- Office hours per ISO day (1 = Monday … 7 = Sunday): [{"open":"08:00","close":"17:00"}], in
  -- the organisation's time zone. A day absent or empty is closed.
  office_hours jsonb not null default '{"1":[{"open":"08:00","close":"17:00"}],"2":[{"open":"08:00","close":"17:00"}],"3":[{"open":"08:00","close":"17:00"}],"4":[{"open":"08:00","close":"17:00"}],"5":[{"open":"08:00","close":"17:00"}]}'::jsonb
    check (jsonb_typeof(office_hours) = 'object'),
  away_enabled boolean not null default false,
  away_message text check (char_length(away_message) between 1 and 1024),
  -- A contact waiting longer than this (minutes) notifies the assignee (or the admins).
  waiting_alert_minutes integer not null default 30 check (waiting_alert_minutes between 1 and 1440),
  updated_at timestamptz not null default now()
);
alter table public.inbox_settings enable row level security;
revoke all on public.inbox_settings from anon, authenticated;
create policy "members read their inbox settings" on public.inbox_settings
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins change their inbox settings" on public.inbox_settings
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))))
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
grant select, update (agents_see_all, auto_assign, default_capacity, csat_enabled, csat_template_name,
  office_hours, away_enabled, away_message, waiting_alert_minutes) on public.inbox_settings to authenticated;
create trigger inbox_settings_touch before update on public.inbox_settings
  for each row execute function private.touch_updated_at();

insert into public.inbox_settings (organization_id) select id from public.organizations
on conflict do nothing;

create function private.create_inbox_settings()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.inbox_settings (organization_id) values (new.id) on conflict do nothing;
  return new;
end;
$$;
create trigger organizations_inbox_settings after insert on public.organizations
  for each row execute function private.create_inbox_settings();

-- Agents: chosen availability, capacity, heartbeat ----------------------------------------------------
-- Auto-assignment gives conversations only to members whose heartbeat is fresh (the inbox page
-- sends one every 20 s) and who chose « En ligne », under their capacity (open conversations).
create table public.inbox_agents (
  organization_id uuid not null,
  user_id uuid not null,
  availability text not null default 'online' check (availability in ('online', 'busy', 'offline')),
  -- Null: the organisation's default capacity.
  capacity integer check (capacity between 1 and 500),
  last_heartbeat_at timestamptz,
  last_assigned_at timestamptz,
  primary key (organization_id, user_id),
  foreign key (organization_id, user_id) references public.memberships (organization_id, user_id) on delete cascade
);
alter table public.inbox_agents enable row level security;
revoke all on public.inbox_agents from anon, authenticated;
create policy "members see their teammates' availability" on public.inbox_agents
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
grant select on public.inbox_agents to authenticated;

-- Conversations -----------------------------------------------------------------------------------------
create type public.conversation_status as enum ('open', 'pending', 'snoozed', 'resolved');
create type public.conversation_priority as enum ('low', 'medium', 'high', 'urgent');

create table public.conversations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  contact_id uuid not null references public.contacts (id) on delete cascade,
  status public.conversation_status not null default 'open',
  priority public.conversation_priority,
  assignee_id uuid,
  team_id uuid,
  labels text[] not null default '{}' check (cardinality(labels) <= 20),
  -- Null while snoozed: until the contact writes again.
  snoozed_until timestamptz,
  -- Since when the contact waits for an answer (null once answered or resolved).
  waiting_since timestamptz,
  first_reply_at timestamptz,
  -- The contact's last message: the 24-hour window runs from it.
  last_inbound_at timestamptz,
  -- The list's order: messages and what agents do (assignment, status) move a conversation up.
  last_activity_at timestamptz not null default now(),
  last_message_preview text,
  last_message_author text,
  -- The campaign the contact answered, when a reply to one opened the conversation.
  campaign_id uuid references public.campaigns (id) on delete set null,
  resolved_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (organization_id, assignee_id) references public.memberships (organization_id, user_id)
    on delete set null (assignee_id),
  foreign key (organization_id, team_id) references public.teams (organization_id, id)
    on delete set null (team_id),
  -- The bot's conversations belong to no agent: a person taking one opens it.
  check (status <> 'pending' or assignee_id is null),
  check (status = 'snoozed' or snoozed_until is null)
);
-- A contact has at most one conversation in progress; resolved ones stay as its history.
create unique index conversations_contact_active_key on public.conversations (contact_id)
  where status <> 'resolved';
create index conversations_contact_idx on public.conversations (contact_id, created_at desc);
create index conversations_activity_idx on public.conversations
  (organization_id, status, last_activity_at desc, id);
create index conversations_assignee_idx on public.conversations
  (organization_id, assignee_id, status, last_activity_at desc, id);
create index conversations_waiting_idx on public.conversations (organization_id, waiting_since)
  where waiting_since is not null;
create index conversations_labels_idx on public.conversations using gin (labels);
create index conversations_team_idx on public.conversations (organization_id, team_id);
create index conversations_campaign_idx on public.conversations (campaign_id);
create index conversations_snoozed_idx on public.conversations (snoozed_until)
  where status = 'snoozed';

create trigger conversations_touch before update on public.conversations
  for each row execute function private.touch_updated_at();

-- Members who took part without being the assignee (mentioned in a note): they see it too.
create table public.conversation_participants (
  conversation_id uuid not null references public.conversations (id) on delete cascade,
  organization_id uuid not null,
  user_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (conversation_id, user_id),
  foreign key (organization_id, user_id) references public.memberships (organization_id, user_id) on delete cascade
);
create index conversation_participants_user_idx on public.conversation_participants (user_id);

-- The organisations where the caller sees every conversation: admins and owners, viewers (who
-- only read), agents when the organisation lets them.
create function private.caller_organizations_seeing_all()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.organization_id from public.memberships m
  left join public.inbox_settings s on s.organization_id = m.organization_id
  where m.user_id = (select auth.uid())
    and (m.role <> 'agent' or coalesce(s.agents_see_all, false))
$$;

-- The conversations the caller takes part in without seeing them all.
create function private.caller_participations()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select p.conversation_id from public.conversation_participants p
  where p.user_id = (select auth.uid())
$$;
grant execute on function private.caller_organizations_seeing_all() to authenticated;
grant execute on function private.caller_participations() to authenticated;

alter table public.conversations enable row level security;
revoke all on public.conversations from anon, authenticated;
create policy "members see the conversations their role shows them" on public.conversations
  for select to authenticated
  using (
    organization_id = any (array(select private.caller_organizations()))
    and (
      assignee_id is null
      or assignee_id = (select auth.uid())
      or organization_id = any (array(select private.caller_organizations_seeing_all()))
      or id = any (array(select private.caller_participations()))
    )
  );
grant select on public.conversations to authenticated;

alter table public.conversation_participants enable row level security;
revoke all on public.conversation_participants from anon, authenticated;
create policy "members see their own participations" on public.conversation_participants
  for select to authenticated
  using (user_id = (select auth.uid()));
grant select on public.conversation_participants to authenticated;

-- Read markers, per member and conversation ----------------------------------------------------------
create table public.conversation_reads (
  conversation_id uuid not null references public.conversations (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  last_read_at timestamptz not null,
  primary key (user_id, conversation_id)
);
create index conversation_reads_conversation_idx on public.conversation_reads (conversation_id);
alter table public.conversation_reads enable row level security;
revoke all on public.conversation_reads from anon, authenticated;
create policy "members see their own read markers" on public.conversation_reads
  for select to authenticated
  using (user_id = (select auth.uid()));
grant select on public.conversation_reads to authenticated;

-- Messages --------------------------------------------------------------------------------------------
-- Who said it: the contact, a member (reply or note), the bot, a campaign, someone on Wati's own
-- dashboard, or WCAP itself (system events, the opt-out confirmation, the away message, CSAT).
create type public.message_author as enum ('contact', 'agent', 'bot', 'campaign', 'wati', 'system');

create table public.messages (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  conversation_id uuid not null references public.conversations (id) on delete cascade,
  contact_id uuid not null references public.contacts (id) on delete cascade,
  author public.message_author not null,
  author_id uuid references public.profiles (id) on delete set null,
  -- The Wati operator's or the flow's name, when the author is not a member.
  author_name text check (char_length(author_name) <= 120),
  -- A private note: never sent to WhatsApp.
  private boolean not null default false,
  kind text not null default 'text' check (kind in (
    'text', 'image', 'document', 'audio', 'video', 'sticker', 'location', 'contacts',
    'button_reply', 'list_reply', 'interactive', 'template', 'csat', 'event', 'unsupported')),
  body text check (char_length(body) <= 4096),
  -- image/document/audio/video/sticker: {url, caption?, fileName?}; location: {latitude, longitude,
  -- name?, address?}; contacts: {contacts: [{name, phone}]}; buttons: {buttons: [...]}.
  media jsonb check (media is null or jsonb_typeof(media) = 'object'),
  -- A template message: {name, parameters: [{name, value}]}.
  template jsonb check (template is null or jsonb_typeof(template) = 'object'),
  -- A system event: {type: assigned|unassigned|team|resolved|reopened|snoozed|handoff|csat…, …}.
  event jsonb check (event is null or jsonb_typeof(event) = 'object'),
  mentions uuid[] not null default '{}',
  -- The WhatsApp message the contact quoted or whose button it pressed.
  reply_to_wamid text,
  -- The member's own id for a send: a double click or a retry finds the same message.
  client_message_id uuid,
  -- Given to Wati with the send and echoed in its status webhooks.
  local_message_id text,
  wati_message_id text,
  whatsapp_message_id text,
  -- Outgoing WhatsApp messages only; moves forward only (private.advance_message_status).
  status public.message_status,
  failure_code text,
  failure_reason text,
  sent_at timestamptz,
  delivered_at timestamptz,
  read_at timestamptz,
  failed_at timestamptz,
  campaign_recipient_id uuid references public.campaign_recipients (id) on delete set null,
  -- The contact asked to stop (STOP, ARRÊT…): shown, never counted as a reply.
  opt_out boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, local_message_id),
  unique (organization_id, client_message_id),
  check (not private or author = 'agent')
);
create index messages_thread_idx on public.messages (conversation_id, created_at desc, id);
create index messages_inbound_idx on public.messages (conversation_id, created_at)
  where author = 'contact';
create index messages_contact_idx on public.messages (contact_id, created_at desc);
create index messages_organization_idx on public.messages (organization_id, created_at);
-- A contact's message delivered twice by Wati is filed once.
create unique index messages_inbound_wati_id_key on public.messages (organization_id, wati_message_id)
  where author = 'contact' and wati_message_id is not null;
create index messages_wati_id_idx on public.messages (organization_id, wati_message_id)
  where author <> 'contact' and wati_message_id is not null;
create index messages_campaign_recipient_idx on public.messages (campaign_recipient_id)
  where campaign_recipient_id is not null;
create index messages_author_idx on public.messages (author_id) where author_id is not null;
create index messages_search_idx on public.messages
  using gin (private.search_key(body) extensions.gin_trgm_ops) where body is not null;

create trigger messages_touch before update on public.messages
  for each row execute function private.touch_updated_at();

alter table public.messages enable row level security;
revoke all on public.messages from anon, authenticated;
-- Those who see every conversation are answered by the organisation; the others by a probe of
-- the message's conversation (its primary key, under its own policy): one row for a message, 50
-- for a thread — never the set of every conversation an agent may see.
create policy "members see the messages of conversations they see" on public.messages
  for select to authenticated
  using (
    organization_id = any (array(select private.caller_organizations()))
    and (
      organization_id = any (array(select private.caller_organizations_seeing_all()))
      or coalesce((select true from public.conversations c where c.id = conversation_id), false)
    )
  );
grant select on public.messages to authenticated;

-- Canned replies -----------------------------------------------------------------------------------------
create table public.canned_responses (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  -- Typed after « / » in the composer.
  short_code text not null check (short_code ~ '^[a-z0-9][a-z0-9_-]{0,31}$'),
  -- May hold {{contact.name}}, {{contact.phone}}, {{contact.<attribute>}}, {{agent.name}}.
  content text not null check (char_length(btrim(content)) between 1 and 4096),
  -- A file sent with it, by URL.
  attachment_url text check (attachment_url ~ '^https://' and char_length(attachment_url) <= 2048),
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, short_code)
);
create index canned_responses_created_by_idx on public.canned_responses (created_by);
alter table public.canned_responses enable row level security;
revoke all on public.canned_responses from anon, authenticated;
create policy "members use their canned replies" on public.canned_responses
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins write canned replies" on public.canned_responses
  for insert to authenticated
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins edit canned replies" on public.canned_responses
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))))
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins delete canned replies" on public.canned_responses
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))));
grant select, delete on public.canned_responses to authenticated;
grant insert (organization_id, short_code, content, attachment_url),
  update (short_code, content, attachment_url) on public.canned_responses to authenticated;
create trigger canned_responses_touch before update on public.canned_responses
  for each row execute function private.touch_updated_at();

create function private.stamp_canned_response_author()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.created_by := (select auth.uid());
  return new;
end;
$$;
create trigger canned_responses_author before insert on public.canned_responses
  for each row execute function private.stamp_canned_response_author();

-- Notifications ------------------------------------------------------------------------------------------
create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  kind text not null check (kind in ('assigned', 'mention', 'waiting')),
  conversation_id uuid references public.conversations (id) on delete cascade,
  actor_id uuid references public.profiles (id) on delete set null,
  -- The contact's name, or the note's first words: what the notification shows.
  excerpt text check (char_length(excerpt) <= 280),
  read_at timestamptz,
  created_at timestamptz not null default now()
);
create index notifications_user_idx on public.notifications (user_id, organization_id, created_at desc);
create index notifications_unread_idx on public.notifications (user_id, organization_id)
  where read_at is null;
create index notifications_conversation_idx on public.notifications (conversation_id);
create index notifications_actor_idx on public.notifications (actor_id);
-- A waiting alert once per conversation and wait.
create unique index notifications_waiting_key on public.notifications (conversation_id, user_id, kind)
  where kind = 'waiting' and read_at is null;
alter table public.notifications enable row level security;
revoke all on public.notifications from anon, authenticated;
create policy "people see their own notifications" on public.notifications
  for select to authenticated
  using (user_id = (select auth.uid()));
grant select on public.notifications to authenticated;

-- Satisfaction surveys -------------------------------------------------------------------------------------
create table public.csat_surveys (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  conversation_id uuid not null references public.conversations (id) on delete cascade,
  contact_id uuid not null references public.contacts (id) on delete cascade,
  -- Who handled the conversation when it was resolved: the rating is theirs, whatever happens next.
  agent_id uuid references public.profiles (id) on delete set null,
  -- How it was asked: an interactive message in the window, the template outside, or not at all.
  channel text not null check (channel in ('interactive', 'template', 'not_sent')),
  message_id uuid references public.messages (id) on delete set null,
  rating smallint check (rating between 1 and 5),
  answered_at timestamptz,
  created_at timestamptz not null default now()
);
create index csat_surveys_conversation_idx on public.csat_surveys (conversation_id, created_at desc);
create index csat_surveys_contact_idx on public.csat_surveys (contact_id, created_at desc);
create index csat_surveys_agent_idx on public.csat_surveys (agent_id);
create index csat_surveys_organization_idx on public.csat_surveys (organization_id, created_at);
create index csat_surveys_message_idx on public.csat_surveys (message_id);
alter table public.csat_surveys enable row level security;
revoke all on public.csat_surveys from anon, authenticated;
create policy "members see their satisfaction surveys" on public.csat_surveys
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
grant select on public.csat_surveys to authenticated;

-- Campaign replies that were a STOP: shown in the inbox, not counted as replies in the funnel.
alter table public.campaign_recipients add column stopped_by_reply boolean not null default false;

-- Realtime --------------------------------------------------------------------------------------------------
-- Row changes reach each member through RLS (postgres_changes); presence (who is online, who views
-- which conversation) and typing go over the organisation's private channel `inbox:<org>`, which
-- every member may follow and only those who answer (agents and up) may speak on.
alter publication supabase_realtime add table public.conversations, public.messages,
  public.notifications, public.conversation_reads;

-- The inbox channels of the organisations where the caller holds `at_least`.
create function private.caller_inbox_topics(at_least public.member_role default 'viewer')
returns setof text
language sql
stable
security definer
set search_path = ''
as $$
  select 'inbox:' || o::text from private.caller_organizations(at_least) o
$$;
grant execute on function private.caller_inbox_topics(public.member_role) to authenticated;

create policy "members join their organisation's inbox channel" on realtime.messages
  for select to authenticated
  using (
    extension in ('broadcast', 'presence')
    and (select realtime.topic()) = any (array(select private.caller_inbox_topics()))
  );
create policy "agents show presence and typing on their organisation's inbox channel" on realtime.messages
  for insert to authenticated
  with check (
    extension in ('broadcast', 'presence')
    and (select realtime.topic()) = any (array(select private.caller_inbox_topics('agent')))
  );
