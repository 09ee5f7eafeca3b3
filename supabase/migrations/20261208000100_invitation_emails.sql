-- Invitations sent by email (the send-invitation-email function): who may send one, for which
-- link, and how many an organisation sends an hour.

-- One row per invitation email sent, kept to count them; the address itself is not kept.
create table private.invitation_emails (
  id bigint generated always as identity primary key,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  invitation_id uuid references public.invitations (id) on delete set null,
  sent_by uuid references public.profiles (id) on delete set null,
  sent_at timestamptz not null default now()
);
create index invitation_emails_organization_id_sent_at_idx
  on private.invitation_emails (organization_id, sent_at);
create index invitation_emails_invitation_id_idx on private.invitation_emails (invitation_id);
create index invitation_emails_sent_by_idx on private.invitation_emails (sent_by);
alter table private.invitation_emails enable row level security;

-- What the email about a pending invitation says, for an owner or admin of its organisation who
-- holds its link's token (shown once, when the link was made: only its hash is kept), and one
-- more email counted against the organisation's 20 an hour. The function sends the email in the
-- same transaction, so an email that could not go out is not counted. A member of another
-- organisation learns nothing about the invitation, not even that it exists. In private: only the
-- function calls it (as the caller), never the browser.
create function private.prepare_invitation_email(invitation_id uuid, token text)
returns table (
  organization_name text,
  role public.member_role,
  inviter_name text,
  expires_at timestamptz,
  time_zone text
)
language plpgsql
security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  invitation public.invitations;
  organization public.organizations;
  sent_last_hour integer;
begin
  select * into invitation from public.invitations i where i.id = prepare_invitation_email.invitation_id;
  if not found or not private.is_member(invitation.organization_id) then
    raise exception using errcode = 'P0002',
      message = 'Cette invitation n''existe pas.', hint = 'invitation_not_found';
  end if;
  if not private.has_role(invitation.organization_id, 'admin') then
    raise exception using errcode = '42501',
      message = 'Seuls les propriétaires et les administrateurs invitent des membres.',
      hint = 'invite_requires_admin';
  end if;
  if not exists (
    select 1 from private.invitation_tokens t
    where t.invitation_id = invitation.id
      and t.token_hash = private.hash_token(prepare_invitation_email.token)
  ) then
    raise exception using errcode = '22023',
      message = 'Ce lien ne correspond pas à cette invitation.', hint = 'invitation_token_mismatch';
  end if;
  if invitation.accepted_at is not null then
    raise exception using errcode = 'P0001',
      message = 'Cette invitation a déjà été utilisée.', hint = 'invitation_used';
  end if;
  if invitation.expires_at <= now() then
    raise exception using errcode = 'P0001',
      message = 'Cette invitation a expiré : demandez un nouveau lien.', hint = 'invitation_expired';
  end if;

  -- One count at a time per organisation, so that concurrent sends cannot all slip under the limit.
  perform pg_advisory_xact_lock(hashtextextended('wcap.invitation_emails:' || invitation.organization_id::text, 0));
  select count(*) into sent_last_hour from private.invitation_emails e
  where e.organization_id = invitation.organization_id and e.sent_at > now() - interval '1 hour';
  if sent_last_hour >= 20 then
    raise exception using errcode = 'P0001',
      message = 'Votre organisation a envoyé beaucoup d''invitations par e-mail depuis une heure : réessayez plus tard ou partagez le lien.',
      hint = 'invitation_email_limit';
  end if;
  insert into private.invitation_emails (organization_id, invitation_id, sent_by)
  values (invitation.organization_id, invitation.id, caller);

  select * into organization from public.organizations o where o.id = invitation.organization_id;
  return query
  select organization.name, invitation.role,
         (select coalesce(p.full_name, p.email) from public.profiles p where p.id = caller),
         invitation.expires_at, organization.time_zone;
end;
$$;

revoke all on function private.prepare_invitation_email(uuid, text) from public, anon;
grant execute on function private.prepare_invitation_email(uuid, text) to authenticated;
