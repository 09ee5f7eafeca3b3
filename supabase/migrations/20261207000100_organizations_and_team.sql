-- Tenancy: plans, organisations, profiles, memberships, invitations and the helpers every policy
-- of every tenant table is built on.

-- Plans -----------------------------------------------------------------------------------------
create table public.plans (
  id text primary key check (id ~ '^[a-z][a-z0-9_]*$'),
  name text not null,
  price_xaf integer not null check (price_xaf >= 0),
  -- Quotas given to an organisation that takes the plan; null means unlimited.
  contacts_limit integer check (contacts_limit > 0),
  messages_per_month integer check (messages_per_month > 0),
  agents_limit integer check (agents_limit > 0),
  sort_order smallint not null default 0
);

comment on table public.plans is 'Offres commerciales (prix en XAF par mois) et quotas qu''elles donnent.';

insert into public.plans (id, name, price_xaf, contacts_limit, messages_per_month, agents_limit, sort_order)
values
  ('starter', 'Starter', 75000, 5000, 10000, 2, 1),
  ('professional', 'Professional', 200000, 25000, 50000, 5, 2),
  ('enterprise', 'Enterprise', 450000, 100000, null, 10, 3);

alter table public.plans enable row level security;
create policy "plans are public" on public.plans for select to anon, authenticated using (true);

-- Roles -----------------------------------------------------------------------------------------
create type public.member_role as enum ('viewer', 'agent', 'admin', 'owner');

comment on type public.member_role is
  'Rôles dans une organisation, du plus faible au plus fort (l''ordre de l''enum compte).';

-- Platform staff, outside any organisation. Not exposed: only the database and functions read it.
create table private.super_admins (
  user_id uuid primary key references auth.users (id) on delete cascade,
  created_at timestamptz not null default now()
);
alter table private.super_admins enable row level security;

-- Organisations ---------------------------------------------------------------------------------
create function private.is_time_zone(zone text)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
begin
  perform now() at time zone zone;
  return true;
exception when others then
  return false;
end;
$$;

create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(btrim(name)) between 2 and 120),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
  country_code text not null check (country_code ~ '^[A-Z]{2}$'),
  default_phone_country text not null check (default_phone_country ~ '^[A-Z]{2}$'),
  time_zone text not null default 'Africa/Douala' check (private.is_time_zone(time_zone)),
  plan_id text not null default 'starter' references public.plans (id),
  contacts_quota integer check (contacts_quota > 0),
  messages_quota integer check (messages_quota > 0),
  agents_quota integer check (agents_quota > 0),
  mode text not null default 'sandbox' check (mode in ('sandbox', 'live')),
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index organizations_plan_id_idx on public.organizations (plan_id);
create index organizations_created_by_idx on public.organizations (created_by);

comment on column public.organizations.mode is 'sandbox : envois simulés ; live : vrais envois par Wati.';
comment on column public.organizations.messages_quota is 'Messages par mois ; null = illimité.';

-- Profiles --------------------------------------------------------------------------------------
create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text,
  full_name text check (char_length(full_name) <= 120),
  phone public.e164,
  preferred_language text not null default 'fr' check (preferred_language in ('fr', 'en')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Memberships -----------------------------------------------------------------------------------
create table public.memberships (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  -- References the profile (itself tied to the account) so the Data API can embed names.
  user_id uuid not null references public.profiles (id) on delete cascade,
  role public.member_role not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (organization_id, user_id)
);
create index memberships_user_id_idx on public.memberships (user_id);

-- Invitations -----------------------------------------------------------------------------------
create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  role public.member_role not null,
  invited_by uuid references public.profiles (id) on delete set null,
  expires_at timestamptz not null default now() + interval '7 days',
  accepted_at timestamptz,
  accepted_by uuid references public.profiles (id) on delete set null,
  -- A word for the team's admins, so that the right pending link gets revoked (« pour Jean,
  -- accueil Douala »). Never shown to whoever opens the link: invitation_preview leaves it out.
  -- A label like a name, so the same limit (NAME_MAX_LENGTH of _shared/limits.ts); stored trimmed.
  note text check (note = btrim(note) and char_length(note) between 1 and 120),
  created_at timestamptz not null default now()
);
create index invitations_organization_id_idx on public.invitations (organization_id);
create index invitations_invited_by_idx on public.invitations (invited_by);
create index invitations_accepted_by_idx on public.invitations (accepted_by);

-- Only a hash of each link's token is kept, apart from the exposed table: the token itself is
-- shown once, to whoever created the invitation.
create table private.invitation_tokens (
  invitation_id uuid primary key references public.invitations (id) on delete cascade,
  token_hash text not null unique
);
alter table private.invitation_tokens enable row level security;

