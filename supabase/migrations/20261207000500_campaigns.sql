-- Campaigns: an approved template sent to an audience, each recipient exactly once, at the pace
-- the organisation's WhatsApp number and Wati plan allow. A launch snapshots the recipients (with
-- their rendered parameters) and reserves the month's messages; the `broadcast-dispatcher`
-- function claims them in batches with leases and records what Wati answered; status webhooks
-- move them forward. Totals are counted from recipient rows, never kept in a hot counter.

create type public.campaign_status as enum ('draft', 'scheduled', 'sending', 'paused', 'completed', 'cancelled');

-- Where a recipient is in the hands-off to Wati (its WhatsApp status is `status`):
-- pending: waiting its turn; claimed: in a dispatcher's batch (lease_until); unknown: sent, but
-- Wati's answer was lost or an error (waits for webhook evidence, then read-back, until
-- lease_until); accepted: Wati took it; rejected: Wati refused it; cancelled: never sent.
create type public.recipient_dispatch as enum ('pending', 'claimed', 'unknown', 'accepted', 'rejected', 'cancelled');

-- Audience: who a campaign goes to -----------------------------------------------------------------
create function private.is_valid_audience(audience jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select jsonb_typeof(audience) = 'object' and case audience->>'kind'
    when 'all' then true
    when 'segment' then coalesce(audience->>'segmentId' ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$', false)
    when 'tags' then jsonb_typeof(audience->'tags') = 'array'
      and jsonb_array_length(audience->'tags') between 1 and 20
      and not jsonb_path_exists(audience->'tags', '$[*] ? (@.type() != "string")')
    else false end
$$;
grant execute on function private.is_valid_audience(jsonb) to authenticated, service_role;

create table public.campaigns (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  name text not null check (char_length(btrim(name)) between 1 and 120),
  template_id uuid references public.whatsapp_templates (id) on delete set null,
  -- Placeholder → {"source": "field" | "attribute" | "text", "value": "..."}, as for templates.
  parameter_mapping jsonb not null default '{}'::jsonb check (jsonb_typeof(parameter_mapping) = 'object'),
  -- {"kind": "all"} | {"kind": "segment", "segmentId": uuid} | {"kind": "tags", "tags": [..]}
  audience jsonb not null default '{"kind": "all"}'::jsonb check (private.is_valid_audience(audience)),
  -- Null: as soon as launched.
  scheduled_at timestamptz,
  -- No sending between these times of day (the organisation's time zone); may span midnight.
  quiet_hours_start time,
  quiet_hours_end time,
  status public.campaign_status not null default 'draft',
  -- Fixed at launch.
  recipients_total integer not null default 0,
  excluded jsonb not null default '{"opted_out": 0, "invalid_number": 0, "missing_parameter": 0}'::jsonb,
  -- Messages of the month's quota this campaign holds: all recipients at launch, then only those
  -- Wati took (or may have taken) once the campaign ends.
  reserved_messages integer not null default 0,
  reserved_at timestamptz,
  -- The Realtime topic of its progress: unguessable, read only by members.
  progress_topic text not null default 'campaign-progress:' || encode(extensions.gen_random_bytes(16), 'hex'),
  -- Why the campaign stopped on its own (token refused, template withdrawn…), in French.
  last_error text,
  launched_at timestamptz,
  launched_by uuid references auth.users (id) on delete set null,
  completed_at timestamptz,
  created_by uuid references auth.users (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((quiet_hours_start is null) = (quiet_hours_end is null)),
  check (quiet_hours_start is distinct from quiet_hours_end or quiet_hours_start is null)
);
create index campaigns_organization_idx on public.campaigns (organization_id, created_at desc);
create index campaigns_active_idx on public.campaigns (organization_id, launched_at)
  where status in ('scheduled', 'sending');
create index campaigns_template_idx on public.campaigns (template_id);
create index campaigns_created_by_idx on public.campaigns (created_by);
create index campaigns_launched_by_idx on public.campaigns (launched_by);
create index campaigns_reserved_idx on public.campaigns (organization_id, reserved_at)
  where reserved_messages > 0;
-- The draft policies read status beside the organisation.
create index campaigns_organization_status_idx on public.campaigns (organization_id, status);

create trigger campaigns_touch before update on public.campaigns
  for each row execute function private.touch_updated_at();

alter table public.campaigns enable row level security;
create policy "members see campaigns" on public.campaigns
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins create campaigns" on public.campaigns
  for insert to authenticated
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'admin')))
              and status = 'draft');
create policy "admins edit drafts" on public.campaigns
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin')))
         and status = 'draft')
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'admin')))
              and status = 'draft');
create policy "admins delete drafts" on public.campaigns
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin')))
         and status = 'draft');
-- Members write what a draft is made of; launch, pause, resume and cancel go through functions.
revoke insert, update on public.campaigns from anon, authenticated;
grant insert (organization_id, name, template_id, parameter_mapping, audience, scheduled_at,
  quiet_hours_start, quiet_hours_end) on public.campaigns to authenticated;
grant update (name, template_id, parameter_mapping, audience, scheduled_at, quiet_hours_start,
  quiet_hours_end) on public.campaigns to authenticated;

-- A draft's template and segment must be the organisation's own.
create function private.check_campaign_references()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.template_id is not null and not exists (
    select 1 from public.whatsapp_templates t
    where t.id = new.template_id and t.organization_id = new.organization_id) then
    raise exception using errcode = '23503', message = 'Modèle introuvable dans cette organisation.',
      hint = 'campaign_template_not_found';
  end if;
  if new.audience->>'kind' = 'segment' and not exists (
    select 1 from public.segments s
    where s.id = (new.audience->>'segmentId')::uuid and s.organization_id = new.organization_id) then
    raise exception using errcode = '23503', message = 'Segment introuvable dans cette organisation.',
      hint = 'campaign_segment_not_found';
  end if;
  return new;
end;
$$;

create trigger campaigns_references before insert or update of template_id, audience on public.campaigns
  for each row execute function private.check_campaign_references();

alter publication supabase_realtime add table public.campaigns;

