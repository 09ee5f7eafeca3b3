-- Boîte de réception: what members do in the inbox, and what it shows them.
-- Every change is a function here, run for the caller: it checks the role (viewers only read),
-- that the caller sees the conversation, and keeps the conversation's fields and its events true.
-- Replies leave through the inbox-send Edge Function, which asks private.prepare_reply first.

-- Replies ----------------------------------------------------------------------------------------------------
-- The 24-hour window: it runs from the contact's last message, whichever conversation it is in.
create function private.reply_window_ends_at(contact uuid)
returns timestamptz
language sql
stable
security definer
set search_path = ''
as $$
  select max(c.last_inbound_at) + interval '24 hours' from public.conversations c where c.contact_id = contact
$$;

-- Files the caller's reply, queued, and returns it: found again (same client id) when the caller
-- sends the same thing twice (a double click, a retry after a lost answer), so Wati gets it once.
--   content: {kind: 'text', body} | {kind: 'file', url, caption?} | {kind: 'template', name, parameters}
-- Free text and files need the 24-hour window (Wati refuses them outside); templates go any time.
-- The reply takes the conversation: a bot's or an unassigned one becomes the caller's, open.
create function private.prepare_reply(conversation uuid, client_message_id uuid, content jsonb)
returns table (message public.messages, fresh boolean)
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
  m public.messages;
  t public.whatsapp_templates;
  me uuid := (select auth.uid());
  kind text := content ->> 'kind';
  body text;
  url text;
begin
  c := private.conversation_for_agent(conversation);
  select * into m from public.messages x
  where x.organization_id = c.organization_id and x.client_message_id = prepare_reply.client_message_id;
  if found then
    message := m; fresh := false;
    return next;
    return;
  end if;

  if kind in ('text', 'file') then
    if coalesce(private.reply_window_ends_at(c.contact_id), '-infinity') <= now() then
      raise exception using errcode = 'P0001',
        message = 'La fenêtre de 24 heures est fermée : seul un modèle approuvé peut être envoyé à ce contact.',
        hint = 'reply_window_closed';
    end if;
  end if;
  if kind = 'text' then
    body := btrim(coalesce(content ->> 'body', ''));
    if char_length(body) not between 1 and 4096 then
      raise exception using errcode = '22023',
        message = 'Le message doit contenir entre 1 et 4 096 caractères.', hint = 'reply_length';
    end if;
    insert into public.messages (organization_id, conversation_id, contact_id, author, author_id,
      kind, body, client_message_id, status, local_message_id)
    values (c.organization_id, c.id, c.contact_id, 'agent', me, 'text', body,
      prepare_reply.client_message_id, 'queued', gen_random_uuid()::text)
    returning * into m;
  elsif kind = 'file' then
    url := btrim(coalesce(content ->> 'url', ''));
    if url !~ '^https://\S+$' or char_length(url) > 2048 then
      raise exception using errcode = '22023',
        message = 'Le fichier doit être une adresse https:// valide.', hint = 'reply_file_url';
    end if;
    insert into public.messages (organization_id, conversation_id, contact_id, author, author_id,
      kind, body, media, client_message_id, status, local_message_id)
    values (c.organization_id, c.id, c.contact_id, 'agent', me,
      case when url ~* '\.(jpe?g|png|webp)(\?|#|$)' then 'image'
           when url ~* '\.(mp4|3gp)(\?|#|$)' then 'video'
           when url ~* '\.(mp3|ogg|aac|amr|m4a)(\?|#|$)' then 'audio'
           else 'document' end,
      nullif(left(btrim(coalesce(content ->> 'caption', '')), 1024), ''),
      jsonb_build_object('url', url, 'fileName', substring(url from '([^/?#]+)(\?|#|$)')),
      prepare_reply.client_message_id, 'queued', gen_random_uuid()::text)
    returning * into m;
  elsif kind = 'template' then
    select * into t from public.whatsapp_templates w
    where w.organization_id = c.organization_id and w.name = content ->> 'name' and w.status = 'APPROVED'
    limit 1;
    if not found then
      raise exception using errcode = 'P0002',
        message = 'Ce modèle n’est pas approuvé par WhatsApp : choisissez un modèle approuvé.',
        hint = 'reply_template_not_approved';
    end if;
    insert into public.messages (organization_id, conversation_id, contact_id, author, author_id,
      kind, body, template, client_message_id, status, local_message_id)
    values (c.organization_id, c.id, c.contact_id, 'agent', me, 'template',
      left(private.render_template_text(t.body, content -> 'parameters'), 4096),
      jsonb_build_object('name', t.name, 'language', t.language,
                         'parameters', coalesce(content -> 'parameters', '[]'::jsonb)),
      prepare_reply.client_message_id, 'queued', gen_random_uuid()::text)
    returning * into m;
  else
    raise exception using errcode = '22023',
      message = 'Type de réponse inconnu.', hint = 'reply_kind_unknown';
  end if;

  if c.status = 'pending' or c.assignee_id is null then
    update public.conversations set status = 'open', assignee_id = me, snoozed_until = null
    where id = c.id;
    if c.assignee_id is null then
      insert into public.messages (organization_id, conversation_id, contact_id, author, author_id, kind, event)
      values (c.organization_id, c.id, c.contact_id, 'system', me, 'event',
              jsonb_build_object('type', 'assigned', 'assigneeId', me, 'assigneeName', private.member_name(me),
                                 'actorId', me, 'actorName', private.member_name(me)));
    end if;
  end if;
  update public.conversations set
    first_reply_at = coalesce(first_reply_at, m.created_at),
    waiting_since = null
  where id = c.id;
  perform private.note_last_message(c.id, m);
  message := m; fresh := true;
  return next;
