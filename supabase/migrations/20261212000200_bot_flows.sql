-- Chatbot flows and their sessions (issue 16). A flow is one JSON document (supabase/functions/
-- _shared/bot/flow.ts); publishing freezes a copy as a numbered, immutable version; a session keeps
-- the version it started on. The engine itself is TypeScript (_shared/bot/engine.ts), run by the
-- wati-webhook once a contact's message is committed: SQL files the message, tells the webhook the
-- bot has the conversation (pending), and later applies what the engine decided in one
-- transaction (private.bot_apply_turn), keyed by the message so that a turn is never applied twice.

-- Flows ------------------------------------------------------------------------------------------------------
create table public.bot_flows (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  name text not null check (char_length(btrim(name)) between 1 and 120),
  -- The document being edited; checked by the editor and by publishing, not here (a draft may be
  -- unfinished). Bounded so that no draft costs more than a flow can be.
  draft jsonb not null check (jsonb_typeof(draft) = 'object' and pg_column_size(draft) <= 1048576),
  -- A published flow runs only while enabled.
  enabled boolean not null default false,
  published_version_id uuid,
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, id)
);
create index bot_flows_organization_idx on public.bot_flows (organization_id, created_at);
create index bot_flows_created_by_idx on public.bot_flows (created_by);
-- What the intake asks of every contact's message: does this organisation's bot take conversations?
create index bot_flows_running_idx on public.bot_flows (organization_id)
  where enabled and published_version_id is not null;

create table public.bot_flow_versions (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  flow_id uuid not null,
  number integer not null check (number >= 1),
  document jsonb not null check (jsonb_typeof(document) = 'object'),
  published_by uuid references public.profiles (id) on delete set null,
  published_at timestamptz not null default now(),
  unique (flow_id, number),
  unique (organization_id, id),
  foreign key (organization_id, flow_id) references public.bot_flows (organization_id, id) on delete cascade
);
create index bot_flow_versions_published_by_idx on public.bot_flow_versions (published_by);
alter table public.bot_flows add foreign key (organization_id, published_version_id)
  references public.bot_flow_versions (organization_id, id) on delete set null (published_version_id);
create index bot_flows_published_version_idx on public.bot_flows (published_version_id);

alter table public.bot_flows enable row level security;
alter table public.bot_flow_versions enable row level security;
revoke all on public.bot_flows, public.bot_flow_versions from anon, authenticated;
create policy "members read their bot flows" on public.bot_flows
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins add bot flows" on public.bot_flows
  for insert to authenticated
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins change bot flows" on public.bot_flows
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))))
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins delete bot flows" on public.bot_flows
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "members read their bot flow versions" on public.bot_flow_versions
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
grant select, delete on public.bot_flows to authenticated;
grant insert (organization_id, name, draft), update (name, draft, enabled) on public.bot_flows to authenticated;
grant select on public.bot_flow_versions to authenticated;
create trigger bot_flows_touch before update on public.bot_flows
  for each row execute function private.touch_updated_at();

create function private.stamp_bot_flow_author()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.created_by := auth.uid();
  return new;
end;
$$;
create trigger bot_flows_author before insert on public.bot_flows
  for each row execute function private.stamp_bot_flow_author();

-- A published version never changes: sessions running on it read it as it was.
create function private.refuse_version_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception using errcode = '42501',
    message = 'Une version publiée ne change plus : publiez une nouvelle version.',
    hint = 'bot_version_immutable';
end;
$$;
create trigger bot_flow_versions_immutable
  before update of organization_id, flow_id, number, document on public.bot_flow_versions
  for each row execute function private.refuse_version_change();

-- The caller's flow, locked for publishing: not found unless theirs to see, refused unless they
-- are one of its organisation's admins.
create function private.flow_for_publishing(flow uuid)
returns public.bot_flows
language plpgsql
security definer
set search_path = ''
as $$
declare
  f public.bot_flows;
begin
  select * into f from public.bot_flows where id = flow for update;
  if not found or not (f.organization_id = any (array(select private.caller_organizations()))) then
    raise exception using errcode = 'P0002', message = 'Parcours introuvable.', hint = 'bot_flow_not_found';
  end if;
  if not (f.organization_id = any (array(select private.caller_organizations('admin')))) then
    raise exception using errcode = '42501',
      message = 'Seuls les administrateurs publient les parcours du chatbot.', hint = 'bot_requires_admin';
  end if;
  return f;
end;
$$;

-- Publishing: the document (checked by the bot-flows function, validate.ts, before it calls this
-- as the admin) becomes the draft and a new version, published. An admin calling this directly
-- with a broken document only breaks their own flow: the runtime reads every version through
-- the same schema and hands over to people when it cannot run one.
create function public.publish_bot_flow(flow_id uuid, document jsonb)
returns public.bot_flow_versions
language plpgsql
security definer
set search_path = ''
as $$
declare
  f public.bot_flows;
  v public.bot_flow_versions;
