-- What WCAP itself writes to contacts on WhatsApp follows the contact's language (French unless it
-- is English), from one table the chatbot's own phrases will join, rather than literals in each
-- function.
create table private.contact_texts (
  key text not null,
  language text not null check (language in ('fr', 'en')),
  body text not null check (char_length(body) between 1 and 1024),
  primary key (key, language)
);
insert into private.contact_texts (key, language, body) values
  ('opt_out_confirmation', 'fr',
   'Vous êtes désabonné(e) : vous ne recevrez plus nos messages. Écrivez-nous à tout moment pour reprendre contact.'),
  ('opt_out_confirmation', 'en',
   'You are unsubscribed: you will no longer receive our messages. Write to us at any time to get back in touch.'),
  ('csat_question', 'fr',
   'Êtes-vous satisfait(e) de notre réponse ? Répondez par une note de 1 (mauvais) à 5 (excellent).'),
  ('csat_question', 'en',
   'How satisfied are you with our answer? Reply with a score from 1 (poor) to 5 (excellent).'),
  -- An interactive list's button: at most 20 characters (WhatsApp).
  ('csat_button', 'fr', 'Noter'),
  ('csat_button', 'en', 'Rate');

create function private.contact_text(key text, language text)
returns text
language sql
stable
set search_path = ''
as $$
  select t.body from private.contact_texts t
  where t.key = contact_text.key
    and t.language = case when contact_text.language like 'en%' then 'en' else 'fr' end
$$;

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
      private.contact_text('opt_out_confirmation', k.language),
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


create or replace function private.ask_satisfaction(conversation uuid)
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
  question uuid;
  channel text;
begin
  select * into c from public.conversations where id = conversation;
  select * into s from public.inbox_settings where organization_id = c.organization_id;
  if not s.csat_enabled then return; end if;
  select * into k from public.contacts where id = c.contact_id;
  if k.opt_in_status = 'opted_out' then return; end if;
  if coalesce(private.reply_window_ends_at(c.contact_id), '-infinity') > now() then
    channel := 'interactive';
    insert into public.messages (organization_id, conversation_id, contact_id, author, kind, body,
      media, status, local_message_id)
    values (c.organization_id, c.id, c.contact_id, 'system', 'csat',
      private.contact_text('csat_question', k.language),
      jsonb_build_object('rows', jsonb_build_array('5', '4', '3', '2', '1'),
                         'button', private.contact_text('csat_button', k.language)),
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

