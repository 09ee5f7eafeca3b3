-- The inbox list walks an index to its page whatever statuses are asked, and a campaign message
-- filed in a conversation follows every status of its recipient, not only those after REPLIED.

-- Enum equality is not leakproof, so under RLS `status = 'open'` is only ever a filter: the list
-- sorted every conversation of an agent to show 30. Its integer mirror (its position in the
-- enum) is an index condition.
alter table public.conversations add column status_code smallint not null generated always as (
  case status when 'open' then 1 when 'pending' then 2 when 'snoozed' then 3 else 4 end) stored;
drop index public.conversations_activity_idx;
drop index public.conversations_assignee_idx;
create index conversations_activity_idx on public.conversations
  (organization_id, status_code, last_activity_at desc, id);
create index conversations_assignee_idx on public.conversations
  (organization_id, assignee_id, status_code, last_activity_at desc, id);

-- One ordered branch per status asked, each walking its own index (organisation, assignee or
-- not, status, last activity) no further than the page's end, merged; the page's contacts and
-- unread counts are looked up for its rows only. A search matches the contacts and the messages
-- through their trigram indexes once, then each walked conversation is a hash probe.
create or replace function private.inbox_page(
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
  ordering text := case when sort = 'waiting' then 'waiting_since asc nulls last, last_activity_at desc, id'
                        else 'last_activity_at desc, id' end;
  first_row integer := greatest(page_offset, 0);
  row_count integer := least(greatest(page_size, 1), 100);
  branches text;
begin
  if list_view = 'mine' then filters := filters || ' and c.assignee_id = (select auth.uid())';
  elsif list_view = 'unassigned' then filters := filters || ' and c.assignee_id is null';
  end if;
  if label is not null then filters := filters || ' and c.labels @> array[lower($2)]'; end if;
  if team is not null then filters := filters || ' and c.team_id = $3'; end if;
  if campaign is not null then filters := filters || ' and c.campaign_id = $4'; end if;
  if unread_only then
    filters := filters || $f$ and c.last_inbound_at > coalesce(
      (select r.last_read_at from public.conversation_reads r
       where r.user_id = (select auth.uid()) and r.conversation_id = c.id), '-infinity')$f$;
  end if;
  if nullif(btrim(search), '') is not null then
    filters := filters || $f$ and (c.contact_id in (
        select k.id from public.contacts k where k.organization_id = $1
          and private.search_key(coalesce(k.name, '') || ' ' || k.phone) like private.search_pattern($5))
      or c.id in (
        select m.conversation_id from public.messages m where m.organization_id = $1
          and m.body is not null and private.search_key(m.body) like private.search_pattern($5)))$f$;
  end if;
  select string_agg(format(
      '(select c.* from public.conversations c where c.organization_id = $1 and c.status_code = %s%s order by %s limit $6 + $7)',
      array_position(enum_range(null::public.conversation_status), s), filters, regexp_replace(ordering, '(^|, )', '\1c.', 'g')), ' union all ')
    into branches
  from unnest(enum_range(null::public.conversation_status)) s
  where statuses is null or s = any (statuses);
  if branches is null then return; end if;
  return query execute format($q$
    select c.id, c.contact_id, k.name, k.phone::text, k.opt_in_status = 'opted_out', c.status,
      c.priority, c.assignee_id, c.team_id, c.labels, c.snoozed_until, c.waiting_since,
      c.last_inbound_at, c.last_activity_at, c.last_message_preview, c.last_message_author,
      c.campaign_id, private.unread_count(c.id, (select auth.uid()))
    from (select * from (%s) walked order by %s offset $6 limit $7) c
    join public.contacts k on k.id = c.contact_id
    order by %s$q$,
    branches, ordering, regexp_replace(ordering, '(^|, )', '\1c.', 'g'))
  using org, label, team, campaign, search, first_row, row_count;
end;
$$;

-- Campaign messages shown in a conversation --------------------------------------------------------------
alter table public.campaign_recipients add column filed_in_conversation boolean not null default false;
update public.campaign_recipients r set filed_in_conversation = true
where exists (select 1 from public.messages m where m.campaign_recipient_id = r.id);

-- Marks the recipient filed first: the update waits for a status being written and reads it, so
-- the message starts from the latest status and every later one is followed by the trigger.
create or replace function private.file_campaign_message(c public.conversations, r public.campaign_recipients)
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
  update public.campaign_recipients x set filed_in_conversation = true where x.id = r.id
  returning * into r;
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

-- The campaign message follows its recipient from the status batch itself: a row trigger on
-- campaign_recipients, even one whose condition is false, cost a tenth of the status webhooks'
-- throughput (bench:broadcast). Only the webhooks move a status once a contact has answered.
drop trigger campaign_recipients_follow_status on public.campaign_recipients;
drop function private.follow_campaign_recipient_status();

create function private.follow_campaign_recipient_status(r public.campaign_recipients)
returns void
language sql
security definer
set search_path = ''
as $$
  update public.messages m set
    status = r.status, wati_message_id = coalesce(m.wati_message_id, r.wati_message_id),
    sent_at = r.sent_at, delivered_at = r.delivered_at, read_at = r.read_at,
    failed_at = r.failed_at, failure_code = r.failure_code, failure_reason = r.failure_reason
  where m.campaign_recipient_id = r.id and m.status is distinct from r.status
$$;

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
  where w.id = o.id;
  perform private.mark_campaign_progress(t) from (select distinct unnest(touched) as t) x;
  perform private.settle_campaign(c.id) from public.campaigns c
  where c.id = any (touched) and c.status in ('sending', 'paused');
end;
$$;
