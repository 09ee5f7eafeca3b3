-- Contacts: one row per WhatsApp number of an organisation (E.164, unique per organisation), with
-- tags, free attributes, consent (opt-in / opt-out with its history), Wati sync state, the plan's
-- contact quota, the import RPC, and segments evaluated in SQL with bound parameters only.

create extension if not exists pg_trgm with schema extensions;

-- Triggers that protect members' writes ask private.from_member() whoever writes: the service role
-- (functions, ops scripts) must be able to ask too.
grant execute on function private.from_member() to service_role;

create type public.opt_in_status as enum ('opted_in', 'opted_out');
create type public.wati_sync_status as enum ('pending', 'syncing', 'synced', 'failed');

-- The organisations where the caller holds at least `at_least`, as one array: policies compare with
-- `= any ((select …))`, which Postgres evaluates once per statement instead of once per row.
create or replace function private.organizations_of_caller(at_least public.member_role default 'viewer')
returns uuid[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(organization_id), '{}')
  from public.memberships
  where user_id = (select auth.uid()) and role >= at_least
$$;
revoke all on function private.organizations_of_caller(public.member_role) from public;
grant execute on function private.organizations_of_caller(public.member_role) to authenticated;

-- Lower case without French accents: what searches compare. Built-ins only and no SET clause, so
-- Postgres inlines it (a bulk import computes it for every row).
create or replace function private.search_key(value text)
returns text
language sql
immutable
parallel safe
as $$
  select pg_catalog.translate(pg_catalog.lower(value),
    'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy')
$$;
revoke all on function private.search_key(text) from public;
grant execute on function private.search_key(text) to authenticated, service_role;