begin
  f := private.flow_for_publishing(flow_id);
  if jsonb_typeof(document) <> 'object' or pg_column_size(document) > 1048576 then
    raise exception using errcode = '22023', message = 'Parcours illisible.', hint = 'bot_flow_unreadable';
  end if;
  insert into public.bot_flow_versions (organization_id, flow_id, number, document, published_by)
  values (f.organization_id, f.id,
    coalesce((select max(x.number) from public.bot_flow_versions x where x.flow_id = f.id), 0) + 1,
    document, auth.uid())
  returning * into v;
  update public.bot_flows set draft = document, published_version_id = v.id where id = f.id;
  return v;
end;
$$;
revoke all on function public.publish_bot_flow(uuid, jsonb) from anon;
grant execute on function public.publish_bot_flow(uuid, jsonb) to authenticated;

-- Going back to an earlier version: it is published again (sessions already running keep theirs)
-- and becomes the draft.
create function public.roll_back_bot_flow(flow_id uuid, version_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  f public.bot_flows;
  v public.bot_flow_versions;
begin
  f := private.flow_for_publishing(flow_id);
  select * into v from public.bot_flow_versions where id = version_id and bot_flow_versions.flow_id = f.id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Version introuvable.', hint = 'bot_version_not_found';
  end if;
  update public.bot_flows set draft = v.document, published_version_id = v.id where id = f.id;
end;
$$;
revoke all on function public.roll_back_bot_flow(uuid, uuid) from anon;
grant execute on function public.roll_back_bot_flow(uuid, uuid) to authenticated;

-- Sessions ---------------------------------------------------------------------------------------------------
create table public.bot_sessions (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  conversation_id uuid not null references public.conversations (id) on delete cascade,
  flow_id uuid not null,
  version_id uuid not null,
  -- The engine's SessionState (_shared/bot/turn.ts).
  state jsonb not null check (jsonb_typeof(state) = 'object'),
  status text not null default 'active' check (status in ('active', 'completed', 'handed_over', 'expired')),
  -- Turns applied: a turn computed on an older state is refused (two messages at once).
  turn integer not null default 0,
  -- Nodes entered, each once, for the flow's funnel.
  visited text[] not null default '{}',
  -- A wait node's end.
  resume_at timestamptz,
  expires_at timestamptz not null,
  started_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  ended_at timestamptz,
  foreign key (organization_id, flow_id) references public.bot_flows (organization_id, id) on delete cascade,
  foreign key (organization_id, version_id) references public.bot_flow_versions (organization_id, id) on delete cascade
);
create unique index bot_sessions_active_key on public.bot_sessions (conversation_id) where status = 'active';
create index bot_sessions_flow_idx on public.bot_sessions (flow_id, status);
create index bot_sessions_version_idx on public.bot_sessions (version_id);
create index bot_sessions_organization_idx on public.bot_sessions (organization_id);
create index bot_sessions_resume_idx on public.bot_sessions (resume_at) where status = 'active' and resume_at is not null;
create index bot_sessions_expiry_idx on public.bot_sessions (expires_at) where status = 'active';
alter table public.bot_sessions enable row level security;
revoke all on public.bot_sessions from anon, authenticated;
create policy "members read their bot sessions" on public.bot_sessions
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
grant select on public.bot_sessions to authenticated;

-- Messages the bot has to answer, from their filing to the turn that answers them: the webhook
-- answers at once; what it could not (the instance stopped) the sweep finds here.
create table private.bot_turn_queue (
  message_id uuid primary key references public.messages (id) on delete cascade,
  organization_id uuid not null,
  conversation_id uuid not null,
  queued_at timestamptz not null default now()
);
create index bot_turn_queue_due_idx on private.bot_turn_queue (queued_at);

-- Whether the organisation's bot takes conversations: one of its flows runs.
create function private.bot_takes_conversations(org uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.bot_flows f
                 where f.organization_id = org and f.enabled and f.published_version_id is not null)
$$;

-- The away message, once per 12 hours, when people are asked to answer outside office hours;
-- its id, to send, or null.
create function private.queue_away_message(c public.conversations, at timestamptz)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  s public.inbox_settings;
  away_id uuid;
begin
  select * into s from public.inbox_settings where organization_id = c.organization_id;
  if s.away_enabled and s.away_message is not null and not private.within_office_hours(c.organization_id, at)
     and not exists (
       select 1 from public.messages a
       where a.conversation_id = c.id and a.author = 'system' and a.event is null
         and a.created_at > now() - interval '12 hours' and a.body = s.away_message) then
    insert into public.messages (organization_id, conversation_id, contact_id, author, kind, body,
      status, local_message_id)
    values (c.organization_id, c.id, c.contact_id, 'system', 'text', s.away_message, 'queued', gen_random_uuid()::text)
    returning id into away_id;
  end if;
  return away_id;
end;
$$;

-- Intake, again: a conversation the bot takes is opened (or reopened) as pending, without an
-- assignee or the away message; its message is queued for the bot. A STOP ends the bot's session.
create or replace function private.receive_contact_message(org uuid, message jsonb)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  at timestamptz := (message ->> 'at')::timestamptz;
  contact_phone text := message ->> 'phone';
  asks_stop boolean := coalesce((message ->> 'optOut')::boolean, false);
  sender text := nullif(left(btrim(coalesce(message ->> 'senderName', '')), 120), '');
  k public.contacts;
  c public.conversations;
  r public.campaign_recipients;
  m public.messages;
  survey public.csat_surveys;
  opened text := null;
  bot_takes boolean;
  given_rating integer;
  away_id uuid;
  confirmation_id uuid;
  bot_message uuid;
begin
  if asks_stop then
    perform private.opt_out_from_whatsapp(org, contact_phone, message ->> 'country', sender, at);
  end if;
  select * into k from public.contacts where organization_id = org and phone = contact_phone for update;
  if not found then
    perform set_config('wcap.consent_over_quota', 'on', true);
    insert into public.contacts (organization_id, phone, country_code, name, opt_in_source, last_seen_at)
    values (org, contact_phone,
            case when message ->> 'country' ~ '^[A-Z]{2}$' then message ->> 'country' end,
            sender, 'whatsapp', at)
    on conflict (organization_id, phone) do nothing;
    perform set_config('wcap.consent_over_quota', 'off', true);
    select * into k from public.contacts where organization_id = org and phone = contact_phone for update;
  else
    update public.contacts set last_seen_at = at
    where id = k.id and (last_seen_at is null or last_seen_at < at);
  end if;

  select * into c from public.conversations
  where contact_id = k.id and status <> 'resolved' for update;
  if not found then
    select * into c from public.conversations
    where contact_id = k.id and status = 'resolved' and resolved_at > now() - interval '24 hours'
    order by resolved_at desc limit 1
    for update;
    opened := case when found then 'reopened' else 'created' end;
  elsif c.status = 'snoozed' then
    opened := 'reopened';
  end if;
  bot_takes := opened is not null and not asks_stop and private.bot_takes_conversations(org);
  if opened is not null or c.campaign_id is null then
    r := private.answered_campaign_recipient(k.id);
  end if;
  if opened = 'created' then
    insert into public.conversations (organization_id, contact_id, status, campaign_id,
      last_inbound_at, waiting_since, last_activity_at, last_message_preview, last_message_author)
    values (org, k.id, case when bot_takes then 'pending' else 'open' end::public.conversation_status,
      r.campaign_id, at, at, at,
      private.message_preview(coalesce(message ->> 'kind', 'text'), message ->> 'body', message -> 'media'),
      'contact')
    returning * into c;
  end if;
  if r.id is not null then
    perform private.file_campaign_message(c, r);
    if asks_stop then
      update public.campaign_recipients set stopped_by_reply = true where id = r.id;
      perform private.mark_campaign_progress(r.campaign_id);
    end if;
  end if;

  insert into public.messages (organization_id, conversation_id, contact_id, author, author_name,
    kind, body, media, reply_to_wamid, wati_message_id, whatsapp_message_id, opt_out, created_at)
  values (org, c.id, k.id, 'contact', sender, coalesce(message ->> 'kind', 'text'),
    left(message ->> 'body', 4096), nullif(message -> 'media', 'null'::jsonb), nullif(message ->> 'replyToWamid', ''),
    message ->> 'watiMessageId', message ->> 'whatsappMessageId', asks_stop, at)
  on conflict (organization_id, wati_message_id) where author = 'contact' and wati_message_id is not null
  do nothing
  returning * into m;
  if m.id is null then
    return jsonb_build_object('duplicate', true, 'conversationId', c.id);
  end if;

  if opened is distinct from 'created' then
    -- The bot keeps its conversations (pending) and takes the ones it reopens; a resolved or
    -- snoozed one opens again for people otherwise.
    update public.conversations set
      status = case when status = 'pending' or bot_takes then 'pending' else 'open' end::public.conversation_status,
      assignee_id = case when bot_takes then null else assignee_id end,
      resolved_at = null,
      snoozed_until = null,
      last_inbound_at = greatest(last_inbound_at, at),
      waiting_since = coalesce(waiting_since, at),
      last_activity_at = greatest(last_activity_at, at),
      last_message_preview = private.message_preview(m.kind, m.body, m.media),
      last_message_author = 'contact'
    where id = c.id
    returning * into c;
  end if;
  if opened = 'reopened' then
    insert into public.messages (organization_id, conversation_id, contact_id, author, kind, event, created_at)
    values (org, c.id, k.id, 'system', 'event', jsonb_build_object('type', 'reopened', 'byContact', true), at);
  end if;

  select * into survey from public.csat_surveys
  where conversation_id = c.id and channel <> 'not_sent' and rating is null
    and created_at > now() - interval '7 days'
  order by created_at desc limit 1
  for update;
  if found then
    given_rating := substring(coalesce(message ->> 'body', '') from '^\s*([1-5])(\D|$)')::integer;
    if given_rating is not null then
      update public.csat_surveys set rating = given_rating, answered_at = at where id = survey.id;
      update public.messages set kind = 'csat' where id = m.id;
    end if;
  end if;

  if asks_stop then
    update public.bot_sessions set status = 'completed', ended_at = now(), updated_at = now()
    where conversation_id = c.id and status = 'active';
    insert into public.messages (organization_id, conversation_id, contact_id, author, kind, body,
      status, local_message_id)
    values (org, c.id, k.id, 'system', 'text',
      private.contact_text('opt_out_confirmation', k.language),
      'queued', gen_random_uuid()::text)
    returning id into confirmation_id;
  elsif c.status = 'pending' then
    if given_rating is null then
      insert into private.bot_turn_queue (message_id, organization_id, conversation_id)
      values (m.id, org, c.id);
      bot_message := m.id;
    end if;
  else
    perform private.auto_assign(c.id);
    away_id := private.queue_away_message(c, at);
  end if;

  return jsonb_strip_nulls(jsonb_build_object(
    'duplicate', false, 'conversationId', c.id, 'messageId', m.id, 'opened', opened,
    'rating', given_rating, 'bot', bot_message,
    'send', to_jsonb(array_remove(array[confirmation_id, away_id], null))));
end;
$$;

-- The inbound batch, again, with the message the bot must answer (`bot`).
drop function private.ingest_contact_messages(jsonb);
create function private.ingest_contact_messages(events jsonb)
returns table (organization_id uuid, event_key text, duplicate boolean, outcome text, send uuid[], bot uuid)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  e record;
  received jsonb;
  result text;
  ids bigint[] := '{}';
  outcomes text[] := '{}';
begin
  for e in
    with input as (
      select x.*, j.ord
      from jsonb_array_elements(events) with ordinality as j(item, ord),
           jsonb_to_record(j.item) as x(org uuid, key text, type text, payload jsonb,
             message jsonb, seen jsonb)
    ),
    stored as (
      insert into private.wati_webhook_events as w (organization_id, event_key, event_type, payload)
      select i.org, i.key, i.type, i.payload from input i order by i.ord
      on conflict (organization_id, event_key) do update set event_type = excluded.event_type
        where w.processed_at is null and w.dead_at is null
      returning w.id, w.organization_id as org, w.event_key as key
    )
    select i.*, s.id as stored_id from input i left join stored s on s.org = i.org and s.key = i.key
    order by i.ord
  loop
    organization_id := e.org;
    event_key := e.key;
    bot := null;
    if e.stored_id is null then
      duplicate := true; outcome := null; send := null;
      return next;
      continue;
    end if;
    send := '{}';
    if e.message is null then
      update public.contacts k set last_seen_at = (e.seen ->> 'at')::timestamptz
      where k.organization_id = e.org and k.phone = e.seen ->> 'phone'
        and (k.last_seen_at is null or k.last_seen_at < (e.seen ->> 'at')::timestamptz);
      result := 'seen';
    else
      received := private.receive_contact_message(e.org, e.message);
      if received is null or coalesce((received ->> 'duplicate')::boolean, false) then
        result := 'inbound:duplicate';
      else
        result := case when coalesce((e.message ->> 'optOut')::boolean, false) then 'opt_out' else 'inbound' end;
        send := array(select jsonb_array_elements_text(coalesce(received -> 'send', '[]'::jsonb))::uuid);
        bot := (received ->> 'bot')::uuid;
      end if;
    end if;
    ids := ids || e.stored_id;
    outcomes := outcomes || result;
    duplicate := false;
    outcome := result;
    return next;
  end loop;

  update private.wati_webhook_events w set processed_at = now(), next_attempt_at = null,
    outcome = o.outcome
  from unnest(ids, outcomes) as o(id, outcome)
  where w.id = any (ids) and w.id = o.id;
end;
$$;
grant execute on function private.ingest_contact_messages(jsonb) to service_role;

-- What the engine needs for one turn -------------------------------------------------------------------------
-- The conversation's facts for a turn answering `message` (a contact's message queued for the bot)
-- or resuming `session` (a wait node's end): null when there is nothing to do (already answered,
-- or people hold the conversation now).
create function private.bot_turn_input(message uuid, session uuid default null)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  m public.messages;
  c public.conversations;
  k public.contacts;
  o public.organizations;
  b public.bot_settings;
  s public.bot_sessions;
  at timestamptz := now();
