-- Wati's own chatbots (issue 16, the brief's « assign flow »): organisations that built chatbots
-- in Wati start one for a contact or for a segment. A start is a run: its recipients (the contact,
-- or the segment's opted-in contacts at that moment) are listed here and started at Wati's pace by
-- the Edge Function wati-chatbots — at once for one contact, by its scheduled sweep for a segment —
-- each exactly once: claimed with FOR UPDATE SKIP LOCKED, and a claim whose outcome was lost is
-- never started again.

create type public.wati_chatbot_run_status as enum ('queued', 'running', 'completed', 'failed', 'cancelled');
create type public.wati_chatbot_recipient_status as enum ('pending', 'claimed', 'started', 'failed', 'cancelled');
-- Why a recipient was not started (and, for the first five, why a whole run stopped): the SPA says
-- each in the reader's language.
create type public.wati_chatbot_failure as enum (
  'wati_not_configured',   -- no Wati connection any more
  'wati_auth',             -- Wati refuses the token
  'wati_plan_required',    -- chatbots need Wati's Pro plan
  'wati_quota',            -- the month's API quota is spent
  'wati_chatbot_not_found',-- the chatbot was deleted in Wati
  'opted_out',             -- the contact opted out after the start was asked
  'contact_deleted',       -- the contact was deleted meanwhile
  'wati_contact_unknown',  -- Wati does not know the number (not synchronised yet)
  'wati_refused',          -- Wati refused this contact
  'wati_unavailable',      -- Wati kept failing before accepting anything
  'wati_outcome_unknown'   -- the answer was lost: maybe started, never tried again
);

create table public.wati_chatbot_runs (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  -- Wati's chatbot, its name as Wati gave it when the run was asked.
  chatbot_id text not null check (char_length(chatbot_id) between 1 and 100),
  chatbot_name text not null check (char_length(chatbot_name) between 1 and 200),
  kind text not null check (kind in ('contact', 'segment')),
  contact_id uuid references public.contacts (id) on delete set null,
  segment_id uuid references public.segments (id) on delete set null,
  -- The segment's name at the start, still shown once the segment is renamed or deleted.
  segment_name text,
  status public.wati_chatbot_run_status not null default 'queued',
  -- Derived from the recipient rows after each batch (private.recount_wati_chatbot_runs).
  total integer not null default 0 check (total >= 0),
  started integer not null default 0 check (started >= 0),
  failed integer not null default 0 check (failed >= 0),
  failure public.wati_chatbot_failure,
  created_by uuid references auth.users (id) on delete set null,
  cancelled_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  finished_at timestamptz,
  -- Its recipients name it with its organisation: they can belong to no other.
  unique (id, organization_id)
);
create index wati_chatbot_runs_organization_idx on public.wati_chatbot_runs (organization_id, created_at desc);
create index wati_chatbot_runs_contact_idx on public.wati_chatbot_runs (contact_id);
create index wati_chatbot_runs_segment_idx on public.wati_chatbot_runs (segment_id);
create index wati_chatbot_runs_created_by_idx on public.wati_chatbot_runs (created_by);
create index wati_chatbot_runs_cancelled_by_idx on public.wati_chatbot_runs (cancelled_by);
create trigger wati_chatbot_runs_touch before update on public.wati_chatbot_runs
  for each row execute function private.touch_updated_at();

create table public.wati_chatbot_run_recipients (
  id uuid primary key default gen_random_uuid(),
  run_id uuid not null,
  organization_id uuid not null,
  contact_id uuid references public.contacts (id) on delete set null,
  status public.wati_chatbot_recipient_status not null default 'pending',
  -- When a pending recipient may be claimed; a claim holds it until lease_until (whole ms, which
  -- also identifies the claim when its outcome is reported).
  due_at timestamptz not null default now(),
  lease_until timestamptz,
  -- Tries that met a failure worth another try (Wati down, number not yet known to Wati).
  attempts smallint not null default 0,
  failure public.wati_chatbot_failure,
  started_at timestamptz,
  updated_at timestamptz not null default now(),
  -- Once per contact and run, whoever inserts.
  unique (run_id, contact_id),
  foreign key (run_id, organization_id) references public.wati_chatbot_runs (id, organization_id)
    on delete cascade,
  check ((status = 'failed') = (failure is not null)),
  check ((status = 'claimed') = (lease_until is not null))
);
create index wati_chatbot_run_recipients_run_idx on public.wati_chatbot_run_recipients (run_id, status);
-- The sweep's queue, walked in the order it claims (a segment's recipients share one due time).
create index wati_chatbot_run_recipients_due_idx on public.wati_chatbot_run_recipients (organization_id, due_at, id)
  where status = 'pending';
