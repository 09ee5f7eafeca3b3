-- Inbound batches: the wati-webhook files what contacts write, arriving within a few milliseconds,
-- with one call, as it applies status events (private.ingest_status_events).

-- Stores each event once (one stored but neither applied nor dead is taken again, one applied is
-- a duplicate) and applies it, then marks it processed with its outcome:
-- - a contact's message (`message`, as private.receive_contact_message reads it) is filed:
--   `inbound`, `opt_out`, or `inbound:duplicate` when the message was filed before;
-- - Wati's notice that a number wrote for the first time (`seen`: {phone, at}) moves the contact's
--   last activity forward, when it is a contact: `seen`.
-- Returns one row per event, with the messages queued in answer (the opt-out confirmation, the
-- away message), which the webhook sends once this is committed.
-- Events come in lock order (organisation, then contact phone; a contact's in arrival order), so
-- that batches touching the same contacts wait for each other instead of deadlocking. An error
-- rolls the whole batch back: the webhook then splits it to find the event at fault, and keeps
-- that one alone with its error (private.defer_wati_webhook_event); no event is ever stored
-- without being either applied or kept for another try.
--   events: [{org, key, type, payload, message} | {org, key, type, payload, seen}]
create function private.ingest_contact_messages(events jsonb)
returns table (organization_id uuid, event_key text, duplicate boolean, outcome text, send uuid[])
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  e record;
  received jsonb;
  result text;
  ids bigint[] := '{}';
  outcomes text[] := '{}';
begin
  for e in
    with input as (
      select x.*, j.ord
      from jsonb_array_elements(events) with ordinality as j(item, ord),
           jsonb_to_record(j.item) as x(org uuid, key text, type text, payload jsonb,
             message jsonb, seen jsonb)
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
    organization_id := e.org;
    event_key := e.key;
    if e.stored_id is null then
      duplicate := true; outcome := null; send := null;
      return next;
      continue;
    end if;
    send := '{}';
    if e.message is null then
      update public.contacts k set last_seen_at = (e.seen ->> 'at')::timestamptz
      where k.organization_id = e.org and k.phone = e.seen ->> 'phone'
        and (k.last_seen_at is null or k.last_seen_at < (e.seen ->> 'at')::timestamptz);
      result := 'seen';
    else
      received := private.receive_contact_message(e.org, e.message);
      if received is null or coalesce((received ->> 'duplicate')::boolean, false) then
        result := 'inbound:duplicate';
      else
        result := case when coalesce((e.message ->> 'optOut')::boolean, false) then 'opt_out' else 'inbound' end;
        send := array(select jsonb_array_elements_text(coalesce(received -> 'send', '[]'::jsonb))::uuid);
      end if;
    end if;
    ids := ids || e.stored_id;
    outcomes := outcomes || result;
    duplicate := false;
    outcome := result;
    return next;
  end loop;

  -- `= any`: the events are found by their key whatever the planner thinks of the table's size.
  update private.wati_webhook_events w set processed_at = now(), next_attempt_at = null,
    outcome = o.outcome
  from unnest(ids, outcomes) as o(id, outcome)
  where w.id = any (ids) and w.id = o.id;
end;
$$;
grant execute on function private.ingest_contact_messages(jsonb) to service_role;