end;
$$;
grant execute on function private.prepare_reply(uuid, uuid, jsonb) to authenticated;

-- A failed reply, or one left queued, sent again (« Réessayer »): queued under a new id for Wati,
-- so the first attempt's late events cannot touch the second.
create function private.prepare_retry(message uuid)
returns public.messages
language plpgsql
security definer
set search_path = ''
as $$
declare
  m public.messages;
begin
  select * into m from public.messages where id = message for update;
  if not found then
    raise exception using errcode = 'P0002',
      message = 'Message introuvable.', hint = 'message_not_found';
  end if;
  perform private.conversation_for_agent(m.conversation_id);
  -- A reply still queued a minute on was never sent (the function stopped before calling Wati).
  if m.author not in ('agent', 'system')
     or not (m.status = 'failed' or (m.status = 'queued' and m.updated_at < now() - interval '1 minute')) then
    raise exception using errcode = 'P0001',
      message = 'Seul un message en échec, ou resté en attente plus d’une minute, peut être renvoyé.', hint = 'reply_not_failed';
  end if;
  if m.kind <> 'template' and coalesce(private.reply_window_ends_at(m.contact_id), '-infinity') <= now() then
    raise exception using errcode = 'P0001',
      message = 'La fenêtre de 24 heures est fermée : seul un modèle approuvé peut être envoyé à ce contact.',
      hint = 'reply_window_closed';
  end if;
  update public.messages set status = 'queued', local_message_id = gen_random_uuid()::text,
    failure_code = null, failure_reason = null, failed_at = null
  where id = m.id
  returning * into m;
  return m;
end;
$$;
grant execute on function private.prepare_retry(uuid) to authenticated;

-- What Wati answered to a send: its ids, or its refusal with the French reason. Accepted is
-- recorded as sent, so that the sweep (which takes queued messages) never sends it again while
-- Wati's own « sent » webhook is late, or never comes (a live workspace whose webhook is not set).
create function private.record_send_outcome(
  message uuid,
  wati_id text,
  failure_code text default null,
  failure_reason text default null
)
returns void
language sql
security definer
set search_path = ''
as $$
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
$$;
grant execute on function private.record_send_outcome(uuid, text, text, text) to service_role;

-- What WCAP sends by itself (opt-out confirmation, away message, satisfaction question), queued,
-- due: the inbox-send function's sweep takes them. Taking one touches updated_at: a message never
-- taken (updated_at = created_at) is due 5 s after it was filed, if the webhook that filed it did
-- not send it; one taken is due again only after a minute, longer than Wati's slowest answer, so
-- a send in progress is never taken twice.
create function private.take_queued_automatic_messages(max_messages integer default 50)
returns setof public.messages
language sql
security definer
set search_path = ''
as $$
  update public.messages m set status = 'queued', updated_at = now()
  where m.id in (
    select id from public.messages
    where author = 'system' and status = 'queued' and event is null
      and ((updated_at = created_at and created_at < now() - interval '5 seconds')
           or updated_at < now() - interval '1 minute')
    order by created_at
    limit max_messages
    for update skip locked)
  returning m.*
$$;
grant execute on function private.take_queued_automatic_messages(integer) to service_role;
create index messages_automatic_queue_idx on public.messages (created_at)
  where author = 'system' and status = 'queued';

