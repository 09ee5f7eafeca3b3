-- Wati's own chatbots and the month's message quota (issue 16). Starting one of Wati's chatbots for
-- a contact makes Wati write to that contact on the organisation's number, yet nothing of it was
-- counted: a segment start could go far past the plan while campaigns were refused.
--
-- How a start counts: one message per contact started. The chatbot's first message is the least
-- a start sends; what it sends after that depends on the chatbot built in Wati and on the
-- contact's answers, and never reaches WCAP (Wati reports no event for its chatbot's messages), so
-- one is the count WCAP can stand behind. A recipient holds its message from the start on, as a
-- launched campaign holds its recipients' (pending or claimed: reserved; started: sent that
-- month); one whose answer was lost (wati_outcome_unknown) may have been started, so it stays
-- counted; any other failure, or a cancellation, sent nothing and frees its message.
--
-- How a start is refused: as a campaign launch, under the same per-organisation lock and with the
-- same code (message_quota_insufficient) and French sentence. One contact is refused when no
-- message is left. A segment is refused when none is left; otherwise its contacts are started up
-- to the messages left, and the others are recorded as not started (failure « message_quota »).

alter type public.wati_chatbot_failure add value 'message_quota';

-- What the month's count reads of the recipients, through indexes (the pending and claimed ones
-- have theirs already).
create index wati_chatbot_run_recipients_started_idx
  on public.wati_chatbot_run_recipients (organization_id, started_at) where status = 'started';
create index wati_chatbot_run_recipients_unknown_idx
  on public.wati_chatbot_run_recipients (organization_id, updated_at)
  where failure = 'wati_outcome_unknown';

-- Messages of the month: what the organisation sent itself (replies, the bot, WCAP's automatic
-- messages), what launched campaigns reserve, and the contacts Wati's chatbots were started for.
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
             where c.organization_id = org and c.reserved_messages > 0 and c.reserved_at >= month.start)
          + (select count(*) from public.wati_chatbot_run_recipients r
             where r.organization_id = org and r.status = 'pending')
          + (select count(*) from public.wati_chatbot_run_recipients r
             where r.organization_id = org and r.status = 'claimed')
          + (select count(*) from public.wati_chatbot_run_recipients r, month
             where r.organization_id = org and r.status = 'started' and r.started_at >= month.start)
          + (select count(*) from public.wati_chatbot_run_recipients r, month
             where r.organization_id = org and r.failure = 'wati_outcome_unknown'
               and r.updated_at >= month.start))::integer);
end;
$$;

-- Messages left this month for the organisation; null when its plan has no message quota.
create function private.messages_left_this_month(org uuid)
returns integer
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  quota integer;
begin
  select o.messages_quota into quota from public.organizations o where o.id = org;
  if quota is null then return null; end if;
  return greatest(quota - private.messages_used_this_month(org), 0);
end;
$$;

-- The refusal of launch_campaign, with the same code, detail and sentence; people read it in their
-- language, plurals right, from the code and the detail (src/lib/server-error-messages.ts).
create function private.refuse_over_message_quota(recipients integer, remaining integer)
returns void
language plpgsql
set search_path = ''
as $$
begin
  raise exception using errcode = 'P0001',
    message = format('Quota mensuel insuffisant : %s messages à envoyer, %s restants ce mois-ci.',
                     to_char(recipients, 'FM999G999G999'),
                     to_char(remaining, 'FM999G999G999')),
    detail = jsonb_build_object('recipients', recipients, 'remaining', remaining)::text,
    hint = 'message_quota_insufficient';
end;
$$;