-- Membership helpers (policies read like sentences with these) -----------------------------------
create function private.is_super_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from private.super_admins where user_id = (select auth.uid()))
$$;

create function private.role_in(org uuid)
returns public.member_role
language sql
stable
security definer
set search_path = ''
as $$
  select role from public.memberships
  where organization_id = org and user_id = (select auth.uid())
$$;

create function private.is_member(org uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships where organization_id = org and user_id = (select auth.uid())
  )
$$;

-- True when the caller's role in the organisation is `at_least` or stronger.
create function private.has_role(org uuid, at_least public.member_role)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(private.role_in(org) >= at_least, false)
$$;

-- Seats a plan counts: everyone who can act on conversations (viewers are free).
create function private.used_seats(org uuid)
returns integer
language sql
stable
security definer
set search_path = ''
as $$
  select count(*)::integer from public.memberships
  where organization_id = org and role >= 'agent'
$$;

-- One lock per organisation for every change of its team: team changes (a role, a departure, an
-- arrival) and acceptances take it first, so that seats and "who may still invite" are read by
-- one change at a time. NO KEY UPDATE: it serialises team changes without holding back the
-- foreign-key checks of rows written meanwhile (contacts, messages…), which take KEY SHARE on the
-- organisation.
create function private.lock_team(org uuid)
returns void
language plpgsql
set search_path = ''
as $$
begin
  perform 1 from public.organizations where id = org for no key update;
end;
$$;

-- Seats -----------------------------------------------------------------------------------------
-- The plan's seat limit, checked with `arriving` seats still to come (1 before a promotion or a
-- link, 0 once the new member's row is written and counted).
create function private.assert_seats_within_plan(org uuid, arriving integer)
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  quota integer;
  plan_name text;
begin
  select o.agents_quota, p.name into quota, plan_name
  from public.organizations o join public.plans p on p.id = o.plan_id
  where o.id = org;
  if quota is not null and private.used_seats(org) + arriving > quota then
    raise exception using
      errcode = 'P0001',
      message = format(
        'Votre offre %s comprend %s agents au plus : retirez un membre ou passez à une offre supérieure.',
        plan_name, quota),
      detail = jsonb_build_object('plan', plan_name, 'limit', quota)::text,
      hint = 'seat_limit_reached';
  end if;
end;
$$;

-- The plan's seat limit, before one more seat (a promotion, an invitation link).
create function private.assert_seat_available(org uuid)
returns void
language sql
stable
security definer
set search_path = ''
as $$
  select private.assert_seats_within_plan(org, 1)
$$;

-- Who may make an invitation link: owners and admins, for a role no higher than their own. A null
-- role (no longer a member) may make none.
create function private.may_invite(inviter_role public.member_role, invited_role public.member_role)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select coalesce(inviter_role >= 'admin' and invited_role <= inviter_role, false)
$$;

-- Row-level security, evaluated once per statement. A policy that called a SECURITY DEFINER
-- function with the row's column (private.is_member(organization_id)) would run it for every row
-- the statement reads: Postgres cannot inline a definer function, so a list of 100,000 messages
-- would cost 100,000 membership lookups. Every policy instead compares the row's column with the
-- set of the caller's organisations, computed once per statement:
--
--   organization_id = any (array(select private.caller_organizations()))
--   organization_id = any (array(select private.caller_organizations(at_least => 'admin')))
--
-- `array(select …)` does not depend on the row, so the planner runs it once as an InitPlan and
-- compares each row with its result; the comparison can also serve as an index condition on
-- organization_id. (scripts/security/policy-vocabulary.int.test.ts holds every table to it.)
-- private.is_member / private.has_role serve functions, which ask once per call.

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

-- Policies run as the requesting role: it needs the schema and the helpers, nothing else here.
grant usage on schema private to authenticated;
grant execute on function private.caller_organizations(public.member_role) to authenticated;
grant execute on function private.caller_teammates() to authenticated;
grant execute on function private.is_super_admin() to authenticated;
-- The time zone check of organizations runs as the writer.
grant execute on function private.is_time_zone(text) to authenticated, service_role;
-- public.bulk_update_contacts runs as the caller, so that row-level security decides.
grant execute on function private.has_role(uuid, public.member_role) to authenticated;

-- The organisation's protected fields are guarded by a trigger that names private.is_super_admin():
-- Postgres checks the right to call it before evaluating anything, so without this grant the
-- service role (functions, ops scripts) could update no organisation at all.
grant execute on function private.is_super_admin() to service_role;

