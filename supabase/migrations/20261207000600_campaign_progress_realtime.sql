-- Campaign progress on private Realtime channels.
-- The dispatcher broadcasts each campaign's totals on the campaign's progress_topic with
-- `private: true`. Realtime lets a user join (receive) a private channel only when RLS lets them
-- select from realtime.messages for its topic (realtime.topic()), and send on it only when RLS lets
-- them insert. So: the members of the campaign's organisation may receive its progress; nobody may
-- send on it (there is no insert policy), except the service role, which bypasses RLS. The anon
-- key may do neither. Realtime evaluates the policies when a user joins, and again with each new
-- access token (supabase-js hands it every refreshed one): a member removed from the organisation
-- stops receiving at their next token, at the latest when theirs expires (auth.jwt_expiry).
-- realtime.messages is Supabase's own table: only policies are added to it.

-- The policy finds a campaign by its topic.
create unique index campaigns_progress_topic_key on public.campaigns (progress_topic);

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
