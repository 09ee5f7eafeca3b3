-- One vocabulary for row-level security, evaluated once per statement.
--
-- A policy that calls a SECURITY DEFINER function with the row's column (private.is_member(
-- organization_id)) runs that function for every row the statement reads: Postgres cannot inline
-- a definer function, so a list of 100,000 messages costs 100,000 membership lookups. Every policy
-- below instead compares the row's column with the set of the caller's organisations, computed
-- once per statement:
--
--   organization_id = any (array(select private.caller_organizations()))
--   organization_id = any (array(select private.caller_organizations(at_least => 'admin')))
--
-- `array(select …)` does not depend on the row, so the planner runs it once as an InitPlan and
-- compares each row with its result; the comparison can also serve as an index condition on
-- organization_id. (scripts/security/policy-vocabulary.int.test.ts holds every table to it.)
-- private.is_member / private.has_role stay for functions, which ask once per call.

-- Helpers -----------------------------------------------------------------------------------------
-- The organisations where the caller holds `at_least` or a stronger role (any member by default).
create function private.caller_organizations(at_least public.member_role default 'viewer')
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.organization_id from public.memberships m
  where m.user_id = (select auth.uid()) and m.role >= at_least
$$;

-- Everyone who shares an organisation with the caller (the caller included, when a member).
create function private.caller_teammates()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select distinct theirs.user_id
  from public.memberships mine
  join public.memberships theirs on theirs.organization_id = mine.organization_id
  where mine.user_id = (select auth.uid())
$$;

revoke all on function private.caller_organizations(public.member_role) from public, anon;
revoke all on function private.caller_teammates() from public, anon;
-- Policies run as the requesting role.
grant execute on function private.caller_organizations(public.member_role) to authenticated;
grant execute on function private.caller_teammates() to authenticated;

-- Policies ----------------------------------------------------------------------------------------
drop policy "members see their organisations" on public.organizations;
drop policy "admins edit their organisation" on public.organizations;
drop policy "owners delete their organisation" on public.organizations;
create policy "members see their organisations" on public.organizations
  for select to authenticated
  using (id = any (array(select private.caller_organizations())) or (select private.is_super_admin()));
create policy "admins edit their organisation" on public.organizations
  for update to authenticated
  using (id = any (array(select private.caller_organizations(at_least => 'admin'))))
  with check (id = any (array(select private.caller_organizations(at_least => 'admin'))));
create policy "owners delete their organisation" on public.organizations
  for delete to authenticated
  using (id = any (array(select private.caller_organizations(at_least => 'owner'))));

drop policy "people see their own profile and their teammates'" on public.profiles;
create policy "people see their own profile and their teammates'" on public.profiles
  for select to authenticated
  using (id = (select auth.uid()) or id = any (array(select private.caller_teammates())));
-- "people edit their own profile" already reads `id = (select auth.uid())`.

drop policy "members see their team" on public.memberships;
drop policy "admins change roles" on public.memberships;
drop policy "admins remove members, anyone leaves" on public.memberships;
create policy "members see their team" on public.memberships
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins change roles" on public.memberships
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))))
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));
create policy "admins remove members, anyone leaves" on public.memberships
  for delete to authenticated
  using (user_id = (select auth.uid())
         or organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));

drop policy "admins see invitations" on public.invitations;
drop policy "admins revoke invitations" on public.invitations;
create policy "admins see invitations" on public.invitations
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));
create policy "admins revoke invitations" on public.invitations
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));

drop policy "members see their templates" on public.whatsapp_templates;
drop policy "admins map template parameters" on public.whatsapp_templates;
create policy "members see their templates" on public.whatsapp_templates
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins map template parameters" on public.whatsapp_templates
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))))
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));

drop policy "members see their messages" on public.whatsapp_messages;
create policy "members see their messages" on public.whatsapp_messages
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));

