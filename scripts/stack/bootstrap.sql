-- Supabase's base objects for a plain Postgres (local stack only; hosted Supabase already has them).
-- Idempotent: safe to run on every start. Never put project schema here: that lives in supabase/migrations.
-- Run by the bootstrap superuser (supabase_admin, as in Supabase's image). Migrations and the seed then
-- run as `postgres`, which is, as on hosted Supabase, NOT a superuser: what it may do beyond plain
-- Postgres rules (allowed extensions, policies on Supabase's own tables) is granted at the end of this
-- file the way supautils grants it there.

-- Roles -----------------------------------------------------------------------------------------------
do $$
declare
  r record;
begin
  for r in
    select * from (values
      ('anon',                       'nologin noinherit'),
      ('authenticated',              'nologin noinherit'),
      ('service_role',               'nologin noinherit bypassrls'),
      ('authenticator',              'login noinherit'),
      ('supabase_auth_admin',        'login noinherit createrole'),
      ('supabase_replication_admin', 'login replication'),
      ('supabase_realtime_admin',    'nologin noinherit'),
      ('dashboard_user',             'nologin createdb createrole replication'),
      -- Hosted's `postgres`: demoted from superuser; the Supabase CLI's local password.
      ('postgres',                   'login createdb createrole replication bypassrls password ''postgres''')
    ) as t(name, attrs)
  loop
    if not exists (select 1 from pg_roles where rolname = r.name) then
      execute format('create role %I %s', r.name, r.attrs);
    end if;
  end loop;
  -- In a Supabase-like cluster (bootstrap superuser supabase_admin), `postgres` has exactly hosted's
  -- attributes. On a server given by SUPABASE_DB_URL, an existing `postgres` is left as it is.
  if current_user = 'supabase_admin' then
    alter role postgres nosuperuser login createdb createrole replication bypassrls;
  end if;
end
$$;

-- Local-only passwords, the same as the Supabase CLI's local defaults.
alter role authenticator with password 'postgres';
alter role supabase_auth_admin with password 'postgres';
alter role supabase_replication_admin with password 'postgres';

grant anon, authenticated, service_role to authenticator;
-- So that `postgres` may SET ROLE to the API roles, as on hosted Supabase. It is a member of neither
-- supabase_auth_admin (owner of the auth schema) nor supabase_realtime_admin (owner of realtime's).
grant anon, authenticated, service_role to postgres;
-- Predefined roles hosted grants it too (read everything, end other non-superuser sessions).
grant pg_read_all_data, pg_signal_backend, pg_monitor to postgres;
do $$
begin
  if current_user <> 'postgres' and pg_has_role('postgres', 'supabase_auth_admin', 'member') then
    revoke supabase_auth_admin from postgres;
  end if;
end
$$;

alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
alter role authenticator set statement_timeout = '8s';
alter role authenticator set lock_timeout = '8s';
alter role supabase_auth_admin set search_path = auth;

-- The database: `postgres` may create schemas (and trusted extensions) in it, as on hosted.
do $$
begin
  execute format('grant all on database %I to postgres', current_database());
end
$$;

-- Extensions ------------------------------------------------------------------------------------------
create schema if not exists extensions;
grant usage on schema extensions to anon, authenticated, service_role;
grant all on schema extensions to postgres;
create extension if not exists "uuid-ossp" with schema extensions;
create extension if not exists pgcrypto with schema extensions;
alter role postgres set search_path = "$user", public, extensions;
alter role supabase_admin set search_path = "$user", public, auth, extensions;
grant all on all tables in schema extensions to postgres;
grant all on all sequences in schema extensions to postgres;
grant all on all routines in schema extensions to postgres;

-- Schemas the Data API lists (pg_graphql's schema exists on Supabase even when unused) -------------
create schema if not exists graphql_public;
grant usage on schema graphql_public to postgres, anon, authenticated, service_role;

-- Public schema grants and default privileges ---------------------------------------------------------
grant usage on schema public to anon, authenticated, service_role;
grant all on schema public to postgres;
grant all on all tables in schema public to postgres, anon, authenticated, service_role;
grant all on all functions in schema public to postgres, anon, authenticated, service_role;
grant all on all sequences in schema public to postgres, anon, authenticated, service_role;
alter default privileges in schema public grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to postgres, anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to postgres, anon, authenticated, service_role;
-- The same for what `postgres` creates (migrations): Supabase defines them for both roles.
alter default privileges for role postgres in schema public grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public grant all on functions to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public grant all on sequences to postgres, anon, authenticated, service_role;

-- Auth schema (GoTrue's names) ------------------------------------------------------------------------
create schema if not exists auth authorization supabase_auth_admin;
grant usage on schema auth to anon, authenticated, service_role, postgres, dashboard_user;

set role supabase_auth_admin;

create table if not exists auth.users (
  instance_id uuid,
  id uuid primary key,
  aud varchar(255),
  role varchar(255),
  email varchar(255),
  encrypted_password varchar(255),
  email_confirmed_at timestamptz,
  invited_at timestamptz,
  confirmation_token varchar(255),
  confirmation_sent_at timestamptz,
  recovery_token varchar(255),
  recovery_sent_at timestamptz,
  email_change_token_new varchar(255),
  email_change varchar(255),
  email_change_sent_at timestamptz,
  email_change_token_current varchar(255) default '',
  email_change_confirm_status smallint default 0 check (email_change_confirm_status between 0 and 2),
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_super_admin boolean,
  created_at timestamptz,
  updated_at timestamptz,
  phone text unique default null,
  phone_confirmed_at timestamptz,
  phone_change text default '',
  phone_change_token varchar(255) default '',
  phone_change_sent_at timestamptz,
  confirmed_at timestamptz generated always as (least(email_confirmed_at, phone_confirmed_at)) stored,
  banned_until timestamptz,
  reauthentication_token varchar(255) default '',
  reauthentication_sent_at timestamptz,
  is_sso_user boolean not null default false,
  deleted_at timestamptz,
  is_anonymous boolean not null default false
);
create unique index if not exists users_email_partial_key on auth.users (email) where (is_sso_user = false);
create index if not exists users_instance_id_email_idx on auth.users (instance_id, lower(email));
create index if not exists users_is_anonymous_idx on auth.users (is_anonymous);
-- GoTrue's defaults for the token columns: the first four were created without a default (NULL), the
-- later ones default to ''. GoTrue itself always writes '' in all of them, and cannot read a user
-- where one is NULL (Go strings): rows written by hand must set them.
alter table auth.users
  alter column confirmation_token drop default,
  alter column recovery_token drop default,
  alter column email_change_token_new drop default,
  alter column email_change drop default,
  alter column email_change_token_current set default '',
  alter column phone_change set default '',
  alter column phone_change_token set default '',
  alter column reauthentication_token set default '';
create unique index if not exists confirmation_token_idx on auth.users (confirmation_token)
  where confirmation_token !~ '^[0-9 ]*$';
create unique index if not exists recovery_token_idx on auth.users (recovery_token)
  where recovery_token !~ '^[0-9 ]*$';
create unique index if not exists email_change_token_current_idx on auth.users (email_change_token_current)
  where email_change_token_current !~ '^[0-9 ]*$';
create unique index if not exists email_change_token_new_idx on auth.users (email_change_token_new)
  where email_change_token_new !~ '^[0-9 ]*$';
create unique index if not exists reauthentication_token_idx on auth.users (reauthentication_token)
  where reauthentication_token !~ '^[0-9 ]*$';

create table if not exists auth.identities (
  id uuid primary key default gen_random_uuid(),
  provider_id text not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  identity_data jsonb not null,
  provider text not null,
  last_sign_in_at timestamptz,
  created_at timestamptz,
  updated_at timestamptz,
  email text generated always as (lower(identity_data ->> 'email')) stored,
  unique (provider_id, provider)
);
create index if not exists identities_user_id_idx on auth.identities (user_id);

do $$
begin
  if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                 where n.nspname = 'auth' and t.typname = 'aal_level') then
    create type auth.aal_level as enum ('aal1', 'aal2', 'aal3');
  end if;
end
$$;

create table if not exists auth.sessions (
  id uuid primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz,
  updated_at timestamptz,
  factor_id uuid,
  aal auth.aal_level,
  not_after timestamptz,
  refreshed_at timestamp,
  user_agent text,
  ip inet,
  tag text
);
create index if not exists sessions_user_id_idx on auth.sessions (user_id);

create table if not exists auth.refresh_tokens (
  instance_id uuid,
  id bigserial primary key,
  token varchar(255) unique,
  user_id varchar(255),
  revoked boolean,
  created_at timestamptz,
  updated_at timestamptz,
  parent varchar(255),
  session_id uuid references auth.sessions (id) on delete cascade
);
create index if not exists refresh_tokens_parent_idx on auth.refresh_tokens (parent);
create index if not exists refresh_tokens_session_id_revoked_idx on auth.refresh_tokens (session_id, revoked);

-- How each session was authenticated (the `amr` claim survives refreshes through it).
create table if not exists auth.mfa_amr_claims (
  session_id uuid not null references auth.sessions (id) on delete cascade,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  authentication_method text not null,
  id uuid primary key,
  constraint mfa_amr_claims_session_id_authentication_method_pkey
    unique (session_id, authentication_method)
);

-- One-time codes (recovery links, phone OTP later): GoTrue's one_time_tokens table.
do $$
begin
  if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                 where n.nspname = 'auth' and t.typname = 'one_time_token_type') then
    create type auth.one_time_token_type as enum (
      'confirmation_token', 'reauthentication_token', 'recovery_token',
      'email_change_token_new', 'email_change_token_current', 'phone_change_token');
  end if;
end
$$;

create table if not exists auth.one_time_tokens (
  id uuid primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  token_type auth.one_time_token_type not null,
  token_hash text not null check (char_length(token_hash) > 0),
  relates_to text not null,
  created_at timestamp not null default now(),
  updated_at timestamp not null default now(),
  unique (user_id, token_type)
);

-- PKCE requests waiting for their link (recovery with a code_challenge): GoTrue's flow_state.
do $$
begin
  if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                 where n.nspname = 'auth' and t.typname = 'code_challenge_method') then
    create type auth.code_challenge_method as enum ('s256', 'plain');
  end if;
end
$$;

create table if not exists auth.flow_state (
  id uuid primary key,
  user_id uuid,
  auth_code text not null,
  code_challenge_method auth.code_challenge_method not null,
  code_challenge text not null,
  provider_type text not null,
  provider_access_token text,
  provider_refresh_token text,
  created_at timestamptz,
  updated_at timestamptz,
  authentication_method text not null,
  auth_code_issued_at timestamptz
);
create index if not exists idx_auth_code on auth.flow_state (auth_code);
create index if not exists idx_user_id_auth_method on auth.flow_state (user_id, authentication_method);

-- Helpers that RLS policies call. They read the JSON claims PostgREST sets, with the legacy per-claim
-- setting first, and treat '' as null because a GUC becomes '' after the transaction that set it.
create or replace function auth.uid() returns uuid
language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

create or replace function auth.role() returns text
language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

create or replace function auth.email() returns text
language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;

create or replace function auth.jwt() returns jsonb
language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

reset role;

grant execute on function auth.uid(), auth.role(), auth.email(), auth.jwt()
  to anon, authenticated, service_role, postgres;
-- Auth tables are not exposed to API roles; postgres may use them (as on Supabase) but not create
-- anything in the schema.
revoke create on schema auth from postgres;
grant all on all tables in schema auth to postgres, dashboard_user;
grant all on all sequences in schema auth to postgres, dashboard_user;
grant all on all routines in schema auth to postgres, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth
  grant all on tables to postgres, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth
  grant all on sequences to postgres, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth
  grant all on routines to postgres, dashboard_user;
alter table auth.users enable row level security;
alter table auth.identities enable row level security;
alter table auth.sessions enable row level security;
alter table auth.refresh_tokens enable row level security;
alter table auth.one_time_tokens enable row level security;
alter table auth.flow_state enable row level security;
alter table auth.mfa_amr_claims enable row level security;

-- Realtime publication --------------------------------------------------------------------------------
do $$
begin
  if not exists (select 1 from pg_publication where pubname = 'supabase_realtime') then
    create publication supabase_realtime;
  end if;
end
$$;
-- Owned by postgres on Supabase, so that migrations may `alter publication supabase_realtime add table`.
alter publication supabase_realtime owner to postgres;

-- Realtime's own objects, as Realtime's tenant migrations leave them ---------------------------------
-- Private channels are authorised by RLS policies on realtime.messages: the Realtime service inserts
-- probe rows (topic, extension) and checks, as the joining user, whether it may select (receive) or
-- insert (send) them. realtime.topic() is the topic being authorised. The service keeps the daily
-- partitions, as upstream's janitor does. On Supabase these objects belong to supabase_realtime_admin;
-- `postgres` may use them and add policies to realtime.messages (supautils' policy_grants), nothing
-- more: no CREATE in the schema, no membership of supabase_realtime_admin.
create schema if not exists realtime;
grant usage on schema realtime to anon, authenticated, service_role;
grant usage on schema realtime to postgres with grant option;
revoke create on schema realtime from postgres;
grant all on schema realtime to supabase_realtime_admin with grant option;
do $$
begin
  if current_user <> 'postgres' and pg_has_role('postgres', 'supabase_realtime_admin', 'member') then
    revoke supabase_realtime_admin from postgres;
  end if;
end
$$;

create table if not exists realtime.messages (
  topic text not null,
  extension text not null,
  payload jsonb,
  event text,
  private boolean default false,
  updated_at timestamp not null default now(),
  inserted_at timestamp not null default now(),
  id uuid not null default gen_random_uuid(),
  binary_payload bytea,
  constraint messages_payload_exclusive check (payload is null or binary_payload is null),
  primary key (id, inserted_at)
) partition by range (inserted_at);
create index if not exists messages_inserted_at_topic_index on realtime.messages (inserted_at desc, topic)
  where extension = 'broadcast' and private is true;
alter table realtime.messages owner to supabase_realtime_admin;
alter table realtime.messages enable row level security;
grant select, insert, update on realtime.messages to postgres, anon, authenticated, service_role;

create or replace function realtime.topic() returns text
language sql stable as $$
  select nullif(current_setting('realtime.topic', true), '')::text;
$$;
alter function realtime.topic() owner to supabase_realtime_admin;
grant execute on function realtime.topic() to postgres, anon, authenticated, service_role;

-- Broadcast from the database: a message row, sent by Realtime to the topic's subscribers. Runs as
-- its caller (RLS on realtime.messages applies); a failure is only a warning, as upstream.
create or replace function realtime.send(payload jsonb, event text, topic text, private boolean default true)
returns void
language plpgsql as $$
declare
  generated_id uuid;
  final_payload jsonb;
begin
  begin
    generated_id := gen_random_uuid();
    if payload ? 'id' then
      final_payload := payload;
    else
      final_payload := jsonb_set(payload, '{id}', to_jsonb(generated_id));
    end if;
    execute format('set local realtime.topic to %L', topic);
    insert into realtime.messages (id, payload, event, topic, private, extension)
    values (generated_id, final_payload, event, topic, private, 'broadcast');
  exception
    when others then
      raise warning 'WarnSendingBroadcastMessage: %', sqlerrm;
  end;
end;
$$;
alter function realtime.send(jsonb, text, text, boolean) owner to supabase_realtime_admin;

create or replace function realtime.send_binary(payload bytea, event text, topic text, private boolean default true)
returns void
language plpgsql as $$
declare
  generated_id uuid;
begin
  begin
    generated_id := gen_random_uuid();
    execute format('set local realtime.topic to %L', topic);
    insert into realtime.messages (id, binary_payload, event, topic, private, extension)
    values (generated_id, payload, event, topic, private, 'broadcast');
  exception
    when others then
      raise warning 'ErrorSendingBroadcastMessage: %', sqlerrm;
  end;
end;
$$;
alter function realtime.send_binary(bytea, text, text, boolean) owner to supabase_realtime_admin;

-- Migration history, as the Supabase CLI keeps it (the CLI creates it as `postgres`) ---------------
create schema if not exists supabase_migrations;
create table if not exists supabase_migrations.schema_migrations (
  version text primary key,
  statements text[],
  name text
);
create table if not exists supabase_migrations.seed_files (
  path text primary key,
  hash text not null
);
alter schema supabase_migrations owner to postgres;
alter table supabase_migrations.schema_migrations owner to postgres;
alter table supabase_migrations.seed_files owner to postgres;

-- What supautils lets hosted `postgres` do ----------------------------------------------------------
-- Hosted Supabase runs supautils, which lets `postgres` (its privileged_role) create the extensions of
-- its privileged_extensions list, and manage policies and drop triggers on Supabase's own tables
-- (policy_grants, drop_trigger_grants), none of which plain Postgres allows a non-superuser. Here,
-- event triggers give `postgres` superuser rights for the one command (inside its own transaction: a
-- failure rolls them back with it, and they are withdrawn when it ends), then refuse what supautils
-- would not have allowed, with Postgres' own SQLSTATE 42501. Everything else that needs a superuser (ALTER SYSTEM, event triggers, objects in
-- auth…) fails as it does on Supabase.
create table if not exists extensions.wcap_supautils (kind text not null, name text not null, primary key (kind, name));
revoke all on extensions.wcap_supautils from public, postgres, anon, authenticated, service_role;
delete from extensions.wcap_supautils;
insert into extensions.wcap_supautils (kind, name)
select 'extension', trim(name) from unnest(string_to_array(
  'address_standardizer, address_standardizer_data_us, autoinc, bloom, btree_gin, btree_gist, citext, '
  'cube, dblink, dict_int, dict_xsyn, earthdistance, fuzzystrmatch, hstore, http, hypopg, '
  'index_advisor, insert_username, intarray, isn, ltree, moddatetime, orioledb, pg_cron, pg_graphql, '
  'pg_hashids, pg_jsonschema, pg_net, pg_partman, pg_repack, pg_stat_monitor, pg_stat_statements, '
  'pg_tle, pg_trgm, pg_walinspect, pgaudit, pgcrypto, pgjwt, pg_prewarm, pgmq, pgroonga, '
  'pgroonga_database, pgrouting, pgrowlocks, pgstattuple, pgsodium, pgtap, plcoffee, pljava, plls, '
  'plpgsql, plpgsql_check, plv8, postgis, postgis_raster, postgis_sfcgal, postgis_tiger_geocoder, '
  'postgis_topology, postgres_fdw, refint, rum, seg, sslinfo, supabase_vault, supautils, tablefunc, '
  'tcn, timescaledb, tsm_system_rows, tsm_system_time, unaccent, uuid-ossp, vector, wrappers', ',')) as name
union all
select 'policy_table', name from unnest(array[
  'auth.audit_log_entries', 'auth.identities', 'auth.refresh_tokens', 'auth.sessions', 'auth.users',
  'realtime.messages', 'storage.buckets', 'storage.migrations', 'storage.objects',
  'storage.s3_multipart_uploads', 'storage.s3_multipart_uploads_parts']) as name;

-- Before the command: `postgres` itself (not a role it switched to) becomes superuser. One session
-- at a time, until its transaction ends: two sessions changing the role's row at once would make the
-- second fail ("tuple concurrently updated").
create or replace function extensions.wcap_supautils_grant() returns event_trigger
language plpgsql security definer set search_path = '' as $$
begin
  if session_user = 'postgres' and current_setting('role') in ('none', 'postgres') then
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('wcap_supautils'));
  end if;
  if session_user = 'postgres' and current_setting('role') in ('none', 'postgres')
     and not (select rolsuper from pg_catalog.pg_roles where rolname = 'postgres') then
    alter role postgres superuser;
    perform pg_catalog.set_config('wcap.supautils_elevated', 'on', true);
  end if;
end
$$;

-- After the command: superuser is withdrawn, and what supautils would refuse is refused.
create or replace function extensions.wcap_supautils_check() returns event_trigger
language plpgsql security definer set search_path = '' as $$
declare
  command record;
  relation oid;
begin
  if pg_catalog.current_setting('wcap.supautils_elevated', true) is distinct from 'on' then
    return;
  end if;
  alter role postgres nosuperuser;
  perform pg_catalog.set_config('wcap.supautils_elevated', '', true);
  for command in select * from pg_catalog.pg_event_trigger_ddl_commands() loop
    if command.object_type = 'extension' and not exists (
      select 1 from pg_catalog.pg_extension e
      where e.oid = command.objid
        and (exists (select 1 from extensions.wcap_supautils s
                     where s.kind = 'extension' and s.name = e.extname)
             or exists (select 1 from pg_catalog.pg_available_extension_versions v
                        where v.name = e.extname and v.version = e.extversion
                          and (v.trusted or not v.superuser)))
    ) then
      raise exception 'permission denied to create extension "%"',
        (select extname from pg_catalog.pg_extension where oid = command.objid)
        using errcode = '42501', hint = 'Must be superuser to create this extension.';
    end if;
    if command.object_type = 'policy' then
      select polrelid into relation from pg_catalog.pg_policy where oid = command.objid;
      perform extensions.wcap_supautils_check_policy_table(relation);
    end if;
  end loop;
end
$$;

create or replace function extensions.wcap_supautils_check_policy_table(relation oid) returns void
language plpgsql security definer set search_path = '' as $$
begin
  if not pg_catalog.pg_has_role('postgres', (select relowner from pg_catalog.pg_class where oid = relation), 'usage')
     and not exists (select 1 from extensions.wcap_supautils s
                     where s.kind = 'policy_table' and s.name = relation::regclass::text) then
    raise exception 'must be owner of table %', (select relname from pg_catalog.pg_class where oid = relation)
      using errcode = '42501';
  end if;
end
$$;

-- A dropped policy or trigger is checked before it is gone for good.
create or replace function extensions.wcap_supautils_check_drop() returns event_trigger
language plpgsql security definer set search_path = '' as $$
declare
  dropped record;
begin
  if pg_catalog.current_setting('wcap.supautils_elevated', true) is distinct from 'on' then
    return;
  end if;
  for dropped in select * from pg_catalog.pg_event_trigger_dropped_objects() loop
    if dropped.object_type in ('policy', 'trigger') then
      perform extensions.wcap_supautils_check_policy_table(
        pg_catalog.to_regclass(pg_catalog.quote_ident(dropped.address_names[1]) || '.'
                               || pg_catalog.quote_ident(dropped.address_names[2]))::oid);
    end if;
  end loop;
end
$$;

revoke all on function extensions.wcap_supautils_grant(), extensions.wcap_supautils_check(),
  extensions.wcap_supautils_check_drop(), extensions.wcap_supautils_check_policy_table(oid)
  from public, postgres, anon, authenticated, service_role;

drop event trigger if exists wcap_supautils_grant;
drop event trigger if exists wcap_supautils_check;
drop event trigger if exists wcap_supautils_check_drop;
create event trigger wcap_supautils_grant on ddl_command_start
  when tag in ('CREATE EXTENSION', 'CREATE POLICY', 'ALTER POLICY', 'DROP POLICY', 'DROP TRIGGER')
  execute function extensions.wcap_supautils_grant();
create event trigger wcap_supautils_check on ddl_command_end
  when tag in ('CREATE EXTENSION', 'CREATE POLICY', 'ALTER POLICY', 'DROP POLICY', 'DROP TRIGGER')
  execute function extensions.wcap_supautils_check();
create event trigger wcap_supautils_check_drop on sql_drop
  when tag in ('DROP POLICY', 'DROP TRIGGER')
  execute function extensions.wcap_supautils_check_drop();
