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
create or replace function private.invoke_function(function_name text, body jsonb default '{}'::jsonb)
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
revoke all on function private.invoke_function(text, jsonb) from public, anon, authenticated;

create or replace function private.cron_command(job private.scheduled_jobs)
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
create or replace function private.schedule_job(
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

create or replace function private.unschedule_job(job_name text)
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

revoke all on function private.schedule_job(text, text, text, text, jsonb) from public, anon, authenticated;
revoke all on function private.unschedule_job(text) from public, anon, authenticated;
revoke all on function private.cron_command(private.scheduled_jobs) from public, anon, authenticated;