-- The LIKE pattern that finds a search text anywhere (its own % and _ taken literally).
create or replace function private.search_pattern(search text)
returns text
language sql
immutable
set search_path = ''
as $$
  select '%' || replace(replace(replace(private.search_key(btrim(coalesce(search, ''))),
    '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;
revoke all on function private.search_pattern(text) from public;
grant execute on function private.search_pattern(text) to authenticated, service_role;

-- Contacts --------------------------------------------------------------------------------------
create table public.contacts (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  phone text not null check (phone ~ '^\+[1-9][0-9]{6,14}$'),
  -- The number's country (ISO 3166 alpha-2), as libphonenumber-js reads it.
  country_code text check (country_code ~ '^[A-Z]{2}$'),
  name text check (char_length(name) <= 200),
  email text check (char_length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  tags text[] not null default '{}' check (cardinality(tags) <= 100),
  attributes jsonb not null default '{}'::jsonb check (jsonb_typeof(attributes) = 'object'),
  opt_in_status public.opt_in_status not null default 'opted_in',
  -- Where the current consent status came from: import, manual, whatsapp, api.
  opt_in_source text not null default 'manual' check (opt_in_source in ('import', 'manual', 'whatsapp', 'api')),
  opted_out_at timestamptz,
  language text not null default 'fr' check (language ~ '^[a-z]{2}(_[A-Z]{2})?$'),
  last_seen_at timestamptz,
  wati_sync_status public.wati_sync_status not null default 'pending',
  wati_sync_attempts integer not null default 0,
  wati_sync_error text,
  -- When the sync may next look at this contact (a retry delay, or a lease while syncing).
  wati_sync_due_at timestamptz not null default now(),
  wati_synced_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, phone),
  check ((opt_in_status = 'opted_out') = (opted_out_at is not null))
);

comment on column public.contacts.attributes is 'Attributs libres (texte) : ville, quartier, âge…';

create index contacts_organization_created_idx on public.contacts (organization_id, created_at desc, id);
create index contacts_organization_name_idx on public.contacts (organization_id, name, id);
create index contacts_search_idx on public.contacts
  using gin (private.search_key(coalesce(name, '') || ' ' || phone) extensions.gin_trgm_ops);
create index contacts_tags_idx on public.contacts using gin (tags);
create index contacts_attributes_idx on public.contacts using gin (attributes);

alter table public.contacts enable row level security;
create policy "members see their contacts" on public.contacts
  for select to authenticated
  using (organization_id = any ((select private.organizations_of_caller('viewer'))::uuid[]));
create policy "agents add contacts" on public.contacts
  for insert to authenticated
  with check (organization_id = any ((select private.organizations_of_caller('agent'))::uuid[]));
create policy "agents edit contacts" on public.contacts
  for update to authenticated
  using (organization_id = any ((select private.organizations_of_caller('agent'))::uuid[]))
  with check (organization_id = any ((select private.organizations_of_caller('agent'))::uuid[]));
create policy "admins delete contacts" on public.contacts
  for delete to authenticated
  using (organization_id = any ((select private.organizations_of_caller('admin'))::uuid[]));

-- Members write only what a person may know about a contact; sync state, consent dates and
-- authorship are kept by the database and the functions.
revoke insert, update on public.contacts from anon, authenticated;
grant insert (organization_id, phone, country_code, name, email, tags, attributes, opt_in_status,
  opt_in_source, language) on public.contacts to authenticated;
grant update (phone, country_code, name, email, tags, attributes, opt_in_status, opt_in_source,
  language) on public.contacts to authenticated;

-- Consent history: every change of opt-in status, with who, when and from where.
create table public.contact_consent_events (
  id bigint generated always as identity primary key,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  contact_id uuid not null references public.contacts (id) on delete cascade,
  status public.opt_in_status not null,
  source text not null,
  changed_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index contact_consent_events_contact_idx on public.contact_consent_events (contact_id, created_at desc);
create index contact_consent_events_organization_idx on public.contact_consent_events (organization_id);
create index contact_consent_events_changed_by_idx on public.contact_consent_events (changed_by);

alter table public.contact_consent_events enable row level security;
create policy "members see consent history" on public.contact_consent_events
  for select to authenticated
  using (organization_id = any ((select private.organizations_of_caller('viewer'))::uuid[]));
revoke insert, update, delete on public.contact_consent_events from anon, authenticated;

-- Row triggers run only when their WHEN clause holds, so a bulk import pays for none of them.
create or replace function private.stamp_contact_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.opt_in_status is distinct from (case when tg_op = 'UPDATE' then old.opt_in_status end) then
    new.opted_out_at := case when new.opt_in_status = 'opted_out' then coalesce(new.opted_out_at, now()) end;
  end if;
  if tg_op = 'UPDATE' then
    new.updated_at := now();
    if (new.phone, new.name, new.email, new.tags, new.attributes)
       is distinct from (old.phone, old.name, old.email, old.tags, old.attributes) then
      new.wati_sync_status := 'pending';
      new.wati_sync_attempts := 0;
      new.wati_sync_error := null;
      new.wati_sync_due_at := now();
    end if;
  end if;
  return new;
end;
$$;
revoke all on function private.stamp_contact_change() from public;

create trigger contacts_stamp_insert before insert on public.contacts
  for each row when (new.opt_in_status = 'opted_out' and new.opted_out_at is null)
  execute function private.stamp_contact_change();
create trigger contacts_stamp_update before update on public.contacts
  for each row when (
    (old.phone, old.name, old.email, old.tags, old.attributes, old.opt_in_status, old.language, old.country_code)
    is distinct from
    (new.phone, new.name, new.email, new.tags, new.attributes, new.opt_in_status, new.language, new.country_code)
  )
  execute function private.stamp_contact_change();

create or replace function private.record_consent_changes()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.contact_consent_events (organization_id, contact_id, status, source, changed_by)
  select n.organization_id, n.id, n.opt_in_status, n.opt_in_source, (select auth.uid())
  from new_rows n join old_rows o on o.id = n.id
  where n.opt_in_status is distinct from o.opt_in_status;
  return null;
end;
$$;
revoke all on function private.record_consent_changes() from public;

create trigger contacts_consent_history after update on public.contacts
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.record_consent_changes();

-- The plan's contact quota, whoever inserts: checked once per statement under a per-organisation
-- lock, so two imports running at once cannot overshoot it together.
create or replace function private.lock_contact_quota(org uuid)
returns void
language sql
set search_path = ''
as $$
  select pg_advisory_xact_lock(hashtextextended('wcap.contacts_quota:' || org::text, 0))
$$;
revoke all on function private.lock_contact_quota(uuid) from public;

create or replace function private.enforce_contact_quota()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  org record;
  total bigint;
begin
  -- Set (transaction-locally) only by private.opt_out_from_whatsapp; not reachable through the Data API.
  if current_setting('wcap.consent_over_quota', true) = 'on' then
    return null;
  end if;
  for org in
    select distinct n.organization_id as id, o.contacts_quota as quota
    from new_rows n join public.organizations o on o.id = n.organization_id
    where o.contacts_quota is not null
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
  return null;
end;
$$;
revoke all on function private.enforce_contact_quota() from public;

create trigger contacts_quota after insert on public.contacts
  referencing new table as new_rows
  for each statement execute function private.enforce_contact_quota();

-- Import ----------------------------------------------------------------------------------------
-- One chunk of an import (the SPA wizard and `npm run contacts:import` both call it). `rows` is a
-- JSON array of {line, phone, country_code, name, email, tags, attributes}, numbers already in
-- E.164. New numbers are inserted in line order up to the quota; existing numbers are skipped, or
-- merged when `update_existing` (tags and attributes added, name and e-mail replaced when given;
-- consent never changes here). Running the same chunk twice changes nothing.
create or replace function public.import_contacts(
  organization_id uuid,
  rows jsonb,
  update_existing boolean default false,
  add_tags text[] default '{}'
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  org uuid := import_contacts.organization_id;
  quota integer;
  room bigint;
  total bigint := 0;
  inserted bigint := 0;
  updated bigint := 0;
  distinct_valid bigint;
  invalid jsonb;
  over_lines integer[];
  over_quota integer;
  extra text[];
begin
  if private.from_member() and not private.has_role(org, 'admin') then
    raise exception using errcode = '42501',
      message = 'Seuls les administrateurs de l’organisation importent des contacts.';
  end if;
  if jsonb_typeof(rows) is distinct from 'array' then
    raise exception using errcode = '22023', message = 'Les lignes à importer doivent former une liste.';
  end if;
  if jsonb_array_length(rows) > 10000 then
    raise exception using errcode = '54000', message = 'Envoyez au plus 10 000 lignes à la fois.';
  end if;
  select contacts_quota into quota from public.organizations where id = org;
  if not found then
    raise exception using errcode = 'P0002', message = 'Organisation introuvable.';
  end if;

  extra := array(
    select distinct left(btrim(t), 50) from unnest(coalesce(add_tags, '{}')) t where btrim(t) <> ''
  );

  -- Rows whose number is not E.164 are reported, never imported (the pipeline sends none; other
  -- callers may). Reading only two keys of each row keeps this pass cheap.
  select coalesce(jsonb_agg(jsonb_build_object('line', r.line, 'value', coalesce(r.phone, '')) order by r.line)
                    filter (where not r.valid), '[]'::jsonb),
         count(distinct r.phone) filter (where r.valid)
  into invalid, distinct_valid
  from (
    select s.line, s.phone, coalesce(s.phone ~ '^\+[1-9][0-9]{6,14}$', false) as valid
    from jsonb_to_recordset(rows) as s(line integer, phone text)
  ) r;

  -- Only a quota needs the per-organisation lock: without one, concurrent chunks are kept apart
  -- by the unique (organization_id, phone) index alone, and may run side by side.
  if quota is not null then
    perform private.lock_contact_quota(org);
    select count(*) into total from public.contacts c where c.organization_id = org;
    room := greatest(quota - total, 0);
  end if;

  if update_existing then
    update public.contacts c set
      name = coalesce(i.name, c.name),
      email = coalesce(i.email, c.email),
      country_code = coalesce(c.country_code, i.country_code),
      tags = array(select distinct t from unnest(c.tags || i.tags) t order by t),
      attributes = c.attributes || i.attributes
    from (
      select distinct on (r.phone)
        r.phone,
        case when r.country_code ~ '^[A-Z]{2}$' then r.country_code end as country_code,
        nullif(left(btrim(r.name), 200), '') as name,
        case when char_length(r.email) <= 254 and r.email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then r.email end as email,
        array(select left(btrim(x), 50) from unnest(coalesce(r.tags, '{}') || extra) x
              where btrim(x) <> '') as tags,
        case when jsonb_typeof(r.attributes) = 'object' then r.attributes else '{}'::jsonb end as attributes
      from jsonb_to_recordset(rows) as r(line integer, phone text, country_code text, name text,
                                         email text, tags text[], attributes jsonb)
      where r.phone ~ '^\+[1-9][0-9]{6,14}$'
      order by r.phone, r.line
    ) i
    where c.organization_id = org and c.phone = i.phone
      and (coalesce(i.name, c.name), coalesce(i.email, c.email),
           array(select distinct t from unnest(c.tags || i.tags) t order by t), c.attributes || i.attributes)
          is distinct from (c.name, c.email, c.tags, c.attributes);
    get diagnostics updated = row_count;
  end if;

  -- One statement inserts the chunk, first occurrence of each number in line order. Without a
  -- quota, numbers that are already contacts are left to ON CONFLICT (which checks the unique
  -- index before writing anything); with one, they are set apart first, so that the room left
  -- goes to new numbers only and the lines beyond it can be told.
  with candidates as materialized (
    select f.*, row_number() over (order by f.line) as n
    from (
      select distinct on (r.phone)
        r.line,
        r.phone,
        case when r.country_code ~ '^[A-Z]{2}$' then r.country_code end as country_code,
        nullif(left(btrim(r.name), 200), '') as name,
        case when char_length(r.email) <= 254 and r.email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then r.email end as email,
        case when r.tags is null and cardinality(extra) = 0 then '{}'::text[] else array(
          select distinct t from (
            select left(btrim(x), 50) as t from unnest(coalesce(r.tags, '{}') || extra) x
          ) cleaned where t <> '' order by t
        ) end as tags,
        case when jsonb_typeof(r.attributes) = 'object' then r.attributes else '{}'::jsonb end as attributes
      from jsonb_to_recordset(rows) as r(line integer, phone text, country_code text, name text,
                                         email text, tags text[], attributes jsonb)
      where r.phone ~ '^\+[1-9][0-9]{6,14}$'
      order by r.phone, r.line
    ) f
    where quota is null
       or not exists (select 1 from public.contacts c where c.organization_id = org and c.phone = f.phone)
  ),
  added as (
    insert into public.contacts (organization_id, phone, country_code, name, email, tags, attributes,
                                 opt_in_status, opt_in_source)
    select org, i.phone, i.country_code, i.name, i.email, i.tags, i.attributes, 'opted_in', 'import'
    from candidates i
    where room is null or i.n <= room
    order by i.line
    on conflict on constraint contacts_organization_id_phone_key do nothing
    returning 1
  )
  select (select count(*) from added),
         (select array_agg(i.line order by i.line) from candidates i where i.n > room)
  into inserted, over_lines;
  over_quota := coalesce(cardinality(over_lines), 0);

  return jsonb_build_object(
    'imported', inserted,
    'updated', updated,
    -- Valid numbers neither inserted, updated nor over the quota were contacts already (or were
    -- added by someone else meanwhile).
    'unchanged', distinct_valid - inserted - updated - over_quota,
    'overQuota', over_quota,
    'firstOverQuotaLine', over_lines[1],
    'overQuotaLines', to_jsonb(coalesce(over_lines, '{}'::integer[])),
    'invalid', invalid,
    'remaining', case when quota is null then null else greatest(quota - total - inserted, 0) end
  );
end;
$$;
revoke all on function public.import_contacts(uuid, jsonb, boolean, text[]) from public, anon;
grant execute on function public.import_contacts(uuid, jsonb, boolean, text[]) to authenticated, service_role;

-- After a large import the planner still holds the statistics of the table before it (autovacuum
-- analyses it a minute or so later), and searches in between read every row instead of using the
-- indexes. An import that wrote many rows calls this once at its end; it analyses at most once a
-- minute, whoever asks.
create or replace function public.refresh_contact_statistics()
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  latest timestamptz;
begin
  if private.from_member() and cardinality(private.organizations_of_caller('admin')) = 0 then
    raise exception using errcode = '42501',
      message = 'Seuls les administrateurs d’une organisation importent des contacts.';
  end if;
  select greatest(last_analyze, last_autoanalyze) into latest
  from pg_catalog.pg_stat_user_tables where relid = 'public.contacts'::regclass;
  if latest > now() - interval '1 minute' then
    return false;
  end if;
  analyze public.contacts;
  return true;
end;
$$;
revoke all on function public.refresh_contact_statistics() from public, anon;
grant execute on function public.refresh_contact_statistics() to authenticated, service_role;

-- Segments --------------------------------------------------------------------------------------
-- A JSON null (or absent value), or a string naming a day that exists, written YYYY-MM-DD.
create or replace function private.is_calendar_day(value jsonb)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
begin
  if value is null or jsonb_typeof(value) = 'null' then
    return true;
  end if;
  if jsonb_typeof(value) <> 'string' or value #>> '{}' !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then
    return false;
  end if;
  return to_char((value #>> '{}')::date, 'YYYY-MM-DD') = value #>> '{}';
exception
  when others then
    return false;
end;
$$;
revoke all on function private.is_calendar_day(jsonb) from public;
grant execute on function private.is_calendar_day(jsonb) to authenticated, service_role;

-- The SQL condition for segment criteria, built only from the criteria's *shape* (condition types
-- and positions); every value is read from the criteria bound as $1 at execution. The shape is the
-- one of supabase/functions/_shared/segments/criteria.ts, which tests hold to the same verdicts.
create or replace function private.segment_condition(criteria jsonb)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  conditions jsonb;
  item jsonb;
  i integer;
  part text;
  parts text[] := '{}';
  path text;
  op text;
  bad constant text := 'Critères de segment invalides : ';
begin
  if jsonb_typeof(criteria) is distinct from 'object'
     or criteria->>'match' is null or criteria->>'match' not in ('all', 'any') then
    raise exception using errcode = '22023', message = bad || 'indiquez « all » ou « any ».';
  end if;
  conditions := criteria->'conditions';
  if jsonb_typeof(conditions) is distinct from 'array' then
    raise exception using errcode = '22023', message = bad || 'la liste des conditions manque.';
  end if;
  if jsonb_array_length(conditions) > 20 then
    raise exception using errcode = '22023', message = bad || '20 conditions au plus.';
  end if;

  for i in 0 .. jsonb_array_length(conditions) - 1 loop
    item := conditions->i;
    path := format('($1->''conditions''->%s)', i);
    if jsonb_typeof(item) is distinct from 'object' then
      raise exception using errcode = '22023', message = bad || format('condition %s illisible.', i + 1);
    end if;
    case item->>'type'
      when 'has_tag', 'lacks_tag' then
        if jsonb_typeof(item->'tag') is distinct from 'string' or btrim(item->>'tag') = ''
           or char_length(item->>'tag') > 50 then
          raise exception using errcode = '22023', message = bad || format('étiquette manquante (condition %s).', i + 1);
        end if;
        part := format('c.tags @> array[%s->>''tag'']', path);
        if item->>'type' = 'lacks_tag' then part := 'not ' || part; end if;
      when 'attribute' then
        if jsonb_typeof(item->'key') is distinct from 'string' or btrim(item->>'key') = ''
           or char_length(item->>'key') > 64 then
          raise exception using errcode = '22023', message = bad || format('attribut manquant (condition %s).', i + 1);
        end if;
        op := item->>'operator';
        if op = 'exists' then
          part := format('c.attributes ? (%s->>''key'')', path);
        elsif op in ('equals', 'contains') then
          if jsonb_typeof(item->'value') is distinct from 'string' or char_length(item->>'value') > 200
             or (op = 'contains' and item->>'value' = '') then
            raise exception using errcode = '22023', message = bad || format('valeur manquante (condition %s).', i + 1);
          end if;
          if op = 'equals' then
            part := format('private.search_key(c.attributes->>(%1$s->>''key'')) = private.search_key(%1$s->>''value'')', path);
          else
            part := format('strpos(private.search_key(c.attributes->>(%1$s->>''key'')), private.search_key(%1$s->>''value'')) > 0', path);
          end if;
        elsif op in ('greater', 'less') then
          if jsonb_typeof(item->'value') is distinct from 'number' then
            raise exception using errcode = '22023', message = bad || format('nombre attendu (condition %s).', i + 1);
          end if;
          -- Attributes are text: only those that read as a number take part in the comparison.
          part := format(
            '(case when c.attributes->>(%1$s->>''key'') ~ ''^\s*-?[0-9]+([.,][0-9]+)?\s*$'' '
            'then replace(btrim(c.attributes->>(%1$s->>''key'')), '','', ''.'')::numeric end) %2$s (%1$s->>''value'')::numeric',
            path, case when op = 'greater' then '>' else '<' end);
        else
          raise exception using errcode = '22023', message = bad || format('opérateur inconnu (condition %s).', i + 1);
        end if;
      when 'opt_in_status' then
        if item->>'status' is null or item->>'status' not in ('opted_in', 'opted_out') then
          raise exception using errcode = '22023', message = bad || format('statut inconnu (condition %s).', i + 1);
        end if;
        part := format('c.opt_in_status = (%s->>''status'')::public.opt_in_status', path);
      when 'created_between' then
        if (item->'from' is null or jsonb_typeof(item->'from') = 'null')
           and (item->'to' is null or jsonb_typeof(item->'to') = 'null') then
          raise exception using errcode = '22023', message = bad || format('période vide (condition %s).', i + 1);
        end if;
        if not private.is_calendar_day(item->'from') or not private.is_calendar_day(item->'to') then
          raise exception using errcode = '22023', message = bad || format('dates au format AAAA-MM-JJ (condition %s).', i + 1);
        end if;
        -- Calendar days in the organisation's time zone ($2 is the organisation), both ends included.
        part := format(
          '(%1$s->>''from'' is null or c.created_at >= ((%1$s->>''from'')::date::timestamp at time zone $3)) and '
          '(%1$s->>''to'' is null or c.created_at < (((%1$s->>''to'')::date + 1)::timestamp at time zone $3))',
          path);
      when 'country' then
        if item->>'country' is null or item->>'country' !~ '^[A-Z]{2}$' then
          raise exception using errcode = '22023', message = bad || format('pays inconnu (condition %s).', i + 1);
        end if;
        part := format('c.country_code = (%s->>''country'')', path);
      else
        raise exception using errcode = '22023', message = bad || format('type de condition inconnu (condition %s).', i + 1);
    end case;
    parts := parts || ('(' || part || ')');
  end loop;

  if cardinality(parts) = 0 then
    return 'true';
  end if;
  return array_to_string(parts, case when criteria->>'match' = 'all' then ' and ' else ' or ' end);
end;
$$;
revoke all on function private.segment_condition(jsonb) from public;
grant execute on function private.segment_condition(jsonb) to authenticated, service_role;

create or replace function private.is_valid_segment(criteria jsonb)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
begin
  perform private.segment_condition(criteria);
  return true;
end;
$$;
revoke all on function private.is_valid_segment(jsonb) from public;
grant execute on function private.is_valid_segment(jsonb) to authenticated, service_role;

create table public.segments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  name text not null check (char_length(btrim(name)) between 1 and 120),
  description text check (char_length(description) <= 500),
  criteria jsonb not null check (private.is_valid_segment(criteria)),
  created_by uuid references auth.users (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, name)
);
create index segments_created_by_idx on public.segments (created_by);

alter table public.segments enable row level security;
create policy "members see segments" on public.segments
  for select to authenticated
  using (organization_id = any ((select private.organizations_of_caller('viewer'))::uuid[]));
create policy "admins create segments" on public.segments
  for insert to authenticated
  with check (organization_id = any ((select private.organizations_of_caller('admin'))::uuid[]));
create policy "admins edit segments" on public.segments
  for update to authenticated
  using (organization_id = any ((select private.organizations_of_caller('admin'))::uuid[]))
  with check (organization_id = any ((select private.organizations_of_caller('admin'))::uuid[]));
create policy "admins delete segments" on public.segments
  for delete to authenticated
  using (organization_id = any ((select private.organizations_of_caller('admin'))::uuid[]));
revoke insert, update on public.segments from anon, authenticated;
grant insert (organization_id, name, description, criteria) on public.segments to authenticated;
grant update (name, description, criteria) on public.segments to authenticated;

create trigger segments_touch before update on public.segments
  for each row execute function private.touch_updated_at();

-- The SQL that selects an organisation's contacts for criteria and an optional search text:
-- $1 criteria (no criteria: every contact), $2 organisation, $3 its time zone, $4 the search key.
create or replace function private.contact_selection(criteria jsonb, search text)
returns text
language sql
immutable
set search_path = ''
as $$
  select 'from public.contacts c where c.organization_id = $2'
    || case when criteria is null then '' else ' and (' || private.segment_condition(criteria) || ')' end
    || case when nullif(btrim(search), '') is null then ''
            else ' and private.search_key(coalesce(c.name, '''') || '' '' || c.phone) like $4' end
$$;
revoke all on function private.contact_selection(jsonb, text) from public;
grant execute on function private.contact_selection(jsonb, text) to authenticated, service_role;

-- Reading contacts through these functions skips row-level security on purpose: Postgres will not
-- use the trigram or GIN indexes for a non-leakproof condition (LIKE, @>) under a policy, so a
-- search over 100,000 rows would read them all. Each function checks membership itself and every
-- query is pinned to that one organisation. Returns the organisation's time zone when the caller
-- may read its contacts (a member, or a function with the service role), else null.
create or replace function private.contact_reader_zone(org uuid)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select o.time_zone from public.organizations o
  where o.id = org and (not private.from_member() or private.is_member(org))
$$;
revoke all on function private.contact_reader_zone(uuid) from public;
grant execute on function private.contact_reader_zone(uuid) to authenticated, service_role;

-- An organisation's contacts matching criteria (and a search). Pages with `after` (the last id of
-- the previous page) and `page_size`, so an export of 100,000 contacts walks the primary key
-- instead of sorting everything for every page. Nothing for a non-member.
create or replace function public.find_contacts(
  organization_id uuid,
  criteria jsonb default null,
  search text default null,
  after uuid default null,
  page_size integer default null
)
returns setof public.contacts
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  zone text := private.contact_reader_zone(find_contacts.organization_id);
begin
  if zone is null then
    return;
  end if;
  return query execute
    'select c.* ' || private.contact_selection(criteria, search)
    || ' and ($5::uuid is null or c.id > $5) order by c.id limit $6'
    using criteria, find_contacts.organization_id,
          zone, private.search_pattern(search), after,
          least(greatest(coalesce(page_size, 100000000), 1), 100000000);
end;
$$;
revoke all on function public.find_contacts(uuid, jsonb, text, uuid, integer) from public, anon;
grant execute on function public.find_contacts(uuid, jsonb, text, uuid, integer) to authenticated, service_role;

-- One window of the contacts list: criteria and a search, a sort among recent, ancien, nom,
-- nom-desc and telephone (each read along an index), `skip` rows then `take` rows.
create or replace function public.list_contacts(
  organization_id uuid,
  criteria jsonb default null,
  search text default null,
  sort text default 'recent',
  skip integer default 0,
  take integer default 100
)
returns setof public.contacts
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  zone text := private.contact_reader_zone(list_contacts.organization_id);
begin
  if zone is null then
    return;
  end if;
  return query execute
    'select c.* ' || private.contact_selection(criteria, search) || ' order by '
    || case sort
         when 'ancien' then 'c.created_at, c.id desc'
         when 'nom' then 'c.name, c.id'
         when 'nom-desc' then 'c.name desc, c.id desc'
         when 'telephone' then 'c.phone'
         else 'c.created_at desc, c.id'
       end
    || ' offset $5 limit $6'
    using criteria, list_contacts.organization_id,
          zone, private.search_pattern(search), greatest(coalesce(skip, 0), 0),
          least(greatest(coalesce(take, 100), 1), 1000);
end;
$$;
revoke all on function public.list_contacts(uuid, jsonb, text, text, integer, integer) from public, anon;
grant execute on function public.list_contacts(uuid, jsonb, text, text, integer, integer) to authenticated, service_role;

-- The number of contacts matching criteria and a search; 0 for a non-member.
create or replace function public.count_contacts(
  organization_id uuid,
  criteria jsonb default null,
  search text default null
)
returns bigint
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  zone text := private.contact_reader_zone(count_contacts.organization_id);
  total bigint;
begin
  if zone is null then
    return 0;
  end if;
  execute 'select count(*) ' || private.contact_selection(criteria, search)
    into total
    using criteria, count_contacts.organization_id,
          zone, private.search_pattern(search);
  return total;
end;
$$;
revoke all on function public.count_contacts(uuid, jsonb, text) from public, anon;
grant execute on function public.count_contacts(uuid, jsonb, text) to authenticated, service_role;

-- The tags and attribute keys in use in an organisation, most used first, as the caller may see
-- them: suggestions for filters and the segment builder.
create or replace function public.contact_tags(organization_id uuid)
returns table (tag text, contacts bigint)
language sql
stable
set search_path = ''
as $$
  select t.tag, count(*) from public.contacts c, unnest(c.tags) as t(tag)
  where c.organization_id = contact_tags.organization_id
  group by t.tag order by count(*) desc, t.tag limit 500
$$;
revoke all on function public.contact_tags(uuid) from public, anon;
grant execute on function public.contact_tags(uuid) to authenticated, service_role;

create or replace function public.contact_attribute_keys(organization_id uuid)
returns table (key text, contacts bigint)
language sql
stable
set search_path = ''
as $$
  select k.key, count(*) from public.contacts c, jsonb_object_keys(c.attributes) as k(key)
  where c.organization_id = contact_attribute_keys.organization_id
  group by k.key order by count(*) desc, k.key limit 500
$$;
revoke all on function public.contact_attribute_keys(uuid) from public, anon;
grant execute on function public.contact_attribute_keys(uuid) to authenticated, service_role;

-- Bulk actions on chosen contacts (`contact_ids`) or on everything matching criteria and a search.
-- Runs as the caller, so row-level security decides who may change (agents) or delete (admins).
-- `action`: add_tag, remove_tag, opt_out, delete. Returns the number of contacts changed.
create or replace function public.bulk_update_contacts(
  organization_id uuid,
  action text,
  contact_ids uuid[] default null,
  criteria jsonb default null,
  search text default null,
  tag text default null
)
returns bigint
language plpgsql
set search_path = ''
as $$
declare
  zone text;
  clean_tag text := left(btrim(coalesce(tag, '')), 50);
  target text;
  changed bigint;
begin
  if action is null or action not in ('add_tag', 'remove_tag', 'opt_out', 'delete') then
    raise exception using errcode = '22023', message = 'Action inconnue.';
  end if;
  if action in ('add_tag', 'remove_tag') and clean_tag = '' then
    raise exception using errcode = '22023', message = 'Indiquez l’étiquette.';
  end if;
  if not private.has_role(bulk_update_contacts.organization_id, case when action = 'delete' then 'admin' else 'agent' end::public.member_role) then
    raise exception using errcode = '42501',
      message = case when action = 'delete' then 'Seuls les administrateurs suppriment des contacts.'
                     else 'Votre rôle ne permet pas de modifier les contacts.' end;
  end if;
  select o.time_zone into zone from public.organizations o where o.id = bulk_update_contacts.organization_id;
  target := case when contact_ids is not null
    then 'from public.contacts c where c.organization_id = $2 and c.id = any ($6)'
    else private.contact_selection(criteria, search) end;

  execute case action
    when 'add_tag' then
      'update public.contacts t set tags = array(select distinct x from unnest(t.tags || array[$5]) x order by x)
       where not (t.tags @> array[$5]) and t.id in (select c.id ' || target || ')'
    when 'remove_tag' then
      'update public.contacts t set tags = array_remove(t.tags, $5)
       where t.tags @> array[$5] and t.id in (select c.id ' || target || ')'
    when 'opt_out' then
      'update public.contacts t set opt_in_status = ''opted_out'', opt_in_source = ''manual''
       where t.opt_in_status <> ''opted_out'' and t.id in (select c.id ' || target || ')'
    when 'delete' then
      'delete from public.contacts t where t.id in (select c.id ' || target || ')'
    end
    using criteria, bulk_update_contacts.organization_id,
          coalesce(zone, 'UTC'), private.search_pattern(search), clean_tag, contact_ids;
  get diagnostics changed = row_count;
  return changed;
end;
$$;
revoke all on function public.bulk_update_contacts(uuid, text, uuid[], jsonb, text, text) from public, anon;
grant execute on function public.bulk_update_contacts(uuid, text, uuid[], jsonb, text, text) to authenticated;

-- Usage now counts real contacts and this month's outbound messages (in the organisation's zone).
create or replace function public.organization_usage(organization_id uuid)
returns table (contacts integer, messages_this_month integer, seats integer)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  org uuid := organization_usage.organization_id;
  zone text;
begin
  if not private.is_member(org) then
    raise exception using errcode = '42501', message = 'Vous n''êtes pas membre de cette organisation.';
  end if;
  select o.time_zone into zone from public.organizations o where o.id = org;
  return query select
    (select count(*)::integer from public.contacts c where c.organization_id = org),
    (select count(*)::integer from public.whatsapp_messages m
     where m.organization_id = org and m.direction = 'outbound'
       and m.created_at >= date_trunc('month', now() at time zone zone) at time zone zone),
    private.used_seats(org);
end;
$$;