-- The message and what sending it needs: the contact's number and the conversation's organisation.
create function private.outgoing_message(message uuid)
returns table (id uuid, organization_id uuid, phone text, kind text, body text, media jsonb,
               template jsonb, local_message_id text, status public.message_status)
language sql
stable
security definer
set search_path = ''
as $$
  select m.id, m.organization_id, k.phone, m.kind, m.body, m.media, m.template, m.local_message_id, m.status
  from public.messages m join public.contacts k on k.id = m.contact_id
  where m.id = message
$$;
grant execute on function private.outgoing_message(uuid) to service_role;

-- Assignment -------------------------------------------------------------------------------------------------
-- Gives the conversation to a member (null: nobody) and/or a team; a bot's conversation given to
-- a person opens. Each change is an event in the thread; the new assignee is notified.
create function public.assign_conversation(
  conversation_id uuid,
  assignee_id uuid default null,
  team_id uuid default null,
  change_team boolean default false
)
returns public.conversations
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
  me uuid := (select auth.uid());
begin
  c := private.conversation_for_agent(assign_conversation.conversation_id);
  if assign_conversation.assignee_id is not null and not exists (
    select 1 from public.memberships m
    where m.organization_id = c.organization_id and m.user_id = assign_conversation.assignee_id
      and m.role >= 'agent') then
    raise exception using errcode = 'P0002',
      message = 'Ce membre ne peut pas recevoir de conversation : il n’est pas agent de l’organisation.',
      hint = 'assignee_not_agent';
  end if;
  if change_team and assign_conversation.team_id is not null and not exists (
    select 1 from public.teams t where t.id = assign_conversation.team_id and t.organization_id = c.organization_id) then
    raise exception using errcode = 'P0002',
      message = 'Équipe introuvable.', hint = 'team_not_found';
  end if;

  if c.assignee_id is distinct from assign_conversation.assignee_id then
    update public.conversations x set
      assignee_id = assign_conversation.assignee_id,
      status = case when x.status = 'pending' and assign_conversation.assignee_id is not null then 'open' else x.status end
    where x.id = c.id;
    perform private.record_conversation_event(c, case
      when assign_conversation.assignee_id is null then jsonb_build_object('type', 'unassigned')
      else jsonb_build_object('type', 'assigned', 'assigneeId', assign_conversation.assignee_id,
                              'assigneeName', private.member_name(assign_conversation.assignee_id)) end);
    if assign_conversation.assignee_id is not null and assign_conversation.assignee_id is distinct from me then
      insert into public.notifications (organization_id, user_id, kind, conversation_id, actor_id, excerpt)
      select c.organization_id, assign_conversation.assignee_id, 'assigned', c.id, me, coalesce(k.name, k.phone)
      from public.contacts k where k.id = c.contact_id;
    end if;
  end if;
  if change_team and c.team_id is distinct from assign_conversation.team_id then
    update public.conversations x set team_id = assign_conversation.team_id where x.id = c.id;
    perform private.record_conversation_event(c, jsonb_build_object('type', 'team',
      'teamId', assign_conversation.team_id,
      'teamName', (select t.name from public.teams t where t.id = assign_conversation.team_id)));
    if assign_conversation.assignee_id is null then
      perform private.auto_assign(c.id);
    end if;
  end if;
  select * into c from public.conversations x where x.id = c.id;
  return c;
end;
$$;

-- Status ----------------------------------------------------------------------------------------------------
-- Resolves, reopens, snoozes (until a time, or until the contact writes: null) or hands the
-- conversation to the bot (pending). Resolving asks for a satisfaction rating when enabled.
create function public.set_conversation_status(
  conversation_id uuid,
  status public.conversation_status,
  snoozed_until timestamptz default null
)
returns public.conversations
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
begin
  c := private.conversation_for_agent(set_conversation_status.conversation_id);
  if set_conversation_status.status = 'snoozed' and set_conversation_status.snoozed_until is not null
     and set_conversation_status.snoozed_until <= now() then
    raise exception using errcode = '22023',
      message = 'Choisissez une date de reprise dans le futur.', hint = 'snooze_in_past';
  end if;
  if c.status = set_conversation_status.status
     and c.snoozed_until is not distinct from set_conversation_status.snoozed_until then
    return c;
  end if;
  update public.conversations x set
    status = set_conversation_status.status,
    snoozed_until = case when set_conversation_status.status = 'snoozed' then set_conversation_status.snoozed_until end,
    assignee_id = case when set_conversation_status.status = 'pending' then null else x.assignee_id end,
    resolved_at = case when set_conversation_status.status = 'resolved' then now() end,
    waiting_since = case when set_conversation_status.status = 'resolved' then null else x.waiting_since end
  where x.id = c.id;
  perform private.record_conversation_event(c, jsonb_strip_nulls(jsonb_build_object(
    'type', case set_conversation_status.status when 'open' then 'reopened' when 'resolved' then 'resolved'
                when 'snoozed' then 'snoozed' else 'handed_to_bot' end,
    'until', set_conversation_status.snoozed_until)));
  if set_conversation_status.status = 'resolved' then
    perform private.ask_satisfaction(c.id);
  end if;
  select * into c from public.conversations x where x.id = c.id;
  return c;