create index wati_chatbot_run_recipients_claimed_idx on public.wati_chatbot_run_recipients (organization_id, lease_until)
  where status = 'claimed';
create index wati_chatbot_run_recipients_contact_idx on public.wati_chatbot_run_recipients (contact_id);

-- Members read their organisation's runs and recipients; every write goes through the functions
-- below (the Edge Function checks Wati first, then asks them as the caller).
alter table public.wati_chatbot_runs enable row level security;
alter table public.wati_chatbot_run_recipients enable row level security;
revoke all on public.wati_chatbot_runs, public.wati_chatbot_run_recipients from anon, authenticated;
create policy "members read their Wati chatbot runs" on public.wati_chatbot_runs
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "members read the recipients of their Wati chatbot runs" on public.wati_chatbot_run_recipients
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
grant select on public.wati_chatbot_runs, public.wati_chatbot_run_recipients to authenticated;

-- Doors, as the caller -------------------------------------------------------------------------------
-- The list of Wati's chatbots: any member (the Edge Function asks before reading the credentials).
create function private.require_wati_chatbot_reader(org uuid)
returns void
language sql
stable
security definer
set search_path = ''
as $$
  select private.require_role(org, 'viewer',
    'Vous n''êtes pas membre de cette organisation.', 'not_a_member')
$$;

-- What a start asks, checked before Wati is called: a member; an agent or more for one contact of
-- the organisation who has not opted out; an owner or admin for one of its segments (as campaigns).
create function private.check_wati_chatbot_start(org uuid, contact uuid, segment uuid)
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  opt_in public.opt_in_status;
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
end;
$$;

