-- What a hosted Supabase project needs, where migrations run as the non-superuser `postgres`.

-- pg_net --------------------------------------------------------------------------------------------
-- Scheduled jobs that call an Edge Function (private.invoke_function) post with net.http_post:
-- without pg_net, every such job fails with « schema "net" does not exist » as soon as pg_cron runs
-- them. Enabled where the server offers it, like pg_cron; the local stack has neither and calls
-- the same endpoints itself. (Before the default privileges below, so its functions keep theirs.)
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_net') then
    create extension if not exists pg_net with schema extensions;
  end if;
end
$$;

-- Functions of schema private -------------------------------------------------------------------
-- Postgres gives EXECUTE on every new function to PUBLIC, and that grant cannot be revoked per
-- schema: `alter default privileges in schema private revoke … from public` changes nothing.
-- Every function here is therefore taken from PUBLIC, anon and authenticated explicitly, then
-- given back to authenticated only where a statement running with a member's rights calls it.
-- service_role and supabase_auth_admin keep their own grants.
revoke execute on all functions in schema private from public, anon, authenticated;

grant execute on function
  -- Row-level security policies run as the caller.
  private.caller_organizations(public.member_role),
  private.caller_teammates(),
  private.is_super_admin(),
  -- Triggers that guard members' writes run as the writer.
  private.from_client_role(),
  -- Check constraints and the domain public.e164 run as the writer.
  private.is_time_zone(text),
  private.is_valid_segment(jsonb),
  private.segment_condition(jsonb),
  private.is_calendar_day(jsonb),
  private.campaign_outcome_predicate(text),
  private.is_valid_audience(jsonb),
  private.is_e164(text),
  -- The contacts search index's expression, computed as the writer.
  private.search_key(text),
  -- public.bulk_update_contacts runs as the caller, so that row-level security decides.
  private.has_role(uuid, public.member_role),
  private.contact_selection(jsonb, text),
  private.search_pattern(text)
to authenticated;

-- Future functions ----------------------------------------------------------------------------------
-- The global default instead, for every function `postgres` creates from now on, whatever the
-- schema: none is executable by PUBLIC unless granted. Functions in schema public stay callable by
-- the API roles through Supabase's own default privileges of that schema (anon, authenticated,
-- service_role), so each RPC still decides whom it refuses, as every one of them does today.
alter default privileges for role postgres revoke execute on functions from public;