end;
$$;

-- The satisfaction question on resolve, when enabled: an interactive list inside the 24-hour
-- window, the organisation's approved template outside it, otherwise a « non envoyée » event.
create function private.ask_satisfaction(conversation uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
  s public.inbox_settings;
  k public.contacts;
  t public.whatsapp_templates;
  english boolean;
  question uuid;
  channel text;
begin
  select * into c from public.conversations where id = conversation;
  select * into s from public.inbox_settings where organization_id = c.organization_id;
  if not s.csat_enabled then return; end if;
  select * into k from public.contacts where id = c.contact_id;
  if k.opt_in_status = 'opted_out' then return; end if;
  english := k.language like 'en%';
  if coalesce(private.reply_window_ends_at(c.contact_id), '-infinity') > now() then
    channel := 'interactive';
    insert into public.messages (organization_id, conversation_id, contact_id, author, kind, body,
      media, status, local_message_id)
    values (c.organization_id, c.id, c.contact_id, 'system', 'csat',
      case when english then 'How satisfied are you with our answer? Reply with a score from 1 (poor) to 5 (excellent).'
           else 'Êtes-vous satisfait(e) de notre réponse ? Répondez par une note de 1 (mauvais) à 5 (excellent).' end,
      jsonb_build_object('rows', jsonb_build_array('5', '4', '3', '2', '1'),
                         'button', case when english then 'Rate' else 'Noter' end),
      'queued', gen_random_uuid()::text)
    returning id into question;
  else
    select * into t from public.whatsapp_templates w
    where w.organization_id = c.organization_id and w.name = s.csat_template_name and w.status = 'APPROVED'
    limit 1;
    if found then
      channel := 'template';
      insert into public.messages (organization_id, conversation_id, contact_id, author, kind, body,
        template, status, local_message_id)
      values (c.organization_id, c.id, c.contact_id, 'system', 'template', t.body,
        jsonb_build_object('name', t.name, 'language', t.language, 'parameters', '[]'::jsonb),
        'queued', gen_random_uuid()::text)
      returning id into question;
    else
      channel := 'not_sent';
      insert into public.messages (organization_id, conversation_id, contact_id, author, kind, event)
      values (c.organization_id, c.id, c.contact_id, 'system', 'event',
              jsonb_build_object('type', 'csat_not_sent'));
    end if;
  end if;
  insert into public.csat_surveys (organization_id, conversation_id, contact_id, agent_id, channel, message_id)
  values (c.organization_id, c.id, c.contact_id, c.assignee_id, channel, question);
end;
$$;

-- Details: labels (trimmed, lower case, at most 20) and priority.
create function public.update_conversation_details(
  conversation_id uuid,
  labels text[],
  priority public.conversation_priority default null
)
returns public.conversations
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
  cleaned text[];
begin
  c := private.conversation_for_agent(update_conversation_details.conversation_id);
  select coalesce(array_agg(distinct l order by l), '{}') into cleaned
  from (select lower(btrim(x)) as l from unnest(coalesce(update_conversation_details.labels, '{}')) x) y
  where l <> '';
  if cardinality(cleaned) > 20 or exists (select 1 from unnest(cleaned) l where char_length(l) > 40) then
    raise exception using errcode = '22023',
      message = 'Au plus 20 étiquettes de 40 caractères chacune.', hint = 'labels_too_many';
  end if;
  update public.conversations x set labels = cleaned, priority = update_conversation_details.priority
  where x.id = c.id
  returning * into c;
  return c;
end;
$$;

-- Notes --------------------------------------------------------------------------------------------------
-- A private note; the members it mentions (those who answer in the organisation) are notified and
-- see the conversation from then on.
create function public.add_note(
  conversation_id uuid,
  body text,
  mentions uuid[] default '{}',
  client_message_id uuid default null
)
returns public.messages
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
  m public.messages;
  me uuid := (select auth.uid());
  cleaned text := btrim(coalesce(add_note.body, ''));
  mentioned uuid[];
begin
  c := private.conversation_for_agent(add_note.conversation_id);
  if add_note.client_message_id is not null then
    select * into m from public.messages x
    where x.organization_id = c.organization_id and x.client_message_id = add_note.client_message_id;
    if found then return m; end if;
  end if;
  if char_length(cleaned) not between 1 and 4096 then
    raise exception using errcode = '22023',
      message = 'La note doit contenir entre 1 et 4 096 caractères.', hint = 'note_length';
  end if;
  select coalesce(array_agg(distinct x.user_id), '{}') into mentioned
  from public.memberships x
  where x.organization_id = c.organization_id and x.user_id = any (coalesce(add_note.mentions, '{}'))
    and x.role >= 'agent';
  insert into public.messages (organization_id, conversation_id, contact_id, author, author_id,
    private, kind, body, mentions, client_message_id)
  values (c.organization_id, c.id, c.contact_id, 'agent', me, true, 'text', cleaned, mentioned,
    add_note.client_message_id)
  returning * into m;
  insert into public.conversation_participants (conversation_id, organization_id, user_id)
  select c.id, c.organization_id, u from unnest(mentioned) u
  on conflict do nothing;
  insert into public.notifications (organization_id, user_id, kind, conversation_id, actor_id, excerpt)
  select c.organization_id, u, 'mention', c.id, me, left(cleaned, 280)
  from unnest(mentioned) u where u <> me;
  update public.conversations set last_activity_at = now() where id = c.id;
  return m;
end;
$$;

-- Read markers --------------------------------------------------------------------------------------------
-- Marks the conversation read for the caller (only for them), or unread: the marker goes back to
-- just before the contact's last message.
create function public.mark_conversation_read(conversation_id uuid, unread boolean default false)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
  marker timestamptz;
begin
  select * into c from public.conversations x where x.id = mark_conversation_read.conversation_id;
  if not found or not private.can_see_conversation(c) then
    raise exception using errcode = 'P0002',
      message = 'Conversation introuvable : elle a peut-être été supprimée ou confiée à un autre agent.',
      hint = 'conversation_not_found';
  end if;
  marker := case when unread then coalesce(c.last_inbound_at, now()) - interval '1 millisecond' else now() end;
  insert into public.conversation_reads (conversation_id, user_id, organization_id, last_read_at)
  values (c.id, (select auth.uid()), c.organization_id, marker)
  on conflict on constraint conversation_reads_pkey do update set last_read_at = excluded.last_read_at;
end;
$$;

-- The contact's messages the member has not read yet (99 at most: the badge says « 99+ »).
create function private.unread_count(conversation uuid, member uuid)
returns integer
language sql
stable
security definer
set search_path = ''
as $$
  select count(*)::integer from (
    select 1 from public.messages m
    where m.conversation_id = conversation and m.author = 'contact'
      and m.created_at > coalesce((select r.last_read_at from public.conversation_reads r
                                   where r.user_id = member and r.conversation_id = conversation),
                                  '-infinity')
    limit 100) x
$$;
grant execute on function private.unread_count(uuid, uuid) to authenticated;

-- Agents ---------------------------------------------------------------------------------------------------
-- The inbox page's heartbeat (every 20 s), and the availability the member chose.
create function public.inbox_heartbeat(organization_id uuid, availability text default null)
returns public.inbox_agents
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.inbox_agents;
begin
  perform private.require_inbox_agent(inbox_heartbeat.organization_id);
  if inbox_heartbeat.availability is not null and inbox_heartbeat.availability not in ('online', 'busy', 'offline') then
    raise exception using errcode = '22023', message = 'Disponibilité inconnue.', hint = 'availability_unknown';
  end if;
  insert into public.inbox_agents as x (organization_id, user_id, availability, last_heartbeat_at)
  values (inbox_heartbeat.organization_id, (select auth.uid()), coalesce(inbox_heartbeat.availability, 'online'), now())
  on conflict on constraint inbox_agents_pkey do update set
    last_heartbeat_at = now(),
    availability = coalesce(inbox_heartbeat.availability, x.availability)
  returning * into a;
  return a;
end;
$$;

-- An admin sets an agent's capacity (null: the organisation's default).
create function public.set_agent_capacity(organization_id uuid, user_id uuid, capacity integer)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.require_role(set_agent_capacity.organization_id, 'admin',
    'Seuls les propriétaires et les administrateurs règlent la capacité des agents.', 'capacity_requires_admin');
  if set_agent_capacity.capacity is not null and set_agent_capacity.capacity not between 1 and 500 then
    raise exception using errcode = '22023',
      message = 'La capacité va de 1 à 500 conversations ouvertes.', hint = 'capacity_range';
  end if;
  insert into public.inbox_agents as x (organization_id, user_id, capacity, availability)
  values (set_agent_capacity.organization_id, set_agent_capacity.user_id, set_agent_capacity.capacity, 'offline')
  on conflict on constraint inbox_agents_pkey do update set capacity = excluded.capacity;