-- Creates the run the caller asked for (checked again: the request may have waited on Wati), with
-- its recipients: the contact — claimed at once by the request that starts it, until
-- `contact_lease` — or the segment's opted-in contacts at this moment, resolved in SQL as campaigns
-- do, left to the sweep. Returns the run, and for one contact the claimed recipient with Wati's
-- target (the number's digits).
create function private.create_wati_chatbot_run(
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
begin
  perform private.check_wati_chatbot_start(org, contact, segment);
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
  update public.wati_chatbot_runs set total = recipients where id = created.id
  returning * into created;
  return query select to_jsonb(created), null::uuid, null::text, null::timestamptz;
end;
$$;

-- « Annuler »: owners and admins stop a run; recipients not yet in the sweep's hands are cancelled,
-- those it holds finish. Returns the run.
create function private.cancel_wati_chatbot_run(run uuid)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  target public.wati_chatbot_runs;
begin
  select * into target from public.wati_chatbot_runs where id = run;
  if not found or (private.from_client_role() and not private.has_role(target.organization_id, 'admin')) then
    raise exception using errcode = '42501',
      message = 'Démarrage de chatbot introuvable ou réservé aux administrateurs.',
      hint = 'wati_chatbot_run_not_found_or_admin_only';
  end if;
  -- Recipients before their run, in the order every function here takes their locks.
  update public.wati_chatbot_run_recipients set status = 'cancelled', updated_at = now()
  where run_id = run and status = 'pending';
  update public.wati_chatbot_runs set status = 'cancelled', cancelled_by = (select auth.uid()),
    finished_at = now()
  where id = run and status in ('queued', 'running')
  returning * into target;
  if not found then
    raise exception using errcode = 'P0001',
      message = 'Ce démarrage est terminé : il n''y a plus rien à annuler.',
      hint = 'wati_chatbot_run_not_cancellable';
  end if;
  return to_jsonb(target);
end;
$$;

-- How many contacts a start for the segment would reach (opted in) and leave out (opted out), for
-- the start dialog. Members of the segment's organisation only.
create function public.wati_chatbot_audience(segment_id uuid)
returns table (recipients integer, opted_out integer)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  org uuid;
  criteria jsonb;
  zone text;
begin
  select s.organization_id, s.criteria, o.time_zone into org, criteria, zone
  from public.segments s join public.organizations o on o.id = s.organization_id
  where s.id = wati_chatbot_audience.segment_id;
  if org is null or (private.from_client_role() and not private.is_member(org)) then
    raise exception using errcode = 'P0002', message = 'Ce segment n''existe pas.',
      hint = 'segment_not_found';
  end if;
  return query execute format(
    'select count(*) filter (where c.opt_in_status = ''opted_in'')::integer,
            count(*) filter (where c.opt_in_status = ''opted_out'')::integer
     from public.contacts c where c.organization_id = $2 and (%s)',
    private.segment_condition(criteria))
    using criteria, org, zone;
end;
$$;
revoke all on function public.wati_chatbot_audience(uuid) from anon;
grant execute on function public.wati_chatbot_audience(uuid) to authenticated, service_role;

-- Pace: Wati counts calls per endpoint over 10 s -----------------------------------------------------
-- Per organisation and Wati endpoint, kept in the database so that concurrent or successive
-- sweeps share it: when recent calls ended (counted from their end, never earlier than Wati counts
-- them), when Wati asked to wait (429, an account-wide refusal), which sweep serves it now.
create table private.wati_call_windows (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  endpoint text not null,
  recent_calls timestamptz[] not null default '{}',
  blocked_until timestamptz,
  -- One worker at a time; a worker killed midway frees it when this passes.
  worker_until timestamptz,
  -- When a worker last started: the organisation served least recently goes first.
  served_at timestamptz,
  primary key (organization_id, endpoint)
);
alter table private.wati_call_windows enable row level security;
grant select, insert, update, delete on private.wati_call_windows to service_role;

-- Takes the endpoint's worker lease for the organisation and returns how many calls Wati allows
-- right now (0, without the lease, when another worker holds it, when blocked, or when full).
create function private.begin_wati_calls(
  org uuid,
  endpoint_name text,
  calls_per_window integer,
  worker_lease interval default interval '90 seconds'
)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  state private.wati_call_windows;
  recent timestamptz[];
begin
  insert into private.wati_call_windows (organization_id, endpoint) values (org, endpoint_name)
  on conflict do nothing;
  select * into state from private.wati_call_windows
  where organization_id = org and endpoint = endpoint_name for update;
  if state.worker_until > now() or state.blocked_until > now() then
    return 0;
  end if;
  recent := array(select t from unnest(state.recent_calls) t where t > now() - interval '10 seconds' order by t);
  if cardinality(recent) >= calls_per_window then
    update private.wati_call_windows set recent_calls = recent
    where organization_id = org and endpoint = endpoint_name;
    return 0;
  end if;
  update private.wati_call_windows
  set recent_calls = recent, worker_until = now() + worker_lease, served_at = now()
  where organization_id = org and endpoint = endpoint_name;
  return calls_per_window - cardinality(recent);
end;
$$;

-- Ends a worker's turn: when its calls ended (ages in milliseconds, so that the function's clock
-- and the database's need not agree), a block when Wati asked for one, and the lease freed.
create function private.end_wati_calls(
  org uuid,
  endpoint_name text,
  call_ages_ms integer[],
  blocked_for interval default null
)
returns void
language sql
security definer
set search_path = ''
as $$
  update private.wati_call_windows set
    recent_calls = array(
      select t from unnest(
        recent_calls
        || array(select clock_timestamp() - make_interval(secs => greatest(age, 0) / 1000.0)
                 from unnest(coalesce(call_ages_ms, '{}')) age)
      ) t
      where t > now() - interval '10 seconds'
      order by t),
    blocked_until = case when blocked_for is null then blocked_until
                         else greatest(coalesce(blocked_until, now()), now() + blocked_for) end,
    worker_until = null
  where organization_id = org and endpoint = endpoint_name
$$;

-- The sweep ---------------------------------------------------------------------------------------------
-- Counters derived from the recipient rows (one indexed count per run, after each batch), and the
-- runs with nobody left to start completed. Locks are taken recipients first, then runs in the
-- order of their ids, by every function here: concurrent sweeps, starts and cancellations wait
-- for one another but never deadlock.
create function private.recount_wati_chatbot_runs(runs uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform 1 from public.wati_chatbot_runs u where u.id = any (runs) order by u.id for update;
  update public.wati_chatbot_runs u set
    started = x.started,
    failed = x.failed,
    status = case when x.open = 0 and u.status in ('queued', 'running') then 'completed'
                  when x.open > 0 and x.done > 0 and u.status = 'queued' then 'running'
                  else u.status end::public.wati_chatbot_run_status,
    finished_at = case when x.open = 0 and u.status in ('queued', 'running') then now()
                       else u.finished_at end
  from (
    select r.run_id,
           count(*) filter (where r.status = 'started')::integer as started,
           count(*) filter (where r.status = 'failed')::integer as failed,
           count(*) filter (where r.status in ('pending', 'claimed'))::integer as open,
           count(*) filter (where r.status <> 'pending')::integer as done
    from public.wati_chatbot_run_recipients r
    where r.run_id = any (runs)
    group by r.run_id
  ) x
  where u.id = x.run_id;
end;
$$;

-- The organisations with recipients to start now (or claims whose lease ran out), not blocked and
-- not being served, least recently served first: a large run takes its own organisation's pace,
-- never another organisation's turn.
create function private.wati_chatbot_organizations_to_sweep(max_organizations integer default 20)
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select o.id
  from public.organizations o
  left join private.wati_call_windows w on w.organization_id = o.id and w.endpoint = 'startChatbot'
  where (w.worker_until is null or w.worker_until <= now())
    and (w.blocked_until is null or w.blocked_until <= now())
    and (exists (select 1 from public.wati_chatbot_run_recipients r
                 where r.organization_id = o.id and r.status = 'pending' and r.due_at <= now())
         or exists (select 1 from public.wati_chatbot_run_recipients r
                    where r.organization_id = o.id and r.status = 'claimed' and r.lease_until <= now()))
  order by w.served_at nulls first, o.id
  limit greatest(max_organizations, 0)
$$;

-- Takes the organisation's turn for Wati's startChatbot endpoint: the calls allowed now, at the
-- pace of the Wati plan that goes with the organisation's plan.
create function private.begin_wati_chatbot_sweep(org uuid)
returns integer
language sql
security definer
set search_path = ''
as $$
  select private.begin_wati_calls(org, 'startChatbot', private.wati_calls_per_10s(o.plan_id))
  from public.organizations o where o.id = org
$$;

-- Claims up to `max_recipients` due recipients of the organisation, oldest first, for one sweep:
-- rows another sweep holds are skipped (SKIP LOCKED) and, once claimed, are no longer pending, so
-- two sweeps never take the same contact. Claims whose lease ran out first fail as « outcome
-- unknown » (the sweep that held them may have started the chatbot); contacts deleted or opted
-- out since the start fail without a call. Returns what to start, with Wati's target (digits).
create function private.claim_wati_chatbot_recipients(
  org uuid,
  max_recipients integer,
  lease interval default interval '2 minutes'
)
returns table (id uuid, run_id uuid, chatbot_id text, target text, attempts smallint, lease_until timestamptz)
language plpgsql
security definer
set search_path = ''
as $$
declare
  until timestamptz := date_trunc('milliseconds', now() + lease);
  lost_runs uuid[];
  claimed_runs uuid[];
  batch jsonb;
begin
  with lost as (
    update public.wati_chatbot_run_recipients r
    set status = 'failed', failure = 'wati_outcome_unknown', lease_until = null, updated_at = now()
    where r.organization_id = org and r.status = 'claimed' and r.lease_until <= now()
    returning r.run_id
  )
  select array_agg(distinct l.run_id) into lost_runs from lost l;

  with picked as (
    select r.id, r.contact_id from public.wati_chatbot_run_recipients r
    where r.organization_id = org and r.status = 'pending' and r.due_at <= now()
    order by r.due_at, r.id
    limit greatest(max_recipients, 0)
    for update of r skip locked
  ),
  claimed as (
    update public.wati_chatbot_run_recipients r set
      status = case when k.opt_in_status = 'opted_in' then 'claimed'
                    else 'failed' end::public.wati_chatbot_recipient_status,
      failure = case when k.id is null then 'contact_deleted'
                     when k.opt_in_status = 'opted_out' then 'opted_out' end::public.wati_chatbot_failure,
      lease_until = case when k.opt_in_status = 'opted_in' then until end,
      updated_at = now()
    from picked p left join public.contacts k on k.id = p.contact_id
    where r.id = p.id
    returning r.id, r.run_id, r.status, r.attempts, k.phone
  )
  select array_agg(distinct c.run_id),
         coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'run_id', c.run_id, 'attempts', c.attempts,
                                               'target', ltrim(c.phone, '+')))
                  filter (where c.status = 'claimed'), '[]'::jsonb)
  into claimed_runs, batch
  from claimed c;

  perform private.recount_wati_chatbot_runs(coalesce(lost_runs, '{}') || coalesce(claimed_runs, '{}'));

  return query
    select x.id, x.run_id, u.chatbot_id, x.target, x.attempts, until
    from jsonb_to_recordset(batch) as x(id uuid, run_id uuid, target text, attempts smallint)
    join public.wati_chatbot_runs u on u.id = x.run_id
    order by x.id;