begin
  if message is not null then
    if not exists (select 1 from private.bot_turn_queue q where q.message_id = message) then
      return null;
    end if;
    select * into m from public.messages where id = message;
    select * into c from public.conversations where id = m.conversation_id;
    select * into s from public.bot_sessions x where x.conversation_id = c.id and x.status = 'active';
  else
    select * into s from public.bot_sessions x where x.id = session and x.status = 'active';
    if not found then return null; end if;
    select * into c from public.conversations where id = s.conversation_id;
  end if;
  if c.status <> 'pending' then return null; end if;
  select * into k from public.contacts where id = c.contact_id;
  select * into o from public.organizations where id = c.organization_id;
  select * into b from public.bot_settings where organization_id = c.organization_id;
  return jsonb_build_object(
    'organizationId', c.organization_id,
    'conversationId', c.id,
    'messageId', m.id,
    'inbound', case when m.id is null then null
      else jsonb_build_object('kind', m.kind, 'body', m.body, 'media', m.media) end,
    'timeZone', o.time_zone,
    'contact', jsonb_build_object('id', k.id, 'name', k.name, 'phone', k.phone, 'email', k.email,
      'tags', to_jsonb(k.tags), 'attributes', k.attributes, 'language', k.language,
      'optedOut', k.opt_in_status = 'opted_out'),
    'officeHoursOpen', private.within_office_hours(c.organization_id, at),
    'windowOpen', coalesce(private.reply_window_ends_at(c.contact_id), '-infinity') > at,
    'settings', jsonb_build_object('faqThreshold', b.faq_threshold,
      'sessionTimeoutMinutes', b.session_timeout_minutes, 'maxMisunderstood', b.max_misunderstood),
    'firstMessage', m.id is not null and not exists (
      select 1 from public.messages p
      where p.contact_id = c.contact_id and p.author = 'contact' and p.id <> m.id and p.created_at <= m.created_at),
    'campaignId', c.campaign_id,
    'session', case when s.id is null then null else jsonb_build_object(
      'id', s.id, 'flowId', s.flow_id, 'versionId', s.version_id, 'state', s.state, 'turn', s.turn,
      'expired', s.expires_at <= at) end,
    'flows', coalesce((
      select jsonb_agg(jsonb_build_object('flowId', f.id, 'versionId', f.published_version_id)
                       order by f.created_at, f.id)
      from public.bot_flows f
      where f.organization_id = c.organization_id and f.enabled and f.published_version_id is not null),
      '[]'::jsonb));