end;
$$;

-- Notifications -------------------------------------------------------------------------------------------
create function public.mark_notifications_read(organization_id uuid, ids uuid[] default null)
returns void
language sql
security definer
set search_path = ''
as $$
  update public.notifications n set read_at = now()
  where n.user_id = (select auth.uid()) and n.organization_id = mark_notifications_read.organization_id
    and n.read_at is null and (ids is null or n.id = any (ids))
$$;

-- The list ------------------------------------------------------------------------------------------------
-- One page of the inbox's list for the caller (RLS decides what they see): view mine, unassigned
-- or all; filters; search in the contact's name and number and in messages; sorted by last
-- activity or longest waiting; with the caller's own unread count.
-- The page itself, run as the caller (row-level security decides what they see). Only the
-- filters asked for are written into the query, and the order is the one chosen: the planner then
-- walks an index in list order (organisation, assignee, status, last activity) and stops at the
-- page, instead of sorting every conversation of a view. Values are bound ($1…), never spliced.
create function private.inbox_page(
  org uuid, list_view text, statuses public.conversation_status[], label text, team uuid,
  campaign uuid, unread_only boolean, search text, sort text, page_offset integer, page_size integer
)
returns table (
  id uuid, contact_id uuid, contact_name text, contact_phone text, opted_out boolean,
  status public.conversation_status, priority public.conversation_priority, assignee_id uuid,
  team_id uuid, labels text[], snoozed_until timestamptz, waiting_since timestamptz,
  last_inbound_at timestamptz, last_activity_at timestamptz, last_message_preview text,
  last_message_author text, campaign_id uuid, unread_count integer
)
language plpgsql
stable
set search_path = ''
as $$
declare
  filters text := '';
