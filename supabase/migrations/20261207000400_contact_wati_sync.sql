-- Contacts and Wati: the background push of new and changed contacts to each organisation's Wati
-- (claimed with leases, within Wati's rate limits, retried with backoff), the admins' « Réessayer »,
-- and the opt-out a contact asks for on WhatsApp (STOP, ARRÊT, DÉSABONNER).

-- The sync queue, per organisation: every few seconds the sync asks each connected organisation
-- "any due contacts?" and claims the oldest, without scanning other organisations' queues.
create index contacts_wati_sync_queue_idx on public.contacts (organization_id, wati_sync_due_at)
  where wati_sync_status in ('pending', 'syncing', 'failed');

-- Per-organisation state of the calls to Wati's contact endpoints (10 calls per 10 s on every
-- plan). Kept here, not in a function's memory, so that concurrent or successive runs share it.
create table private.wati_contact_sync_state (
  organization_id uuid primary key references public.organizations (id) on delete cascade,
  -- When each recent call ended. A call is counted from its end, never earlier than Wati counts
  -- it, so the window here always holds at least the calls Wati still holds against us.
  recent_calls timestamptz[] not null default '{}',
  -- After a 429 (Retry-After) or a refusal that concerns the whole account (token, quota).
  blocked_until timestamptz,
  -- One run at a time per organisation; a run killed midway frees it when this passes.
  worker_until timestamptz,
  -- When a run last started here: the organisation served least recently goes first.
  served_at timestamptz
);
alter table private.wati_contact_sync_state enable row level security;
grant select, insert, update, delete on private.wati_contact_sync_state to service_role;