drop policy "members see their contacts" on public.contacts;
drop policy "agents add contacts" on public.contacts;
drop policy "agents edit contacts" on public.contacts;
drop policy "admins delete contacts" on public.contacts;
create policy "members see their contacts" on public.contacts
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "agents add contacts" on public.contacts
  for insert to authenticated
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'agent'))));
create policy "agents edit contacts" on public.contacts
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'agent'))))
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'agent'))));
create policy "admins delete contacts" on public.contacts
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));

drop policy "members see consent history" on public.contact_consent_events;
create policy "members see consent history" on public.contact_consent_events
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));

drop policy "members see segments" on public.segments;
drop policy "admins create segments" on public.segments;
drop policy "admins edit segments" on public.segments;
drop policy "admins delete segments" on public.segments;
create policy "members see segments" on public.segments
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins create segments" on public.segments
  for insert to authenticated
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));
create policy "admins edit segments" on public.segments
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))))
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));
create policy "admins delete segments" on public.segments
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));

drop policy "members see campaigns" on public.campaigns;
drop policy "admins create campaigns" on public.campaigns;
drop policy "admins edit drafts" on public.campaigns;
drop policy "admins delete drafts" on public.campaigns;
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
-- The draft policies read status beside the organisation.
create index campaigns_organization_status_idx on public.campaigns (organization_id, status);

drop policy "members see campaign recipients" on public.campaign_recipients;
create policy "members see campaign recipients" on public.campaign_recipients
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));

-- Private Realtime channels of campaign progress: a member receives the broadcasts of a campaign of
-- one of their organisations. The subquery does not depend on the row (the topic being joined is
-- realtime.topic()), so it too runs once per statement.
drop policy "members receive their campaigns' progress" on realtime.messages;
create policy "members receive their campaigns' progress" on realtime.messages
  for select to authenticated
  using (
    extension = 'broadcast'
    and exists (
      select 1 from public.campaigns c
      where c.progress_topic = (select realtime.topic())
        and c.organization_id = any (array(select private.caller_organizations()))
    )
  );

-- Helpers no policy uses any more.
drop function private.organizations_of_caller(public.member_role);
drop function private.shares_organization(uuid);
drop function private.receives_campaign_progress(text);

-- Names that say what they are ----------------------------------------------------------------------
-- True when the request comes from the Data API as a client role (a user's JWT: authenticated; no
-- JWT or the anon key: anon), as opposed to a function with the service role or the database owner
-- (migrations, seed, scheduled jobs). Read from the JWT claims PostgREST sets, so it holds inside
-- security definer functions too. Triggers that guard members' writes ask it whoever writes.
create function private.from_client_role()
returns boolean
language sql
stable
set search_path = ''
as $$
  select coalesce((select auth.role()) in ('authenticated', 'anon'), false)
$$;
revoke all on function private.from_client_role() from public, anon;
grant execute on function private.from_client_role() to authenticated, service_role;

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
revoke all on function private.dispatch_for_requeue(uuid) from public, anon, authenticated;

-- Every function that asked the old names, unchanged otherwise. import_contacts, the last one to
-- ask private.from_member(), is redefined with the E.164 domain in the next migration, which then
-- drops it.
create or replace function private.protect_organization_fields()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if private.from_client_role() and not private.is_super_admin() and (
    new.id is distinct from old.id
    or new.slug is distinct from old.slug
    or new.plan_id is distinct from old.plan_id
    or new.contacts_quota is distinct from old.contacts_quota
    or new.messages_quota is distinct from old.messages_quota
    or new.agents_quota is distinct from old.agents_quota
    or new.mode is distinct from old.mode
    or new.created_by is distinct from old.created_by
    or new.created_at is distinct from old.created_at
  ) then
    raise exception using
      errcode = '42501',
      message = 'L''offre, les quotas, le mode et l''identité de l''organisation ne se modifient pas ici.';
  end if;
  return new;
end;
$$;

create or replace function private.protect_profile_fields()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if private.from_client_role() and (new.email is distinct from old.email or new.created_at is distinct from old.created_at) then
    raise exception using errcode = '42501', message = 'L''adresse e-mail se change depuis le compte, pas le profil.';
  end if;
  return new;
end;
$$;