end;
$$;
grant execute on function private.bot_turn_input(uuid, uuid) to service_role;

-- Handing over ------------------------------------------------------------------------------------------------
-- The bot lets people have the conversation: open, to a team or an agent when the flow says so
-- (an agent who is not one any more is ignored), otherwise to whoever the assignment gives it;
-- the event says why. Returns the away message to send, if any.
create function private.bot_hand_over(conversation uuid, reason text, target jsonb default null)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
  team uuid;
  agent uuid;
begin
  select * into c from public.conversations where id = conversation for update;
  if not found or c.status <> 'pending' then return null; end if;
  update public.bot_sessions set status = 'handed_over', ended_at = now(), updated_at = now()
  where conversation_id = c.id and status = 'active';
  if target ->> 'kind' = 'team' then
    select t.id into team from public.teams t
    where t.id = (target ->> 'teamId')::uuid and t.organization_id = c.organization_id;
  elsif target ->> 'kind' = 'agent' then
    select m.user_id into agent from public.memberships m
    where m.organization_id = c.organization_id and m.user_id = (target ->> 'userId')::uuid and m.role >= 'agent';
  end if;
  update public.conversations set status = 'open', team_id = coalesce(team, team_id), assignee_id = agent,
    waiting_since = coalesce(waiting_since, now()), last_activity_at = now()
  where id = c.id
  returning * into c;
  insert into public.messages (organization_id, conversation_id, contact_id, author, kind, event)
  values (c.organization_id, c.id, c.contact_id, 'system', 'event',
    jsonb_strip_nulls(jsonb_build_object('type', 'handoff', 'reason', reason, 'teamId', team,
      'assigneeId', agent, 'assigneeName', case when agent is not null then private.member_name(agent) end)));
  if agent is not null then
    insert into public.notifications (organization_id, user_id, kind, conversation_id, excerpt)
    select c.organization_id, agent, 'assigned', c.id, coalesce(k.name, k.phone)
    from public.contacts k where k.id = c.contact_id;
  else
    perform private.auto_assign(c.id);
  end if;
  return private.queue_away_message(c, now());