end;
$$;

-- Records what Wati answered for claimed recipients: `results` is a JSON array of {id,
-- lease_until, outcome: started | failed | pending, failure?, retry_in_seconds?, counted?}.
-- `pending` puts the recipient back (Wati asked to wait, the sweep ran out of time, or a try to
-- repeat: `counted` adds it to its attempts). Rows no longer held by that claim keep their state.
-- Returns the rows updated.
create function private.finish_wati_chatbot_recipients(org uuid, results jsonb)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  runs uuid[];
  changed integer;
begin
  with outcome as (
    select * from jsonb_to_recordset(results) as x(
      id uuid, lease_until timestamptz, outcome text, failure public.wati_chatbot_failure,
      retry_in_seconds double precision, counted boolean)
  ),
  done as (
    update public.wati_chatbot_run_recipients r set
      status = case o.outcome when 'started' then 'started' when 'failed' then 'failed'
                              else 'pending' end::public.wati_chatbot_recipient_status,
      failure = case when o.outcome = 'failed' then coalesce(o.failure, 'wati_unavailable') end,
      started_at = case when o.outcome = 'started' then now() end,
      attempts = r.attempts + case when o.outcome = 'pending' and coalesce(o.counted, false) then 1 else 0 end,
      due_at = case when o.outcome = 'pending'
                    then now() + make_interval(secs => greatest(coalesce(o.retry_in_seconds, 0), 0))
                    else r.due_at end,
      lease_until = null,
      updated_at = now()
    from outcome o
    where r.id = o.id and r.organization_id = org
      and r.status = 'claimed' and r.lease_until = o.lease_until
    returning r.run_id
  )
  select array_agg(distinct d.run_id), count(*)::integer into runs, changed from done d;
  -- A recipient put back into a cancelled run is cancelled with it.
  update public.wati_chatbot_run_recipients r set status = 'cancelled', updated_at = now()
  from public.wati_chatbot_runs u
  where u.id = r.run_id and u.status = 'cancelled' and r.run_id = any (coalesce(runs, '{}'))
    and r.status = 'pending';
  perform private.recount_wati_chatbot_runs(coalesce(runs, '{}'));
  return changed;
