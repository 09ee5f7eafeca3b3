-- Boîte de réception: what Wati tells WCAP, filed as conversations and messages.
-- The contact's messages open (or reopen) their conversation; status webhooks move outgoing
-- messages forward; a message sent from Wati's own dashboard is filed as such. public.messages
-- takes over from public.whatsapp_messages, whose rows move into conversations.

-- Conversations' small helpers -------------------------------------------------------------------------
-- Whether the caller sees the conversation: the same rule as its RLS policy, for the functions
-- below, which run as their owner. Server connections (webhooks, jobs) see everything.
create function private.can_see_conversation(c public.conversations)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select not private.from_client_role() or (
    private.is_member(c.organization_id)
    and (
      c.assignee_id is null
      or c.assignee_id = (select auth.uid())
      or c.organization_id in (select private.caller_organizations_seeing_all())
      or c.id in (select private.caller_participations())
    )
  )
$$;

-- Refuses (42501) a caller who only reads the inbox (viewers) or is not a member.
create function private.require_inbox_agent(org uuid)
returns void
language sql
stable
security definer
set search_path = ''
as $$
  select private.require_role(org, 'agent',
    'Les lecteurs consultent la boîte de réception sans y répondre.', 'inbox_requires_agent')
$$;
grant execute on function private.require_inbox_agent(uuid) to authenticated;

-- The conversation the caller acts on, locked: refused (42501) when the caller is not an agent
-- (or more) where it lives, (P0002) when it does not exist or the caller may not see it.
create function private.conversation_for_agent(conversation uuid)
returns public.conversations
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
begin
  select * into c from public.conversations where id = conversation for update;
  if not found or not private.can_see_conversation(c) then
    raise exception using errcode = 'P0002',
      message = 'Conversation introuvable : elle a peut-être été supprimée ou confiée à un autre agent.',
      hint = 'conversation_not_found';
  end if;
  perform private.require_inbox_agent(c.organization_id);
  return c;
end;
$$;

-- A member's name as the inbox shows it.
create function private.member_name(member uuid)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(nullif(btrim(p.full_name), ''), p.email, '') from public.profiles p where p.id = member
$$;

-- Files a system event (« assignée à Awa », « résolue ») in the conversation and moves it up.
create function private.record_conversation_event(c public.conversations, event jsonb)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  actor uuid := (select auth.uid());
begin
  insert into public.messages (organization_id, conversation_id, contact_id, author, author_id, kind, event)
  values (c.organization_id, c.id, c.contact_id, 'system', actor, 'event',
          event || jsonb_build_object('actorId', actor, 'actorName', private.member_name(actor)));
  update public.conversations set last_activity_at = now() where id = c.id;
end;
$$;

-- A short text for the list: the message's words, or what it carries.
create function private.message_preview(kind text, body text, media jsonb)
returns text
language sql
immutable
set search_path = ''
as $$
  select left(coalesce(nullif(btrim(body), ''), nullif(media ->> 'caption', ''), nullif(media ->> 'fileName', ''), '[' || kind || ']'), 160)
$$;

-- The moment the conversation's last message was said, and what it said, on the conversation.
create function private.note_last_message(conversation uuid, m public.messages)
returns void
language sql
security definer
set search_path = ''
as $$
  update public.conversations set
    last_activity_at = greatest(last_activity_at, m.created_at),
    last_message_preview = private.message_preview(m.kind, m.body, m.media),
    last_message_author = m.author::text
  where id = conversation
$$;

-- Renders a template body with its [{name, value}] parameters ({{1}}, {{name}}).
create function private.render_template_text(body text, parameters jsonb)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  p jsonb;
  rendered text := body;
begin
  if body is null then return null; end if;
  for p in select * from jsonb_array_elements(coalesce(parameters, '[]'::jsonb)) loop
    rendered := replace(rendered, '{{' || (p ->> 'name') || '}}', coalesce(p ->> 'value', ''));
  end loop;
  return rendered;
end;
$$;

-- Office hours -------------------------------------------------------------------------------------------
-- Whether `at` falls within the organisation's office hours, in its time zone.
create function private.within_office_hours(org uuid, at timestamptz)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  with local as (
    select (at at time zone o.time_zone) as t, s.office_hours as hours
    from public.organizations o join public.inbox_settings s on s.organization_id = o.id
    where o.id = org
  )
  select coalesce(bool_or(l.t::time >= (slot ->> 'open')::time and l.t::time < (slot ->> 'close')::time), false)
  from local l, jsonb_array_elements(coalesce(l.hours -> extract(isodow from l.t)::text, '[]'::jsonb)) slot