-- The organisations whose due contacts can be pushed now: with a Wati connection (their own
-- credentials, or the deployment's sandbox in sandbox mode), not blocked, not being served by
-- another run. Least recently served first, so one large organisation cannot starve the others.
create function private.organizations_to_sync_with_wati(
  sandbox_available boolean,
  max_organizations integer default 20
)
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select o.id
  from public.organizations o
  left join private.wati_connections w on w.organization_id = o.id
  left join private.wati_contact_sync_state s on s.organization_id = o.id
  where (w.organization_id is not null or (o.mode = 'sandbox' and sandbox_available))
    and (s.worker_until is null or s.worker_until <= now())
    and (s.blocked_until is null or s.blocked_until <= now())
    and exists (
      select 1 from public.contacts c
      where c.organization_id = o.id
        and c.wati_sync_status in ('pending', 'syncing', 'failed')
        and c.wati_sync_due_at <= now())
  order by s.served_at nulls first, o.id
  limit greatest(max_organizations, 0)
$$;

-- Starts a run for one organisation: takes its run lease and returns how many contact calls Wati
-- allows right now (0, without the lease, when another run holds it, when the organisation is
-- blocked, or when the window is full).
create function private.begin_wati_contact_sync(
  org uuid,
  calls_per_window integer default 10,
  run_lease interval default interval '3 minutes'
)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  state private.wati_contact_sync_state;
  recent timestamptz[];
begin
  insert into private.wati_contact_sync_state (organization_id) values (org)
  on conflict (organization_id) do nothing;
  select * into state from private.wati_contact_sync_state where organization_id = org for update;
  if state.worker_until > now() or state.blocked_until > now() then
    return 0;
  end if;
  recent := array(select t from unnest(state.recent_calls) t where t > now() - interval '10 seconds' order by t);
  if cardinality(recent) >= calls_per_window then
    update private.wati_contact_sync_state set recent_calls = recent where organization_id = org;
    return 0;
  end if;
  update private.wati_contact_sync_state
  set recent_calls = recent, worker_until = now() + run_lease, served_at = now()
  where organization_id = org;
  return calls_per_window - cardinality(recent);
end;
$$;

-- Ends a run: records when its calls ended (as ages in milliseconds, so the function's clock and
-- the database's need not agree), blocks the organisation when asked, and frees the run lease.
create function private.end_wati_contact_sync(
  org uuid,
  call_ages_ms integer[],
  blocked_for interval default null
)
returns void
language sql
security definer
set search_path = ''
as $$
  update private.wati_contact_sync_state set
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
  where organization_id = org
$$;

-- Claims due contacts of one organisation for a push: `batchable` ones (already at Wati, no
-- failure since their last change: updated together in one call) or the others (new to Wati, or
-- retried after a failure: one call each). Claimed rows become `syncing` with their due time set
-- to the lease's end, so a run that dies loses nothing: the lease ends and the rows are due again.
-- The lease end (in whole milliseconds) also identifies the claim when the run reports back.
create function private.claim_contacts_for_wati(
  org uuid,
  batchable boolean,
  max_contacts integer,
  lease interval default interval '3 minutes'
)
returns table (
  id uuid,
  phone text,
  name text,
  email text,
  tags text[],
  attributes jsonb,
  known boolean,
  attempts integer,
  lease_until timestamptz
)
language sql
security definer
set search_path = ''
as $$
  with claim as (
    select date_trunc('milliseconds', now() + lease) as until
  ),
  picked as (
    select c.id
    from public.contacts c
    where c.organization_id = org
      and c.wati_sync_status in ('pending', 'syncing', 'failed')
      and c.wati_sync_due_at <= now()
      and case when batchable then c.wati_synced_at is not null and c.wati_sync_attempts = 0
               else c.wati_synced_at is null or c.wati_sync_attempts > 0 end
    order by c.wati_sync_due_at
    limit greatest(max_contacts, 0)
    for update of c skip locked
  )
  update public.contacts c
  set wati_sync_status = 'syncing', wati_sync_due_at = (select until from claim)
  from picked
  where c.id = picked.id
  returning c.id, c.phone, c.name, c.email, c.tags, c.attributes, c.wati_synced_at is not null,
            c.wati_sync_attempts, c.wati_sync_due_at
$$;

-- Reports the outcome of claimed contacts: `results` is a JSON array of {id, lease_until,
-- outcome: synced | failed | pending, error?, retry_in_seconds?, forget?}. A failure without
-- `retry_in_seconds` is permanent (only « Réessayer » brings it back); `pending` puts the contact
-- back in the queue without counting a failure (rate limit, run out of time); `forget` says Wati
-- no longer knows the contact (it will be created again). A contact changed or re-claimed since
-- the claim no longer matches its lease and keeps its newer state. Returns the rows updated.
create function private.finish_contacts_wati_sync(org uuid, results jsonb)
returns integer
language sql
security definer
set search_path = ''
as $$
  with outcome as (
    select * from jsonb_to_recordset(results) as r(
      id uuid, lease_until timestamptz, outcome text, error text,
      retry_in_seconds double precision, forget boolean)
  ),
  done as (
    update public.contacts c set
      wati_sync_status = case o.outcome when 'synced' then 'synced' when 'failed' then 'failed'
                                        else 'pending' end::public.wati_sync_status,
      wati_synced_at = case when o.outcome = 'synced' then now()
                            when coalesce(o.forget, false) then null
                            else c.wati_synced_at end,
      wati_sync_attempts = case o.outcome when 'synced' then 0
                                          when 'failed' then c.wati_sync_attempts + 1
                                          else c.wati_sync_attempts end,
      wati_sync_error = case o.outcome when 'synced' then null
                                       when 'failed' then left(o.error, 500)
                                       else c.wati_sync_error end,
      wati_sync_due_at = case
        when o.outcome = 'synced' then now()
        when o.outcome = 'failed' and o.retry_in_seconds is null then 'infinity'::timestamptz
        else now() + make_interval(secs => greatest(coalesce(o.retry_in_seconds, 0), 0)) end
    from outcome o
    where c.id = o.id
      and c.organization_id = org
      and c.wati_sync_status = 'syncing'
      and c.wati_sync_due_at = o.lease_until
    returning 1
  )
  select count(*)::integer from done
$$;
grant execute on function private.organizations_to_sync_with_wati(boolean, integer) to service_role;
grant execute on function private.begin_wati_contact_sync(uuid, integer, interval) to service_role;
grant execute on function private.end_wati_contact_sync(uuid, integer[], interval) to service_role;
grant execute on function private.claim_contacts_for_wati(uuid, boolean, integer, interval) to service_role;
grant execute on function private.finish_contacts_wati_sync(uuid, jsonb) to service_role;

-- « Réessayer »: puts failed contacts (all of the organisation's, or the given ones) back in the
-- queue, due now, their failure count reset. Admins and owners only. Returns how many.
create function public.retry_contact_sync(
  organization_id uuid,
  contact_ids uuid[] default null
)
returns bigint
language plpgsql
security definer
set search_path = ''
as $$
declare
  changed bigint;
begin
  if private.from_client_role() and not private.has_role(retry_contact_sync.organization_id, 'admin') then
    raise exception using errcode = '42501',
      message = 'Seuls les administrateurs relancent la synchronisation des contacts avec Wati.',
      hint = 'contact_sync_retry_requires_admin';
  end if;
  update public.contacts c set
    wati_sync_status = 'pending',
    wati_sync_attempts = 0,
    wati_sync_error = null,
    wati_sync_due_at = now()
  where c.organization_id = retry_contact_sync.organization_id
    and c.wati_sync_status = 'failed'
    and (contact_ids is null or c.id = any (contact_ids));
  get diagnostics changed = row_count;
  return changed;
end;
$$;
revoke all on function public.retry_contact_sync(uuid, uuid[]) from anon;
grant execute on function public.retry_contact_sync(uuid, uuid[]) to authenticated, service_role;

-- Opt-out asked on WhatsApp (the webhook intake calls it). An existing contact is opted out (the
-- triggers stamp opted_out_at and write the consent history, with no author: the contact asked);
-- an unknown number becomes a contact already opted out, with its own consent event (written by
-- the contacts_consent_on_arrival trigger), so that a later import cannot subscribe it again.
-- Returns opted_out, already_opted_out or created.
create function private.opt_out_from_whatsapp(
  org uuid,
  contact_phone text,
  country text,
  sender_name text,
  seen_at timestamptz
)
returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  existing_id uuid;
  previous public.opt_in_status;
  created_id uuid;
begin
  select c.id, c.opt_in_status into existing_id, previous
  from public.contacts c
  where c.organization_id = org and c.phone = contact_phone
  for update;
  if found then
    update public.contacts c set
      opt_in_status = 'opted_out',
      opt_in_source = case when previous = 'opted_out' then c.opt_in_source else 'whatsapp' end,
      last_seen_at = greatest(c.last_seen_at, seen_at)
    where c.id = existing_id;
    return case when previous = 'opted_out' then 'already_opted_out' else 'opted_out' end;
  end if;

  -- Keeping an opt-out matters more than the plan's contact quota: the row is kept even beyond it
  -- (private.enforce_contact_quota lets this one statement through), so no import re-subscribes it.
  perform set_config('wcap.consent_over_quota', 'on', true);
  insert into public.contacts (organization_id, phone, country_code, name, opt_in_status,
                               opt_in_source, last_seen_at)
  values (org, contact_phone, case when country ~ '^[A-Z]{2}$' then country end,
          nullif(left(btrim(coalesce(sender_name, '')), 120), ''), 'opted_out', 'whatsapp', seen_at)
  on conflict (organization_id, phone) do nothing
  returning id into created_id;
  perform set_config('wcap.consent_over_quota', 'off', true);
  if created_id is null then
    -- Created meanwhile by another event or an import: opt that contact out.
    return private.opt_out_from_whatsapp(org, contact_phone, country, sender_name, seen_at);
  end if;
  return 'created';
end;
$$;
grant execute on function private.opt_out_from_whatsapp(uuid, text, text, text, timestamptz) to service_role;

-- Every few seconds, push due contacts to Wati (an Edge Function: it holds the Wati credentials).
select private.schedule_job('wati-contact-sync', '5 seconds', function_name => 'wati-contact-sync');
