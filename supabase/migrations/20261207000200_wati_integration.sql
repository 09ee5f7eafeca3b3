-- Wati.io: each organisation's connection (token encrypted by Edge Functions, never readable through
-- the Data API), its webhook secret, the raw webhook events, the approved templates, and the
-- WhatsApp messages whose status webhooks move forward.

-- Connection and webhook secret (private: read and written by Edge Functions only) ---------------
create table private.wati_connections (
  organization_id uuid primary key references public.organizations (id) on delete cascade,
  endpoint text not null check (endpoint ~ '^https?://'),
  -- AES-GCM ciphertext (base64 of iv || ciphertext) made by the functions with WCAP_SECRETS_KEY.
  token_ciphertext text not null,
  -- The token's last four characters, for the masked display.
  token_hint text not null check (char_length(token_hint) <= 4),
  verified_at timestamptz,
  last_check_error text,
  updated_by uuid references auth.users (id) on delete set null,
  updated_at timestamptz not null default now()
);
alter table private.wati_connections enable row level security;

create table private.webhook_secrets (
  organization_id uuid primary key references public.organizations (id) on delete cascade,
  secret text not null default encode(extensions.gen_random_bytes(24), 'hex'),
  rotated_at timestamptz not null default now()
);
alter table private.webhook_secrets enable row level security;

-- Every webhook event as received, once: a retry or a duplicate finds its key and changes nothing.
create table private.wati_webhook_events (
  id bigint generated always as identity primary key,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  -- Wati has no universal event id: the key is derived from the event's own ids (see the function).
  event_key text not null,
  event_type text not null,
  payload jsonb not null,
  received_at timestamptz not null default now(),
  processed_at timestamptz,
  outcome text,
  -- Failed attempts to apply it, and when the redelivery job tries it next (null once applied or
  -- dead: set aside after about a day of failures, for ops to see and requeue).
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz,
  last_error text,
  dead_at timestamptz,
  unique (organization_id, event_key)
);
alter table private.wati_webhook_events enable row level security;
create index wati_webhook_events_unprocessed_idx on private.wati_webhook_events (received_at)
  where processed_at is null;

create index wati_webhook_events_due_idx on private.wati_webhook_events (next_attempt_at)
  where processed_at is null and dead_at is null;
grant select, insert, update, delete on private.wati_connections, private.webhook_secrets,
  private.wati_webhook_events to service_role;
grant usage on sequence private.wati_webhook_events_id_seq to service_role;

-- Templates -------------------------------------------------------------------------------------
create table public.whatsapp_templates (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  wati_id text,
  name text not null,
  category text,
  language text not null default 'fr',
  status text not null,
  header jsonb,
  body text not null,
  footer text,
  buttons jsonb not null default '[]'::jsonb,
  -- Placeholder names in the order they appear (`1`, `2`… or `name`…).
  parameters text[] not null default '{}',
  -- For each placeholder: {"source": "field" | "attribute" | "text", "value": "..."}.
  parameter_mapping jsonb not null default '{}'::jsonb,
  synced_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, name, language)
);

alter table public.whatsapp_templates enable row level security;
create policy "members see their templates" on public.whatsapp_templates
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins map template parameters" on public.whatsapp_templates
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))))
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));

create trigger whatsapp_templates_touch before update on public.whatsapp_templates
  for each row execute function private.touch_updated_at();

-- Everything but the parameter mapping comes from Wati: members change the mapping only.
create function private.protect_template_fields()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if private.from_client_role() and (
    (to_jsonb(new) - 'parameter_mapping' - 'updated_at') <> (to_jsonb(old) - 'parameter_mapping' - 'updated_at')
  ) then
    raise exception using errcode = '42501',
      message = 'Le modèle vient de Wati : seule la correspondance des paramètres se modifie ici.',
      hint = 'template_fields_protected';
  end if;
  return new;
end;
$$;

create trigger whatsapp_templates_protect before update on public.whatsapp_templates
  for each row execute function private.protect_template_fields();

-- WhatsApp messages -----------------------------------------------------------------------------
create type public.message_status as enum ('queued', 'sent', 'delivered', 'read', 'replied', 'failed');

create table public.whatsapp_messages (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  direction text not null check (direction in ('outbound', 'inbound')),
  -- Our own id, given to Wati on send and echoed in its status webhooks.
  local_message_id text,
  wati_message_id text,
  whatsapp_message_id text,
  phone public.e164 not null,
  template_name text,
  text text,
  status public.message_status not null default 'queued',
  failure_code text,
  failure_reason text,
  sent_at timestamptz,
  delivered_at timestamptz,
  read_at timestamptz,
  replied_at timestamptz,
  failed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, local_message_id)
);
create index whatsapp_messages_wati_id_idx on public.whatsapp_messages (organization_id, wati_message_id);
create index whatsapp_messages_phone_idx on public.whatsapp_messages (organization_id, phone);

