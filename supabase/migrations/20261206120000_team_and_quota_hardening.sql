-- Team and quota hardening: an invitation link is worth what its creator may still do, the plan's
-- seats hold however members arrive and however many links are accepted at once, and the contact
-- quota holds on every path that makes a contact count, re-subscription included.

-- One lock per organisation for every change of its team ----------------------------------------
-- Team changes (a role, a departure, an arrival) and acceptances take it first, so that seats and
-- "who may still invite" are read by one change at a time. NO KEY UPDATE: it serialises team
-- changes without holding back the foreign-key checks of rows written meanwhile (contacts,
-- messages…), which take KEY SHARE on the organisation.
create or replace function private.lock_team(org uuid)
returns void
language plpgsql
set search_path = ''
as $$
begin
  perform 1 from public.organizations where id = org for no key update;
end;
$$;
revoke all on function private.lock_team(uuid) from public;

-- The organisation's protected fields are guarded by a trigger that names private.is_super_admin():
-- Postgres checks the right to call it before evaluating anything, so without this grant the
-- service role (functions, ops scripts) could update no organisation at all.
grant execute on function private.is_super_admin() to service_role;

-- Seats -----------------------------------------------------------------------------------------
-- The plan's seat limit, checked with `arriving` seats still to come (1 before a promotion or a
-- link, 0 once the new member's row is written and counted).
create or replace function private.assert_seats_within_plan(org uuid, arriving integer)
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
      hint = 'seat_limit_reached';
  end if;
end;
$$;
revoke all on function private.assert_seats_within_plan(uuid, integer) from public;

create or replace function private.assert_seat_available(org uuid)
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
create or replace function private.may_invite(inviter_role public.member_role, invited_role public.member_role)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select coalesce(inviter_role >= 'admin' and invited_role <= inviter_role, false)
$$;
revoke all on function private.may_invite(public.member_role, public.member_role) from public;

-- Team rules, now under the team lock and read after it (the actor's own role included).
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
    if private.from_member() and (old.role > actor or new.role > actor) then
      raise exception using errcode = '42501',
        message = 'Vous ne pouvez pas attribuer ni retirer un rôle supérieur au vôtre.';
    end if;
    if new.role >= 'agent' and old.role < 'agent' then
      perform private.assert_seat_available(org);
    end if;
  elsif tg_op = 'DELETE' then
    if private.from_member() and old.user_id <> (select auth.uid()) and old.role > actor then
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

-- Seats hold for every arrival, whoever writes it (an RPC, a function with the service role, an
-- ops script). After the row is written, not before: a refused insert (row-level security) never
-- reaches this check, so a stranger cannot read another organisation's plan from its message.
create or replace function private.enforce_seats_on_arrival()
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
revoke all on function private.enforce_seats_on_arrival() from public;

create trigger memberships_seats after insert on public.memberships
  for each row when (new.role >= 'agent')
  execute function private.enforce_seats_on_arrival();

-- Invitations -----------------------------------------------------------------------------------
-- A member who loses the right to make a link (removed, gone, demoted) takes the pending links they
-- can no longer make with them, as if an admin had revoked them: the team's list stays true and
-- the link reads as unknown.
create or replace function private.revoke_invitations_of_former_inviter()
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
revoke all on function private.revoke_invitations_of_former_inviter() from public;

create trigger memberships_revoke_invitations after update of role or delete on public.memberships
  for each row execute function private.revoke_invitations_of_former_inviter();

-- Joins the caller to the invitation's organisation, once, before it expires, and only while the
-- link's creator may still make it: checked here, under the team lock, so the rule holds whatever
-- took the right away and whenever (a demotion racing the link's creation, an account deleted).
-- The seats are checked by the memberships_seats trigger under the same lock.
create or replace function public.accept_invitation(token text)
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
    raise exception using errcode = '42501', message = 'Connectez-vous pour accepter l''invitation.';
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

-- Contacts --------------------------------------------------------------------------------------
-- The quota counts every contact of the organisation, whatever its consent (as organization_usage
-- shows it and import_contacts fills it). An opt-out received on WhatsApp is the one row allowed
-- beyond it, so that it is never lost; re-subscribing such a row makes it a contact like any
-- other. So every statement that adds a contact to an organisation or subscribes one again must
-- leave the organisation within its quota, checked once per statement under the quota lock.
create or replace function private.assert_contacts_within_quota(orgs uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  org record;
  total bigint;
begin
  -- In a fixed order, so two statements touching the same organisations lock them alike.
  for org in
    select o.id, o.contacts_quota as quota from public.organizations o
    where o.id = any (orgs) and o.contacts_quota is not null
    order by o.id
  loop
    perform private.lock_contact_quota(org.id);
    select count(*) into total from public.contacts where organization_id = org.id;
    if total > org.quota then
      raise exception using errcode = 'P0001',
        message = format('Quota de contacts atteint : votre abonnement permet %s contacts.',
                         to_char(org.quota, 'FM999G999G999')),
        hint = 'Passez à un abonnement supérieur ou supprimez des contacts inutiles.';
    end if;
  end loop;
end;
$$;
revoke all on function private.assert_contacts_within_quota(uuid[]) from public;

create or replace function private.enforce_contact_quota()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- Set (transaction-locally) only by private.opt_out_from_whatsapp; not reachable through the Data API.
  if current_setting('wcap.consent_over_quota', true) = 'on' then
    return null;
  end if;
  perform private.assert_contacts_within_quota(array(select distinct organization_id from new_rows));
  return null;
end;
$$;

create or replace function private.enforce_contact_quota_on_update()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.assert_contacts_within_quota(array(
    select distinct n.organization_id
    from new_rows n join old_rows o on o.id = n.id
    where n.organization_id <> o.organization_id
       or (n.opt_in_status = 'opted_in' and o.opt_in_status = 'opted_out')
  ));
  return null;
end;
$$;
revoke all on function private.enforce_contact_quota_on_update() from public;

-- Transition tables rule out a column list (UPDATE OF opt_in_status): the function picks the rows.
create trigger contacts_quota_on_update after update on public.contacts
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.enforce_contact_quota_on_update();