end;
$$;
grant execute on function private.bot_hand_over(uuid, text, jsonb) to service_role;

-- Applying a turn --------------------------------------------------------------------------------------------
-- What the engine decided for one turn, in one transaction: the session (started, moved on or
-- ended), the bot's messages queued in order (ids derived from the turn, so a replay finds them),
-- the contact's attributes, tags and consent, the unmatched log, then the handover or the
-- resolution. The turn is taken off the queue here: a second application of the same message
-- does nothing. A session changed since the engine read it refuses the turn (`stale`): the
-- engine runs again on the new state.
--   decision: {messageId?, sessionId?, expectedTurn?, start?: {flowId, versionId}, state, outcome,
--          visited[], effects[] (Effect of _shared/bot/turn.ts), timeoutMinutes, flowName?}
create function private.bot_apply_turn(conversation uuid, decision jsonb)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
  k public.contacts;
  s public.bot_sessions;
  e jsonb;
  n integer := 0;
  message uuid := (decision ->> 'messageId')::uuid;
  turn_key text := coalesce(decision ->> 'messageId', (decision ->> 'sessionId') || ':' || (decision ->> 'expectedTurn'));
  queued uuid[] := '{}';
  queued_id uuid;
  away_id uuid;
  handoff jsonb;
  resolves boolean := false;
  ended boolean := decision -> 'state' is null or jsonb_typeof(decision -> 'state') = 'null';
  new_status text;
  bot_name text := nullif(left(decision ->> 'flowName', 120), '');