$$;

-- Auto-assignment -------------------------------------------------------------------------------------------
create function private.lock_inbox_assignment(org uuid)
returns void
language sql
set search_path = ''
as $$
  select pg_advisory_xact_lock(hashtextextended('wcap.inbox_assignment:' || org::text, 0))
$$;

-- Gives an open, unassigned conversation to the online agent (fresh heartbeat, « En ligne ») of
-- its team, if any, with the fewest open conversations under their capacity, longest without a
-- new one first, under the organisation's assignment lock (so no capacity is overrun and loads
-- stay within one of each other); the conversation is claimed only while still unassigned, so it
-- is never given twice.
create function private.auto_assign(conversation uuid)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
  chosen uuid;
begin
  select * into c from public.conversations where id = conversation;
  if not found or c.status <> 'open' or c.assignee_id is not null then return null; end if;
  if not coalesce((select auto_assign from public.inbox_settings where organization_id = c.organization_id), false) then
    return null;
  end if;
  -- One assigner at a time per organisation, until its transaction ends: each then counts what the
  -- previous ones gave (a later statement sees what they committed), so loads never drift apart.
  perform private.lock_inbox_assignment(c.organization_id);
  select a.user_id into chosen
  from public.inbox_agents a
  join public.memberships m on m.organization_id = a.organization_id and m.user_id = a.user_id
  join public.inbox_settings s on s.organization_id = a.organization_id
  where a.organization_id = c.organization_id
    and m.role >= 'agent'
    and a.availability = 'online'
    and a.last_heartbeat_at > now() - interval '60 seconds'
    and (c.team_id is null or exists (
      select 1 from public.team_members t where t.team_id = c.team_id and t.user_id = a.user_id))
    and (select count(*) from public.conversations o
         where o.organization_id = a.organization_id and o.assignee_id = a.user_id and o.status = 'open')
        < coalesce(a.capacity, s.default_capacity)
  order by (select count(*) from public.conversations o
            where o.organization_id = a.organization_id and o.assignee_id = a.user_id and o.status = 'open'),
           a.last_assigned_at nulls first, a.user_id
  limit 1
  for update of a;
  if chosen is null then return null; end if;

  update public.conversations set assignee_id = chosen, last_activity_at = now()
  where id = c.id and assignee_id is null and status = 'open'
  returning * into c;
  if not found then return null; end if;
  update public.inbox_agents set last_assigned_at = clock_timestamp()
  where organization_id = c.organization_id and user_id = chosen;
  insert into public.messages (organization_id, conversation_id, contact_id, author, kind, event)
  values (c.organization_id, c.id, c.contact_id, 'system', 'event',
          jsonb_build_object('type', 'assigned', 'automatic', true, 'assigneeId', chosen,
                             'assigneeName', private.member_name(chosen)));
  insert into public.notifications (organization_id, user_id, kind, conversation_id, excerpt)
  select c.organization_id, chosen, 'assigned', c.id, coalesce(k.name, k.phone)
  from public.contacts k where k.id = c.contact_id;
  return chosen;
end;
$$;

-- Intake: a contact's message -------------------------------------------------------------------------------
-- The campaign message the contact most likely answers: the last one sent to it in 3 days.
-- (PL/pgSQL: called for every message a contact writes, its plan is kept by the session.)
create function private.answered_campaign_recipient(contact uuid)
returns public.campaign_recipients
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  found_recipient public.campaign_recipients;
begin
  select r.* into found_recipient from public.campaign_recipients r
  where r.contact_id = contact and r.dispatched_at > now() - interval '3 days'
    and r.status <> 'failed'
  order by r.dispatched_at desc
  limit 1;
  return found_recipient;
end;
$$;

