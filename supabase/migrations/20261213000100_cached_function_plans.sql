-- Plans kept per connection for the functions on the message paths.
--
-- A `language sql` function with a SET clause (here, always `set search_path = ''`) is never
-- inlined, and Postgres 17 plans its body again on every call of the statement that calls it:
-- measured on bench:bot, about a third of the database's time went to planning such helpers
-- (private.bot_turn_input: 0.55 ms a call, 0.13 ms once its two helpers were PL/pgSQL).
-- PL/pgSQL keeps each statement's plan for the life of the connection, and evaluates a simple
-- expression without the executor. Same names, arguments, results and volatility; the search path
-- stays empty. `#variable_conflict use_column` keeps SQL functions' rule that a column wins over
-- an argument of the same name.
--
-- Two statements planned once and for all also had to stop scanning: the status of an outgoing
-- message is found by our id or else by Wati's (an OR a generic plan cannot take to an index),
-- and the batch of stored webhook events is marked processed by id through the primary key.

create or replace function private.advance_message_status(
  current_status public.message_status,
  reported public.message_status
)
returns public.message_status
language plpgsql
immutable
set search_path = ''
as $$
begin
  return case
    when reported = 'failed' then
      case when current_status in ('queued', 'sent') then 'failed'::public.message_status else current_status end
    when current_status = 'failed' then current_status
    when reported > current_status then reported
    else current_status
  end;
end;
$$;

create or replace function private.webhook_event_retry_delay(attempts integer)
returns interval
language plpgsql
immutable
set search_path = ''
as $$
begin
  return least(interval '15 seconds' * power(2, least(greatest(attempts, 1), 20) - 1), interval '1 hour');
end;
$$;

create or replace function private.webhook_event_max_attempts()
returns integer
language plpgsql
immutable
set search_path = ''
as $$
begin
  return 30;
end;
$$;

create or replace function private.transient_retry_delay()
returns interval
language plpgsql
immutable
set search_path = ''
as $$
begin
  return interval '10 minutes';
end;
$$;

create or replace function private.defer_wati_webhook_event(
  org uuid,
  key text,
  type text,
  payload jsonb,
  error text
)
returns text
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  result text;
begin
  insert into private.wati_webhook_events as w
    (organization_id, event_key, event_type, payload, attempts, last_error, next_attempt_at)
  values (org, key, type, payload, 1, left(error, 2000), now() + private.webhook_event_retry_delay(1))
  on conflict (organization_id, event_key) do update set
    attempts = w.attempts + 1,
    last_error = excluded.last_error,
    next_attempt_at = case when w.attempts + 1 < private.webhook_event_max_attempts()
                           then now() + private.webhook_event_retry_delay(w.attempts + 1) end,
    dead_at = case when w.attempts + 1 >= private.webhook_event_max_attempts() then now() end
  where w.processed_at is null and w.dead_at is null
  returning case when w.dead_at is null then 'deferred' else 'dead' end into result;
  return result;
end;
$$;

create or replace function private.lock_contact_quota(org uuid)
returns void
language plpgsql
set search_path = ''
as $$
begin
  perform pg_advisory_xact_lock(hashtextextended('wcap.contacts_quota:' || org::text, 0));
end;
$$;

create or replace function private.lock_message_quota(org uuid)
returns void
language plpgsql
set search_path = ''
as $$
begin
  perform pg_advisory_xact_lock(hashtextextended('wcap.messages_quota:' || org::text, 0));
end;
$$;

create or replace function private.lock_inbox_assignment(org uuid)
returns void
language plpgsql
set search_path = ''
as $$
begin
  perform pg_advisory_xact_lock(hashtextextended('wcap.inbox_assignment:' || org::text, 0));
end;
$$;