-- Policies --------------------------------------------------------------------------------------
alter table public.organizations enable row level security;
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

alter table public.profiles enable row level security;
create policy "people see their own profile and their teammates'" on public.profiles
  for select to authenticated
  using (id = (select auth.uid()) or id = any (array(select private.caller_teammates())));
create policy "people edit their own profile" on public.profiles
  for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

alter table public.memberships enable row level security;
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

alter table public.invitations enable row level security;
create policy "admins see invitations" on public.invitations
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));
create policy "admins revoke invitations" on public.invitations
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));

-- Triggers: timestamps, protected fields, team rules ---------------------------------------------
create function private.touch_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

create trigger organizations_touch before update on public.organizations
  for each row execute function private.touch_updated_at();
create trigger profiles_touch before update on public.profiles
  for each row execute function private.touch_updated_at();
create trigger memberships_touch before update on public.memberships
  for each row execute function private.touch_updated_at();

create function private.protect_organization_fields()
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
      message = 'L''offre, les quotas, le mode et l''identité de l''organisation ne se modifient pas ici.',
      hint = 'organization_fields_protected';
  end if;
  return new;
end;
$$;

create trigger organizations_protect before update on public.organizations
  for each row execute function private.protect_organization_fields();

create function private.protect_profile_fields()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if private.from_client_role() and (new.email is distinct from old.email or new.created_at is distinct from old.created_at) then
    raise exception using errcode = '42501',
      message = 'L''adresse e-mail se change depuis le compte, pas le profil.',
      hint = 'profile_email_protected';
  end if;
  return new;
end;
$$;

create trigger profiles_protect before update on public.profiles
  for each row execute function private.protect_profile_fields();

-- Team rules that hold whoever writes: nobody grants or removes a role above their own, the last
-- owner stays, and seats stay within the plan.
create function private.enforce_team_rules()
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
      raise exception using errcode = '42501', message = 'Un membre ne change pas d''organisation.',
        hint = 'membership_move_forbidden';
    end if;
    if private.from_client_role() and (old.role > actor or new.role > actor) then
      raise exception using errcode = '42501',
        message = 'Vous ne pouvez pas attribuer ni retirer un rôle supérieur au vôtre.',
        hint = 'role_change_above_own';
    end if;
    if new.role >= 'agent' and old.role < 'agent' then
      perform private.assert_seat_available(org);
    end if;
  elsif tg_op = 'DELETE' then
    if private.from_client_role() and old.user_id <> (select auth.uid()) and old.role > actor then
      raise exception using errcode = '42501',
        message = 'Vous ne pouvez pas retirer un membre dont le rôle est supérieur au vôtre.',
        hint = 'member_removal_above_own';
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

create trigger memberships_team_rules before update or delete on public.memberships
  for each row execute function private.enforce_team_rules();

-- Seats hold for every arrival, whoever writes it (an RPC, a function with the service role, an
-- ops script). After the row is written, not before: a refused insert (row-level security) never
-- reaches this check, so a stranger cannot read another organisation's plan from its message.
create function private.enforce_seats_on_arrival()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.lock_team(new.organization_id);
  perform private.assert_seats_within_plan(new.organization_id, 0);
  return null;
end;
$$;

create trigger memberships_seats after insert on public.memberships
  for each row when (new.role >= 'agent')
  execute function private.enforce_seats_on_arrival();

-- Invitations -----------------------------------------------------------------------------------
-- A member who loses the right to make a link (removed, gone, demoted) takes the pending links they
-- can no longer make with them, as if an admin had revoked them: the team's list stays true and
-- the link reads as unknown.
create function private.revoke_invitations_of_former_inviter()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.invitations i
  where i.organization_id = old.organization_id
    and i.invited_by = old.user_id
    and i.accepted_at is null
    and not private.may_invite(case when tg_op = 'UPDATE' then new.role end, i.role);
  return null;
end;
$$;

create trigger memberships_revoke_invitations after update of role or delete on public.memberships
  for each row execute function private.revoke_invitations_of_former_inviter();

-- A profile for every account, filled from the sign-up metadata.
create function private.create_profile()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.profiles (id, email, full_name)
  values (new.id, new.email, nullif(btrim(new.raw_user_meta_data ->> 'full_name'), ''))
  on conflict (id) do nothing;
  return new;
end;
$$;

create trigger on_auth_user_created after insert on auth.users
  for each row execute function private.create_profile();

-- Accounts that exist before this migration runs (made in the dashboard, say) get their profile too.
insert into public.profiles (id, email, full_name)
select id, email, nullif(btrim(raw_user_meta_data ->> 'full_name'), '')
from auth.users
on conflict (id) do nothing;