-- Puts the campaign message the contact answers in its conversation, once, where it was sent.
create function private.file_campaign_message(c public.conversations, r public.campaign_recipients)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  t public.whatsapp_templates;
begin
  if exists (select 1 from public.messages m
             where m.campaign_recipient_id = r.id and m.conversation_id = c.id) then
    return;
  end if;
  select wt.* into t from public.campaigns k join public.whatsapp_templates wt on wt.id = k.template_id
  where k.id = r.campaign_id;
  insert into public.messages (organization_id, conversation_id, contact_id, author, kind, body,
    template, campaign_recipient_id, local_message_id, wati_message_id, status, sent_at,
    delivered_at, read_at, failed_at, created_at)
  values (c.organization_id, c.id, c.contact_id, 'campaign', 'template',
    left(private.render_template_text(t.body, r.parameters), 4096),
    jsonb_build_object('name', t.name, 'parameters', r.parameters, 'campaignId', r.campaign_id),
    r.id, null, r.wati_message_id, r.status, r.sent_at, r.delivered_at, r.read_at, r.failed_at,
    coalesce(r.sent_at, r.dispatched_at, now()));
end;
$$;

-- Files one message a contact wrote (from the wati-webhook, in its transaction): its contact
-- (created if WCAP did not know the number: people who write are answered, whatever the plan's
-- contact quota), its conversation (opened, reopened when resolved less than a day ago and
-- otherwise new), the campaign message it answers, a satisfaction rating, the auto-assignment
-- and the away message. Returns what the webhook needs to do next.
--   message: {phone, country, senderName, kind, body, media, replyToWamid, watiMessageId,
--             whatsappMessageId, at, optOut}
create function private.receive_contact_message(org uuid, message jsonb)
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
  s public.inbox_settings;
  survey public.csat_surveys;
  opened text := null;
  given_rating integer;
  away_id uuid;
  confirmation_id uuid;
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

  -- The conversation is written once per message (each write is a Realtime change for every
  -- member watching): created with what the message says, or changed at the end.
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
  -- The campaign it answers, when the conversation starts from a reply to one.
  if opened is not null or c.campaign_id is null then
    r := private.answered_campaign_recipient(k.id);
  end if;
  if opened = 'created' then
    insert into public.conversations (organization_id, contact_id, status, campaign_id,
      last_inbound_at, waiting_since, last_activity_at, last_message_preview, last_message_author)
    values (org, k.id, 'open', r.campaign_id, at, at, at,
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
    -- The bot keeps its conversations (pending); a resolved or snoozed one opens again.
    update public.conversations set
      status = case when status = 'pending' then status else 'open' end,
      resolved_at = null,
      snoozed_until = null,
      last_inbound_at = greatest(last_inbound_at, at),
      waiting_since = coalesce(waiting_since, at),
      last_activity_at = greatest(last_activity_at, at),
      last_message_preview = private.message_preview(m.kind, m.body, m.media),
      last_message_author = 'contact'
    where id = c.id;
  end if;
  if opened = 'reopened' then
    insert into public.messages (organization_id, conversation_id, contact_id, author, kind, event, created_at)
    values (org, c.id, k.id, 'system', 'event', jsonb_build_object('type', 'reopened', 'byContact', true), at);
  end if;

  -- A satisfaction survey waiting for its answer takes a digit from 1 to 5 as the rating.
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
    -- The confirmation, sent by the webhook once this is committed.
    insert into public.messages (organization_id, conversation_id, contact_id, author, kind, body,
      status, local_message_id)
    values (org, c.id, k.id, 'system', 'text',
      'Vous êtes désabonné(e) : vous ne recevrez plus nos messages. Écrivez-nous à tout moment pour reprendre contact.',
      'queued', gen_random_uuid()::text)
    returning id into confirmation_id;
  else
    perform private.auto_assign(c.id);
    select * into s from public.inbox_settings where organization_id = org;
    if s.away_enabled and s.away_message is not null and not private.within_office_hours(org, at)
       and not exists (
         select 1 from public.messages a
         where a.conversation_id = c.id and a.author = 'system' and a.event is null
           and a.created_at > now() - interval '12 hours' and a.body = s.away_message) then
      insert into public.messages (organization_id, conversation_id, contact_id, author, kind, body,
        status, local_message_id)
      values (org, c.id, k.id, 'system', 'text', s.away_message, 'queued', gen_random_uuid()::text)
      returning id into away_id;
    end if;
  end if;

  return jsonb_strip_nulls(jsonb_build_object(
    'duplicate', false, 'conversationId', c.id, 'messageId', m.id, 'opened', opened,
    'rating', given_rating, 'send', to_jsonb(array_remove(array[confirmation_id, away_id], null))));
end;
$$;
grant execute on function private.receive_contact_message(uuid, jsonb) to service_role;

-- Intake: a message sent from Wati's own dashboard ---------------------------------------------------------
-- Wati reports every session message sent (sessionMessageSent): one WCAP did not send was written by
-- someone on Wati's dashboard (or Wati's own bot). It is filed in the contact's conversation, shown
-- as sent from Wati; it answers the contact like any reply. False when the number is unknown.
create function private.record_wati_sent_message(org uuid, payload jsonb, at timestamptz)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  k public.contacts;
  c public.conversations;
  m public.messages;
  message_kind text := case payload ->> 'type'
    when 'image' then 'image' when 'document' then 'document' when 'audio' then 'audio'
    when 'voice' then 'audio' when 'video' then 'video' when 'interactive' then 'interactive'
    else 'text' end;
