-- No Wati webhook event is lost. An event whose application fails is kept with its error and tried
-- again with back-off (when Wati delivers it again, and by the redelivery job), until it is applied
-- or, after about a day of failures, set aside as a dead letter that ops can see and requeue. An
-- event that cannot be read at all is kept as a dead letter at once.

alter table private.wati_webhook_events
  add column attempts integer not null default 0 check (attempts >= 0),
  -- When the redelivery job tries it next; null once applied or dead.
  add column next_attempt_at timestamptz,
  add column last_error text,
  add column dead_at timestamptz;

-- Events stored but never applied before this migration (the loss it fixes) are due at once.
update private.wati_webhook_events set next_attempt_at = received_at where processed_at is null;

create index wati_webhook_events_due_idx on private.wati_webhook_events (next_attempt_at)
  where processed_at is null and dead_at is null;

-- The wait after the n-th failed attempt: 15 s, 30 s, 1 min… then an hour at most.
create or replace function private.webhook_event_retry_delay(attempts integer)
returns interval
language sql
immutable
set search_path = ''
as $$
  select least(interval '15 seconds' * power(2, least(greatest(attempts, 1), 20) - 1),
               interval '1 hour')
$$;

-- Failed attempts after which an event is dead: about a day of tries, as long as Wati's own.
create or replace function private.webhook_event_max_attempts()
returns integer
language sql
immutable
set search_path = ''
as $$
  select 30
$$;

-- Keeps an event whose application failed (stored now if it was not, e.g. a status event whose
-- batch was rolled back) with its error, and schedules its next attempt, or declares it dead.
-- Returns 'deferred' or 'dead'; null when the event was applied or declared dead meanwhile.
create or replace function private.defer_wati_webhook_event(
  org uuid,
  key text,
  type text,
  payload jsonb,
  error text
)
returns text
language sql
security definer
set search_path = ''
as $$
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
  returning case when w.dead_at is null then 'deferred' else 'dead' end
$$;

-- What ops look at: every event not applied, retrying or dead, with its error. To requeue a dead
-- one once its cause is fixed:
--   update private.wati_webhook_events
--   set dead_at = null, attempts = 0, next_attempt_at = now() where id = …;
create view private.wati_webhook_event_backlog with (security_invoker = true) as
select e.id, e.organization_id, o.name as organization_name, e.event_type, e.received_at,
       case when e.dead_at is null then 'retrying' else 'dead' end as state,
       e.attempts, e.next_attempt_at, e.dead_at, e.last_error, e.payload
from private.wati_webhook_events e
join public.organizations o on o.id = e.organization_id
where e.processed_at is null;

comment on view private.wati_webhook_event_backlog is
  'Wati webhook events not applied: retrying (with their next attempt) or dead (given up), each with its last error.';

-- Status events: as before, except that an event stored but not applied (its application failed)
-- is applied when it comes again, instead of being answered as a duplicate.
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
  -- Evidence may settle the last recipients in doubt of a running campaign: it then ends. (It
  -- only ever makes recipients accepted, which changes nothing for a finished campaign.)
  perform private.settle_campaign(c.id) from public.campaigns c
  where c.id = any (touched) and c.status in ('sending', 'paused');
end;
$$;

revoke all on function private.webhook_event_retry_delay(integer) from public, anon, authenticated;
revoke all on function private.webhook_event_max_attempts() from public, anon, authenticated;
revoke all on function private.defer_wati_webhook_event(uuid, text, text, jsonb, text) from public, anon, authenticated;
revoke all on private.wati_webhook_event_backlog from public, anon, authenticated;
grant execute on function private.defer_wati_webhook_event(uuid, text, text, jsonb, text) to service_role;
grant select on private.wati_webhook_event_backlog to service_role;

-- Every few seconds, apply again the events whose next attempt is due (an Edge Function: applying
-- an opt-out confirms it through Wati, whose credentials only functions hold).
select private.schedule_job('wati-webhook-redelivery', '10 seconds',
                            function_name => 'wati-webhook/redeliver');