create table public.campaign_recipients (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  contact_id uuid references public.contacts (id) on delete set null,
  phone public.e164 not null,
  contact_name text,
  -- [{"name", "value"}] in the template's placeholder order, rendered at launch.
  parameters jsonb not null default '[]'::jsonb,
  -- Given to Wati with the send and echoed in its status webhooks; a new one for the one retry
  -- after a transient failure, so the first attempt's late events cannot touch the second.
  local_message_id text not null,
  dispatch public.recipient_dispatch not null default 'pending',
  status public.message_status not null default 'queued',
  attempts smallint not null default 0,
  -- pending: when it may be claimed; claimed / unknown: when the lease or the wait for evidence ends.
  due_at timestamptz not null default now(),
  -- The Wati broadcast (batch) it went in: its name is known before the call, its id after.
  batch_name text,
  wati_broadcast_id text,
  wati_message_id text,
  dispatched_at timestamptz,
  accepted_at timestamptz,
  sent_at timestamptz,
  delivered_at timestamptz,
  read_at timestamptz,
  replied_at timestamptz,
  failed_at timestamptz,
  failure_code text,
  failure_reason text,
  unique (campaign_id, contact_id),
  unique (local_message_id)
);
create index campaign_recipients_queue_idx on public.campaign_recipients (campaign_id, due_at)
  where dispatch in ('pending', 'claimed', 'unknown');
create index campaign_recipients_status_idx on public.campaign_recipients (campaign_id, status, dispatch);
create index campaign_recipients_contact_idx on public.campaign_recipients (contact_id);
create index campaign_recipients_organization_idx on public.campaign_recipients (organization_id);
-- The daily unique-recipient tier counts what left in the last 24 hours.
create index campaign_recipients_dispatched_idx on public.campaign_recipients (organization_id, dispatched_at)
  where dispatched_at is not null;

alter table public.campaign_recipients enable row level security;
create policy "members see campaign recipients" on public.campaign_recipients
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
revoke insert, update, delete on public.campaign_recipients from anon, authenticated;

-- The dispatch a recipient goes back to when Wati never took it (a requeue, or a read-back that
-- found it unsent): the queue again, or `cancelled` once its campaign is cancelled (a pending
-- recipient of a cancelled campaign would wait, and hold quota, forever).
create function private.dispatch_for_requeue(campaign uuid)
returns public.recipient_dispatch
language sql
stable
security definer
set search_path = ''
as $$
  select case when c.status = 'cancelled' then 'cancelled' else 'pending' end::public.recipient_dispatch
  from public.campaigns c where c.id = campaign
$$;