begin
  if statuses is not null then filters := filters || ' and c.status = any ($2)'; end if;
  if list_view = 'mine' then filters := filters || ' and c.assignee_id = (select auth.uid())';
  elsif list_view = 'unassigned' then filters := filters || ' and c.assignee_id is null';
  end if;
  if label is not null then filters := filters || ' and c.labels @> array[lower($3)]'; end if;
  if team is not null then filters := filters || ' and c.team_id = $4'; end if;
  if campaign is not null then filters := filters || ' and c.campaign_id = $5'; end if;
  if unread_only then
    filters := filters || $f$ and c.last_inbound_at > coalesce(
      (select r.last_read_at from public.conversation_reads r
       where r.user_id = (select auth.uid()) and r.conversation_id = c.id), '-infinity')$f$;
  end if;
  if nullif(btrim(search), '') is not null then
    filters := filters || $f$ and (private.search_key(coalesce(k.name, '') || ' ' || k.phone) like private.search_pattern($6)
      or exists (select 1 from public.messages m
                 where m.conversation_id = c.id and m.body is not null
                   and private.search_key(m.body) like private.search_pattern($6)))$f$;
  end if;
  return query execute format($q$
    select c.id, c.contact_id, k.name, k.phone::text, k.opt_in_status = 'opted_out', c.status,
      c.priority, c.assignee_id, c.team_id, c.labels, c.snoozed_until, c.waiting_since,
      c.last_inbound_at, c.last_activity_at, c.last_message_preview, c.last_message_author,
      c.campaign_id, private.unread_count(c.id, (select auth.uid()))
    from public.conversations c
    join public.contacts k on k.id = c.contact_id
    where c.organization_id = $1 %s
    order by %s
    offset $7 limit $8$q$,
    filters,
    case when sort = 'waiting' then 'c.waiting_since asc nulls last, c.last_activity_at desc, c.id'
         else 'c.last_activity_at desc, c.id' end)
  using org, statuses, label, team, campaign, search, greatest(page_offset, 0),
    least(greatest(page_size, 1), 100);
