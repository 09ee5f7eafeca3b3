-- The home page's figures in one round trip (phones on 3G): contacts by consent, the month's
-- messages against the quota, campaigns running and scheduled, the last launched campaign with
-- its funnel, and what the setup checklist needs to reflect the organisation's real state.
create function public.home_summary(organization_id uuid)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  org uuid := home_summary.organization_id;
  last_campaign uuid;
begin
  if not private.is_member(org) then
    raise exception using errcode = '42501', message = 'Vous n''êtes pas membre de cette organisation.',
      hint = 'not_a_member';
  end if;
  select c.id into last_campaign from public.campaigns c
  where c.organization_id = org and c.launched_at is not null
  order by c.launched_at desc, c.id
  limit 1;

  return jsonb_build_object(
    'contacts', (
      select jsonb_build_object(
        'subscribed', count(*) filter (where c.opt_in_status = 'opted_in'),
        'unsubscribed', count(*) filter (where c.opt_in_status = 'opted_out'))
      from public.contacts c where c.organization_id = org),
    'messagesThisMonth', private.messages_used_this_month(org),
    'messagesQuota', (select o.messages_quota from public.organizations o where o.id = org),
    'campaigns', (
      select jsonb_build_object(
        'running', count(*) filter (where c.status in ('sending', 'paused')),
        'scheduled', count(*) filter (where c.status = 'scheduled'),
        'launched', count(*) filter (where c.launched_at is not null))
      from public.campaigns c where c.organization_id = org),
    'lastCampaign', (
      select jsonb_build_object('name', c.name, 'launchedAt', c.launched_at)
        || private.campaign_progress_of(c.id)
      from public.campaigns c where c.id = last_campaign),
    'templates', (
      select count(*) from public.whatsapp_templates t where t.organization_id = org),
    'members', (select count(*) from public.memberships m where m.organization_id = org),
    'pendingInvitations', (
      select count(*) from public.invitations i
      where i.organization_id = org and i.accepted_at is null and i.expires_at > now()),
    'mode', (select o.mode from public.organizations o where o.id = org));
end;
$$;
revoke all on function public.home_summary(uuid) from anon;
grant execute on function public.home_summary(uuid) to authenticated;