begin
  if coalesce(payload ->> 'waId', '') !~ '^[1-9][0-9]{6,14}$' then return false; end if;
  select * into k from public.contacts where organization_id = org and phone = '+' || (payload ->> 'waId');
  if not found then return false; end if;
  select * into c from public.conversations where contact_id = k.id and status <> 'resolved' for update;
  if not found then
    select * into c from public.conversations where contact_id = k.id
    order by created_at desc limit 1 for update;
  end if;
  if not found then
    insert into public.conversations (organization_id, contact_id, status, last_activity_at)
    values (org, k.id, 'open', at) returning * into c;
  end if;
  insert into public.messages (organization_id, conversation_id, contact_id, author, author_name,
    kind, body, media, local_message_id, wati_message_id, whatsapp_message_id, status, sent_at, created_at)
  values (org, c.id, k.id, 'wati',
    left(coalesce(nullif(payload ->> 'operatorName', ''), nullif(payload ->> 'operatorEmail', '')), 120),
    message_kind, left(payload ->> 'text', 4096),
    case when coalesce(payload ->> 'data', '') ~ '^https?://' then jsonb_build_object('url', payload ->> 'data') end,
    nullif(payload ->> 'localMessageId', ''), nullif(payload ->> 'id', ''),
    nullif(payload ->> 'whatsappMessageId', ''), 'sent', at, at)
  on conflict (organization_id, local_message_id) do nothing
  returning * into m;
  if m.id is null then return true; end if;
  update public.conversations set
    first_reply_at = coalesce(first_reply_at, at),
    waiting_since = null
  where id = c.id;
  perform private.note_last_message(c.id, m);
  return true;
end;
$$;

-- Status of outgoing messages ------------------------------------------------------------------------------
-- The same rule as before (private.advance_message_status), now on public.messages.
create or replace function private.apply_message_status(
  org uuid,
  local_id text,
  wati_id text,
  wamid text,
  reported public.message_status,
  at timestamptz,
  code text default null,
  reason text default null
)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  target public.messages;
  next_status public.message_status;
  failed boolean;
begin
  select * into target from public.messages m
  where m.organization_id = org and m.author <> 'contact' and m.status is not null
    and ((local_id is not null and m.local_message_id = local_id)
         or (local_id is null and wati_id is not null and m.wati_message_id = wati_id))
  order by m.created_at desc
  limit 1
  for update;
  if not found then
    return false;
  end if;
  next_status := private.advance_message_status(target.status, reported);
  failed := reported = 'failed' and next_status = 'failed';
  update public.messages set
    status = next_status,
    wati_message_id = coalesce(target.wati_message_id, wati_id),
    whatsapp_message_id = coalesce(target.whatsapp_message_id, wamid),
    sent_at = case when reported in ('sent', 'delivered', 'read', 'replied') then coalesce(target.sent_at, at) else target.sent_at end,
    delivered_at = case when reported in ('delivered', 'read', 'replied') then coalesce(target.delivered_at, at) else target.delivered_at end,
    read_at = case when reported in ('read', 'replied') then coalesce(target.read_at, at) else target.read_at end,
    failed_at = case when failed then coalesce(target.failed_at, at) else target.failed_at end,
    failure_code = case when failed then coalesce(code, target.failure_code) else target.failure_code end,
    failure_reason = case when failed then coalesce(reason, target.failure_reason) else target.failure_reason end
  where id = target.id;
  return true;
end;
$$;

-- Campaign messages shown in conversations follow their recipient's status.
create function private.follow_campaign_recipient_status()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.messages m set
    status = new.status, wati_message_id = coalesce(m.wati_message_id, new.wati_message_id),
    sent_at = new.sent_at, delivered_at = new.delivered_at, read_at = new.read_at,
    failed_at = new.failed_at, failure_code = new.failure_code, failure_reason = new.failure_reason
  where m.campaign_recipient_id = new.id and m.status is distinct from new.status;
  return null;