alter table public.whatsapp_messages enable row level security;
create policy "members see their messages" on public.whatsapp_messages
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));

create trigger whatsapp_messages_touch before update on public.whatsapp_messages
  for each row execute function private.touch_updated_at();

-- Status only moves forward (queued → sent → delivered → read → replied), whatever order webhooks
-- arrive in; a failure after acceptance is kept, but never overrides proof of delivery or reading.
create function private.advance_message_status(
  current_status public.message_status,
  reported public.message_status
)
returns public.message_status
language sql
immutable
set search_path = ''
as $$
  select case
    when reported = 'failed' then
      case when current_status in ('queued', 'sent') then 'failed'::public.message_status else current_status end
    when current_status = 'failed' then current_status
    when reported > current_status then reported
    else current_status
  end
$$;

-- Applies one status event to the outbound message it concerns (found by our local id, else by
-- Wati's id). Returns false when no such message exists (yet).
create function private.apply_message_status(
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
  target public.whatsapp_messages;
  next_status public.message_status;
  failed boolean;
begin
  select * into target from public.whatsapp_messages m
  where m.organization_id = org and m.direction = 'outbound'
    and ((local_id is not null and m.local_message_id = local_id)
         or (local_id is null and wati_id is not null and m.wati_message_id = wati_id))
  for update;
  if not found then
    return false;
  end if;
  next_status := private.advance_message_status(target.status, reported);
  -- A failure reported after proof of delivery is kept in the raw events, not on the message.
  failed := reported = 'failed' and next_status = 'failed';
  update public.whatsapp_messages set
    status = next_status,
    wati_message_id = coalesce(target.wati_message_id, wati_id),
    whatsapp_message_id = coalesce(target.whatsapp_message_id, wamid),
    sent_at = case when reported in ('sent', 'delivered', 'read', 'replied') then coalesce(target.sent_at, at) else target.sent_at end,
    delivered_at = case when reported in ('delivered', 'read', 'replied') then coalesce(target.delivered_at, at) else target.delivered_at end,
    read_at = case when reported in ('read', 'replied') then coalesce(target.read_at, at) else target.read_at end,
    replied_at = case when reported = 'replied' then coalesce(target.replied_at, at) else target.replied_at end,
    failed_at = case when failed then coalesce(target.failed_at, at) else target.failed_at end,
    failure_code = case when failed then coalesce(code, target.failure_code) else target.failure_code end,
    failure_reason = case when failed then coalesce(reason, target.failure_reason) else target.failure_reason end
  where id = target.id;
  return true;
end;
$$;
grant execute on function private.apply_message_status(uuid, text, text, text, public.message_status, timestamptz, text, text) to service_role;

alter publication supabase_realtime add table public.whatsapp_messages;

-- Redelivery ------------------------------------------------------------------------------------
-- No Wati webhook event is lost. An event whose application fails is kept with its error and tried
-- again with back-off (when Wati delivers it again, and by the redelivery job), until it is applied
-- or, after about a day of failures, set aside as a dead letter that ops can see and requeue. An
-- event that cannot be read at all is kept as a dead letter at once.

-- The wait after the n-th failed attempt: 15 s, 30 s, 1 min… then an hour at most.
create function private.webhook_event_retry_delay(attempts integer)
returns interval
language sql
immutable
set search_path = ''
as $$
  select least(interval '15 seconds' * power(2, least(greatest(attempts, 1), 20) - 1),
               interval '1 hour')
$$;

-- Failed attempts after which an event is dead: about a day of tries, as long as Wati's own.
create function private.webhook_event_max_attempts()
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
create function private.defer_wati_webhook_event(
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
grant execute on function private.defer_wati_webhook_event(uuid, text, text, jsonb, text) to service_role;
grant select on private.wati_webhook_event_backlog to service_role;

-- Every few seconds, apply again the events whose next attempt is due (an Edge Function: applying
-- an opt-out confirms it through Wati, whose credentials only functions hold).
select private.schedule_job('wati-webhook-redelivery', '10 seconds',
                            function_name => 'wati-webhook/redeliver');

-- Every organisation has its webhook secret from its creation, so that reading the URL to paste
-- into Wati never writes.
create function private.create_webhook_secret()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.webhook_secrets (organization_id) values (new.id)
  on conflict (organization_id) do nothing;
  return new;
end;
$$;
create trigger organizations_webhook_secret after insert on public.organizations
  for each row execute function private.create_webhook_secret();
