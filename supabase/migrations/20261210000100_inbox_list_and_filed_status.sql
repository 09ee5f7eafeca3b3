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

drop trigger campaign_recipients_follow_status on public.campaign_recipients;
create trigger campaign_recipients_follow_status after update of status on public.campaign_recipients
  for each row when (old.status is distinct from new.status and new.filed_in_conversation)
  execute function private.follow_campaign_recipient_status();