end;
$$;
grant execute on function private.inbox_page(uuid, text, public.conversation_status[], text, uuid, uuid, boolean, text, text, integer, integer) to authenticated;

create function public.inbox_conversations(
  organization_id uuid,
  view text default 'mine',
  statuses public.conversation_status[] default '{open}',
  label text default null,
  team_id uuid default null,
  campaign_id uuid default null,
  unread_only boolean default false,
  search text default null,
  sort text default 'activity',
  page_offset integer default 0,
  page_size integer default 30
)
returns table (
  id uuid, contact_id uuid, contact_name text, contact_phone text, opted_out boolean,
  status public.conversation_status, priority public.conversation_priority, assignee_id uuid,
  team_id uuid, labels text[], snoozed_until timestamptz, waiting_since timestamptz,
  last_inbound_at timestamptz, last_activity_at timestamptz, last_message_preview text,
  last_message_author text, campaign_id uuid, unread_count integer
)
language sql
stable
set search_path = ''
as $$
  select * from private.inbox_page(inbox_conversations.organization_id, view, statuses, label,
    inbox_conversations.team_id, inbox_conversations.campaign_id, unread_only, search, sort,
    page_offset, page_size)
$$;

-- The shell's counts for the caller: conversations with unread messages that are theirs, and
-- unassigned; unread notifications.
create function public.inbox_counts(organization_id uuid)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object(
    'mine', (select count(*) from public.conversations c
             left join public.conversation_reads r on r.conversation_id = c.id and r.user_id = (select auth.uid())
             where c.organization_id = inbox_counts.organization_id and c.assignee_id = (select auth.uid())
               and c.status = 'open' and c.last_inbound_at > coalesce(r.last_read_at, '-infinity')),
    'unassigned', (select count(*) from public.conversations c
                   left join public.conversation_reads r on r.conversation_id = c.id and r.user_id = (select auth.uid())
                   where c.organization_id = inbox_counts.organization_id and c.assignee_id is null
                     and c.status = 'open' and c.last_inbound_at > coalesce(r.last_read_at, '-infinity')),
    'notifications', (select count(*) from public.notifications n
                      where n.user_id = (select auth.uid()) and n.organization_id = inbox_counts.organization_id
                        and n.read_at is null))
$$;

-- The contact page's history: every message of the contact's conversations (RLS decides), and
-- the campaign messages it received that no conversation shows yet; newest first.
create function public.contact_message_history(contact_id uuid, before timestamptz default null, page_size integer default 50)
returns table (
  id uuid, conversation_id uuid, author public.message_author, author_name text, kind text, body text,
  media jsonb, template jsonb, event jsonb, private boolean, status public.message_status,
  failure_reason text, campaign_id uuid, campaign_name text, created_at timestamptz
)
language sql
stable
set search_path = ''
as $$
  select * from (
    select m.id, m.conversation_id, m.author, coalesce(m.author_name, p.full_name), m.kind, m.body, m.media,
      m.template, m.event, m.private, m.status, m.failure_reason, (m.template ->> 'campaignId')::uuid,
      k.name, m.created_at
    from public.messages m
    left join public.profiles p on p.id = m.author_id
    left join public.campaigns k on k.id = (m.template ->> 'campaignId')::uuid
    where m.contact_id = contact_message_history.contact_id
      and (before is null or m.created_at < before)
    union all
    select r.id, null, 'campaign', null, 'template', null, null,
      jsonb_build_object('name', t.name, 'parameters', r.parameters), null, false, r.status,
      r.failure_reason, r.campaign_id, k.name, coalesce(r.sent_at, r.dispatched_at)
    from public.campaign_recipients r
    join public.campaigns k on k.id = r.campaign_id
    left join public.whatsapp_templates t on t.id = k.template_id
    where r.contact_id = contact_message_history.contact_id and r.dispatched_at is not null
      and (before is null or coalesce(r.sent_at, r.dispatched_at) < before)
      and not exists (select 1 from public.messages m where m.campaign_recipient_id = r.id)
  ) h
  order by h.created_at desc
  limit least(greatest(page_size, 1), 200)
$$;