begin
  select * into c from public.conversations where id = conversation for update;
  if not found then return jsonb_build_object('applied', false, 'reason', 'gone'); end if;
  if message is not null then
    delete from private.bot_turn_queue q where q.message_id = message;
    if not found then return jsonb_build_object('applied', false, 'reason', 'done'); end if;
  end if;
  if c.status <> 'pending' then return jsonb_build_object('applied', false, 'reason', 'people'); end if;

  if decision ? 'sessionId' and decision ->> 'sessionId' is not null then
    select * into s from public.bot_sessions x where x.id = (decision ->> 'sessionId')::uuid for update;
    if s.status <> 'active' or s.turn <> (decision ->> 'expectedTurn')::integer then
      if message is not null then
        insert into private.bot_turn_queue (message_id, organization_id, conversation_id)
        values (message, c.organization_id, c.id);
      end if;
      return jsonb_build_object('applied', false, 'reason', 'stale');
    end if;
  elsif decision ? 'start' and decision -> 'start' is not null and jsonb_typeof(decision -> 'start') = 'object' then
    -- A session that ran out of time, or any other still marked active, ends here.
    update public.bot_sessions set status = 'expired', ended_at = now(), updated_at = now()
    where conversation_id = c.id and bot_sessions.status = 'active';
    insert into public.bot_sessions (organization_id, conversation_id, flow_id, version_id, state, expires_at)
    values (c.organization_id, c.id, (decision -> 'start' ->> 'flowId')::uuid, (decision -> 'start' ->> 'versionId')::uuid,
      '{}'::jsonb, now())
    returning * into s;
  end if;

  select * into k from public.contacts where id = c.contact_id for update;
  for e in select value from jsonb_array_elements(coalesce(decision -> 'effects', '[]'::jsonb)) loop
    case e ->> 'kind'
      when 'send' then
        n := n + 1;
        insert into public.messages (organization_id, conversation_id, contact_id, author, author_name,
          kind, body, media, template, client_message_id, local_message_id, status, created_at, updated_at)
        -- clock_timestamp(): the thread and the sweep keep the bot's messages in their order.
        -- Filed claimed (updated_at past created_at): the runner sends them now, the sweep only
        -- after a minute.
        select c.organization_id, c.id, c.contact_id, 'bot', bot_name, x.kind, left(x.body, 4096), x.media, x.template,
          md5(turn_key || ':' || n)::uuid, gen_random_uuid()::text, 'queued', t.at, t.at + interval '1 millisecond'
        from private.bot_message_row(e -> 'message') x, lateral (select clock_timestamp() as at) t
        on conflict (organization_id, client_message_id) do nothing
        returning id into queued_id;
        if queued_id is not null then queued := queued || queued_id; end if;
      when 'set_attribute' then
        if char_length(e ->> 'name') between 1 and 64
           and (k.attributes ? (e ->> 'name') or (select count(*) from jsonb_object_keys(k.attributes)) < 50) then
          update public.contacts set attributes = attributes || jsonb_build_object(e ->> 'name', left(e ->> 'value', 500))
          where id = k.id returning * into k;
        end if;
      when 'clear_attribute' then
        update public.contacts set attributes = attributes - (e ->> 'name') where id = k.id returning * into k;
      when 'add_tag' then
        if char_length(btrim(e ->> 'tag')) between 1 and 50 and not (btrim(e ->> 'tag') = any (k.tags))
           and cardinality(k.tags) < 100 then
          update public.contacts set tags = tags || btrim(e ->> 'tag') where id = k.id returning * into k;
        end if;
      when 'remove_tag' then
        update public.contacts set tags = array_remove(tags, btrim(e ->> 'tag')) where id = k.id returning * into k;
      when 'unsubscribe' then
        perform private.opt_out_from_whatsapp(c.organization_id, k.phone, k.country_code, null, now());
      when 'unmatched' then
        perform private.log_unmatched_message(c.organization_id, e ->> 'text', c.id, s.flow_id, e ->> 'nodeId');
      when 'handoff' then
        handoff := e;
      when 'resolve' then
        resolves := true;
      else
        null;
    end case;
  end loop;

  new_status := case when handoff is not null then 'handed_over'
                 when ended then 'completed' else 'active' end;
  if s.id is not null then
    update public.bot_sessions x set
      state = case when ended then x.state else decision -> 'state' end,
      status = new_status,
      turn = x.turn + 1,
      visited = array(select distinct v from unnest(x.visited || array(
        select jsonb_array_elements_text(coalesce(decision -> 'visited', '[]'::jsonb)))) v),
      resume_at = case when ended then null else (decision -> 'state' ->> 'resumeAt')::timestamptz end,
      expires_at = now() + make_interval(mins => coalesce((decision ->> 'timeoutMinutes')::integer, 240)),
      updated_at = now(),
      ended_at = case when ended or handoff is not null then now() end
    where x.id = s.id;
  end if;

  if handoff is not null then
    away_id := private.bot_hand_over(c.id, coalesce(handoff ->> 'reason', 'flow'), handoff -> 'target');
  elsif resolves then
    update public.conversations set status = 'resolved', resolved_at = now(), waiting_since = null,
      last_activity_at = now()
    where id = c.id;
    insert into public.messages (organization_id, conversation_id, contact_id, author, kind, event)
    values (c.organization_id, c.id, c.contact_id, 'system', 'event', jsonb_build_object('type', 'resolved', 'byBot', true));
  end if;
  -- The bot's messages as private.outgoing_message gives them, in order, for the runner to send;
  -- the away message of a handover by id.
  return jsonb_build_object('applied', true, 'sessionId', s.id,
    'messages', coalesce((
      select jsonb_agg(to_jsonb(o) order by m.created_at)
      from public.messages m, private.outgoing_message(m.id) o
      where m.id = any (queued) and m.author = 'bot'), '[]'::jsonb),
    'away', away_id);