create function private.sync_profile_email()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.profiles set email = new.email where id = new.id;
  return new;
end;
$$;

create trigger on_auth_user_email_changed after update of email on auth.users
  for each row when (new.email is distinct from old.email)
  execute function private.sync_profile_email();

-- RPCs ------------------------------------------------------------------------------------------
create function private.time_zone_of_country(country text)
returns text
language sql
immutable
set search_path = ''
as $$
  select case upper(country)
    when 'CM' then 'Africa/Douala'
    when 'GA' then 'Africa/Libreville'
    when 'CG' then 'Africa/Brazzaville'
    when 'TD' then 'Africa/Ndjamena'
    when 'CF' then 'Africa/Bangui'
    when 'GQ' then 'Africa/Malabo'
    when 'CD' then 'Africa/Kinshasa'
    when 'NG' then 'Africa/Lagos'
    when 'SN' then 'Africa/Dakar'
    when 'CI' then 'Africa/Abidjan'
    when 'FR' then 'Europe/Paris'
    when 'BE' then 'Europe/Brussels'
    else 'Africa/Douala'
  end
$$;

create function private.slugify(text_value text)
returns text
language sql
immutable
set search_path = ''
as $$
  select coalesce(nullif(btrim(regexp_replace(lower(
    translate(text_value,
      'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿŒœÆæ',
      'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOoooooUUUUuuuuYyyOoAa')),
    '[^a-z0-9]+', '-', 'g'), '-'), ''), 'organisation')
$$;

-- Creates an organisation on the Starter plan with the caller as its owner.
create function public.create_organization(name text, country_code text)
returns public.organizations
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  country text := upper(btrim(country_code));
  base_slug text := left(private.slugify(name), 60);
  candidate text := base_slug;
  starter public.plans;
  created public.organizations;
begin
  if caller is null then
    raise exception using errcode = '42501', message = 'Connectez-vous pour créer une organisation.',
      hint = 'sign_in_to_create_organization';
  end if;
  if country !~ '^[A-Z]{2}$' then
    raise exception using errcode = '22023', message = 'Choisissez un pays valide.', hint = 'country_invalid';
  end if;
  if name is null or char_length(btrim(name)) not between 2 and 120 then
    raise exception using errcode = '22023',
      message = 'Le nom de l''organisation doit contenir entre 2 et 120 caractères.',
      detail = jsonb_build_object('min', 2, 'max', 120)::text,
      hint = 'organization_name_length';
  end if;
  while exists (select 1 from public.organizations o where o.slug = candidate) loop
    candidate := base_slug || '-' || substr(md5(random()::text), 1, 5);
  end loop;

  select * into starter from public.plans where id = 'starter';
  insert into public.organizations (
    name, slug, country_code, default_phone_country, time_zone,
    plan_id, contacts_quota, messages_quota, agents_quota, created_by
  ) values (
    btrim(name), candidate, country, country, private.time_zone_of_country(country),
    starter.id, starter.contacts_limit, starter.messages_per_month, starter.agents_limit, caller
  ) returning * into created;
  insert into public.memberships (organization_id, user_id, role) values (created.id, caller, 'owner');
  return created;
end;
$$;

create function private.hash_token(token text)
returns text
language sql
immutable
set search_path = ''
as $$
  select encode(extensions.digest(coalesce(token, ''), 'sha256'), 'hex')
$$;

-- An invitation link's token, returned once; its hash is what the database keeps. `note`, optional,
-- tells the admins whom the link is for (blank means none).
create function public.create_invitation(
  organization_id uuid,
  role public.member_role,
  note text default null
)
returns table (invitation_id uuid, token text, expires_at timestamptz)
language plpgsql
security definer
set search_path = ''
as $$
declare
  new_token text := encode(extensions.gen_random_bytes(24), 'hex');
  org uuid := create_invitation.organization_id;
  clean_note text := nullif(btrim(create_invitation.note), '');