create or replace function private.protect_template_fields()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if private.from_client_role() and (
    (to_jsonb(new) - 'parameter_mapping' - 'updated_at') <> (to_jsonb(old) - 'parameter_mapping' - 'updated_at')
  ) then
    raise exception using errcode = '42501',
      message = 'Le modèle vient de Wati : seule la correspondance des paramètres se modifie ici.';
  end if;
  return new;
end;
$$;

create or replace function private.enforce_team_rules()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  org uuid := coalesce(new.organization_id, old.organization_id);
  actor public.member_role;
  remaining_owners integer;
begin
  -- Serialise team changes per organisation, so two admins cannot both remove "another" owner.
  perform private.lock_team(org);
  actor := private.role_in(org);

  if tg_op = 'UPDATE' then
    if new.organization_id <> old.organization_id or new.user_id <> old.user_id then
      raise exception using errcode = '42501', message = 'Un membre ne change pas d''organisation.';
    end if;
    if private.from_client_role() and (old.role > actor or new.role > actor) then
      raise exception using errcode = '42501',
        message = 'Vous ne pouvez pas attribuer ni retirer un rôle supérieur au vôtre.';
    end if;
    if new.role >= 'agent' and old.role < 'agent' then
      perform private.assert_seat_available(org);
    end if;
  elsif tg_op = 'DELETE' then
    if private.from_client_role() and old.user_id <> (select auth.uid()) and old.role > actor then
      raise exception using errcode = '42501',
        message = 'Vous ne pouvez pas retirer un membre dont le rôle est supérieur au vôtre.';
    end if;
  end if;

  if (tg_op = 'DELETE' or new.role <> 'owner') and old.role = 'owner'
     and exists (select 1 from public.organizations where id = org) then
    select count(*) into remaining_owners from public.memberships
    where organization_id = org and role = 'owner' and user_id <> old.user_id;
    if remaining_owners = 0 then
      raise exception using errcode = 'P0001',
        message = 'L''organisation doit garder au moins un propriétaire : nommez-en un autre avant de partir.',
        hint = 'last_owner';
    end if;
  end if;
  return coalesce(new, old);
end;
$$;

create or replace function private.contact_reader_zone(org uuid)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select o.time_zone from public.organizations o
  where o.id = org and (not private.from_client_role() or private.is_member(org))
$$;

create or replace function public.retry_contact_sync(
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
      message = 'Seuls les administrateurs relancent la synchronisation des contacts avec Wati.';
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

create or replace function public.estimate_campaign(
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
    raise exception using errcode = '42501', message = 'Réservé aux administrateurs de l''organisation.';
  end if;
  if not private.is_valid_audience(audience) then
    raise exception using errcode = '22023', message = 'Audience invalide.';
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

create or replace function private.campaign_for_admin(campaign uuid)
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
    raise exception using errcode = '42501', message = 'Campagne introuvable ou réservée aux administrateurs.';
  end if;
  return c;
end;
$$;

create or replace function public.campaign_progress(campaign_id uuid)
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

create or replace function public.campaign_timeline(campaign_id uuid)
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

create or replace function public.create_campaign_segment(campaign_id uuid, outcome text, name text)
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
    raise exception using errcode = '42501', message = 'Campagne introuvable ou réservée aux administrateurs.';
  end if;
  if private.campaign_outcome_predicate(outcome) is null then
    raise exception using errcode = '22023', message = 'Résultat de campagne inconnu.';
  end if;
  insert into public.segments (organization_id, name, description, criteria, created_by)
  values (c.organization_id, name, format('Contacts de la campagne « %s ».', c.name),
          jsonb_build_object('match', 'all', 'conditions', jsonb_build_array(
            jsonb_build_object('type', 'campaign_outcome', 'campaign', c.id, 'outcome', outcome))),
          auth.uid())
  returning * into created;
  return created;
exception when unique_violation then
  raise exception using errcode = '23505', message = 'Un segment porte déjà ce nom.';
end;
$$;

create or replace function private.finish_campaign_batch(
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

create or replace function private.resolve_campaign_batch(
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

drop function private.unsent_dispatch(uuid);