-- What a start asks, as before, and now a message left this month: checked before Wati is called
-- (and again, under the quota's lock, when the run is created).
create or replace function private.check_wati_chatbot_start(org uuid, contact uuid, segment uuid)
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  opt_in public.opt_in_status;
  audience integer;
begin
  perform private.require_wati_chatbot_reader(org);
  if segment is not null then
    perform private.require_role(org, 'admin',
      'Seuls les propriétaires et les administrateurs démarrent un chatbot Wati pour un segment.',
      'wati_chatbot_segment_requires_admin');
    if not exists (select 1 from public.segments s where s.id = segment and s.organization_id = org) then
      raise exception using errcode = 'P0002', message = 'Ce segment n''existe pas.',
        hint = 'segment_not_found';
    end if;
    if private.messages_left_this_month(org) = 0 then
      -- An empty segment is refused for that when the run is created.
      select a.recipients into audience from public.wati_chatbot_audience(segment) a;
      if audience > 0 then
        perform private.refuse_over_message_quota(audience, 0);
      end if;
    end if;
    return;
  end if;
  perform private.require_role(org, 'agent',
    'Les lecteurs ne démarrent pas de chatbot Wati.', 'wati_chatbot_start_requires_agent');
  select c.opt_in_status into opt_in from public.contacts c
  where c.id = contact and c.organization_id = org;
  if not found then
    raise exception using errcode = 'P0002', message = 'Ce contact n''existe pas.',
      hint = 'contact_not_found';
  end if;
  if opt_in = 'opted_out' then
    raise exception using errcode = 'P0001',
      message = 'Ce contact s''est désinscrit : aucun chatbot ne peut lui être démarré.',
      hint = 'wati_chatbot_contact_opted_out';
  end if;
  if private.messages_left_this_month(org) = 0 then
    perform private.refuse_over_message_quota(1, 0);
  end if;
end;
$$;

-- The run, as before, within the month's quota: counted under the lock launch_campaign takes, so
-- that two starts, or a start and a launch, never both take the last messages. A segment's
-- contacts past the messages left (the most recently added contacts) are recorded as not started.
create or replace function private.create_wati_chatbot_run(
  org uuid,
  chatbot text,
  chatbot_label text,
  contact uuid,
  segment uuid,
  contact_lease interval default interval '2 minutes'
)
returns table (run jsonb, recipient_id uuid, target text, lease_until timestamptz)
language plpgsql
security definer
set search_path = ''
as $$
declare
  created public.wati_chatbot_runs;
  criteria jsonb;
  label text;
  zone text;
  recipients integer;
  claimed public.wati_chatbot_run_recipients;
  room integer;
begin
  perform private.check_wati_chatbot_start(org, contact, segment);
  perform private.lock_message_quota(org);
  room := private.messages_left_this_month(org);
  if segment is null and room = 0 then
    perform private.refuse_over_message_quota(1, 0);
  end if;
  if segment is not null then
    select s.criteria, s.name into criteria, label from public.segments s where s.id = segment;
  end if;
  insert into public.wati_chatbot_runs
    (organization_id, chatbot_id, chatbot_name, kind, contact_id, segment_id, segment_name, created_by)
  values (org, chatbot, chatbot_label, case when segment is null then 'contact' else 'segment' end,
          case when segment is null then contact end, segment, label, (select auth.uid()))
  returning * into created;

  if segment is null then
    insert into public.wati_chatbot_run_recipients
      (run_id, organization_id, contact_id, status, lease_until)
    values (created.id, org, contact, 'claimed', date_trunc('milliseconds', now() + contact_lease))
    returning * into claimed;
    update public.wati_chatbot_runs set total = 1, status = 'running' where id = created.id
    returning * into created;
    return query select to_jsonb(created), claimed.id, ltrim(c.phone, '+'), claimed.lease_until
      from public.contacts c where c.id = contact;
    return;
  end if;

  select o.time_zone into zone from public.organizations o where o.id = org;
  execute format(
    'insert into public.wati_chatbot_run_recipients (run_id, organization_id, contact_id)
     select $4, $2, c.id from public.contacts c
     where c.organization_id = $2 and c.opt_in_status = ''opted_in'' and (%s)',
    private.segment_condition(criteria))
    using criteria, org, zone, created.id;
  get diagnostics recipients = row_count;
  if recipients = 0 then
    raise exception using errcode = 'P0001',
      message = 'Aucun contact inscrit dans ce segment : le chatbot n''a personne à qui parler.',
      hint = 'wati_chatbot_no_recipients';
  end if;
  if room = 0 then
    perform private.refuse_over_message_quota(recipients, 0);
  end if;
  update public.wati_chatbot_runs set total = recipients where id = created.id
  returning * into created;
  if recipients > room then
    update public.wati_chatbot_run_recipients r
    set status = 'failed', failure = 'message_quota', updated_at = now()
    where r.id in (
      select x.id from public.wati_chatbot_run_recipients x
      join public.contacts k on k.id = x.contact_id
      where x.run_id = created.id
      order by k.created_at, k.id
      offset room);
    perform private.recount_wati_chatbot_runs(array[created.id]);
    select * into created from public.wati_chatbot_runs where id = created.id;
  end if;
  return query select to_jsonb(created), null::uuid, null::text, null::timestamptz;
end;
$$;