-- Housekeeping (every 15 s) --------------------------------------------------------------------------------
-- Snoozed conversations whose time has come reopen; unassigned open conversations go to agents who
-- came online meanwhile (Chatwoot's known gap: nothing back-fills); a contact waiting longer than
-- the organisation's threshold notifies the assignee, or its admins when nobody has it.
create function private.inbox_housekeeping()
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
  org uuid;
  woken integer := 0;
  assigned integer := 0;
  alerted integer;
begin
  for c in
    select * from public.conversations where status = 'snoozed' and snoozed_until <= now()
    order by snoozed_until limit 500 for update skip locked
  loop
    update public.conversations set status = 'open', snoozed_until = null where id = c.id;
    insert into public.messages (organization_id, conversation_id, contact_id, author, kind, event)
    values (c.organization_id, c.id, c.contact_id, 'system', 'event', jsonb_build_object('type', 'snooze_ended'));
    update public.conversations set last_activity_at = now() where id = c.id;
    woken := woken + 1;
  end loop;

  -- The organisation's assignment lock first, then its waiting conversations, skipping those a
  -- webhook is filing: a webhook takes a conversation, then the lock, so neither waits on the other.
  for org in
    select distinct x.organization_id from public.conversations x
    join public.inbox_settings s on s.organization_id = x.organization_id and s.auto_assign
    where x.status = 'open' and x.assignee_id is null
      and exists (select 1 from public.inbox_agents a
                  where a.organization_id = x.organization_id and a.availability = 'online'
                    and a.last_heartbeat_at > now() - interval '60 seconds')
  loop
    perform private.lock_inbox_assignment(org);
    for c in
      select x.* from public.conversations x
      where x.organization_id = org and x.status = 'open' and x.assignee_id is null
      order by x.waiting_since nulls last, x.created_at
      limit 200
      for update skip locked
    loop
      if private.auto_assign(c.id) is not null then assigned := assigned + 1; end if;
    end loop;
  end loop;

  with late as (
    select x.* from public.conversations x
    join public.inbox_settings s on s.organization_id = x.organization_id
    where x.status = 'open' and x.waiting_since < now() - make_interval(mins => s.waiting_alert_minutes)
  ),
  recipients as (
    select l.id, l.organization_id, l.contact_id, l.assignee_id as user_id from late l where l.assignee_id is not null
    union all
    select l.id, l.organization_id, l.contact_id, m.user_id from late l
    join public.memberships m on m.organization_id = l.organization_id and m.role >= 'admin'
    where l.assignee_id is null
  ),
  inserted as (
    insert into public.notifications (organization_id, user_id, kind, conversation_id, excerpt)
    select r.organization_id, r.user_id, 'waiting', r.id, coalesce(k.name, k.phone)
    from recipients r join public.contacts k on k.id = r.contact_id
    where not exists (select 1 from public.notifications n
                      where n.conversation_id = r.id and n.user_id = r.user_id and n.kind = 'waiting'
                        and n.created_at > (select waiting_since from public.conversations where id = r.id))
    on conflict do nothing
    returning 1
  )
  select count(*) into alerted from inserted;
  return jsonb_build_object('woken', woken, 'assigned', assigned, 'alerted', alerted);
end;
$$;
select private.schedule_job('inbox-housekeeping', '15 seconds', 'select private.inbox_housekeeping()');

-- The sweep of what WCAP sends by itself (inbox-send, with the service role).
select private.schedule_job('inbox-automatic-messages', '5 seconds', function_name => 'inbox-send',
  function_body => '{"sweep": true}'::jsonb);

revoke all on function public.assign_conversation(uuid, uuid, uuid, boolean) from anon;
revoke all on function public.set_conversation_status(uuid, public.conversation_status, timestamptz) from anon;
revoke all on function public.update_conversation_details(uuid, text[], public.conversation_priority) from anon;
revoke all on function public.add_note(uuid, text, uuid[], uuid) from anon;
revoke all on function public.mark_conversation_read(uuid, boolean) from anon;
revoke all on function public.inbox_heartbeat(uuid, text) from anon;
revoke all on function public.set_agent_capacity(uuid, uuid, integer) from anon;
revoke all on function public.mark_notifications_read(uuid, uuid[]) from anon;
revoke all on function public.inbox_conversations(uuid, text, public.conversation_status[], text, uuid, uuid, boolean, text, text, integer, integer) from anon;
revoke all on function public.inbox_counts(uuid) from anon;
revoke all on function public.contact_message_history(uuid, timestamptz, integer) from anon;
grant execute on function private.search_pattern(text) to authenticated;
grant execute on function private.search_key(text) to authenticated;