end;
$$;
-- Only recipients already in a conversation have a message: the trigger's update finds none for
-- the others, through the partial index on campaign_recipient_id.
create trigger campaign_recipients_follow_status after update of status on public.campaign_recipients
  for each row when (old.status is distinct from new.status and new.replied_at is not null)
  execute function private.follow_campaign_recipient_status();

-- The webhook's status batch (as before), and: a session message WCAP did not send is filed as
-- sent from Wati's dashboard.
create or replace function private.ingest_status_events(events jsonb)
returns table (organization_id uuid, event_key text, duplicate boolean, outcome text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  e record;
  r public.campaign_recipients;
  touched uuid[] := '{}';
  ids bigint[] := '{}';
  outcomes text[] := '{}';
  result text;
begin
  for e in
    with input as (
      select x.*, j.ord
      from jsonb_array_elements(events) with ordinality as j(item, ord),
           jsonb_to_record(j.item) as x(org uuid, key text, type text, payload jsonb,
             "localMessageId" text, "watiMessageId" text, "whatsappMessageId" text,
             status public.message_status, at timestamptz, "failureCode" text,
             "failureReason" text, transient boolean)
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
    if e.stored_id is null then
      organization_id := e.org; event_key := e.key; duplicate := true; outcome := null;
      return next;
      continue;
    end if;
    update public.campaign_recipients cr set
      status = private.advance_message_status(cr.status, e.status),
      dispatch = 'accepted',
      accepted_at = coalesce(cr.accepted_at, e.at),
      wati_message_id = coalesce(cr.wati_message_id, e."watiMessageId"),
      sent_at = case when e.status in ('sent', 'delivered', 'read', 'replied') then coalesce(cr.sent_at, e.at) else cr.sent_at end,
      delivered_at = case when e.status in ('delivered', 'read', 'replied') then coalesce(cr.delivered_at, e.at) else cr.delivered_at end,
      read_at = case when e.status in ('read', 'replied') then coalesce(cr.read_at, e.at) else cr.read_at end,
      replied_at = case when e.status = 'replied' then coalesce(cr.replied_at, e.at) else cr.replied_at end,
      failed_at = case when e.status = 'failed' and private.advance_message_status(cr.status, e.status) = 'failed'
                       then coalesce(cr.failed_at, e.at) else cr.failed_at end,
      failure_code = case when e.status = 'failed' and private.advance_message_status(cr.status, e.status) = 'failed'
                          then coalesce(e."failureCode", cr.failure_code) else cr.failure_code end,
      failure_reason = case when e.status = 'failed' and private.advance_message_status(cr.status, e.status) = 'failed'
                            then coalesce(e."failureReason", cr.failure_reason) else cr.failure_reason end
    where cr.organization_id = e.org and cr.local_message_id = e."localMessageId"
    returning cr.* into r;
    if found then
      touched := touched || r.campaign_id;
      result := 'status:' || e.status;
      if r.status = 'failed' and e.status = 'failed' and coalesce(e.transient, false) and r.attempts < 2 then
        update public.campaign_recipients set
          dispatch = 'pending', status = 'queued', due_at = now() + private.transient_retry_delay(),
          local_message_id = r.id::text || '-2', failed_at = null, dispatched_at = null
        where id = r.id;
        update public.campaigns set status = 'sending', completed_at = null
        where id = r.campaign_id and status = 'completed';
        result := result || ' retry';
      end if;
    elsif e.status is not null and private.apply_message_status(
        e.org, e."localMessageId", e."watiMessageId", e."whatsappMessageId", e.status, e.at,
        e."failureCode", e."failureReason") then
      result := 'status:' || e.status;
    elsif e.status = 'sent' and e.type ~ '^sessionMessageSent'
        and private.record_wati_sent_message(e.org, e.payload, e.at) then
      result := 'wati_message';
    else
      result := 'unmatched';
    end if;
    ids := ids || e.stored_id;
    outcomes := outcomes || result;
    organization_id := e.org; event_key := e.key; duplicate := false; outcome := result;
    return next;
  end loop;

  update private.wati_webhook_events w set processed_at = now(), next_attempt_at = null,
    outcome = o.outcome
  from unnest(ids, outcomes) as o(id, outcome)
  where w.id = o.id;
  perform private.mark_campaign_progress(t) from (select distinct unnest(touched) as t) x;
  perform private.settle_campaign(c.id) from public.campaigns c
  where c.id = any (touched) and c.status in ('sending', 'paused');
end;
$$;

-- A STOP is not a reply in the campaign's funnel (it is counted apart, as « désabonnés »).
create or replace function private.campaign_progress_of(campaign uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'campaignId', c.id,
    'status', c.status,
    'total', c.recipients_total,
    'remaining', count(r.id) filter (where r.dispatch in ('pending', 'claimed', 'unknown')),
    'accepted', count(r.id) filter (where r.dispatch = 'accepted'),
    'sent', count(r.id) filter (where r.status in ('sent', 'delivered', 'read', 'replied')),
    'delivered', count(r.id) filter (where r.status in ('delivered', 'read', 'replied')),
    'read', count(r.id) filter (where r.status in ('read', 'replied')),
    'replied', count(r.id) filter (where r.status = 'replied' and not r.stopped_by_reply),
    'optedOut', count(r.id) filter (where r.stopped_by_reply),
    'failed', count(r.id) filter (where r.status = 'failed'),
    'cancelled', count(r.id) filter (where r.dispatch = 'cancelled'),
    'lastError', c.last_error,
    'updatedAt', now())
  from public.campaigns c
  left join public.campaign_recipients r on r.campaign_id = c.id
  where c.id = campaign
  group by c.id
$$;

-- Messages of the month: what the organisation sent itself (replies, the bot, WCAP's automatic
-- messages), plus what launched campaigns reserve.
create or replace function private.messages_used_this_month(org uuid)
returns integer
language sql
stable
security definer
set search_path = ''
as $$
  with month as (
    select date_trunc('month', now() at time zone o.time_zone) at time zone o.time_zone as start
    from public.organizations o where o.id = org
  )
  select ((select count(*) from public.messages m, month
           where m.organization_id = org and m.author in ('agent', 'bot', 'system')
             and m.status is not null and m.created_at >= month.start)
        + (select coalesce(sum(c.reserved_messages), 0) from public.campaigns c, month
           where c.organization_id = org and c.reserved_messages > 0 and c.reserved_at >= month.start))::integer
$$;

-- public.whatsapp_messages moves into conversations ---------------------------------------------------------
do $$
declare
  w record;
  k public.contacts;
  conversation uuid;
begin
  for w in select * from public.whatsapp_messages order by created_at loop
    select * into k from public.contacts where organization_id = w.organization_id and phone = w.phone;
    if not found then
      perform set_config('wcap.consent_over_quota', 'on', true);
      insert into public.contacts (organization_id, phone, opt_in_source, last_seen_at)
      values (w.organization_id, w.phone, 'whatsapp', w.created_at)
      returning * into k;
      perform set_config('wcap.consent_over_quota', 'off', true);
    end if;
    select id into conversation from public.conversations
    where contact_id = k.id and status <> 'resolved';
    if conversation is null then
      insert into public.conversations (organization_id, contact_id, status, last_activity_at)
      values (w.organization_id, k.id, 'open', w.created_at)
      returning id into conversation;
    end if;
    insert into public.messages (organization_id, conversation_id, contact_id, author, kind, body,
      template, local_message_id, wati_message_id, whatsapp_message_id, status, failure_code,
      failure_reason, sent_at, delivered_at, read_at, failed_at, created_at)
    values (w.organization_id, conversation, k.id,
      case when w.direction = 'inbound' then 'contact' else 'system' end::public.message_author,
      case when w.template_name is not null then 'template' else 'text' end,
      w.text, case when w.template_name is not null then jsonb_build_object('name', w.template_name) end,
      w.local_message_id, w.wati_message_id, w.whatsapp_message_id,
      case when w.direction = 'outbound' then w.status end, w.failure_code, w.failure_reason,
      w.sent_at, w.delivered_at, w.read_at, w.failed_at, w.created_at)
    on conflict do nothing;
    if w.direction = 'inbound' then
      update public.conversations set
        last_inbound_at = greatest(last_inbound_at, w.created_at),
        last_activity_at = greatest(last_activity_at, w.created_at),
        last_message_preview = left(coalesce(w.text, ''), 160),
        last_message_author = 'contact'
      where id = conversation;
    end if;
  end loop;
end;
$$;
drop table public.whatsapp_messages;
