-- Campaign progress on private Realtime channels.
-- The dispatcher broadcasts each campaign's totals on the campaign's progress_topic with
-- `private: true`. Realtime lets a user join (receive) a private channel only when RLS lets them
-- select from realtime.messages for its topic (realtime.topic()), and send on it only when RLS lets
-- them insert. So: the members of the campaign's organisation may receive its progress; nobody may
-- send on it (there is no insert policy), except the service role, which bypasses RLS. The anon
-- key may do neither. Realtime evaluates the policies when a user joins, and again with each new
-- access token (supabase-js hands it every refreshed one): a member removed from the organisation
-- stops receiving at their next token, at the latest when theirs expires (auth.jwt_expiry).
-- realtime.messages is Supabase's own table: this file only adds policies.

-- The policy finds a campaign by its topic.
create unique index campaigns_progress_topic_key on public.campaigns (progress_topic);

create or replace function private.receives_campaign_progress(topic text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.campaigns c
    where c.progress_topic = receives_campaign_progress.topic
      and private.is_member(c.organization_id)
  )
$$;
revoke all on function private.receives_campaign_progress(text) from public;
grant execute on function private.receives_campaign_progress(text) to authenticated;

create policy "members receive their campaigns' progress" on realtime.messages
  for select to authenticated
  using (
    extension = 'broadcast'
    and private.receives_campaign_progress((select realtime.topic()))
  );