create or replace function private.messages_used_this_month(org uuid)
returns integer
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  return (
    with month as (
      select date_trunc('month', now() at time zone o.time_zone) at time zone o.time_zone as start
      from public.organizations o where o.id = org
    )
    select ((select count(*) from public.messages m, month
             where m.organization_id = org and m.author in ('agent', 'bot', 'system')
               and m.status is not null and m.created_at >= month.start)
          + (select coalesce(sum(c.reserved_messages), 0) from public.campaigns c, month
             where c.organization_id = org and c.reserved_messages > 0 and c.reserved_at >= month.start))::integer);
end;
$$;

create or replace function private.in_quiet_hours(quiet_start time, quiet_end time, zone text)
returns boolean
language plpgsql
stable
set search_path = ''
as $$
begin
  return case
    when quiet_start is null then false
    when quiet_start < quiet_end then (now() at time zone zone)::time >= quiet_start
                                  and (now() at time zone zone)::time < quiet_end
    else (now() at time zone zone)::time >= quiet_start or (now() at time zone zone)::time < quiet_end
  end;
end;
$$;

create or replace function private.member_name(member uuid)
returns text
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  return (select coalesce(nullif(btrim(p.full_name), ''), p.email, '') from public.profiles p where p.id = member);
end;
$$;

create or replace function private.message_preview(kind text, body text, media jsonb)
returns text
language plpgsql
immutable
set search_path = ''
as $$
begin
  return left(coalesce(nullif(btrim(body), ''), nullif(media ->> 'caption', ''),
                       nullif(media ->> 'fileName', ''), '[' || kind || ']'), 160);
end;
$$;

create or replace function private.note_last_message(conversation uuid, m public.messages)
returns void
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  update public.conversations set
    last_activity_at = greatest(last_activity_at, m.created_at),
    last_message_preview = private.message_preview(m.kind, m.body, m.media),
    last_message_author = m.author::text
  where id = conversation;
end;
$$;

create or replace function private.within_office_hours(org uuid, at timestamptz)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  return (
    with local as (
      select (at at time zone o.time_zone) as t, s.office_hours as hours
      from public.organizations o join public.inbox_settings s on s.organization_id = o.id
      where o.id = org
    )
    select coalesce(bool_or(l.t::time >= (slot ->> 'open')::time and l.t::time < (slot ->> 'close')::time), false)
    from local l, jsonb_array_elements(coalesce(l.hours -> extract(isodow from l.t)::text, '[]'::jsonb)) slot);
end;
$$;

create or replace function private.reply_window_ends_at(contact uuid)
returns timestamptz
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  return (select max(c.last_inbound_at) + interval '24 hours' from public.conversations c where c.contact_id = contact);
end;
$$;