end;
$$;
grant execute on function private.bot_apply_turn(uuid, jsonb) to service_role;

-- A BotMessage (_shared/bot/turn.ts) as a row of public.messages: its kind, body, media and template.
create function private.bot_message_row(message jsonb)
returns table (kind text, body text, media jsonb, template jsonb)
language sql
immutable
set search_path = ''
as $$
  select
    case message ->> 'kind'
      when 'text' then 'text'
      when 'media' then message ->> 'media'
      when 'template' then 'template'
      else 'interactive' end,
    case message ->> 'kind'
      when 'media' then nullif(message ->> 'caption', '')
      when 'template' then null
      else message ->> 'body' end,
    case message ->> 'kind'
      when 'media' then jsonb_build_object('url', message ->> 'url') ||
        case when coalesce(message ->> 'caption', '') <> '' then jsonb_build_object('caption', message ->> 'caption') else '{}'::jsonb end
      when 'buttons' then jsonb_build_object('type', 'buttons', 'header', message -> 'header',
        'footer', message -> 'footer', 'buttons', message -> 'buttons')
      when 'list' then jsonb_build_object('type', 'list', 'header', message -> 'header',
        'footer', message -> 'footer', 'button', message -> 'buttonLabel', 'sections', message -> 'sections')
      else null end,
    case message ->> 'kind'
      when 'template' then jsonb_build_object('name', message ->> 'name', 'parameters', message -> 'parameters')
      else null end
$$;

-- The sweep ---------------------------------------------------------------------------------------------------
-- What the bot has to do that no webhook will bring (the bot-sweep path of the wati-webhook, every
-- few seconds): turns the webhook did not take within 10 s, waits that are over, sessions that ran
-- out of time, and conversations whose bot message could not be sent (failed, or still queued
-- after two minutes), handed to people with the reason. Leases (queued_at, resume_at moved on a
-- minute) keep two sweeps from taking the same work.
create function private.bot_due_work(max_items integer default 50)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  turns uuid[];
  resumes uuid[];
  away uuid[] := '{}';
  away_id uuid;
  stuck record;
