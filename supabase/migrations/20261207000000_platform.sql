-- Platform: the private schema, the extensions, the privileges every function starts with, the
-- recurring jobs, and the helpers every domain shares (the caller's kind, the E.164 domain).
--
-- Errors meant for people. Every `raise exception` a person may read carries:
--   errcode  the SQLSTATE that says what kind of refusal it is (P0001 a rule, P0002 not found,
--            22023 bad input, 42501 not allowed, 23514 a check, 23503/23505 a reference or a
--            duplicate, 54000 too much at once): PostgREST maps it to the HTTP status;
--   message  the French sentence, as it always was: what the SPA shows when it has no
--            translation of the code, and what ops scripts print;
--   hint     a stable snake_case code naming that sentence, which the SPA translates (French and
--            English). Codes are never renamed nor reused once shipped: the SPA relies on them.
--            The list is supabase/functions/_shared/server-error-codes.ts, and
--            scripts/security/server-error-codes.test.ts holds every migration to it;
--   detail   when the sentence has varying parts, a JSON object of them built with
--            jsonb_build_object(…)::text (e.g. {"limit": 25000}), with the same keys whatever the
--            language, so that the SPA can write the sentence again in English. Numbers stay
--            numbers; names stay as stored. A refusal whose cause varies under one code
--            (contact_refused) names the cause in the detail's "reason" key.
-- The limits those sentences quote (names, notes, tags…) are the ones of
-- supabase/functions/_shared/limits.ts (scripts/security/limits.int.test.ts compares them).
--
-- A schema the Data API does not expose: helpers, secrets and internal bookkeeping live here.
create schema if not exists private;
revoke all on schema private from public, anon, authenticated;
grant usage on schema private to service_role;

-- pg_cron where the server offers it (hosted Supabase does); otherwise the local stack's scheduler
-- runs the same jobs from private.scheduled_jobs.
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_cron') then
    create extension if not exists pg_cron with schema pg_catalog;
  end if;
end
$$;

-- pg_net -------------------------------------------------------------------------------------------
-- Scheduled jobs that call an Edge Function (private.invoke_function) post with net.http_post:
-- without pg_net, every such job fails with « schema "net" does not exist » as soon as pg_cron runs
-- them. Enabled where the server offers it, like pg_cron; the local stack has neither and calls
-- the same endpoints itself.
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_net') then
    create extension if not exists pg_net with schema extensions;
  end if;
end
$$;

-- Trigram indexes for the contacts search (contacts_search_idx).
create extension if not exists pg_trgm with schema extensions;

-- Functions --------------------------------------------------------------------------------------
-- Postgres gives EXECUTE on every new function to PUBLIC, and a schema's default privileges cannot
-- take that back (`alter default privileges in schema private revoke … from public` changes
-- nothing). The global default of role postgres does, for every function created after it
-- whatever its schema (the extensions above keep their own): none is executable by PUBLIC unless
-- granted. Functions of schema private are granted to authenticated only where a statement
-- running with a member's rights calls them (policies, triggers that guard members' writes, check
-- constraints and the domain public.e164, the contacts search index's expression); service_role
-- and supabase_auth_admin get their own grants. RPCs in schema public stay callable by the API
-- roles through Supabase's own default privileges of that schema (anon, authenticated,
-- service_role), so each one decides whom it refuses.
alter default privileges for role postgres revoke execute on functions from public;

-- The one list of recurring jobs. Migrations add to it through private.schedule_job; pg_cron (when
-- present) or the local stack runs each job on its schedule.
create table private.scheduled_jobs (
  name text primary key check (name ~ '^[a-z0-9][a-z0-9_-]*$'),
  -- pg_cron syntax: five cron fields (UTC) or '<n> seconds' with n from 1 to 59.
  schedule text not null check (
    schedule ~ '^([1-9]|[1-5][0-9]) seconds$'
    or array_length(regexp_split_to_array(trim(schedule), '\s+'), 1) = 5
  ),
  -- Either a SQL command, or an Edge Function to call with a JSON body.
  command text,
  function_name text,
  function_body jsonb not null default '{}'::jsonb,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  check ((command is null) <> (function_name is null))
);
alter table private.scheduled_jobs enable row level security;

comment on table private.scheduled_jobs is
  'Recurring jobs. Run by pg_cron when installed, else by the local stack scheduler (scripts/stack/scheduler.ts).';

-- Calls an Edge Function from the database (pg_cron + pg_net on Supabase). The project URL and the
-- service role key come from Vault secrets `project_url` and `service_role_key`.
create function private.invoke_function(function_name text, body jsonb default '{}'::jsonb)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  execute $sql$
    select net.http_post(
      url := (select decrypted_secret from vault.decrypted_secrets where name = 'project_url')
             || '/functions/v1/' || $1,
      body := $2,
      headers := jsonb_build_object(
        'Content-Type', 'application/json',
        'Authorization', 'Bearer ' || (select decrypted_secret from vault.decrypted_secrets
                                        where name = 'service_role_key')),
      timeout_milliseconds := 30000)
  $sql$ using function_name, body;
end;
$$;

create function private.cron_command(job private.scheduled_jobs)
returns text
language sql
immutable
set search_path = ''
as $$
  select coalesce(
    job.command,
    format('select private.invoke_function(%L, %L::jsonb)', job.function_name, job.function_body)
  )
$$;

-- Adds or replaces a job: a SQL command, or (with function_name) an Edge Function call.
create function private.schedule_job(
  job_name text,
  schedule text,
  command text default null,
  function_name text default null,
  function_body jsonb default '{}'::jsonb
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  job private.scheduled_jobs;
begin
  insert into private.scheduled_jobs as j (name, schedule, command, function_name, function_body)
  values (job_name, schedule, command, function_name, function_body)
  on conflict (name) do update
    set schedule = excluded.schedule,
        command = excluded.command,
        function_name = excluded.function_name,
        function_body = excluded.function_body,
        active = true
  returning j.* into job;

  if to_regnamespace('cron') is not null then
    execute 'select cron.schedule($1, $2, $3)'
      using job.name, job.schedule, private.cron_command(job);
  end if;
end;
$$;

create function private.unschedule_job(job_name text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  update private.scheduled_jobs set active = false where name = job_name;
  if to_regnamespace('cron') is not null then
    execute 'select cron.unschedule(jobid) from cron.job where jobname = $1' using job_name;
  end if;
end;
$$;

-- Shared helpers -----------------------------------------------------------------------------------
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
grant execute on function private.from_client_role() to authenticated, service_role;

-- Phone numbers in E.164 are one type, public.e164, rather than the same pattern repeated in every
-- table and function that stores or checks a number. Columns of that type refuse anything else
-- whoever writes them; functions that must report a bad number rather than fail (an import tells
-- each bad line with its French reason) ask private.is_e164, the domain's own test.
-- The test: a plus, then 7 to 15 digits, the first not 0. A SQL function without SET clause, so
-- that Postgres inlines it where a query uses it (an import checks 10,000 numbers per chunk).
create function private.is_e164(phone text)
returns boolean
language sql
immutable
parallel safe
as $$
  select phone ~ '^\+[1-9][0-9]{6,14}$'
$$;
-- A domain's check runs as whoever writes the column: members (the contact form, the profile),
-- functions with the service role (webhooks, the dispatcher, the Wati sync).
grant execute on function private.is_e164(text) to authenticated, service_role;

create domain public.e164 as text constraint e164 check (private.is_e164(value));
comment on domain public.e164 is
  'Numéro de téléphone au format international E.164 (ex. +237671234567).';