-- The audience as segment criteria (null: every contact).
create function private.audience_criteria(org uuid, audience jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  found_criteria jsonb;
begin
  case audience->>'kind'
    when 'segment' then
      select s.criteria into found_criteria from public.segments s
      where s.id = (audience->>'segmentId')::uuid and s.organization_id = org;
      if not found then
        raise exception using errcode = 'P0002', message = 'Le segment choisi n''existe plus.',
          hint = 'campaign_segment_gone';
      end if;
      return found_criteria;
    when 'tags' then
      return jsonb_build_object('match', 'any', 'conditions', (
        select jsonb_agg(jsonb_build_object('type', 'has_tag', 'tag', t))
        from jsonb_array_elements_text(audience->'tags') t));
    else
      return null;
  end case;
end;
$$;

-- The SQL listing an audience's contacts with, for each, its rendered parameters and why it would
-- be left out ($1 criteria, $2 organisation, $3 its time zone, $5 placeholder names, $6 the
-- mapping). Precedence of reasons: opted out, then invalid number, then missing parameter.
create function private.audience_selection()
returns text
language sql
immutable
set search_path = ''
as $$
  select $q$
    select c.id as contact_id, c.phone, c.name,
           coalesce(r.params, '[]'::jsonb) as params,
           case when c.opt_in_status = 'opted_out' then 'opted_out'
                -- c.phone is E.164 (its domain); WhatsApp reaches none shorter than 8 digits.
                when char_length(c.phone) < 9 then 'invalid_number'
                when coalesce(r.missing, false) then 'missing_parameter' end as excluded
    from public.contacts c
    cross join lateral (
      select jsonb_agg(jsonb_build_object('name', p.name, 'value', v.value) order by p.ord) as params,
             bool_or(v.value is null) as missing
      from unnest($5::text[]) with ordinality as p(name, ord)
      cross join lateral (
        select nullif(btrim(case $6->p.name->>'source'
          when 'field' then case $6->p.name->>'value' when 'name' then c.name when 'phone' then c.phone end
          when 'attribute' then c.attributes->>($6->p.name->>'value')
          when 'text' then $6->p.name->>'value' end), '') as value
      ) v
    ) r
    where c.organization_id = $2 and ($1::jsonb is null or (%s))
  $q$
$$;

-- The campaign's template, checked sendable, with the mapping to apply (the template's own,
-- overridden by the campaign's).
create function private.campaign_template(org uuid, template uuid, mapping jsonb)
returns table (template_name text, parameters text[], full_mapping jsonb)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  t public.whatsapp_templates;
begin
  select * into t from public.whatsapp_templates w where w.id = template and w.organization_id = org;
  if not found then
    raise exception using errcode = 'P0002', message = 'Choisissez un modèle de message.',
      hint = 'campaign_template_missing';
  end if;
  if t.status <> 'APPROVED' then
    raise exception using errcode = 'P0001',
      message = format('Le modèle « %s » n''est pas approuvé par WhatsApp (statut %s).', t.name, t.status),
      detail = jsonb_build_object('template', t.name, 'status', t.status)::text,
      hint = 'template_not_approved';
  end if;
  return query select t.name, t.parameters, t.parameter_mapping || coalesce(mapping, '{}'::jsonb);
end;
$$;

-- Messages of the month used or held: outbound messages plus what launched campaigns reserve.
create function private.messages_used_this_month(org uuid)
returns integer
language sql
stable
security definer
set search_path = ''
as $$
  with month as (
    select date_trunc('month', now() at time zone o.time_zone) at time zone o.time_zone as start
    from public.organizations o where o.id = org
  )
  select ((select count(*) from public.whatsapp_messages m, month
           where m.organization_id = org and m.direction = 'outbound' and m.created_at >= month.start)
        + (select coalesce(sum(c.reserved_messages), 0) from public.campaigns c, month
           where c.organization_id = org and c.reserved_messages > 0 and c.reserved_at >= month.start))::integer
$$;

-- The organisation's usage against its plan: contacts, this month's messages (sent or held by
-- launched campaigns, in the organisation's time zone) and seats.
create function public.organization_usage(organization_id uuid)
returns table (contacts integer, messages_this_month integer, seats integer)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  org uuid := organization_usage.organization_id;
begin
  if not private.is_member(org) then
    raise exception using errcode = '42501', message = 'Vous n''êtes pas membre de cette organisation.',
      hint = 'not_a_member';
  end if;
  return query select
    (select count(*)::integer from public.contacts c where c.organization_id = org),
    private.messages_used_this_month(org),
    private.used_seats(org);
end;
$$;
revoke all on function public.organization_usage(uuid) from anon;
grant execute on function public.organization_usage(uuid) to authenticated;

-- What a draft would send to, before launching: recipients, exclusions by reason, and the room
-- left in the month's quota (null: unlimited). Admins only; nothing for others.
create function public.estimate_campaign(
  organization_id uuid,
  template_id uuid,
  parameter_mapping jsonb default '{}'::jsonb,
  audience jsonb default '{"kind": "all"}'::jsonb
)
returns table (recipients integer, opted_out integer, invalid_number integer,
               missing_parameter integer, quota_remaining integer)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  org uuid := estimate_campaign.organization_id;
  zone text;
  template record;
  criteria jsonb;
  quota integer;
begin
  if private.from_client_role() and not private.has_role(org, 'admin') then
    raise exception using errcode = '42501', message = 'Réservé aux administrateurs de l''organisation.',
      hint = 'campaign_estimate_requires_admin';
  end if;
  if not private.is_valid_audience(audience) then
    raise exception using errcode = '22023', message = 'Audience invalide.', hint = 'audience_invalid';
  end if;
  select o.time_zone, o.messages_quota into zone, quota from public.organizations o where o.id = org;
  select * into template from private.campaign_template(org, template_id, parameter_mapping);
  criteria := private.audience_criteria(org, audience);
  return query execute format(
    'select count(*) filter (where s.excluded is null)::integer,
            count(*) filter (where s.excluded = ''opted_out'')::integer,
            count(*) filter (where s.excluded = ''invalid_number'')::integer,
            count(*) filter (where s.excluded = ''missing_parameter'')::integer,
            $7
     from (' || private.audience_selection() || ') s',
    case when criteria is null then 'true' else private.segment_condition(criteria) end)
    using criteria, org, zone, null::text, template.parameters, template.full_mapping,
          case when quota is null then null else greatest(quota - private.messages_used_this_month(org), 0) end;
end;
$$;
revoke all on function public.estimate_campaign(uuid, uuid, jsonb, jsonb) from anon;
grant execute on function public.estimate_campaign(uuid, uuid, jsonb, jsonb) to authenticated, service_role;

-- Campaigns whose progress changed since it was last published.
create table private.campaign_progress_dirty (
  campaign_id uuid primary key references public.campaigns (id) on delete cascade,
  marked_at timestamptz not null default now()
);
alter table private.campaign_progress_dirty enable row level security;
grant select, insert, update, delete on private.campaign_progress_dirty to service_role;

-- Whatever changes a campaign's figures marks it here; the dispatcher's next tick publishes it.
create function private.mark_campaign_progress(campaign uuid)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into private.campaign_progress_dirty (campaign_id) values (campaign) on conflict do nothing
$$;

-- Launch ------------------------------------------------------------------------------------------
create function private.lock_message_quota(org uuid)
returns void
language sql
set search_path = ''
as $$
  select pg_advisory_xact_lock(hashtextextended('wcap.messages_quota:' || org::text, 0))
$$;

-- The caller's campaign, locked, when they are an admin of its organisation.
create function private.campaign_for_admin(campaign uuid)
returns public.campaigns
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.campaigns;
begin
  select * into c from public.campaigns where id = campaign for update;
  if not found or (private.from_client_role() and not private.has_role(c.organization_id, 'admin')) then
    raise exception using errcode = '42501', message = 'Campagne introuvable ou réservée aux administrateurs.',
      hint = 'campaign_not_found_or_admin_only';
  end if;
  return c;
end;
$$;

-- Snapshots the recipients of a draft (one row per contact, parameters rendered, a local message
-- id each) and reserves as many messages of the month's quota, under a per-organisation lock so
-- two launches at once cannot overshoot it. Sending starts now or at scheduled_at.
create function public.launch_campaign(campaign_id uuid)
returns public.campaigns
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.campaigns := private.campaign_for_admin(campaign_id);
  template record;
  criteria jsonb;
  zone text;
  quota integer;
  used integer;
  counts record;
begin
  if c.status <> 'draft' then
    raise exception using errcode = 'P0001', message = 'Cette campagne est déjà lancée.',
      hint = 'campaign_already_launched';
  end if;
  if c.scheduled_at is not null and c.scheduled_at < now() - interval '5 minutes' then
    raise exception using errcode = 'P0001',
      message = 'La date d''envoi programmée est passée : choisissez-en une autre ou « Envoyer maintenant ».',
      hint = 'campaign_schedule_past';
  end if;
  select * into template from private.campaign_template(c.organization_id, c.template_id, c.parameter_mapping);
  criteria := private.audience_criteria(c.organization_id, c.audience);
  select o.time_zone, o.messages_quota into zone, quota from public.organizations o where o.id = c.organization_id;

  perform private.lock_message_quota(c.organization_id);
  execute format(
    'with audience as (' || private.audience_selection() || '),
     inserted as (
       insert into public.campaign_recipients
         (id, campaign_id, organization_id, contact_id, phone, contact_name, parameters, local_message_id)
       select r.id, $7, $2, a.contact_id, a.phone, a.name, a.params, r.id::text
       from audience a cross join lateral (select gen_random_uuid() as id) r
       where a.excluded is null
       returning 1)
     select (select count(*) from inserted)::integer as recipients,
            count(*) filter (where excluded = ''opted_out'')::integer as opted_out,
            count(*) filter (where excluded = ''invalid_number'')::integer as invalid_number,
            count(*) filter (where excluded = ''missing_parameter'')::integer as missing_parameter
     from audience',
    case when criteria is null then 'true' else private.segment_condition(criteria) end)
    into counts
    using criteria, c.organization_id, zone, null::text, template.parameters, template.full_mapping, c.id;

  if counts.recipients = 0 then
    raise exception using errcode = 'P0001',
      message = 'Aucun destinataire : l''audience est vide ou tous ses contacts sont exclus.',
      hint = 'campaign_no_recipients';
  end if;
  if quota is not null then
    used := private.messages_used_this_month(c.organization_id);
    if used + counts.recipients > quota then
      raise exception using errcode = 'P0001',
        message = format('Quota mensuel insuffisant : %s messages à envoyer, %s restants ce mois-ci.',
                         to_char(counts.recipients, 'FM999G999G999'),
                         to_char(greatest(quota - used, 0), 'FM999G999G999')),
        detail = jsonb_build_object('recipients', counts.recipients,
                                    'remaining', greatest(quota - used, 0))::text,
        hint = 'message_quota_insufficient';
    end if;
  end if;

  update public.campaigns set
    status = case when scheduled_at > now() then 'scheduled' else 'sending' end::public.campaign_status,
    recipients_total = counts.recipients,
    excluded = jsonb_build_object('opted_out', counts.opted_out, 'invalid_number', counts.invalid_number,
                                  'missing_parameter', counts.missing_parameter),
    reserved_messages = counts.recipients,
    reserved_at = now(),
    launched_at = now(),
    launched_by = auth.uid(),
    last_error = null
  where id = c.id
  returning * into c;
  perform private.mark_campaign_progress(c.id);
  return c;
end;
$$;
revoke all on function public.launch_campaign(uuid) from anon;
grant execute on function public.launch_campaign(uuid) to authenticated, service_role;

-- Pause, resume, cancel -----------------------------------------------------------------------------
-- Batches already in a dispatcher's hands finish; nothing new is claimed while paused.
create function public.pause_campaign(campaign_id uuid)
returns public.campaigns
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.campaigns := private.campaign_for_admin(campaign_id);
begin
  if c.status not in ('scheduled', 'sending') then
    raise exception using errcode = 'P0001', message = 'Seule une campagne programmée ou en cours se met en pause.',
      hint = 'campaign_not_pausable';
  end if;
  update public.campaigns set status = 'paused' where id = c.id returning * into c;
  perform private.mark_campaign_progress(c.id);
  return c;
end;
$$;

create function public.resume_campaign(campaign_id uuid)
returns public.campaigns
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.campaigns := private.campaign_for_admin(campaign_id);
begin
  if c.status <> 'paused' then
    raise exception using errcode = 'P0001', message = 'Seule une campagne en pause peut reprendre.',
      hint = 'campaign_not_resumable';
  end if;
  -- A template withdrawn meanwhile stops the resumption with the reason.
  perform private.campaign_template(c.organization_id, c.template_id, c.parameter_mapping);
  update public.campaigns
  set status = case when scheduled_at > now() then 'scheduled' else 'sending' end::public.campaign_status,
      last_error = null
  where id = c.id returning * into c;
  perform private.mark_campaign_progress(c.id);
  return c;
end;
$$;

-- Recipients not yet sent are cancelled and their messages go back to the quota; those already
-- with Wati (or maybe with Wati) keep their reservation.
create function public.cancel_campaign(campaign_id uuid)
returns public.campaigns
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.campaigns := private.campaign_for_admin(campaign_id);
begin
  if c.status not in ('scheduled', 'sending', 'paused') then
    raise exception using errcode = 'P0001', message = 'Cette campagne ne peut plus être annulée.',
      hint = 'campaign_not_cancellable';
  end if;
  update public.campaign_recipients set dispatch = 'cancelled'
  where campaign_recipients.campaign_id = c.id and dispatch = 'pending';
  update public.campaigns set status = 'cancelled', completed_at = now() where id = c.id;
  perform private.settle_campaign(c.id);
  perform private.mark_campaign_progress(c.id);
  select * into c from public.campaigns where id = c.id;
  return c;
end;
$$;

-- A new draft with the same content.
create function public.duplicate_campaign(campaign_id uuid)
returns public.campaigns
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.campaigns := private.campaign_for_admin(campaign_id);
  copy public.campaigns;
begin
  insert into public.campaigns (organization_id, name, template_id, parameter_mapping, audience,
                                quiet_hours_start, quiet_hours_end, created_by)
  values (c.organization_id, left('Copie de ' || c.name, 120), c.template_id, c.parameter_mapping,
          c.audience, c.quiet_hours_start, c.quiet_hours_end, auth.uid())
  returning * into copy;
  return copy;
end;
$$;

revoke all on function public.pause_campaign(uuid) from anon;
revoke all on function public.resume_campaign(uuid) from anon;
revoke all on function public.cancel_campaign(uuid) from anon;
revoke all on function public.duplicate_campaign(uuid) from anon;
grant execute on function public.pause_campaign(uuid) to authenticated, service_role;
grant execute on function public.resume_campaign(uuid) to authenticated, service_role;
grant execute on function public.cancel_campaign(uuid) to authenticated, service_role;
grant execute on function public.duplicate_campaign(uuid) to authenticated, service_role;

-- Ends a campaign whose recipients are all settled (none pending, claimed or unknown) and keeps
-- only the reservation of messages Wati took. Also trims a cancelled campaign's reservation.
create function private.settle_campaign(campaign uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  current_status public.campaign_status;
begin
  select c.status into current_status from public.campaigns c where c.id = campaign;
  -- A completed campaign is settled already; a cancelled one is trimmed again as rows settle.
  if current_status is null or current_status in ('draft', 'completed')
     or (current_status <> 'cancelled' and exists (
    select 1 from public.campaign_recipients r
    where r.campaign_id = campaign and r.dispatch in ('pending', 'claimed', 'unknown'))) then
    return;
  end if;
  update public.campaigns c set
    status = case when c.status = 'cancelled' then c.status else 'completed' end,
    completed_at = coalesce(c.completed_at, now()),
    reserved_messages = c.recipients_total - (
      select count(*) from public.campaign_recipients r
      where r.campaign_id = campaign and r.dispatch in ('rejected', 'cancelled'))
  where c.id = campaign;
end;
$$;

-- Sending pace, per organisation -------------------------------------------------------------------
-- Limits and pacing state live here, not in a function's memory, so that any dispatcher (one per
-- organisation at a time, or its successor after a crash) continues at the same pace.
create table private.campaign_send_limits (
  organization_id uuid primary key references public.organizations (id) on delete cascade,
  -- The WhatsApp number's throughput (Meta: 80 messages/s by default).
  messages_per_second integer not null default 80 check (messages_per_second between 1 and 100000),
  -- Wati's send calls per 10 s; null: what Wati's plan matching the WCAP plan allows.
  wati_calls_per_10s integer check (wati_calls_per_10s between 1 and 1000),
  -- Meta's messaging tier: people reached per moving 24 h (250, 2,000, 10,000, 100,000); null: unlimited.
  daily_recipients integer default 2000 check (daily_recipients > 0),
  -- Generic cell rate algorithm: the earliest time the next message and the next call may leave.
  next_message_at timestamptz not null default '-infinity',
  next_call_at timestamptz not null default '-infinity',
  -- When the latest batches' answers came back (newest last). A batch reaches Wati at the latest
  -- when its answer returns, so a batch that starts a second after the answer of the one
  -- `per_second` batches before it can never share a second with it at Wati, however late the
  -- network or Wati was: the limit holds in every sliding second, not only on average.
  recent_batches timestamptz[] not null default '{}',
  -- After a 429: the whole organisation waits.
  backoff_until timestamptz,
  -- The one dispatcher serving the organisation, until its lease ends.
  dispatcher uuid,
  dispatcher_until timestamptz
);
alter table private.campaign_send_limits enable row level security;
grant select, insert, update, delete on private.campaign_send_limits to service_role;

comment on table private.campaign_send_limits is
  'Rythme d''envoi par organisation : messages/s du numéro, appels Wati par 10 s, palier quotidien Meta.';

-- Wati's send calls per 10 s for a WCAP plan, as the Wati plan that goes with it allows: 30 for
-- starter (Wati Growth), 60 for professional (Pro), 100 for enterprise (Business).
create function private.wati_calls_per_10s(plan text)
returns integer
language sql
immutable
set search_path = ''
as $$
  select case plan when 'starter' then 30 when 'enterprise' then 100 else 60 end
$$;

-- True while the campaign's quiet hours hold in the organisation's time zone (they may span
-- midnight); never without quiet hours.
create function private.in_quiet_hours(quiet_start time, quiet_end time, zone text)
returns boolean
language sql
stable
set search_path = ''
as $$
  select case
    when quiet_start is null then false
    when quiet_start < quiet_end then (now() at time zone zone)::time >= quiet_start
                                  and (now() at time zone zone)::time < quiet_end
    else (now() at time zone zone)::time >= quiet_start or (now() at time zone zone)::time < quiet_end
  end
$$;

create index campaign_recipients_in_doubt_idx on public.campaign_recipients (organization_id, due_at)
  where dispatch in ('claimed', 'unknown');

-- The organisations with sending or reconciling to do and no dispatcher: those with a Wati
-- connection, or the deployment's sandbox in sandbox mode.
create function private.organizations_to_dispatch(sandbox_available boolean, max_organizations integer default 20)
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select o.id
  from public.organizations o
  left join private.wati_connections w on w.organization_id = o.id
  left join private.campaign_send_limits l on l.organization_id = o.id
  where (w.organization_id is not null or (o.mode = 'sandbox' and sandbox_available))
    and (l.dispatcher_until is null or l.dispatcher_until <= now())
    and (((l.backoff_until is null or l.backoff_until <= now())
          and exists (select 1 from public.campaigns c
                      where c.organization_id = o.id and c.status in ('scheduled', 'sending')
                        and (c.scheduled_at is null or c.scheduled_at <= now())
                        and not private.in_quiet_hours(c.quiet_hours_start, c.quiet_hours_end, o.time_zone)
                        and exists (select 1 from public.campaign_recipients r
                                    where r.campaign_id = c.id and r.dispatch = 'pending' and r.due_at <= now())))
         or exists (select 1 from public.campaign_recipients r
                    where r.organization_id = o.id and r.dispatch in ('claimed', 'unknown') and r.due_at <= now()))
  order by l.dispatcher_until nulls first, o.id
  limit greatest(max_organizations, 0)
$$;

-- Takes (or renews) the organisation's dispatcher lease for `holder`; false when another holds it.
create function private.begin_campaign_dispatch(org uuid, holder uuid, lease interval default interval '60 seconds')
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  limits private.campaign_send_limits;
begin
  insert into private.campaign_send_limits (organization_id) values (org) on conflict do nothing;
  select * into limits from private.campaign_send_limits where organization_id = org for update;
  if limits.dispatcher is distinct from holder and limits.dispatcher_until > now() then
    return false;
  end if;
  update private.campaign_send_limits set dispatcher = holder, dispatcher_until = now() + lease
  where organization_id = org;
  return true;
end;
$$;

create function private.end_campaign_dispatch(org uuid, holder uuid)
returns void
language sql
security definer
set search_path = ''
as $$
  update private.campaign_send_limits set dispatcher = null, dispatcher_until = null
  where organization_id = org and dispatcher = holder
$$;

-- Claims the next batch of one organisation for the dispatcher holding its lease, and says when
-- to send it: no earlier than the pace allows (messages per second, Wati calls per 10 s). The
-- batch's recipients are leased until `sendAt + lease`: a dispatcher that dies loses nothing, and
-- since it may have sent them, they then wait for evidence like an unknown outcome.
-- Returns {campaignId, templateName, batchName, sendAt, recipients: [{id, localMessageId, phone,
-- parameters}]}, or {waitUntil, reason} when sending must wait, or null when nothing is due.
create function private.claim_campaign_batch(
  org uuid,
  holder uuid,
  max_recipients integer default 10000,
  lease interval default interval '60 seconds'
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  limits private.campaign_send_limits;
  zone text;
  plan text;
  calls integer;
  candidate record;
  room integer;
  full_size integer;
  per_second integer;
  best integer;
  batches integer;
  candidate_size integer;
  size integer;
  start_at timestamptz;
  batch text;
  claimed jsonb;
  claimed_count integer;
begin
  select * into limits from private.campaign_send_limits where organization_id = org for update;
  if not found or limits.dispatcher is distinct from holder or limits.dispatcher_until <= now() then
    return null;
  end if;
  update private.campaign_send_limits set dispatcher_until = now() + lease where organization_id = org;
  if limits.backoff_until > now() then
    return jsonb_build_object('waitUntil', limits.backoff_until, 'reason', 'rate_limited');
  end if;
  select o.time_zone, o.plan_id into zone, plan from public.organizations o where o.id = org;

  update public.campaigns set status = 'sending'
  where organization_id = org and status = 'scheduled' and scheduled_at <= now();

  loop
    select c.id, c.name, t.name as template_name, t.status as template_status
    into candidate
    from public.campaigns c
    left join public.whatsapp_templates t on t.id = c.template_id
    where c.organization_id = org and c.status = 'sending'
      and not private.in_quiet_hours(c.quiet_hours_start, c.quiet_hours_end, zone)
      and exists (select 1 from public.campaign_recipients r
                  where r.campaign_id = c.id and r.dispatch = 'pending' and r.due_at <= now())
    order by c.launched_at, c.id
    limit 1;
    if not found then
      return null;
    end if;
    exit when candidate.template_status = 'APPROVED';
    -- The template was deleted or withdrawn since the launch: stop, and say why.
    update public.campaigns set status = 'paused', last_error = case
      when candidate.template_name is null then 'Le modèle de message a été supprimé : campagne mise en pause.'
      else format('Le modèle « %s » n''est plus approuvé par WhatsApp (statut %s) : campagne mise en pause.',
                  candidate.template_name, candidate.template_status) end
    where id = candidate.id;
    perform private.mark_campaign_progress(candidate.id);
  end loop;

  room := max_recipients;
  if limits.daily_recipients is not null then
    room := least(room, limits.daily_recipients - (
      select count(*) from public.campaign_recipients r
      where r.organization_id = org and r.dispatched_at > now() - interval '1 day')::integer);
    if room <= 0 then
      return jsonb_build_object('waitUntil', now() + interval '1 minute', 'reason', 'daily_limit');
    end if;
  end if;

  calls := coalesce(limits.wati_calls_per_10s, private.wati_calls_per_10s(plan));
  -- `per_second` batches of `full_size` a second, spaced evenly: as many messages as the limit
  -- allows, in at most 5 calls a second (and no more than Wati's plan allows), so that no second
  -- ever holds more than the limit.
  best := 0;
  for batches in reverse greatest(1, floor(least(5, calls / 10.0))::integer) .. 1 loop
    candidate_size := least(10000, floor(limits.messages_per_second / batches::double precision)::integer);
    if candidate_size >= 1 and batches * candidate_size > best then
      best := batches * candidate_size;
      full_size := candidate_size;
      per_second := batches;
    end if;
  end loop;
  size := least(room, full_size);
  start_at := greatest(now(), limits.next_message_at, limits.next_call_at,
    (select t + interval '1 second' from unnest(limits.recent_batches) with ordinality as r(t, n)
     order by n desc offset per_second - 1 limit 1));
  batch := left(candidate.name, 80) || ' · ' || to_char(start_at at time zone 'UTC', 'YYYYMMDD"T"HH24MISS.MS"Z"');

  with picked as (
    select r.id from public.campaign_recipients r
    where r.campaign_id = candidate.id and r.dispatch = 'pending' and r.due_at <= now()
    order by r.due_at, r.id
    limit size
    for update skip locked
  ),
  updated as (
    update public.campaign_recipients r set
      dispatch = 'claimed', due_at = start_at + lease, attempts = r.attempts + 1,
      dispatched_at = start_at, batch_name = batch
    from picked where r.id = picked.id
    returning r.id, r.local_message_id, r.phone, r.parameters
  )
  select jsonb_agg(jsonb_build_object('id', u.id, 'localMessageId', u.local_message_id, 'phone', u.phone,
                                      'parameters', u.parameters)), count(*)
  into claimed, claimed_count
  from updated u;
  if claimed_count = 0 then
    return null;
  end if;

  update private.campaign_send_limits set
    next_message_at = start_at + make_interval(secs => claimed_count::double precision
                                                      / (full_size * per_second)),
    next_call_at = start_at + make_interval(secs => 10.0 / calls)
  where organization_id = org;

  return jsonb_build_object('campaignId', candidate.id, 'templateName', candidate.template_name,
                            'batchName', batch, 'sendAt', start_at, 'recipients', claimed);
end;
$$;

-- Records what Wati answered for a claimed batch. `report`: {campaignId, batchName, broadcastId?,
-- results: [{id, outcome: accepted | rejected | unknown | requeue, code?, reason?}],
-- backoffSeconds?, halt?}. `unknown` waits `evidence_wait` for a webhook before a read-back;
-- `requeue` (nothing was accepted: 429, refused before acceptance) puts it back without counting an
-- attempt (or cancels it, in a campaign cancelled meanwhile); `halt` pauses the campaign with that
-- French reason. Rows no longer claimed by this batch (a webhook already proved them accepted) keep
-- their newer state.
create function private.finish_campaign_batch(
  org uuid,
  report jsonb,
  evidence_wait interval default interval '60 seconds'
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  campaign uuid := (report->>'campaignId')::uuid;
  backoff double precision := (report->>'backoffSeconds')::double precision;
  requeued public.recipient_dispatch := private.dispatch_for_requeue(campaign);
begin
  with result as (
    select * from jsonb_to_recordset(report->'results') as x(id uuid, outcome text, code text, reason text)
  )
  update public.campaign_recipients r set
    dispatch = case x.outcome when 'accepted' then 'accepted'::public.recipient_dispatch
                              when 'rejected' then 'rejected'::public.recipient_dispatch
                              when 'unknown' then 'unknown'::public.recipient_dispatch else requeued end,
    status = case when x.outcome = 'rejected' then 'failed'::public.message_status else r.status end,
    failed_at = case when x.outcome = 'rejected' then now() else r.failed_at end,
    failure_code = case when x.outcome = 'rejected' then x.code else r.failure_code end,
    failure_reason = case when x.outcome = 'rejected' then left(x.reason, 500) else r.failure_reason end,
    accepted_at = case when x.outcome = 'accepted' then coalesce(r.accepted_at, now()) else r.accepted_at end,
    wati_broadcast_id = coalesce(report->>'broadcastId', r.wati_broadcast_id),
    attempts = case when x.outcome = 'requeue' then r.attempts - 1 else r.attempts end,
    dispatched_at = case when x.outcome = 'requeue' then null else r.dispatched_at end,
    due_at = case x.outcome
      when 'unknown' then now() + evidence_wait
      when 'requeue' then now() + make_interval(secs => coalesce(backoff, 0))
      else r.due_at end
  from result x
  where r.id = x.id and r.campaign_id = campaign and r.organization_id = org
    and r.dispatch = 'claimed' and r.batch_name = report->>'batchName';

  update private.campaign_send_limits
  set recent_batches = (recent_batches || clock_timestamp())[greatest(1, cardinality(recent_batches) - 8):]
  where organization_id = org;
  if backoff is not null then
    update private.campaign_send_limits
    set backoff_until = greatest(coalesce(backoff_until, now()), now() + make_interval(secs => backoff))
    where organization_id = org;
  end if;
  if report->>'halt' is not null then
    update public.campaigns set status = 'paused', last_error = left(report->>'halt', 500)
    where id = campaign and status in ('sending', 'scheduled');
  end if;
  perform private.mark_campaign_progress(campaign);
  perform private.settle_campaign(campaign);
end;
$$;

-- Batches whose outcome is in doubt and whose wait for evidence is over (sent with an unknown
-- outcome, or claimed by a dispatcher that stopped answering), for a read-back at Wati.
create function private.campaign_batches_in_doubt(org uuid, max_batches integer default 5)
returns table (batch_name text, campaign_id uuid, broadcast_id text, recipients jsonb)
language sql
stable
security definer
set search_path = ''
as $$
  select r.batch_name, r.campaign_id, max(r.wati_broadcast_id),
         jsonb_agg(jsonb_build_object('id', r.id, 'localMessageId', r.local_message_id))
  from public.campaign_recipients r
  where r.organization_id = org and r.dispatch in ('claimed', 'unknown') and r.due_at <= now()
  group by r.batch_name, r.campaign_id
  order by min(r.due_at)
  limit greatest(max_batches, 0)
$$;

-- What a read-back found: `accepted` ids are with Wati; `resend` ids never reached it and go back
-- to the queue; the rest of the batch, if the read-back could not tell, waits `retry_in` more.
create function private.resolve_campaign_batch(
  org uuid,
  batch text,
  accepted uuid[],
  resend uuid[],
  retry_in interval default interval '30 seconds'
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  campaign uuid;
begin
  update public.campaign_recipients r set
    dispatch = case when r.id = any (accepted) then 'accepted'::public.recipient_dispatch
                    when r.id = any (resend) then private.dispatch_for_requeue(r.campaign_id) end,
    accepted_at = case when r.id = any (accepted) then coalesce(r.accepted_at, now()) else r.accepted_at end,
    attempts = case when r.id = any (resend) then r.attempts - 1 else r.attempts end,
    dispatched_at = case when r.id = any (resend) then null else r.dispatched_at end,
    due_at = now()
  where r.organization_id = org and r.batch_name = batch and r.dispatch in ('claimed', 'unknown')
    and (r.id = any (accepted) or r.id = any (resend));
  update public.campaign_recipients r set due_at = now() + retry_in
  where r.organization_id = org and r.batch_name = batch and r.dispatch in ('claimed', 'unknown');
  for campaign in
    select distinct r.campaign_id from public.campaign_recipients r
    where r.organization_id = org and r.batch_name = batch
  loop
    perform private.mark_campaign_progress(campaign);
    perform private.settle_campaign(campaign);
  end loop;
end;
$$;

create index campaign_recipients_batch_idx on public.campaign_recipients (organization_id, batch_name)
  where dispatch in ('claimed', 'unknown');

-- Status webhooks ---------------------------------------------------------------------------------
-- After a transient failure (WhatsApp busy, rate limited…), the one retry waits this long.
create function private.transient_retry_delay()
returns interval
language sql
immutable
set search_path = ''
as $$
  select interval '10 minutes'
$$;

-- Stores and applies a batch of status events (the webhook function gathers those arriving
-- together): each is stored once (a duplicate of an applied event changes nothing; one whose
-- application failed is applied again), then moves its campaign recipient (by local message id)
-- or its message forward only. Any event about a recipient is evidence that
-- Wati took it. A transient failure on a first attempt schedules the one retry, under a new local
-- id. `events`: [{org, key, type, payload, localMessageId, watiMessageId, whatsappMessageId,
-- status, at, failureCode, failureReason, transient}] with distinct (org, key).
create function private.ingest_status_events(events jsonb)
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

-- Progress ----------------------------------------------------------------------------------------
-- A campaign's totals, counted from its recipients: what the progress bar and funnel show.
create function private.campaign_progress_of(campaign uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'campaignId', c.id,
    'status', c.status,
    'total', c.recipients_total,
    'remaining', count(r.id) filter (where r.dispatch in ('pending', 'claimed', 'unknown')),
    'accepted', count(r.id) filter (where r.dispatch = 'accepted'),
    'sent', count(r.id) filter (where r.status in ('sent', 'delivered', 'read', 'replied')),
    'delivered', count(r.id) filter (where r.status in ('delivered', 'read', 'replied')),
    'read', count(r.id) filter (where r.status in ('read', 'replied')),
    'replied', count(r.id) filter (where r.status = 'replied'),
    'failed', count(r.id) filter (where r.status = 'failed'),
    'cancelled', count(r.id) filter (where r.dispatch = 'cancelled'),
    'lastError', c.last_error,
    'updatedAt', now())
  from public.campaigns c
  left join public.campaign_recipients r on r.campaign_id = c.id
  where c.id = campaign
  group by c.id
$$;

create function public.campaign_progress(campaign_id uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select private.campaign_progress_of(c.id) from public.campaigns c
  where c.id = campaign_progress.campaign_id
    and (not private.from_client_role() or private.is_member(c.organization_id))
$$;
revoke all on function public.campaign_progress(uuid) from anon;
grant execute on function public.campaign_progress(uuid) to authenticated, service_role;

-- Takes the campaigns whose progress changed, with their topic and totals, for publishing.
create function private.take_campaign_progress(max_campaigns integer default 100)
returns table (topic text, progress jsonb)
language sql
security definer
set search_path = ''
as $$
  with taken as (
    delete from private.campaign_progress_dirty d
    where d.campaign_id in (select campaign_id from private.campaign_progress_dirty
                            order by marked_at limit max_campaigns for update skip locked)
    returning d.campaign_id
  )
  select c.progress_topic, private.campaign_progress_of(c.id)
  from taken t join public.campaigns c on c.id = t.campaign_id
$$;

-- Sends, deliveries, reads and failures over time, in about 60 buckets of a round width.
create function public.campaign_timeline(campaign_id uuid)
returns table (bucket timestamptz, sent integer, delivered integer, read integer, failed integer)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  c public.campaigns;
  first_at timestamptz;
  last_at timestamptz;
  width interval;
begin
  select * into c from public.campaigns x where x.id = campaign_timeline.campaign_id;
  if not found or (private.from_client_role() and not private.is_member(c.organization_id)) then
    return;
  end if;
  select min(least(r.accepted_at, r.sent_at, r.failed_at)),
         max(greatest(r.accepted_at, r.sent_at, r.delivered_at, r.read_at, r.failed_at))
  into first_at, last_at
  from public.campaign_recipients r where r.campaign_id = c.id;
  if first_at is null then
    return;
  end if;
  select w into width from unnest(array['1 second', '5 seconds', '10 seconds', '30 seconds', '1 minute',
    '5 minutes', '15 minutes', '1 hour', '6 hours', '1 day', '7 days']::interval[]) w
  where last_at - first_at <= w * 60 order by w limit 1;
  width := coalesce(width, interval '7 days');
  return query
    with events as (
      select date_bin(width, r.sent_at, first_at) as b, 'sent' as kind from public.campaign_recipients r
      where r.campaign_id = c.id and r.sent_at is not null
      union all
      select date_bin(width, r.delivered_at, first_at), 'delivered' from public.campaign_recipients r
      where r.campaign_id = c.id and r.delivered_at is not null
      union all
      select date_bin(width, r.read_at, first_at), 'read' from public.campaign_recipients r
      where r.campaign_id = c.id and r.read_at is not null
      union all
      select date_bin(width, r.failed_at, first_at), 'failed' from public.campaign_recipients r
      where r.campaign_id = c.id and r.failed_at is not null
    )
    select e.b, (count(*) filter (where e.kind = 'sent'))::integer,
           (count(*) filter (where e.kind = 'delivered'))::integer,
           (count(*) filter (where e.kind = 'read'))::integer,
           (count(*) filter (where e.kind = 'failed'))::integer
    from events e group by e.b order by e.b;
end;
$$;
revoke all on function public.campaign_timeline(uuid) from anon;
grant execute on function public.campaign_timeline(uuid) to authenticated, service_role;

-- Retargeting: a segment of the contacts a campaign reached with a given outcome.
create function private.campaign_outcome_predicate(outcome text)
returns text
language sql
immutable
set search_path = ''
as $$
  select case outcome
    when 'sent' then 'r.status in (''sent'', ''delivered'', ''read'', ''replied'')'
    when 'delivered' then 'r.status in (''delivered'', ''read'', ''replied'')'
    when 'read' then 'r.status in (''read'', ''replied'')'
    when 'replied' then 'r.status = ''replied'''
    when 'read_no_reply' then 'r.status = ''read'''
    when 'delivered_unread' then 'r.status = ''delivered'''
    when 'not_delivered' then 'r.dispatch in (''accepted'', ''rejected'') and r.status in (''queued'', ''sent'', ''failed'')'
    when 'failed' then 'r.status = ''failed'''
  end
$$;
grant execute on function private.campaign_outcome_predicate(text) to authenticated, service_role;

create function public.create_campaign_segment(campaign_id uuid, outcome text, name text)
returns public.segments
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.campaigns;
  created public.segments;
begin
  select * into c from public.campaigns x where x.id = create_campaign_segment.campaign_id;
  if not found or (private.from_client_role() and not private.has_role(c.organization_id, 'admin')) then
    raise exception using errcode = '42501', message = 'Campagne introuvable ou réservée aux administrateurs.',
      hint = 'campaign_not_found_or_admin_only';
  end if;
  if private.campaign_outcome_predicate(outcome) is null then
    raise exception using errcode = '22023', message = 'Résultat de campagne inconnu.',
      hint = 'campaign_outcome_unknown';
  end if;
  if name is null or char_length(btrim(name)) not between 1 and 120 then
    raise exception using errcode = '22023',
      message = 'Le nom du segment doit contenir entre 1 et 120 caractères.',
      detail = jsonb_build_object('min', 1, 'max', 120)::text,
      hint = 'segment_name_length';
  end if;
  insert into public.segments (organization_id, name, description, criteria, created_by)
  values (c.organization_id, name, format('Contacts de la campagne « %s ».', c.name),
          jsonb_build_object('match', 'all', 'conditions', jsonb_build_array(
            jsonb_build_object('type', 'campaign_outcome', 'campaign', c.id, 'outcome', outcome))),
          auth.uid())
  returning * into created;
  return created;
exception when unique_violation then
  raise exception using errcode = '23505', message = 'Un segment porte déjà ce nom.',
    hint = 'segment_name_taken';
end;
$$;
revoke all on function public.create_campaign_segment(uuid, text, text) from anon;
grant execute on function public.create_campaign_segment(uuid, text, text) to authenticated, service_role;

-- Grants for the dispatcher and the webhook function --------------------------------------------
grant execute on function
  private.organizations_to_dispatch(boolean, integer),
  private.begin_campaign_dispatch(uuid, uuid, interval),
  private.end_campaign_dispatch(uuid, uuid),
  private.claim_campaign_batch(uuid, uuid, integer, interval),
  private.finish_campaign_batch(uuid, jsonb, interval),
  private.campaign_batches_in_doubt(uuid, integer),
  private.resolve_campaign_batch(uuid, text, uuid[], uuid[], interval),
  private.ingest_status_events(jsonb),
  private.take_campaign_progress(integer),
  private.campaign_progress_of(uuid)
to service_role;

select private.schedule_job('broadcast-dispatcher', '1 seconds', function_name => 'broadcast-dispatcher');