create or replace function private.record_send_outcome(
  message uuid,
  wati_id text,
  failure_code text default null,
  failure_reason text default null
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  update public.messages set
    wati_message_id = coalesce(wati_id, wati_message_id),
    status = private.advance_message_status(status,
      case when record_send_outcome.failure_reason is not null then 'failed' else 'sent' end::public.message_status),
    sent_at = case when record_send_outcome.failure_reason is null and status <> 'failed'
                   then coalesce(sent_at, now()) else sent_at end,
    failure_code = case when record_send_outcome.failure_reason is not null then record_send_outcome.failure_code else messages.failure_code end,
    failure_reason = coalesce(record_send_outcome.failure_reason, messages.failure_reason),
    failed_at = case when record_send_outcome.failure_reason is not null then coalesce(failed_at, now()) else failed_at end
  where id = message
    -- Wati's « sent » webhook may have recorded it all already.
    and (record_send_outcome.failure_reason is not null or status not in ('sent', 'delivered', 'read', 'replied')
         or sent_at is null or wati_message_id is distinct from coalesce(wati_id, wati_message_id));
end;
$$;

create or replace function private.take_queued_automatic_messages(max_messages integer default 50)
returns setof public.messages
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  return query
  update public.messages m set status = 'queued', updated_at = now()
  where m.id in (
    select id from public.messages
    where author in ('system', 'bot') and status = 'queued' and event is null
      and ((updated_at = created_at and created_at < now() - interval '5 seconds')
           or updated_at < now() - interval '1 minute')
    order by created_at
    limit max_messages
    for update skip locked)
  returning m.*;
end;
$$;

create or replace function private.outgoing_message(message uuid)
returns table (id uuid, organization_id uuid, phone text, kind text, body text, media jsonb,
               template jsonb, local_message_id text, status public.message_status)
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  return query
  select m.id, m.organization_id, k.phone::text, m.kind, m.body, m.media, m.template, m.local_message_id, m.status
  from public.messages m join public.contacts k on k.id = m.contact_id
  where m.id = message;
end;
$$;

create or replace function private.unread_count(conversation uuid, member uuid)
returns integer
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  return (
    select count(*)::integer from (
      select 1 from public.messages m
      where m.conversation_id = conversation and m.author = 'contact'
        and m.created_at > coalesce((select r.last_read_at from public.conversation_reads r
                                     where r.user_id = member and r.conversation_id = conversation),
                                    '-infinity')
      limit 100) x);
end;
$$;

create or replace function private.contact_text(key text, language text)
returns text
language plpgsql
stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  return (
    select t.body from private.contact_texts t
    where t.key = contact_text.key
      and t.language = case when contact_text.language like 'en%' then 'en' else 'fr' end);
end;
$$;

create or replace function private.bot_normalize(value text)
returns text
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
begin
  return btrim(regexp_replace(regexp_replace(replace(
    extensions.unaccent('extensions.unaccent'::regdictionary, lower(coalesce(value, ''))),
    '%', ' pour cent '), '([a-z])\1{2,}', '\1', 'g'), '[^a-z0-9]+', ' ', 'g'));
end;
$$;

create or replace function private.bot_singular(word text)
returns text
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
begin
  return case
    when char_length(word) >= 6 and right(word, 3) = 'aux' and right(word, 4) <> 'eaux'
      then left(word, -2) || 'l'
    when char_length(word) >= 4 and right(word, 1) in ('s', 'x')
      and right(word, 2) not in ('ss', 'is', 'us', 'ys') then left(word, -1)
    else word end;
end;
$$;

create or replace function private.bot_pairs(words text[])
returns text[]
language plpgsql
stable
parallel safe
set search_path = ''
as $$
#variable_conflict use_column
begin
  return (
    select coalesce(array_agg(distinct p.a || ' ' || p.b), '{}') from (
      select t.term as a, lead(t.term) over (order by t.n) as b from (
        select private.bot_stem(x.w) as term, x.n
        from unnest(words) with ordinality x(w, n)
        left join private.bot_word_weights ww on ww.word = x.w
        where char_length(x.w) > 1 and coalesce(ww.weight, 1) > 0) t) p
    where p.b is not null and p.a <> p.b);
end;
$$;

create or replace function private.bot_takes_conversations(org uuid)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  return exists (select 1 from public.bot_flows f
                 where f.organization_id = org and f.enabled and f.published_version_id is not null);
end;
$$;

create or replace function private.bot_message_row(message jsonb)
returns table (kind text, body text, media jsonb, template jsonb)
language plpgsql
immutable
set search_path = ''
as $$
begin
  kind := case message ->> 'kind'
    when 'text' then 'text'
    when 'media' then message ->> 'media'
    when 'template' then 'template'
    else 'interactive' end;
  body := case message ->> 'kind'
    when 'media' then nullif(message ->> 'caption', '')
    when 'template' then null
    else message ->> 'body' end;
  media := case message ->> 'kind'
    when 'media' then jsonb_build_object('url', message ->> 'url') ||
      case when coalesce(message ->> 'caption', '') <> '' then jsonb_build_object('caption', message ->> 'caption') else '{}'::jsonb end
    when 'buttons' then jsonb_build_object('type', 'buttons', 'header', message -> 'header',
      'footer', message -> 'footer', 'buttons', message -> 'buttons')
    when 'list' then jsonb_build_object('type', 'list', 'header', message -> 'header',
      'footer', message -> 'footer', 'button', message -> 'buttonLabel', 'sections', message -> 'sections')
    else null end;
  template := case message ->> 'kind'
    when 'template' then jsonb_build_object('name', message ->> 'name', 'parameters', message -> 'parameters')
    else null end;
  return next;
end;
$$;

create or replace function private.faq_phrasings(questions text[])
returns text[]
language plpgsql
immutable
set search_path = ''
as $$
begin
  return (
    select coalesce(array_agg(q.question order by q.first), '{}')
    from (
      select btrim(x) as question, min(n) as first
      from unnest(questions) with ordinality u(x, n)
      where btrim(x) <> ''
      group by btrim(x)
    ) q);
end;
$$;

create or replace function private.follow_campaign_recipient_status(r public.campaign_recipients)
returns void
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  update public.messages m set
    status = r.status, wati_message_id = coalesce(m.wati_message_id, r.wati_message_id),
    sent_at = r.sent_at, delivered_at = r.delivered_at, read_at = r.read_at,
    failed_at = r.failed_at, failure_code = r.failure_code, failure_reason = r.failure_reason
  where m.campaign_recipient_id = r.id and m.status is distinct from r.status;
end;
$$;

create or replace function private.mark_campaign_progress(campaign uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  insert into private.campaign_progress_dirty (campaign_id) values (campaign) on conflict do nothing;
end;
$$;

create or replace function private.wati_calls_per_10s(plan text)
returns integer
language plpgsql
immutable
set search_path = ''
as $$
begin
  return case plan when 'starter' then 30 when 'enterprise' then 100 else 60 end;
end;
$$;

-- The outgoing message a status event concerns: by our id when Wati echoes it, else by Wati's.
-- One statement locks it and moves it forward from its latest version (a concurrent writer is
-- waited for, then read again); an event that changes nothing (Wati's « sent » after the send was
-- recorded, a status told again) writes nothing.
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
  target uuid;
  fails boolean := reported = 'failed';
  moves boolean := reported in ('sent', 'delivered', 'read', 'replied');
  delivers boolean := reported in ('delivered', 'read', 'replied');
  reads boolean := reported in ('read', 'replied');
begin
  if local_id is not null then
    select m.id into target from public.messages m
    where m.organization_id = org and m.local_message_id = local_id
      and m.author <> 'contact' and m.status is not null;
  elsif wati_id is not null then
    select m.id into target from public.messages m
    where m.organization_id = org and m.wati_message_id = wati_id
      and m.author <> 'contact' and m.status is not null
    order by m.created_at desc
    limit 1;
  end if;
  if target is null then
    return false;
  end if;
  -- A failure counts only while nothing proves delivery (private.advance_message_status).
  update public.messages m set
    status = private.advance_message_status(m.status, reported),
    wati_message_id = coalesce(m.wati_message_id, wati_id),
    whatsapp_message_id = coalesce(m.whatsapp_message_id, wamid),
    sent_at = case when moves then coalesce(m.sent_at, at) else m.sent_at end,
    delivered_at = case when delivers then coalesce(m.delivered_at, at) else m.delivered_at end,
    read_at = case when reads then coalesce(m.read_at, at) else m.read_at end,
    failed_at = case when fails and m.status in ('queued', 'sent', 'failed') then coalesce(m.failed_at, at) else m.failed_at end,
    failure_code = case when fails and m.status in ('queued', 'sent', 'failed') then coalesce(code, m.failure_code) else m.failure_code end,
    failure_reason = case when fails and m.status in ('queued', 'sent', 'failed') then coalesce(reason, m.failure_reason) else m.failure_reason end
  where m.id = target
    and (private.advance_message_status(m.status, reported) <> m.status
         or (wati_id is not null and m.wati_message_id is null)
         or (wamid is not null and m.whatsapp_message_id is null)
         or (moves and m.sent_at is null)
         or (delivers and m.delivered_at is null)
         or (reads and m.read_at is null)
         or (fails and m.status in ('queued', 'sent', 'failed')
             and (m.failed_at is null or coalesce(code, m.failure_code) is distinct from m.failure_code
                  or coalesce(reason, m.failure_reason) is distinct from m.failure_reason)));
  return true;
end;
$$;

-- Unchanged but for the last update: `w.id = any (ids)` reaches the events by primary key (the
-- join alone, planned for an array of unknown length, read the whole table).
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
      if r.filed_in_conversation then
        perform private.follow_campaign_recipient_status(r);
      end if;
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
  where w.id = any (ids) and w.id = o.id;
  perform private.mark_campaign_progress(t) from (select distinct unnest(touched) as t) x;
  perform private.settle_campaign(c.id) from public.campaigns c
  where c.id = any (touched) and c.status in ('sending', 'paused');
end;
$$;

-- A turn applied with fewer writes: a new session is inserted once with the turn's outcome (it
-- was inserted empty, then updated), and the contact is locked only by the effects that change it.
-- A session stopped at a wait node now expires its timeout after the wait ends: a wait longer
-- than the timeout expired the session first, and the resumed turn handed over with `error`.
create or replace function private.bot_apply_turn(conversation uuid, decision jsonb)
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
  starting boolean := false;
  -- A session waiting (a wait node) expires after the wait, not during it.
  expires timestamptz := greatest(now(), case when ended then null else (decision -> 'state' ->> 'resumeAt')::timestamptz end)
    + make_interval(mins => coalesce((decision ->> 'timeoutMinutes')::integer, 240));
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
    starting := true;
  end if;

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
        if k.id is null then select * into k from public.contacts where id = c.contact_id for update; end if;
        if char_length(e ->> 'name') between 1 and 64
           and (k.attributes ? (e ->> 'name') or (select count(*) from jsonb_object_keys(k.attributes)) < 50) then
          update public.contacts set attributes = attributes || jsonb_build_object(e ->> 'name', left(e ->> 'value', 500))
          where id = k.id returning * into k;
        end if;
      when 'clear_attribute' then
        if k.id is null then select * into k from public.contacts where id = c.contact_id for update; end if;
        update public.contacts set attributes = attributes - (e ->> 'name') where id = k.id returning * into k;
      when 'add_tag' then
        if k.id is null then select * into k from public.contacts where id = c.contact_id for update; end if;
        if char_length(btrim(e ->> 'tag')) between 1 and 50 and not (btrim(e ->> 'tag') = any (k.tags))
           and cardinality(k.tags) < 100 then
          update public.contacts set tags = tags || btrim(e ->> 'tag') where id = k.id returning * into k;
        end if;
      when 'remove_tag' then
        if k.id is null then select * into k from public.contacts where id = c.contact_id for update; end if;
        update public.contacts set tags = array_remove(tags, btrim(e ->> 'tag')) where id = k.id returning * into k;
      when 'unsubscribe' then
        if k.id is null then select * into k from public.contacts where id = c.contact_id for update; end if;
        perform private.opt_out_from_whatsapp(c.organization_id, k.phone, k.country_code, null, now());
      when 'unmatched' then
        perform private.log_unmatched_message(c.organization_id, e ->> 'text', c.id,
          coalesce(s.flow_id, (decision -> 'start' ->> 'flowId')::uuid), e ->> 'nodeId');
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
      expires_at = expires,
      updated_at = now(),
      ended_at = case when ended or handoff is not null then now() end
    where x.id = s.id;
  elsif starting then
    insert into public.bot_sessions (organization_id, conversation_id, flow_id, version_id, state, status,
      turn, visited, resume_at, expires_at, ended_at)
    values (c.organization_id, c.id, (decision -> 'start' ->> 'flowId')::uuid,
      (decision -> 'start' ->> 'versionId')::uuid,
      case when ended then '{}'::jsonb else decision -> 'state' end,
      new_status, 1,
      array(select distinct v from jsonb_array_elements_text(coalesce(decision -> 'visited', '[]'::jsonb)) v),
      case when ended then null else (decision -> 'state' ->> 'resumeAt')::timestamptz end,
      expires,
      case when ended or handoff is not null then now() end)
    returning * into s;
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

-- Fewer round trips per answer ---------------------------------------------------------------------------------
-- The webhook's batch of contacts' events, with what the chatbot needs to answer each message it
-- holds (private.bot_turn_input, read once the batch's rows are written): the bot answers without
-- reading its turn again. A turn found stale by then is read again by the runner.
create function private.ingest_contact_messages_for_bot(events jsonb)
returns table (organization_id uuid, event_key text, duplicate boolean, outcome text, send uuid[], bot uuid,
               bot_input jsonb)
language plpgsql
security definer
set search_path = ''
as $$
declare
  r record;
begin
  for r in select * from private.ingest_contact_messages(events) loop
    organization_id := r.organization_id;
    event_key := r.event_key;
    duplicate := r.duplicate;
    outcome := r.outcome;
    send := r.send;
    bot := r.bot;
    bot_input := case when r.bot is not null then private.bot_turn_input(r.bot, null) end;
    return next;
  end loop;
end;
$$;
grant execute on function private.ingest_contact_messages_for_bot(jsonb) to service_role;

-- What Wati answered to several of WCAP's own sends, recorded by one call.
--   outcomes: [{message, watiId?, code?, reason?}], in the order their rows are to be locked.
create function private.record_send_outcomes(outcomes jsonb)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  o record;
begin
  for o in select * from jsonb_to_recordset(outcomes) as x(message uuid, "watiId" text, code text, reason text) loop
    perform private.record_send_outcome(o.message, o."watiId", o.code, o.reason);
  end loop;
end;
$$;
grant execute on function private.record_send_outcomes(jsonb) to service_role;

-- Words a webhook's follow-up adds to the outcome of several stored events, by one call.
--   notes: [{org, key, more}]
create function private.note_event_follow_ups(notes jsonb)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  x record;
begin
  -- One event at a time, by its key: a join planned for a batch of unknown size reads the table.
  for x in select * from jsonb_to_recordset(notes) as n(org uuid, key text, more text) loop
    update private.wati_webhook_events w set outcome = w.outcome || ' ' || x.more
    where w.organization_id = x.org and w.event_key = x.key;
  end loop;
end;
$$;
grant execute on function private.note_event_follow_ups(jsonb) to service_role;

-- A message Wati refused hands the conversation over: what the bot had left to say in that turn
-- goes no further (inbox-send's sweep sent it a minute later, out of order, to a conversation
-- people held). Done here for every such handover, the runner's and the sweep's.
create or replace function private.bot_hand_over(conversation uuid, reason text, target jsonb default null)
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
  if not found then return null; end if;
  -- Whoever holds the conversation now, the rest of a turn Wati refused goes no further.
  if reason = 'send_failed' then
    update public.messages set status = 'failed', failed_at = now(), failure_code = 'bot_send_failed',
      failure_reason = 'Le message du chatbot n’a pas pu être envoyé.'
    where conversation_id = c.id and author = 'bot' and status = 'queued';
  end if;
  if c.status <> 'pending' then return null; end if;
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

-- The sweep leaves settling the bot's unsent messages to private.bot_hand_over, which now does it
-- for every send_failed handover.
create or replace function private.bot_due_work(max_items integer default 50)
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
    select distinct m.conversation_id
    from public.messages m join public.conversations c on c.id = m.conversation_id and c.status = 'pending'
    where m.author = 'bot'
      and (m.status = 'failed' or (m.status = 'queued' and m.created_at < now() - interval '2 minutes'))
      and m.created_at > now() - interval '1 day'
    limit max_items
  loop
    away_id := private.bot_hand_over(stuck.conversation_id, 'send_failed', null);
    if away_id is not null then away := away || away_id; end if;
  end loop;

  return jsonb_build_object('turns', to_jsonb(coalesce(turns, '{}')), 'resumes', to_jsonb(coalesce(resumes, '{}')),
    'send', to_jsonb(away));
end;
$$;