end;
$$;

-- A refusal that concerns every start of the organisation (no Wati connection, token refused,
-- plan, quota) or a whole run (its chatbot deleted in Wati): those runs fail with that reason, and
-- their recipients not yet started with them. `runs` null: every active run of the organisation.
create function private.fail_wati_chatbot_runs(
  org uuid,
  runs uuid[],
  reason public.wati_chatbot_failure
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  failing uuid[] := array(
    select u.id from public.wati_chatbot_runs u
    where u.organization_id = org and u.status in ('queued', 'running')
      and (runs is null or u.id = any (runs))
    order by u.id);
begin
  update public.wati_chatbot_run_recipients r
  set status = 'failed', failure = reason, updated_at = now()
  where r.run_id = any (failing) and r.status = 'pending';
  perform 1 from public.wati_chatbot_runs u where u.id = any (failing) order by u.id for update;
  update public.wati_chatbot_runs u set status = 'failed', failure = reason, finished_at = now()
  where u.id = any (failing) and u.status in ('queued', 'running');
  perform private.recount_wati_chatbot_runs(failing);
end;
$$;

grant execute on function private.require_wati_chatbot_reader(uuid) to authenticated, service_role;
grant execute on function private.check_wati_chatbot_start(uuid, uuid, uuid) to authenticated, service_role;
grant execute on function private.create_wati_chatbot_run(uuid, text, text, uuid, uuid, interval)
  to authenticated, service_role;
grant execute on function private.cancel_wati_chatbot_run(uuid) to authenticated, service_role;
grant execute on function private.begin_wati_calls(uuid, text, integer, interval) to service_role;
grant execute on function private.end_wati_calls(uuid, text, integer[], interval) to service_role;
grant execute on function private.wati_chatbot_organizations_to_sweep(integer) to service_role;
grant execute on function private.begin_wati_chatbot_sweep(uuid) to service_role;
grant execute on function private.claim_wati_chatbot_recipients(uuid, integer, interval) to service_role;
grant execute on function private.finish_wati_chatbot_recipients(uuid, jsonb) to service_role;
grant execute on function private.fail_wati_chatbot_runs(uuid, uuid[], public.wati_chatbot_failure) to service_role;

-- Every 5 seconds, start due recipients (an Edge Function: it holds the Wati credentials).
select private.schedule_job('wati-chatbot-runs', '5 seconds', function_name => 'wati-chatbots',
  function_body => '{"sweep": true}'::jsonb);