begin
  if not private.has_role(org, 'admin') then
    raise exception using errcode = '42501',
      message = 'Seuls les propriétaires et les administrateurs invitent des membres.',
      hint = 'invite_requires_admin';
  end if;
  if create_invitation.role > private.role_in(org) then
    raise exception using errcode = '42501',
      message = 'Vous ne pouvez pas inviter avec un rôle supérieur au vôtre.',
      hint = 'invite_role_above_own';
  end if;
  if char_length(clean_note) > 120 then
    raise exception using errcode = '22023',
      message = 'La note de l''invitation compte 120 caractères au plus.',
      detail = jsonb_build_object('max', 120)::text,
      hint = 'invitation_note_too_long';
  end if;
  if create_invitation.role >= 'agent' then
    perform private.assert_seat_available(org);
  end if;
  return query
  with created as (
    insert into public.invitations as i (organization_id, role, invited_by, note)
    values (org, create_invitation.role, (select auth.uid()), clean_note)
    returning i.id, i.expires_at
  ), kept as (
    insert into private.invitation_tokens (invitation_id, token_hash)
    select created.id, private.hash_token(new_token) from created
  )
  select created.id, new_token, created.expires_at from created;
end;
$$;

-- What an invitation link leads to, for the acceptance page (signed in or not).
create function public.invitation_preview(token text)
returns table (organization_name text, role public.member_role, invited_by_name text, expires_at timestamptz, status text)
language sql
stable
security definer
set search_path = ''
as $$
  select o.name, i.role, coalesce(p.full_name, p.email), i.expires_at,
         case
           when i.accepted_at is not null then 'accepted'
           when i.expires_at <= now() then 'expired'
           else 'pending'
         end
  from private.invitation_tokens t
  join public.invitations i on i.id = t.invitation_id
  join public.organizations o on o.id = i.organization_id
  left join public.profiles p on p.id = i.invited_by
  where t.token_hash = private.hash_token(invitation_preview.token)
$$;

-- Joins the caller to the invitation's organisation, once, before it expires, and only while the
-- link's creator may still make it: checked here, under the team lock, so the rule holds whatever
-- took the right away and whenever (a demotion racing the link's creation, an account deleted).
-- The seats are checked by the memberships_seats trigger under the same lock.
create function public.accept_invitation(token text)
returns public.organizations
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  link_hash text := private.hash_token(accept_invitation.token);
  org uuid;
  invitation public.invitations;
  inviter_role public.member_role;
  joined public.organizations;
begin
  if caller is null then
    raise exception using errcode = '42501', message = 'Connectez-vous pour accepter l''invitation.',
      hint = 'sign_in_to_accept_invitation';
  end if;
  -- The team lock before the invitation's row, in the order a demotion takes them (the team, then
  -- the links it revokes), so the two never deadlock.
  select i.organization_id into org
  from private.invitation_tokens t join public.invitations i on i.id = t.invitation_id
  where t.token_hash = link_hash;
  perform private.lock_team(org);
  select i.* into invitation
  from private.invitation_tokens t join public.invitations i on i.id = t.invitation_id
  where t.token_hash = link_hash
  for update of i;
  if not found then
    raise exception using errcode = 'P0002', message = 'Cette invitation n''existe pas.', hint = 'invitation_not_found';
  end if;
  if invitation.accepted_at is not null then
    raise exception using errcode = 'P0001', message = 'Cette invitation a déjà été utilisée.', hint = 'invitation_used';
  end if;
  if invitation.expires_at <= now() then
    raise exception using errcode = 'P0001',
      message = 'Cette invitation a expiré : demandez un nouveau lien.', hint = 'invitation_expired';
  end if;
  if exists (select 1 from public.memberships where organization_id = invitation.organization_id and user_id = caller) then
    raise exception using errcode = 'P0001',
      message = 'Vous êtes déjà membre de cette organisation.', hint = 'already_member';
  end if;
  select m.role into inviter_role
  from public.memberships m
  where m.organization_id = invitation.organization_id and m.user_id = invitation.invited_by;
  if not private.may_invite(inviter_role, invitation.role) then
    raise exception using errcode = 'P0001',
      message = 'Ce lien n''est plus valable : la personne qui l''a créé ne peut plus inviter à ce rôle. Demandez un nouveau lien.',
      hint = 'invitation_revoked';
  end if;

  insert into public.memberships (organization_id, user_id, role)
  values (invitation.organization_id, caller, invitation.role);
  update public.invitations set accepted_at = now(), accepted_by = caller where id = invitation.id;
  select * into joined from public.organizations where id = invitation.organization_id;
  return joined;
end;
$$;

revoke all on function public.create_organization(text, text) from anon;
revoke all on function public.create_invitation(uuid, public.member_role, text) from anon;
revoke all on function public.accept_invitation(text) from anon;
grant execute on function public.create_organization(text, text) to authenticated;
grant execute on function public.create_invitation(uuid, public.member_role, text) to authenticated;
grant execute on function public.accept_invitation(text) to authenticated;

-- Anyone holding a link may see what it leads to, signed in or not.
grant execute on function public.invitation_preview(text) to public;