begin
  with due as (
    select q.message_id from private.bot_turn_queue q
    where q.queued_at < now() - interval '10 seconds'
    order by q.queued_at limit max_items for update skip locked
  ),
  taken as (
    update private.bot_turn_queue q set queued_at = now() from due
    where q.message_id = due.message_id
    returning q.message_id
  )
  select array_agg(taken.message_id) into turns from taken;

  with due as (
    select x.id from public.bot_sessions x
    where x.status = 'active' and x.resume_at <= now()
    order by x.resume_at limit max_items for update skip locked
  ),
  taken as (
    update public.bot_sessions x set resume_at = now() + interval '1 minute' from due
    where x.id = due.id
    returning x.id
  )
  select array_agg(taken.id) into resumes from taken;

  update public.bot_sessions x set status = 'expired', ended_at = now(), updated_at = now()
  where x.id in (select y.id from public.bot_sessions y
                 where y.status = 'active' and y.expires_at <= now() and y.resume_at is null
                 limit 500 for update skip locked);

  for stuck in
    select distinct m.conversation_id, m.failure_reason
    from public.messages m join public.conversations c on c.id = m.conversation_id and c.status = 'pending'
    where m.author = 'bot'
      and (m.status = 'failed' or (m.status = 'queued' and m.created_at < now() - interval '2 minutes'))
      and m.created_at > now() - interval '1 day'
    limit max_items
  loop
    update public.messages set status = 'failed', failed_at = now(), failure_code = 'bot_send_failed',
      failure_reason = 'Le message du chatbot n’a pas pu être envoyé.'
    where conversation_id = stuck.conversation_id and author = 'bot' and status = 'queued';
    away_id := private.bot_hand_over(stuck.conversation_id, 'send_failed', null);
    if away_id is not null then away := away || away_id; end if;
  end loop;

  return jsonb_build_object('turns', to_jsonb(coalesce(turns, '{}')), 'resumes', to_jsonb(coalesce(resumes, '{}')),
    'send', to_jsonb(away));
end;
$$;
grant execute on function private.bot_due_work(integer) to service_role;
create index messages_bot_unsent_idx on public.messages (created_at)
  where author = 'bot' and status in ('queued', 'failed');

-- WCAP's own messages the sweep sends again now include the bot's.
create or replace function private.take_queued_automatic_messages(max_messages integer default 50)
returns setof public.messages
language sql
security definer
set search_path = ''
as $$
  update public.messages m set status = 'queued', updated_at = now()
  where m.id in (
    select id from public.messages
    where author in ('system', 'bot') and status = 'queued' and event is null
      and ((updated_at = created_at and created_at < now() - interval '5 seconds')
           or updated_at < now() - interval '1 minute')
    order by created_at
    limit max_messages
    for update skip locked)
  returning m.*
$$;

-- Per-flow analytics -----------------------------------------------------------------------------------------
-- Sessions started, completed, handed over, expired and running, and per node the sessions that
-- entered it and those that stopped there (ran out of time waiting at it).
create function public.bot_flow_stats(flow_id uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  with f as (
    select b.id from public.bot_flows b
    where b.id = bot_flow_stats.flow_id and b.organization_id = any (array(select private.caller_organizations()))
  ),
  sessions as (select s.* from public.bot_sessions s join f on s.flow_id = f.id),
  entered as (
    select v as node, count(*) as n from sessions s, unnest(s.visited) v group by v
  ),
  dropped as (
    select s.state ->> 'nodeId' as node, count(*) as n from sessions s
    where s.status = 'expired' and s.state ->> 'nodeId' is not null group by 1
  )
  select case when not exists (select 1 from f) then null else jsonb_build_object(
    'started', (select count(*) from sessions),
    'completed', (select count(*) from sessions where status = 'completed'),
    'handedOver', (select count(*) from sessions where status = 'handed_over'),
    'expired', (select count(*) from sessions where status = 'expired'),
    'active', (select count(*) from sessions where status = 'active'),
    'nodes', coalesce((
      select jsonb_object_agg(coalesce(e.node, d.node), jsonb_build_object(
        'entered', coalesce(e.n, 0), 'droppedOff', coalesce(d.n, 0)))
      from entered e full join dropped d on d.node = e.node), '{}'::jsonb)) end
$$;
revoke all on function public.bot_flow_stats(uuid) from anon;
grant execute on function public.bot_flow_stats(uuid) to authenticated;

-- The bot's sweep, every 5 seconds: late turns, waits that are over, stuck sends.
select private.schedule_job('chatbot-sweep', '5 seconds', function_name => 'wati-webhook/bot-sweep');
