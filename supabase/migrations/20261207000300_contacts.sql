-- Contacts: one row per WhatsApp number of an organisation (E.164, unique per organisation), with
-- tags, free attributes, consent (opt-in / opt-out with its history), Wati sync state, the plan's
-- contact quota, the import RPC (every row checked against the phone numbering plans), and
-- segments evaluated in SQL with bound parameters only.

create type public.opt_in_status as enum ('opted_in', 'opted_out');
create type public.wati_sync_status as enum ('pending', 'syncing', 'synced', 'failed');

-- Lower case without French accents: what searches compare. Built-ins only and no SET clause, so
-- Postgres inlines it (a bulk import computes it for every row).
create function private.search_key(value text)
returns text
language sql
immutable
parallel safe
as $$
  select pg_catalog.translate(pg_catalog.lower(value),
    'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy')
$$;
grant execute on function private.search_key(text) to authenticated, service_role;

-- The LIKE pattern that finds a search text anywhere (its own % and _ taken literally).
create function private.search_pattern(search text)
returns text
language sql
immutable
set search_path = ''
as $$
  select '%' || replace(replace(replace(private.search_key(btrim(coalesce(search, ''))),
    '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;
grant execute on function private.search_pattern(text) to authenticated, service_role;

-- Contacts --------------------------------------------------------------------------------------
create table public.contacts (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  phone public.e164 not null,
  -- The number's country (ISO 3166 alpha-2), as libphonenumber-js reads it.
  country_code text check (country_code ~ '^[A-Z]{2}$'),
  -- As long as any other name (NAME_MAX_LENGTH of _shared/limits.ts): imports cut longer ones.
  name text check (char_length(name) <= 120),
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
  using (organization_id = any (array(select private.caller_organizations())));
create policy "agents add contacts" on public.contacts
  for insert to authenticated
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'agent'))));
create policy "agents edit contacts" on public.contacts
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'agent'))))
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'agent'))));
create policy "admins delete contacts" on public.contacts
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));

-- Members write only what a person may know about a contact; sync state, consent dates and
-- authorship are kept by the database and the functions.
revoke insert, update on public.contacts from anon, authenticated;
grant insert (organization_id, phone, country_code, name, email, tags, attributes, opt_in_status,
  opt_in_source, language) on public.contacts to authenticated;
grant update (phone, country_code, name, email, tags, attributes, opt_in_status, opt_in_source,
  language) on public.contacts to authenticated;

-- Consent history: every change of opt-in status, with who, when and from where, and the arrival
-- of a contact already opted out, so that a contact's status always has the event that explains it.
create table public.contact_consent_events (
  id bigint generated always as identity primary key,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  contact_id uuid not null references public.contacts (id) on delete cascade,
  status public.opt_in_status not null,
  source text not null,
  changed_by uuid references auth.users (id) on delete set null,
  -- Why an admin re-subscribed the contact, and the proof of the contact's consent (« formulaire
  -- papier signé le 3 mars »), as given to public.resubscribe_contact: both or neither, and only
  -- on a re-subscription. Free text, so the limit of descriptions (TEXT_MAX_LENGTH, 500).
  reason text check (reason = btrim(reason) and char_length(reason) between 1 and 500),
  proof text check (proof = btrim(proof) and char_length(proof) between 1 and 500),
  created_at timestamptz not null default now(),
  check ((reason is null) = (proof is null)),
  check (reason is null or status = 'opted_in')
);
create index contact_consent_events_contact_idx on public.contact_consent_events (contact_id, created_at desc);
create index contact_consent_events_organization_idx on public.contact_consent_events (organization_id);
create index contact_consent_events_changed_by_idx on public.contact_consent_events (changed_by);

alter table public.contact_consent_events enable row level security;
create policy "members see consent history" on public.contact_consent_events
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
revoke insert, update, delete on public.contact_consent_events from anon, authenticated;

-- Row triggers run only when their WHEN clause holds, so a bulk import pays for none of them.
create function private.stamp_contact_change()
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

-- The reason and proof of a re-subscription come from public.resubscribe_contact, which sets them
-- (transaction-locally) around its one update; the Data API cannot set them (it exposes neither
-- set_config nor anything outside schema public).
create function private.record_consent_changes()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.contact_consent_events
    (organization_id, contact_id, status, source, changed_by, reason, proof)
  select n.organization_id, n.id, n.opt_in_status, n.opt_in_source, (select auth.uid()),
         case when n.opt_in_status = 'opted_in'
              then nullif(current_setting('wcap.consent_reason', true), '') end,
         case when n.opt_in_status = 'opted_in'
              then nullif(current_setting('wcap.consent_proof', true), '') end
  from new_rows n join old_rows o on o.id = n.id
  where n.opt_in_status is distinct from o.opt_in_status;
  return null;
end;
$$;

create trigger contacts_consent_history after update on public.contacts
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.record_consent_changes();

-- A contact that arrives opted out (an opt-out received on WhatsApp from an unknown number, a
-- member or a script adding someone who already said no, the demo data) starts its history with
-- that opt-out, from its source. Imports add contacts opted in: for them this reads the
-- statement's new rows once and writes nothing.
create function private.record_consent_on_arrival()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.contact_consent_events (organization_id, contact_id, status, source, changed_by)
  select n.organization_id, n.id, n.opt_in_status, n.opt_in_source, (select auth.uid())
  from new_rows n
  where n.opt_in_status = 'opted_out';
  return null;
end;
$$;

create trigger contacts_consent_on_arrival after insert on public.contacts
  referencing new table as new_rows
  for each statement execute function private.record_consent_on_arrival();

-- Re-subscribing a contact who opted out is the one consent change members may not make by
-- editing the row: owners and admins do it through public.resubscribe_contact, with the reason
-- and the proof of consent that the history keeps, whoever opted the contact out (the contact on
-- WhatsApp, or a member: the simplest rule that never lets a « STOP » be undone lightly). Opting
-- out stays open to agents (the form, the bulk action). Checked on statements run with a member's
-- own rights, as the row checks below are; functions with the service role and SECURITY DEFINER
-- functions answer for what they write.
create function private.refuse_direct_resubscription()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.has_role(new.organization_id, 'admin') then
    raise exception using errcode = '42501',
      message = 'Seuls les propriétaires et les administrateurs réabonnent un contact désinscrit.',
      hint = 'resubscribe_requires_admin';
  end if;
  -- An admin editing the row directly gives neither reason nor proof.
  raise exception using errcode = '22023',
    message = 'Indiquez pourquoi ce contact est réabonné.',
    hint = 'resubscribe_reason_required';
end;
$$;

create trigger contacts_resubscription_guard before update on public.contacts
  for each row when (
    current_user = 'authenticated'
    and old.opt_in_status = 'opted_out' and new.opt_in_status = 'opted_in'
  )
  execute function private.refuse_direct_resubscription();

-- The plan's contact quota, whoever inserts: checked once per statement under a per-organisation
-- lock, so two imports running at once cannot overshoot it together.
create function private.lock_contact_quota(org uuid)
returns void
language sql
set search_path = ''
as $$
  select pg_advisory_xact_lock(hashtextextended('wcap.contacts_quota:' || org::text, 0))
$$;

create function private.enforce_contact_quota()
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

create trigger contacts_quota after insert on public.contacts
  referencing new table as new_rows
  for each statement execute function private.enforce_contact_quota();

-- The quota counts every contact of the organisation, whatever its consent (as organization_usage
-- shows it and import_contacts fills it). An opt-out received on WhatsApp is the one row allowed
-- beyond it, so that it is never lost; re-subscribing such a row makes it a contact like any
-- other. So every statement that adds a contact to an organisation or subscribes one again must
-- leave the organisation within its quota, checked once per statement under the quota lock.
create function private.assert_contacts_within_quota(orgs uuid[])
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
        detail = jsonb_build_object('limit', org.quota)::text,
        hint = 'contact_quota_reached';
    end if;
  end loop;
end;
$$;

create function private.enforce_contact_quota_on_update()
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

-- Transition tables rule out a column list (UPDATE OF opt_in_status): the function picks the rows.
create trigger contacts_quota_on_update after update on public.contacts
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.enforce_contact_quota_on_update();
-- Phone numbering plans -------------------------------------------------------------------------
-- libphonenumber cannot run in Postgres: its numbering plans are kept here as data, generated
-- from libphonenumber-js by scripts/phone-rules/generate.ts (the version is named above the data
-- below). Each pattern applies to the national significant number (the digits after the calling
-- code), anchored and with libphonenumber's length rules as lookaheads; Postgres's ARE engine
-- reads them as JavaScript does (phone-rules.int.test.ts checks both agree).
create table private.phone_rules (
  -- ISO 3166 alpha-2; null for a non-geographic plan (+800, +882…).
  country_code text unique check (country_code ~ '^[A-Z]{2}$'),
  calling_code text not null check (calling_code ~ '^[1-9][0-9]{0,2}$'),
  -- libphonenumber's order among the plans of one calling code (0: the main one).
  rank smallint not null check (rank >= 0),
  -- A shared calling code's plans claim numbers by their leading digits, or else by their types.
  shared boolean not null,
  leading_digits_pattern text,
  -- Null when the plan has no mobile pattern: its fixed-or-mobile numbers can have WhatsApp (NANPA).
  mobile_pattern text,
  fixed_line_pattern text,
  -- Toll-free, premium rate, shared cost, VoIP…: numbers WhatsApp does not serve.
  other_pattern text,
  primary key (calling_code, rank)
);
alter table private.phone_rules enable row level security;

-- The plan a number in E.164 belongs to, as libphonenumber-js reads it: the first plan of its
-- calling code that claims it (no country when none does: then the main plan judges it), and
-- whether WhatsApp can reach it. No row for an unknown calling code. A SQL function without SET
-- clause so that Postgres inlines it into the import's query.
create function private.phone_plan(phone text)
returns table (country_code text, calling_code text, rank smallint, whatsapp boolean)
language sql
stable
parallel safe
as $$
  select case when p.claims then p.country_code end, p.calling_code, p.rank,
         case when p.mobile_pattern is not null then p.national ~ p.mobile_pattern
              else coalesce(p.national ~ p.fixed_line_pattern, false) end
  from (
    select r.country_code, r.calling_code, r.rank, r.mobile_pattern, r.fixed_line_pattern, n.national,
           case when not r.shared then true
                when r.leading_digits_pattern is not null then n.national ~ r.leading_digits_pattern
                else coalesce(n.national ~ r.fixed_line_pattern, false)
                  or coalesce(n.national ~ r.mobile_pattern, false)
                  or coalesce(n.national ~ r.other_pattern, false)
           end as claims
    from private.phone_rules r
    cross join lateral (select pg_catalog.substr(phone, 2 + pg_catalog.char_length(r.calling_code)) as national) n
    -- Calling codes are prefix-free: at most one of these is one.
    where phone is not null
      and r.calling_code in (pg_catalog.substr(phone, 2, 1), pg_catalog.substr(phone, 2, 2),
                             pg_catalog.substr(phone, 2, 3))
  ) p
  where p.claims or p.rank = 0
  order by p.claims desc, p.rank
  limit 1
$$;

-- Why a contact row is refused, as {"reason": code, …values}: the import reports the sentence,
-- the row checks raise it with the refusal as the error's detail (hint contact_refused), so that
-- the SPA can say it in English too. The French sentences, in the words of
-- supabase/functions/_shared/phone.ts and src/domain/contacts/import where they have them, are
-- all here; the reasons are CONTACT_REFUSAL_REASONS of _shared/server-error-codes.ts.
create function private.contact_refusal_message(refusal jsonb)
returns text
language sql
immutable
set search_path = ''
as $$
  select case refusal->>'reason'
    when 'phone_missing' then 'Numéro manquant'
    when 'country_unknown' then format('Pays inconnu : « %s »', refusal->>'country')
    when 'calling_code_unknown' then 'Indicatif international inconnu'
    when 'country_mismatch' then format('Le pays indiqué (%s) ne correspond pas au numéro (%s)',
                                        refusal->>'country', refusal->>'region')
    when 'landline' then 'Numéro fixe : pas de WhatsApp'
    when 'special_number' then 'Numéro spécial (vert, surtaxé…) : pas de WhatsApp'
    when 'invalid_number' then format('Numéro invalide (%s)', refusal->>'region')
    when 'name_too_long' then format('Nom de plus de %s caractères', refusal->>'max')
    when 'too_many_tags' then format('Plus de %s étiquettes', refusal->>'max')
    when 'tag_invalid' then format('Étiquette vide ou de plus de %s caractères', refusal->>'max')
    when 'attributes_unreadable' then 'Attributs illisibles : des textes nommés sont attendus'
    when 'too_many_attributes' then format('Plus de %s attributs', refusal->>'max')
    when 'attribute_key_invalid'
      then format('Nom d’attribut vide ou de plus de %s caractères', refusal->>'max')
    when 'attribute_value_too_long'
      then format('Valeur d’attribut de plus de %s caractères', refusal->>'max')
  end
$$;

-- Why a number in E.164 cannot be imported as from `claimed` (a known country, or null), as a
-- refusal (see private.contact_refusal_message); null when it can. `region` names the number's
-- country, or its calling code when it has none.
create function private.phone_refusal(phone text, claimed text)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  plan record;
  rule private.phone_rules;
  national text;
begin
  select * into plan from private.phone_plan(phone);
  if not found then
    return jsonb_build_object('reason', 'calling_code_unknown');
  end if;
  if claimed is not null and plan.country_code is distinct from claimed then
    return jsonb_build_object('reason', 'country_mismatch', 'country', claimed,
                              'region', coalesce(plan.country_code, '+' || plan.calling_code));
  end if;
  if plan.whatsapp then
    return null;
  end if;
  select * into rule from private.phone_rules r
  where r.calling_code = plan.calling_code and r.rank = plan.rank;
  national := substr(phone, 2 + char_length(rule.calling_code));
  if national ~ rule.fixed_line_pattern then
    return jsonb_build_object('reason', 'landline');
  end if;
  if national ~ rule.other_pattern then
    return jsonb_build_object('reason', 'special_number');
  end if;
  return jsonb_build_object('reason', 'invalid_number',
                            'region', coalesce(plan.country_code, claimed, '+' || plan.calling_code));
end;
$$;

-- Statistics ------------------------------------------------------------------------------------
-- After a large import the planner still holds the statistics of the table before it (autovacuum
-- analyses it a minute or so later), and searches in between read every row instead of using the
-- indexes. It is the server's job: import_contacts calls this after a chunk that wrote many rows.
-- It analyses at most once a minute whoever imports, and never twice at once. Private: callers on
-- the Data API could otherwise make the server analyse at will.
create function private.refresh_contact_statistics()
returns void
language plpgsql
set search_path = ''
as $$
begin
  -- Another chunk analysing right now is enough: waiting for it would only analyse again.
  if pg_try_advisory_xact_lock(hashtextextended('wcap.contacts_statistics', 0))
     and not exists (select 1 from pg_catalog.pg_stat_user_tables
                     where relid = 'public.contacts'::regclass
                       and greatest(last_analyze, last_autoanalyze) > now() - interval '1 minute') then
    analyze public.contacts;
  end if;
end;
$$;

-- Import ----------------------------------------------------------------------------------------
-- A row that passed every check, as the chunk's statements read it.
create type private.contact_import_row as (
  line integer,
  phone text,
  country_code text,
  name text,
  email text,
  tags text[],
  attributes jsonb
);

-- One chunk of an import (the SPA wizard and `npm run contacts:import` both call it). The body is
-- {organization_id, rows, update_existing?, add_tags?}, `rows` a JSON array of {line, phone,
-- country_code, name, email, tags, attributes} with numbers in E.164. It comes as one unnamed json
-- argument, unparsed: PostgREST unescapes the text of named arguments, and one \u0000 anywhere
-- would fail the whole request before a row is read. Whoever calls it (the wizard,
-- `npm run contacts:import`, or a script on the Data API), each row is checked as the import
-- pipeline checks it — a mobile number in E.164 whose country agrees, bounded tags and
-- attributes, no NUL character — and a bad row is reported ({line, value, reason}) while the
-- others are imported. New numbers are inserted in line order up to the quota; existing numbers
-- are skipped, or merged when `update_existing` (tags and attributes added, name and e-mail
-- replaced when given; consent never changes here). Running the same chunk twice changes nothing.
create function public.import_contacts(json)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  body text := $1::text;
  -- What each escaped NUL (which text cannot hold) becomes, so that the body parses and the rows
  -- holding one can be told: a text no request contains.
  unreadable text;
  request jsonb;
  org uuid;
  rows jsonb;
  update_existing boolean;
  extra text[];
  unknown_key text;
  good private.contact_import_row[];
  invalid jsonb;
  merge_refused jsonb := '[]';
  quota integer;
  room bigint;
  total bigint := 0;
  inserted bigint := 0;
  updated bigint := 0;
  distinct_valid bigint;
  over_lines integer[];
  over_quota integer;
begin
  if json_typeof($1) is distinct from 'object' then
    raise exception using errcode = '22023', message = 'La requête doit être un objet JSON.',
      hint = 'import_body_not_object';
  end if;
  if strpos(body, '\u0000') > 0 then
    unreadable := '<nul ' || gen_random_uuid() || '>';
    -- \u0000 after an even number of backslashes: an escaped NUL, not an escaped backslash.
    body := regexp_replace(body, '(?<!\\)((?:\\\\)*)\\u0000', '\1' || unreadable, 'g');
  end if;
  begin
    request := body::jsonb;
  exception when invalid_text_representation or untranslatable_character or numeric_value_out_of_range then
    -- PostgREST refuses a lone surrogate itself; a SQL caller may still send one, or a huge number.
    raise exception using errcode = '22023', message = 'La requête contient du texte illisible.',
      hint = 'import_body_unreadable';
  end;

  select k into unknown_key from jsonb_object_keys(request) k
  where k not in ('organization_id', 'rows', 'update_existing', 'add_tags') limit 1;
  if found then
    raise exception using errcode = '22023',
      message = format('Paramètre inconnu : « %s ».', left(unknown_key, 50)),
      detail = jsonb_build_object('parameter', left(unknown_key, 50))::text,
      hint = 'import_unknown_parameter';
  end if;
  if jsonb_typeof(request->'organization_id') is distinct from 'string'
     or request->>'organization_id' !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    raise exception using errcode = '22023', message = 'Indiquez l’organisation par son identifiant.',
      hint = 'import_organization_missing';
  end if;
  org := (request->>'organization_id')::uuid;

  if private.from_client_role() and not private.has_role(org, 'admin') then
    raise exception using errcode = '42501',
      message = 'Seuls les administrateurs de l’organisation importent des contacts.',
      hint = 'import_requires_admin';
  end if;
  rows := request->'rows';
  if jsonb_typeof(rows) is distinct from 'array' then
    raise exception using errcode = '22023', message = 'Les lignes à importer doivent former une liste.',
      hint = 'import_rows_not_list';
  end if;
  if jsonb_array_length(rows) > 10000 then
    raise exception using errcode = '54000', message = 'Envoyez au plus 10 000 lignes à la fois.',
      detail = jsonb_build_object('max', 10000)::text,
      hint = 'import_too_many_rows';
  end if;
  if coalesce(jsonb_typeof(request->'update_existing'), 'null') not in ('boolean', 'null') then
    raise exception using errcode = '22023', message = 'update_existing vaut true ou false.',
      hint = 'import_update_existing_invalid';
  end if;
  update_existing := coalesce((request->>'update_existing')::boolean, false);
  if coalesce(jsonb_typeof(request->'add_tags'), 'null') not in ('array', 'null')
     or exists (select 1 from jsonb_array_elements(
                  case when jsonb_typeof(request->'add_tags') = 'array' then request->'add_tags' end) t
                where jsonb_typeof(t) <> 'string') then
    raise exception using errcode = '22023', message = 'Les étiquettes ajoutées forment une liste de textes.',
      hint = 'import_added_tags_invalid';
  end if;
  extra := array(
    select distinct left(btrim(t), 50)
    from jsonb_array_elements_text(case when jsonb_typeof(request->'add_tags') = 'array' then request->'add_tags' end) t
    where btrim(t) <> ''
  );
  if unreadable is not null and exists (select 1 from unnest(extra) t where strpos(t, unreadable) > 0) then
    raise exception using errcode = '22023',
      message = 'Les étiquettes ajoutées contiennent un caractère nul.',
      hint = 'import_added_tags_nul';
  end if;
  select contacts_quota into quota from public.organizations where id = org;
  if not found then
    raise exception using errcode = 'P0002', message = 'Organisation introuvable.',
      hint = 'organization_not_found';
  end if;

  -- Every row checked in one statement; the rules are those of src/domain/contacts/import
  -- (prepare-contacts.ts, contact-limits.ts) and of supabase/functions/_shared/phone.ts.
  with items as (
    select e.position,
           jsonb_typeof(e.item) = 'object' as is_object,
           unreadable is not null and strpos(e.item::text, unreadable) > 0 as holds_nul,
           case when jsonb_typeof(e.item->'line') = 'number' and e.item->>'line' ~ '^[1-9][0-9]{0,8}$'
                then (e.item->>'line')::integer end as line,
           e.item->'phone' as phone_value,
           case when jsonb_typeof(e.item->'phone') = 'string' then e.item->>'phone' end as phone,
           coalesce(jsonb_typeof(e.item->'country_code'), 'null') as country_type,
           e.item->>'country_code' as country_text,
           case when jsonb_typeof(e.item->'country_code') = 'string' then e.item->>'country_code' end as country_code,
           coalesce(jsonb_typeof(e.item->'name'), 'null') in ('string', 'null') as name_is_text,
           case when jsonb_typeof(e.item->'name') = 'string' then nullif(left(btrim(e.item->>'name'), 120), '') end as name,
           coalesce(jsonb_typeof(e.item->'email'), 'null') in ('string', 'null') as email_is_text,
           case when jsonb_typeof(e.item->'email') = 'string' then e.item->>'email' end as email,
           coalesce(jsonb_typeof(e.item->'tags'), 'null') in ('array', 'null')
             and not exists (select 1 from jsonb_array_elements(
                               case when jsonb_typeof(e.item->'tags') = 'array' then e.item->'tags' end) t
                             where jsonb_typeof(t) <> 'string') as tags_are_texts,
           case when jsonb_typeof(e.item->'tags') is distinct from 'array' and cardinality(extra) = 0
                then '{}'::text[]
                else array(
                  select distinct t from (
                    select left(btrim(x), 50) as t from jsonb_array_elements_text(
                      case when jsonb_typeof(e.item->'tags') = 'array' then e.item->'tags' end) x
                    union all
                    select unnest(extra)
                  ) cleaned where t <> '' order by t
                ) end as tags,
           coalesce(jsonb_typeof(e.item->'attributes'), 'null') in ('object', 'null') as attributes_are_object,
           case when jsonb_typeof(e.item->'attributes') = 'object' then e.item->'attributes' else '{}'::jsonb end as attributes
    from jsonb_array_elements(rows) with ordinality as e(item, position)
  ),
  fields as materialized (
    select i.*, claimed.country_code is not null as known_country,
           -- The usual row names the country of its number, alone on its calling code: that
           -- plan's mobile pattern decides, without looking for the plan.
           coalesce(not claimed.shared and claimed.mobile_pattern is not null
                    and starts_with(i.phone, '+' || claimed.calling_code)
                    and substr(i.phone, 2 + char_length(claimed.calling_code)) ~ claimed.mobile_pattern,
                    false) as mobile_as_claimed
    from items i left join private.phone_rules claimed on claimed.country_code = i.country_code
  ),
  checked as materialized (
    select f.position, f.line, f.phone,
           case when f.mobile_as_claimed then f.country_code else plan.country_code end as country_code,
           f.name,
           case when char_length(f.email) <= 254 and f.email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then f.email end as email,
           f.tags, f.attributes,
           case when unreadable is null then v.value else replace(v.value, unreadable, '�') end as value,
           -- The sentences a row check would also give come from private.contact_refusal_message.
           case
             when not f.is_object then 'Ligne illisible : un objet JSON est attendu'
             when f.holds_nul then 'Caractère nul dans la ligne'
             when f.line is null then 'Numéro de ligne manquant ou invalide'
             when f.phone_value is null or jsonb_typeof(f.phone_value) = 'null' or f.phone = ''
               then private.contact_refusal_message('{"reason": "phone_missing"}')
             when f.phone is null or not private.is_e164(f.phone)
               then 'Numéro attendu au format international E.164 (ex. +237671234567)'
             when f.country_type <> 'null' and not f.known_country
               then private.contact_refusal_message(
                      jsonb_build_object('reason', 'country_unknown', 'country', left(f.country_text, 20)))
             when not f.name_is_text then 'Nom illisible : du texte est attendu'
             when not f.email_is_text then 'E-mail illisible : du texte est attendu'
             when not f.tags_are_texts then 'Étiquettes illisibles : une liste de textes est attendue'
             when cardinality(f.tags) > 100
               then private.contact_refusal_message('{"reason": "too_many_tags", "max": 100}')
             when not f.attributes_are_object or not attribute.all_texts
               then private.contact_refusal_message('{"reason": "attributes_unreadable"}')
             when attribute.count > 50
               then private.contact_refusal_message('{"reason": "too_many_attributes", "max": 50}')
             when attribute.shortest_key = 0 or attribute.longest_key > 64
               then private.contact_refusal_message('{"reason": "attribute_key_invalid", "max": 64}')
             when attribute.longest_value > 500
               then private.contact_refusal_message('{"reason": "attribute_value_too_long", "max": 500}')
             when f.mobile_as_claimed then null
             when plan.whatsapp and (f.country_code is null or f.country_code = plan.country_code) then null
             else private.contact_refusal_message(private.phone_refusal(f.phone, f.country_code))
           end as reason
    from fields f
    cross join lateral (
      select left(case jsonb_typeof(f.phone_value) when 'string' then f.phone_value #>> '{}'
                                                   when 'null' then ''
                                                   else coalesce(f.phone_value::text, '') end, 100) as value
    ) v
    cross join lateral (
      select count(*) as count,
             coalesce(bool_and(jsonb_typeof(a.value) = 'string'), true) as all_texts,
             min(char_length(a.key)) as shortest_key,
             max(char_length(a.key)) as longest_key,
             max(char_length(a.value #>> '{}')) as longest_value
      from jsonb_each(f.attributes) a
    ) attribute
    -- Only the other rows look for the plan of their number (a null phone reads no plan).
    left join lateral private.phone_plan(case when not f.mobile_as_claimed then f.phone end) plan on true
  )
  select coalesce(array_agg(row(c.line, c.phone, c.country_code, c.name, c.email, c.tags, c.attributes)
                            ::private.contact_import_row) filter (where c.reason is null), '{}'),
         coalesce(jsonb_agg(jsonb_build_object('line', c.line, 'value', c.value, 'reason', c.reason)
                            order by c.position) filter (where c.reason is not null), '[]'),
         count(distinct c.phone) filter (where c.reason is null)
  into good, invalid, distinct_valid
  from checked c;

  -- Only a quota needs the per-organisation lock: without one, concurrent chunks are kept apart
  -- by the unique (organization_id, phone) index alone, and may run side by side.
  if quota is not null then
    perform private.lock_contact_quota(org);
    select count(*) into total from public.contacts c where c.organization_id = org;
    room := greatest(quota - total, 0);
  end if;

  if update_existing then
    -- A merge that would take a contact over the bounds is refused for that row alone.
    with incoming as (
      select distinct on (g.phone) g.* from unnest(good) g order by g.phone, g.line
    ),
    merged as materialized (
      select c.id, i.line, i.phone,
             coalesce(i.name, c.name) as name,
             coalesce(i.email, c.email) as email,
             coalesce(c.country_code, i.country_code) as country_code,
             array(select distinct t from unnest(c.tags || i.tags) t order by t) as tags,
             c.attributes || i.attributes as attributes
      from incoming i join public.contacts c on c.organization_id = org and c.phone = i.phone
    ),
    bounded as materialized (
      select m.*,
             case when cardinality(m.tags) > 100 then 'Le contact aurait plus de 100 étiquettes'
                  when (select count(*) from jsonb_object_keys(m.attributes)) > 50
                    then 'Le contact aurait plus de 50 attributs'
             end as reason
      from merged m
    ),
    changed as (
      update public.contacts c set
        name = b.name, email = b.email, country_code = b.country_code, tags = b.tags, attributes = b.attributes
      from bounded b
      where c.id = b.id and b.reason is null
        and (b.name, b.email, b.tags, b.attributes) is distinct from (c.name, c.email, c.tags, c.attributes)
      returning 1
    )
    select (select count(*) from changed),
           coalesce((select jsonb_agg(jsonb_build_object('line', b.line, 'value', b.phone, 'reason', b.reason)
                                      order by b.line)
                     from bounded b where b.reason is not null), '[]')
    into updated, merge_refused;
  end if;

  -- One statement inserts the chunk, first occurrence of each number in line order. Without a
  -- quota, numbers that are already contacts are left to ON CONFLICT (which checks the unique
  -- index before writing anything); with one, they are set apart first, so that the room left
  -- goes to new numbers only and the lines beyond it can be told.
  with candidates as materialized (
    select f.*, row_number() over (order by f.line) as n
    from (
      select distinct on (g.phone) g.* from unnest(good) g order by g.phone, g.line
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

  -- A thousand rows written: the planner's statistics may no longer describe the table.
  if inserted + updated >= 1000 then
    perform private.refresh_contact_statistics();
  end if;

  return jsonb_build_object(
    'imported', inserted,
    'updated', updated,
    -- Valid numbers neither inserted, updated, refused at the merge nor over the quota were
    -- contacts already (or were added by someone else meanwhile).
    'unchanged', distinct_valid - inserted - updated - jsonb_array_length(merge_refused) - over_quota,
    'overQuota', over_quota,
    'firstOverQuotaLine', over_lines[1],
    'overQuotaLines', to_jsonb(coalesce(over_lines, '{}'::integer[])),
    'invalid', invalid || merge_refused,
    'remaining', case when quota is null then null else greatest(quota - total - inserted, 0) end
  );
end;
$$;
revoke all on function public.import_contacts(json) from anon;
grant execute on function public.import_contacts(json) to authenticated, service_role;
-- Contacts written directly through the Data API get the checks an import gets: a member who
-- inserts or edits a contact row (the contact form, or a script with a member's token) is refused,
-- with import_contacts' French reasons, a number WhatsApp cannot reach or whose country disagrees,
-- and tags or attributes beyond the bounds of src/domain/contacts/import/contact-limits.ts.

-- What tags and attributes may hold, as a refusal (see private.contact_refusal_message). A null
-- argument is not checked: the trigger passes only what a write changes. import_contacts checks
-- the same bounds inline, in its set-based statement.
create function private.contact_bounds_refusal(tags text[], attributes jsonb)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select case
    when cardinality(tags) > 100 then '{"reason": "too_many_tags", "max": 100}'::jsonb
    -- import_contacts trims and cuts tags to 50 characters, as the SPA's tag rules do.
    when exists (select 1 from unnest(tags) t where char_length(btrim(t)) = 0 or char_length(t) > 50)
      then '{"reason": "tag_invalid", "max": 50}'::jsonb
    when jsonb_typeof(attributes) <> 'object'
      or exists (select 1 from jsonb_each(attributes) a where jsonb_typeof(a.value) <> 'string')
      then '{"reason": "attributes_unreadable"}'::jsonb
    when (select count(*) from jsonb_object_keys(attributes)) > 50
      then '{"reason": "too_many_attributes", "max": 50}'::jsonb
    when exists (select 1 from jsonb_object_keys(attributes) k where char_length(k) not between 1 and 64)
      then '{"reason": "attribute_key_invalid", "max": 64}'::jsonb
    when exists (select 1 from jsonb_each_text(attributes) a where char_length(a.value) > 500)
      then '{"reason": "attribute_value_too_long", "max": 500}'::jsonb
  end
$$;

-- Refuses a member's contact row with the reason (23514, which PostgREST answers with 400; the
-- hint contact_refused lets the SPA tell it from Postgres's own check messages, and the detail is
-- the refusal, {"reason": …, …values}, for the SPA to say it in its language). The number with
-- its country, the name, the tags and the attributes are each checked when the row is inserted
-- or when they change: an agent renaming a contact whose number came from WhatsApp (a landline
-- may opt out too) is not refused.
create function private.check_contact_row()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  inserted boolean := tg_op = 'INSERT';
  refusal jsonb;
begin
  if inserted or (new.phone, new.country_code) is distinct from (old.phone, old.country_code) then
    refusal := case
      -- Anything else that is not E.164 never gets here: the column's domain refuses it first.
      when new.phone is null then '{"reason": "phone_missing"}'::jsonb
      when new.country_code is not null
       and not exists (select 1 from private.phone_rules r where r.country_code = new.country_code)
        then jsonb_build_object('reason', 'country_unknown', 'country', left(new.country_code, 20))
      else private.phone_refusal(new.phone, new.country_code)
    end;
  end if;
  if refusal is null and (inserted or new.name is distinct from old.name)
     and char_length(new.name) > 120 then
    refusal := '{"reason": "name_too_long", "max": 120}'::jsonb;
  end if;
  refusal := coalesce(refusal, private.contact_bounds_refusal(
    case when inserted or new.tags is distinct from old.tags then new.tags end,
    case when inserted or new.attributes is distinct from old.attributes then new.attributes end));
  if refusal is not null then
    raise exception using errcode = 'check_violation',
      message = private.contact_refusal_message(refusal),
      detail = refusal::text,
      hint = 'contact_refused';
  end if;
  return new;
end;
$$;

-- Whose writes are checked: statements that run with a member's own rights, i.e. as the role
-- PostgREST switches to from a member's JWT (anon may not write contacts
-- at all). Functions with the service role (WhatsApp opt-outs, which may come from any
-- number; the Wati sync) run as service_role, and SECURITY DEFINER functions as their owner: those
-- answer for what they write. import_contacts is one of them and has checked its rows set-based,
-- so a 100,000-row import pays only this WHEN clause per row. A client cannot write as another
-- role: PostgREST takes the role from the signed JWT and exposes only schema public (neither
-- set_config nor SET ROLE).
create trigger contacts_row_checks_insert before insert on public.contacts
  for each row when (current_user = 'authenticated')
  execute function private.check_contact_row();
create trigger contacts_row_checks_update before update on public.contacts
  for each row when (
    current_user = 'authenticated'
    and (old.phone, old.country_code, old.name, old.tags, old.attributes)
        is distinct from (new.phone, new.country_code, new.name, new.tags, new.attributes)
  )
  execute function private.check_contact_row();

-- Segments --------------------------------------------------------------------------------------
-- A JSON null (or absent value), or a string naming a day that exists, written YYYY-MM-DD.
create function private.is_calendar_day(value jsonb)
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
grant execute on function private.is_calendar_day(jsonb) to authenticated, service_role;

-- The SQL condition for segment criteria, built only from the criteria's *shape* (condition types
-- and positions); every value is read from the criteria bound as $1 at execution. The shape is the
-- one of supabase/functions/_shared/segments/criteria.ts, which tests hold to the same verdicts.
create function private.segment_condition(criteria jsonb)
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
    raise exception using errcode = '22023', message = bad || 'indiquez « all » ou « any ».',
      hint = 'segment_match_invalid';
  end if;
  conditions := criteria->'conditions';
  if jsonb_typeof(conditions) is distinct from 'array' then
    raise exception using errcode = '22023', message = bad || 'la liste des conditions manque.',
      hint = 'segment_conditions_missing';
  end if;
  if jsonb_array_length(conditions) > 20 then
    raise exception using errcode = '22023', message = bad || '20 conditions au plus.',
      detail = jsonb_build_object('max', 20)::text,
      hint = 'segment_too_many_conditions';
  end if;

  for i in 0 .. jsonb_array_length(conditions) - 1 loop
    item := conditions->i;
    path := format('($1->''conditions''->%s)', i);
    if jsonb_typeof(item) is distinct from 'object' then
      raise exception using errcode = '22023',
        message = bad || format('condition %s illisible.', i + 1),
        detail = jsonb_build_object('condition', i + 1)::text, hint = 'segment_condition_unreadable';
    end if;
    case item->>'type'
      when 'has_tag', 'lacks_tag' then
        if jsonb_typeof(item->'tag') is distinct from 'string' or btrim(item->>'tag') = ''
           or char_length(item->>'tag') > 50 then
          raise exception using errcode = '22023',
            message = bad || format('étiquette manquante (condition %s).', i + 1),
            detail = jsonb_build_object('condition', i + 1)::text, hint = 'segment_tag_missing';
        end if;
        part := format('c.tags @> array[%s->>''tag'']', path);
        if item->>'type' = 'lacks_tag' then part := 'not ' || part; end if;
      when 'attribute' then
        if jsonb_typeof(item->'key') is distinct from 'string' or btrim(item->>'key') = ''
           or char_length(item->>'key') > 64 then
          raise exception using errcode = '22023',
            message = bad || format('attribut manquant (condition %s).', i + 1),
            detail = jsonb_build_object('condition', i + 1)::text, hint = 'segment_attribute_missing';
        end if;
        op := item->>'operator';
        if op = 'exists' then
          part := format('c.attributes ? (%s->>''key'')', path);
        elsif op in ('equals', 'contains') then
          if jsonb_typeof(item->'value') is distinct from 'string' or char_length(item->>'value') > 200
             or (op = 'contains' and item->>'value' = '') then
            raise exception using errcode = '22023',
              message = bad || format('valeur manquante (condition %s).', i + 1),
              detail = jsonb_build_object('condition', i + 1)::text, hint = 'segment_value_missing';
          end if;
          if op = 'equals' then
            part := format('private.search_key(c.attributes->>(%1$s->>''key'')) = private.search_key(%1$s->>''value'')', path);
          else
            part := format('strpos(private.search_key(c.attributes->>(%1$s->>''key'')), private.search_key(%1$s->>''value'')) > 0', path);
          end if;
        elsif op in ('greater', 'less') then
          if jsonb_typeof(item->'value') is distinct from 'number' then
            raise exception using errcode = '22023',
              message = bad || format('nombre attendu (condition %s).', i + 1),
              detail = jsonb_build_object('condition', i + 1)::text, hint = 'segment_number_expected';
          end if;
          -- Attributes are text: only those that read as a number take part in the comparison.
          part := format(
            '(case when c.attributes->>(%1$s->>''key'') ~ ''^\s*-?[0-9]+([.,][0-9]+)?\s*$'' '
            'then replace(btrim(c.attributes->>(%1$s->>''key'')), '','', ''.'')::numeric end) %2$s (%1$s->>''value'')::numeric',
            path, case when op = 'greater' then '>' else '<' end);
        else
          raise exception using errcode = '22023',
            message = bad || format('opérateur inconnu (condition %s).', i + 1),
            detail = jsonb_build_object('condition', i + 1)::text, hint = 'segment_operator_unknown';
        end if;
      when 'opt_in_status' then
        if item->>'status' is null or item->>'status' not in ('opted_in', 'opted_out') then
          raise exception using errcode = '22023',
            message = bad || format('statut inconnu (condition %s).', i + 1),
            detail = jsonb_build_object('condition', i + 1)::text, hint = 'segment_status_unknown';
        end if;
        part := format('c.opt_in_status = (%s->>''status'')::public.opt_in_status', path);
      when 'created_between' then
        if (item->'from' is null or jsonb_typeof(item->'from') = 'null')
           and (item->'to' is null or jsonb_typeof(item->'to') = 'null') then
          raise exception using errcode = '22023',
            message = bad || format('période vide (condition %s).', i + 1),
            detail = jsonb_build_object('condition', i + 1)::text, hint = 'segment_period_empty';
        end if;
        if not private.is_calendar_day(item->'from') or not private.is_calendar_day(item->'to') then
          raise exception using errcode = '22023',
            message = bad || format('dates au format AAAA-MM-JJ (condition %s).', i + 1),
            detail = jsonb_build_object('condition', i + 1)::text, hint = 'segment_date_format';
        end if;
        -- Calendar days in the organisation's time zone ($2 is the organisation), both ends included.
        part := format(
          '(%1$s->>''from'' is null or c.created_at >= ((%1$s->>''from'')::date::timestamp at time zone $3)) and '
          '(%1$s->>''to'' is null or c.created_at < (((%1$s->>''to'')::date + 1)::timestamp at time zone $3))',
          path);
      when 'country' then
        if item->>'country' is null or item->>'country' !~ '^[A-Z]{2}$' then
          raise exception using errcode = '22023',
            message = bad || format('pays inconnu (condition %s).', i + 1),
            detail = jsonb_build_object('condition', i + 1)::text, hint = 'segment_country_unknown';
        end if;
        part := format('c.country_code = (%s->>''country'')', path);
      when 'campaign_outcome' then
        if coalesce(item->>'campaign' !~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$', true)
           or private.campaign_outcome_predicate(item->>'outcome') is null then
          raise exception using errcode = '22023',
            message = bad || format('résultat de campagne inconnu (condition %s).', i + 1),
            detail = jsonb_build_object('condition', i + 1)::text, hint = 'segment_campaign_outcome_unknown';
        end if;
        part := format(
          'exists (select 1 from public.campaign_recipients r where r.campaign_id = (%s->>''campaign'')::uuid '
          'and r.contact_id = c.id and r.organization_id = c.organization_id and %s)',
          path, private.campaign_outcome_predicate(item->>'outcome'));
      else
        raise exception using errcode = '22023',
          message = bad || format('type de condition inconnu (condition %s).', i + 1),
          detail = jsonb_build_object('condition', i + 1)::text, hint = 'segment_condition_type_unknown';
    end case;
    parts := parts || ('(' || part || ')');
  end loop;

  if cardinality(parts) = 0 then
    return 'true';
  end if;
  return array_to_string(parts, case when criteria->>'match' = 'all' then ' and ' else ' or ' end);
end;
$$;
grant execute on function private.segment_condition(jsonb) to authenticated, service_role;

create function private.is_valid_segment(criteria jsonb)
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
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins create segments" on public.segments
  for insert to authenticated
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));
create policy "admins edit segments" on public.segments
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))))
  with check (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));
create policy "admins delete segments" on public.segments
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations(at_least => 'admin'))));
revoke insert, update on public.segments from anon, authenticated;
grant insert (organization_id, name, description, criteria) on public.segments to authenticated;
grant update (name, description, criteria) on public.segments to authenticated;

create trigger segments_touch before update on public.segments
  for each row execute function private.touch_updated_at();

-- The SQL that selects an organisation's contacts for criteria and an optional search text:
-- $1 criteria (no criteria: every contact), $2 organisation, $3 its time zone, $4 the search key.
create function private.contact_selection(criteria jsonb, search text)
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
grant execute on function private.contact_selection(jsonb, text) to authenticated, service_role;

-- Reading contacts through these functions skips row-level security on purpose: Postgres will not
-- use the trigram or GIN indexes for a non-leakproof condition (LIKE, @>) under a policy, so a
-- search over 100,000 rows would read them all. Each function checks membership itself and every
-- query is pinned to that one organisation. Returns the organisation's time zone when the caller
-- may read its contacts (a member, or a function with the service role), else null.
create function private.contact_reader_zone(org uuid)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select o.time_zone from public.organizations o
  where o.id = org and (not private.from_client_role() or private.is_member(org))
$$;
grant execute on function private.contact_reader_zone(uuid) to service_role;

-- An organisation's contacts matching criteria (and a search). Pages with `after` (the last id of
-- the previous page) and `page_size`, so an export of 100,000 contacts walks the primary key
-- instead of sorting everything for every page. Nothing for a non-member.
create function public.find_contacts(
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
revoke all on function public.find_contacts(uuid, jsonb, text, uuid, integer) from anon;
grant execute on function public.find_contacts(uuid, jsonb, text, uuid, integer) to authenticated, service_role;

-- The CSV export of the contacts page and of the segments page: every contact the criteria and a
-- search select, with the columns the file holds, a page at a time along the primary key (`after`
-- the last id received; `page_size` 1,000 by default, the Data API's max_rows, 10,000 at most).
-- A file of every phone number leaves the organisation with whoever downloads it: owners and
-- admins only, and the others are told so rather than handed an empty file. (Members still read
-- contacts a window at a time in the lists; this is the door to the whole book at once.)
create function public.export_contacts(
  organization_id uuid,
  criteria jsonb default null,
  search text default null,
  after uuid default null,
  page_size integer default 1000
)
returns table (
  id uuid,
  phone text,
  name text,
  email text,
  tags text[],
  attributes jsonb,
  opt_in_status public.opt_in_status,
  opted_out_at timestamptz,
  created_at timestamptz
)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  org uuid := export_contacts.organization_id;
  zone text;
begin
  if private.from_client_role() and not private.has_role(org, 'admin') then
    raise exception using errcode = '42501',
      message = 'Seuls les propriétaires et les administrateurs exportent les contacts.',
      hint = 'export_requires_admin';
  end if;
  select o.time_zone into zone from public.organizations o where o.id = org;
  if zone is null then
    return;
  end if;
  return query execute
    'select c.id, c.phone::text, c.name, c.email, c.tags, c.attributes, c.opt_in_status, '
    || 'c.opted_out_at, c.created_at ' || private.contact_selection(criteria, search)
    || ' and ($5::uuid is null or c.id > $5) order by c.id limit $6'
    using criteria, org, zone, private.search_pattern(search), after,
          least(greatest(coalesce(page_size, 1000), 1), 10000);
end;
$$;
revoke all on function public.export_contacts(uuid, jsonb, text, uuid, integer) from anon;
grant execute on function public.export_contacts(uuid, jsonb, text, uuid, integer)
  to authenticated, service_role;

-- One window of the contacts list: criteria and a search, a sort among recent, ancien, nom,
-- nom-desc and telephone (each read along an index), `skip` rows then `take` rows.
create function public.list_contacts(
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
revoke all on function public.list_contacts(uuid, jsonb, text, text, integer, integer) from anon;
grant execute on function public.list_contacts(uuid, jsonb, text, text, integer, integer) to authenticated, service_role;

-- The number of contacts matching criteria and a search; 0 for a non-member.
create function public.count_contacts(
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
revoke all on function public.count_contacts(uuid, jsonb, text) from anon;
grant execute on function public.count_contacts(uuid, jsonb, text) to authenticated, service_role;

-- The tags and attribute keys in use in an organisation, most used first, as the caller may see
-- them: suggestions for filters and the segment builder.
create function public.contact_tags(organization_id uuid)
returns table (tag text, contacts bigint)
language sql
stable
set search_path = ''
as $$
  select t.tag, count(*) from public.contacts c, unnest(c.tags) as t(tag)
  where c.organization_id = contact_tags.organization_id
  group by t.tag order by count(*) desc, t.tag limit 500
$$;
revoke all on function public.contact_tags(uuid) from anon;
grant execute on function public.contact_tags(uuid) to authenticated, service_role;

create function public.contact_attribute_keys(organization_id uuid)
returns table (key text, contacts bigint)
language sql
stable
set search_path = ''
as $$
  select k.key, count(*) from public.contacts c, jsonb_object_keys(c.attributes) as k(key)
  where c.organization_id = contact_attribute_keys.organization_id
  group by k.key order by count(*) desc, k.key limit 500
$$;
revoke all on function public.contact_attribute_keys(uuid) from anon;
grant execute on function public.contact_attribute_keys(uuid) to authenticated, service_role;

-- Bulk actions on chosen contacts (`contact_ids`) or on everything matching criteria and a search.
-- Runs as the caller, so row-level security decides who may change (agents) or delete (admins).
-- `action`: add_tag, remove_tag, opt_out, delete. Returns the number of contacts changed.
create function public.bulk_update_contacts(
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
    raise exception using errcode = '22023', message = 'Action inconnue.', hint = 'bulk_action_unknown';
  end if;
  if action in ('add_tag', 'remove_tag') and clean_tag = '' then
    raise exception using errcode = '22023', message = 'Indiquez l’étiquette.', hint = 'bulk_tag_missing';
  end if;
  if not private.has_role(bulk_update_contacts.organization_id, case when action = 'delete' then 'admin' else 'agent' end::public.member_role) then
    raise exception using errcode = '42501',
      message = case when action = 'delete' then 'Seuls les administrateurs suppriment des contacts.'
                     else 'Votre rôle ne permet pas de modifier les contacts.' end,
      hint = case when action = 'delete' then 'contact_delete_requires_admin'
                  else 'contact_edit_requires_agent' end;
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
revoke all on function public.bulk_update_contacts(uuid, text, uuid[], jsonb, text, text) from anon;
grant execute on function public.bulk_update_contacts(uuid, text, uuid[], jsonb, text, text) to authenticated;

-- « Réabonner »: a contact who opted out receives campaigns again. Owners and admins only, whoever
-- opted the contact out, with the reason (« a redemandé les rappels au guichet ») and the proof of
-- the contact's consent (« formulaire papier signé le 3 mars »), which the consent event keeps
-- beside who did it and when (private.record_consent_changes reads them from the two settings).
-- The plan's contact quota holds as for any re-subscription. Returns the contact.
create function public.resubscribe_contact(contact_id uuid, reason text, proof text)
returns public.contacts
language plpgsql
security definer
set search_path = ''
as $$
declare
  org uuid;
  clean_reason text := btrim(coalesce(resubscribe_contact.reason, ''));
  clean_proof text := btrim(coalesce(resubscribe_contact.proof, ''));
  changed public.contacts;
begin
  select c.organization_id into org
  from public.contacts c where c.id = resubscribe_contact.contact_id;
  if org is null or (private.from_client_role() and not private.is_member(org)) then
    raise exception using errcode = 'P0002', message = 'Ce contact n''existe pas.',
      hint = 'contact_not_found';
  end if;
  if private.from_client_role() and not private.has_role(org, 'admin') then
    raise exception using errcode = '42501',
      message = 'Seuls les propriétaires et les administrateurs réabonnent un contact désinscrit.',
      hint = 'resubscribe_requires_admin';
  end if;
  if clean_reason = '' then
    raise exception using errcode = '22023',
      message = 'Indiquez pourquoi ce contact est réabonné.',
      hint = 'resubscribe_reason_required';
  end if;
  if char_length(clean_reason) > 500 then
    raise exception using errcode = '22023',
      message = 'La raison du réabonnement compte 500 caractères au plus.',
      detail = jsonb_build_object('max', 500)::text,
      hint = 'resubscribe_reason_too_long';
  end if;
  if clean_proof = '' then
    raise exception using errcode = '22023',
      message = 'Indiquez la preuve du consentement du contact (par exemple « formulaire papier signé le 3 mars »).',
      hint = 'resubscribe_proof_required';
  end if;
  if char_length(clean_proof) > 500 then
    raise exception using errcode = '22023',
      message = 'La preuve du consentement compte 500 caractères au plus.',
      detail = jsonb_build_object('max', 500)::text,
      hint = 'resubscribe_proof_too_long';
  end if;

  perform set_config('wcap.consent_reason', clean_reason, true);
  perform set_config('wcap.consent_proof', clean_proof, true);
  update public.contacts c set opt_in_status = 'opted_in', opt_in_source = 'manual'
  where c.id = resubscribe_contact.contact_id and c.opt_in_status = 'opted_out'
  returning c.* into changed;
  perform set_config('wcap.consent_reason', '', true);
  perform set_config('wcap.consent_proof', '', true);
  if changed.id is null then
    raise exception using errcode = 'P0001', message = 'Ce contact est déjà abonné.',
      hint = 'contact_already_subscribed';
  end if;
  return changed;
end;
$$;
revoke all on function public.resubscribe_contact(uuid, text, text) from anon;
grant execute on function public.resubscribe_contact(uuid, text, text) to authenticated, service_role;

-- Numbering plans ------------------------------------------------------------------------------
-- Generated from libphonenumber-js 1.13.16 (metadata.max.json) by
-- `npx tsx scripts/phone-rules/generate.ts`: do not edit by hand.
delete from private.phone_rules;
insert into private.phone_rules (country_code, calling_code, rank, shared, leading_digits_pattern,
                                 mobile_pattern, fixed_line_pattern, other_pattern) values
  ('US', '1', 0, true, null, null, '^(?=(?:[2-9]\d{9}|3\d{6})$)(?:(?=\d{10}$)(?:983[2-57-9]\d{6}|(?:2(?:0[1-35-9]|1[02-9]|2[03-57-9]|3[1459]|4[08]|5[1-46]|6[0279]|7[02469]|8[13])|3(?:0[1-57-9]|1[02-9]|2[013-79]|3[0-24679]|4[167]|5[0-3]|6[01349]|8[056])|4(?:0[124-9]|1[02-579]|2[3-5]|3[0245]|4[023578]|58|6[349]|7[02589]|8[04])|5(?:0[1-57-9]|1[0235-8]|20|3[0149]|4[01]|5[179]|6[1-47]|7[0-5]|8[0256])|6(?:0[1-35-9]|1[024-9]|2[03689]|3[016]|4[0156]|5[01679]|6[0-279]|78|8[0-269])|7(?:0[1-46-8]|1[2-9]|2[04-8]|3[0-2478]|4[0378]|5[47]|6[02359]|7[0-59]|8[156])|8(?:0[1-68]|1[02-8]|2[0168]|3[0-2589]|4[03578]|5[046-9]|6[02-5]|7[028])|9(?:0[1346-9]|1[02-9]|2[0589]|3[0146-8]|4[01357-9]|5[12469]|7[0-3589]|8[04-69]))[2-9]\d{6}))$', '^(?=(?:[2-9]\d{9}|3\d{6})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('AG', '1', 1, true, '^(?:268)', '^(?=(?:(?:268|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:268(?:464|7(?:1[3-9]|[28]\d|3[0246]|64|7[0-689]))\d{4}))$', '^(?=(?:(?:268|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:268(?:4(?:6[0-38]|84)|56[0-2])\d{4}))$', '^(?=(?:(?:268|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:26848[01]\d{4})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:26840[69]\d{4}))$'),
  ('AI', '1', 2, true, '^(?:264)', '^(?=(?:(?:264|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:264(?:235|4(?:69|7[67])|5(?:3[6-9]|8[1-4])|7(?:29|72))\d{4}))$', '^(?=(?:(?:264|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:264(?:292|4(?:6[12]|9[78]))\d{4}))$', '^(?=(?:(?:264|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:264724\d{4}))$'),
  ('AS', '1', 3, true, '^(?:684)', '^(?=(?:(?:[58]\d\d|684|900)\d{7})$)(?:(?=\d{10}$)(?:684(?:2(?:48|5[2468]|7[246])|7(?:3[13]|70|82))\d{4}))$', '^(?=(?:(?:[58]\d\d|684|900)\d{7})$)(?:(?=\d{10}$)(?:684(?:274|6(?:22|33|44|55|77|88|9[19]))\d{4}))$', '^(?=(?:(?:[58]\d\d|684|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('BB', '1', 4, true, '^(?:246)', '^(?=(?:(?:246|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:246(?:(?:2(?:[3568]\d|4[0-57-9])|3(?:5[2-9]|6[0-6])|4(?:46|5\d)|69[5-7]|8(?:[2-5]\d|83))\d|52(?:1[147]|20))\d{3}))$', '^(?=(?:(?:246|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:246521[0369]\d{3}|246(?:2(?:2[78]|7[0-4])|4(?:1[024-6]|2\d|3[2-9])|5(?:20|[34]\d|54|7[1-3])|6(?:2\d|38)|7[35]7|9(?:1[89]|63))\d{4}))$', '^(?=(?:(?:246|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:(?:246976|900[2-9]\d\d)\d{4})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:24631\d{5})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:246(?:292|367|4(?:1[7-9]|3[01]|4[47-9]|67)|7(?:1[2-9]|2\d|3[016]|53))\d{4}))$'),
  ('BM', '1', 5, true, '^(?:441)', '^(?=(?:(?:441|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:441(?:[2378]\d|5[0-39]|9[02])\d{5}))$', '^(?=(?:(?:441|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:441(?:[46]\d\d|5(?:4\d|60|89))\d{4}))$', '^(?=(?:(?:441|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('BS', '1', 6, true, '^(?:242)', '^(?=(?:(?:242|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:242(?:3(?:5[79]|7[56]|95)|4(?:[23][1-9]|4[1-35-9]|5[1-8]|6[2-8]|7\d|81)|5(?:2[45]|3[35]|44|5[1-46-9]|65|77)|6[34]6|7(?:27|38)|8(?:0[1-9]|1[02-9]|2\d|3[0-4]|[89]9))\d{4}))$', '^(?=(?:(?:242|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:242(?:3(?:02|[236][1-9]|4[0-24-9]|5[0-68]|7[347]|8[0-4]|9[2-467])|461|502|6(?:0[1-5]|12|2[013]|[45]0|7[67]|8[78]|9[89])|7(?:02|88))\d{4}))$', '^(?=(?:(?:242|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:242300\d{4}|8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:242225\d{4}))$'),
  ('CA', '1', 7, true, null, null, '^(?=(?:[2-9]\d{9}|3\d{6})$)(?:(?=\d{10}$)(?:(?:2(?:04|[23]6|[48]9|5[07]|[67]3)|3(?:06|43|54|6[578]|82)|4(?:03|1[68]|[26]8|3[178]|50|74)|5(?:06|1[49]|48|79|8[147])|6(?:04|[18]3|39|47|72)|7(?:0[59]|42|53|78|8[02])|8(?:[06]7|19|25|7[39])|9(?:0[25]|42))[2-9]\d{6}))$', '^(?=(?:[2-9]\d{9}|3\d{6})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:600[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|(?:5(?:2[125-9]|3[23]|44|66|77|88)|6(?:22|33))[2-9]\d{6})|(?=\d{7}$)(?:310\d{4}))$'),
  ('DM', '1', 8, true, '^(?:767)', '^(?=(?:(?:[58]\d\d|767|900)\d{7})$)(?:(?=\d{10}$)(?:767(?:2(?:[2-4689]5|7[5-7])|31[5-7]|61[1-8]|70[1-6])\d{4}))$', '^(?=(?:(?:[58]\d\d|767|900)\d{7})$)(?:(?=\d{10}$)(?:767(?:2(?:55|66)|4(?:2[01]|4[0-25-9])|50[0-4])\d{4}))$', '^(?=(?:(?:[58]\d\d|767|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('DO', '1', 9, true, '^(?:8001|8[024]9)', '^(?=(?:(?:[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:8[024]9[2-9]\d{6}))$', '^(?=(?:(?:[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:8(?:[04]9[2-9]\d\d|29(?:2(?:[0-59]\d|6[04-9]|7[0-27]|8[0237-9])|3(?:[0-35-9]\d|4[7-9])|[45]\d\d|6(?:[0-27-9]\d|[3-5][1-9]|6[0135-8])|7(?:0[013-9]|[1-37]\d|4[1-35689]|5[1-4689]|6[1-57-9]|8[1-79]|9[1-8])|8(?:0[146-9]|1[0-48]|[248]\d|3[1-79]|5[01589]|6[013-68]|7[124-8]|9[0-8])|9(?:[0-24]\d|3[02-46-9]|5[0-79]|60|7[0169]|8[57-9]|9[02-9])))\d{4}))$', '^(?=(?:(?:[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:800(?:14|[2-9]\d)\d{5}|8[024]9[01]\d{6}|8(?:33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('GD', '1', 10, true, '^(?:473)', '^(?=(?:(?:473|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:473(?:4(?:0[2-79]|1[04-9]|2[0-5]|49|5[6-8])|5(?:2[01]|3[3-8])|901)\d{4}))$', '^(?=(?:(?:473|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:473(?:2(?:3[0-2]|69)|3(?:2[89]|86)|4(?:[06]8|3[5-9]|4[0-4]|5[59]|73|90)|63[68]|7(?:58|84)|800|938)\d{4}))$', '^(?=(?:(?:473|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('GU', '1', 11, true, '^(?:671)', null, '^(?=(?:(?:[58]\d\d|671|900)\d{7})$)(?:(?=\d{10}$)(?:671(?:2\d\d|3(?:00|3[39]|4[349]|55|6[26])|4(?:00|56|7[1-9]|8[02-9])|5(?:55|6[2-5]|88)|6(?:3[2-578]|4[24-9]|5[34]|78|8[235-9])|7(?:[0479]7|2[0167]|3[45]|8[7-9])|8(?:[2-57-9]8|6[478])|9(?:2[29]|6[79]|7[1279]|8[7-9]|9[16-9]))\d{4}))$', '^(?=(?:(?:[58]\d\d|671|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('JM', '1', 12, true, '^(?:658|876)', '^(?=(?:(?:[58]\d\d|658|900)\d{7})$)(?:(?=\d{10}$)(?:(?:6582(?:[0-4]\d|95)|876(?:2(?:0[1-9]|[13-9]\d|2[013-9])|[348]\d\d|5(?:0[1-9]|[1-9]\d)|6(?:4[89]|6[67])|7(?:0[07]|7\d|8[1-47-9]|9[0-36-9])|9(?:[01]9|9[0579])))\d{4}))$', '^(?=(?:(?:[58]\d\d|658|900)\d{7})$)(?:(?=\d{10}$)(?:8766060\d{3}|(?:658(?:2(?:[5-8]\d|9[0-46-9])|[3-9]\d\d)|876(?:52[35]|6(?:0[1-3579]|1[0235-9]|[23]\d|40|5[06]|6[2-589]|7[0-25-9]|8[04]|9[4-9])|7(?:0[2-689]|[1-6]\d|8[056]|9[45])|9(?:0[1-8]|1[02378]|[2-8]\d|9[2-468])))\d{4}))$', '^(?=(?:(?:[58]\d\d|658|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('KN', '1', 13, true, '^(?:869)', '^(?=(?:(?:[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:869(?:48[89]|55[6-8]|66\d|76[02-7])\d{4}))$', '^(?=(?:(?:[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:869(?:2(?:29|36)|302|4(?:6[015-9]|70)|56[5-7])\d{4}))$', '^(?=(?:(?:[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('KY', '1', 14, true, '^(?:345)', '^(?=(?:(?:345|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:345(?:32[1-9]|4(?:1[2-6]|2[0-4])|5(?:1[67]|2[5-79]|4[6-9]|50|76)|649|82[56]|9(?:1[679]|2[2-9]|3[06-9]|90))\d{4}))$', '^(?=(?:(?:345|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:345(?:2(?:22|3[23]|44|66)|333|444|6(?:23|38|40)|7(?:30|4[35-79]|6[6-9]|77)|8(?:00|1[45]|4[89]|88)|9(?:14|4[035-9]))\d{4}))$', '^(?=(?:(?:345|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:(?:345976|900[2-9]\d\d)\d{4})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('LC', '1', 15, true, '^(?:758)', '^(?=(?:(?:[58]\d\d|758|900)\d{7})$)(?:(?=\d{10}$)(?:758(?:28[4-7]|384|4(?:6[01]|8[4-9])|5(?:1[89]|20|84)|7(?:1[2-9]|2\d|3[0-3])|812)\d{4}))$', '^(?=(?:(?:[58]\d\d|758|900)\d{7})$)(?:(?=\d{10}$)(?:758(?:234|4(?:30|5\d|6[2-9]|8[0-2])|57[0-2]|(?:63|75)8)\d{4}))$', '^(?=(?:(?:[58]\d\d|758|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('MP', '1', 16, true, '^(?:670)', null, '^(?=(?:[58]\d{9}|(?:67|90)0\d{7})$)(?:(?=\d{10}$)(?:670(?:2(?:3[3-7]|56|8[4-8])|32[1-38]|4(?:33|8[348])|5(?:32|55|88)|6(?:64|70|82)|78[3589]|8[3-9]8|989)\d{4}))$', '^(?=(?:[58]\d{9}|(?:67|90)0\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('MS', '1', 17, true, '^(?:664)', '^(?=(?:(?:[58]\d\d|664|900)\d{7})$)(?:(?=\d{10}$)(?:664(?:3(?:49|9[1-6])|49[2-6])\d{4}))$', '^(?=(?:(?:[58]\d\d|664|900)\d{7})$)(?:(?=\d{10}$)(?:6644(?:1[0-3]|91)\d{4}))$', '^(?=(?:(?:[58]\d\d|664|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('PR', '1', 18, true, '^(?:787|939)', null, '^(?=(?:(?:[589]\d\d|787)\d{7})$)(?:(?=\d{10}$)(?:(?:787|939)[2-9]\d{6}))$', '^(?=(?:(?:[589]\d\d|787)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('SX', '1', 19, true, '^(?:721)', '^(?=(?:7215\d{6}|(?:[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:7215(?:1[02]|2\d|5[034679]|8[0-24-8])\d{4}))$', '^(?=(?:7215\d{6}|(?:[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:7215(?:4[2-8]|8[39]|9[056])\d{4}))$', '^(?=(?:7215\d{6}|(?:[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('TC', '1', 20, true, '^(?:649)', '^(?=(?:(?:[58]\d\d|649|900)\d{7})$)(?:(?=\d{10}$)(?:649(?:2(?:3[129]|4[1-79])|3\d\d|4[34][1-3])\d{4}))$', '^(?=(?:(?:[58]\d\d|649|900)\d{7})$)(?:(?=\d{10}$)(?:649(?:266|712|9(?:4\d|50))\d{4}))$', '^(?=(?:(?:[58]\d\d|649|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:649(?:71[01]|966)\d{4})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('TT', '1', 21, true, '^(?:868)', '^(?=(?:(?:[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:868(?:(?:2[5-9]|3\d)\d|4(?:3[0-6]|[6-9]\d)|6(?:20|78|8\d)|7(?:0[1-9]|1[02-9]|[2-9]\d))\d{4}))$', '^(?=(?:(?:[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:868(?:2(?:01|1[5-9]|[23]\d|4[0-2])|6(?:0[7-9]|1[02-8]|2[1-9]|[3-69]\d|7[0-79])|82[124])\d{4}))$', '^(?=(?:(?:[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:868800\d{4}|8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:868619\d{4}))$'),
  ('VC', '1', 22, true, '^(?:784)', '^(?=(?:(?:[58]\d\d|784|900)\d{7})$)(?:(?=\d{10}$)(?:784(?:4(?:3[0-5]|5[45]|89|9[0-8])|5(?:2[6-9]|3[0-4])|720)\d{4}))$', '^(?=(?:(?:[58]\d\d|784|900)\d{7})$)(?:(?=\d{10}$)(?:784(?:266|3(?:6[6-9]|7\d|8[0-6])|4(?:38|5[0-36-8]|8[0-8])|5(?:55|7[0-2]|93)|638|784)\d{4}))$', '^(?=(?:(?:[58]\d\d|784|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:78451[0-2]\d{4})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('VG', '1', 23, true, '^(?:284)', '^(?=(?:(?:284|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:284(?:245|3(?:0[0-3]|4[0-7]|68|9[34])|4(?:4[0-6]|68|9[69])|5(?:4[0-7]|68|9[69]))\d{4}))$', '^(?=(?:(?:284|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:284(?:229|4(?:22|9[45])|774|8(?:52|6[459]))\d{4}))$', '^(?=(?:(?:284|[58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('VI', '1', 24, true, '^(?:340)', null, '^(?=(?:[58]\d{9}|(?:34|90)0\d{7})$)(?:(?=\d{10}$)(?:340(?:2(?:0\d|10|2[06-8]|4[49]|77)|3(?:32|44)|4(?:2[23]|44|7[34]|89)|5(?:1[34]|55)|6(?:2[56]|4[23]|77|9[023])|7(?:1[2-57-9]|2[57]|7\d)|884|998)\d{4}))$', '^(?=(?:[58]\d{9}|(?:34|90)0\d{7})$)(?:(?=\d{10}$)(?:900[2-9]\d{6})|(?=\d{10}$)(?:8(?:00|33|44|55|66|77|88)[2-9]\d{6})|(?=\d{10}$)(?:52(?:3(?:[2-46-9][02-9]\d|5(?:[02-46-9]\d|5[0-46-9]))|4(?:[2-478][02-9]\d|5(?:[034]\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\d)|9(?:[05-9]\d|2[0-5]|49)))\d{4}|52[34][2-9]1[02-9]\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\d{6}))$'),
  ('RU', '7', 0, true, '^(?:[3489])', '^(?=(?:8\d{13}|[347-9]\d{9})$)(?:(?=\d{10}$)(?:9(?:[0-24-9]\d{4}|3(?:0(?:0(?:05|[124579]\d|3[0-7]|6[0-49]|8[04-9])|[1-9]\d\d)|[1-9]\d{3}))\d{4}))$', '^(?=(?:8\d{13}|[347-9]\d{9})$)(?:(?=\d{10}$)(?:(?:3(?:0[12]|36|4[1-35-79]|5[1-3]|65|8[1-58]|9[0145])|4(?:01|1[1356]|2[13467]|7[1-5]|8[1-7]|9[1-689])|8(?:1[1-8]|2[01]|3[13-6]|4[0-8]|5[15-7]|6[0-35-79]|7[1-37-9]))\d{7}))$', '^(?=(?:8\d{13}|[347-9]\d{9})$)(?:(?=\d{10}$)(?:80[39]\d{7})|(?=(?:\d{10}|\d{14})$)(?:8(?:0[04]|108\d{3})\d{7})|(?=\d{10}$)(?:808\d{7}))$'),
  ('KZ', '7', 1, true, '^(?:7)', '^(?=(?:8\d{13}|[78]\d{9})$)(?:(?=\d{10}$)(?:7(?:0[0-25-8]|47|6[0-4]|7[15-8]|85)\d{7}))$', '^(?=(?:8\d{13}|[78]\d{9})$)(?:(?=\d{10}$)(?:7(?:1(?:0(?:[23]\d|4[0-3]|59|63)|1(?:[23]\d|4[0-79]|59)|2(?:[23]\d|59)|3(?:2\d|3[0-79]|4[0-35-9]|59)|4(?:[24]\d|3[013-9]|5[1-9]|97)|5(?:2\d|3[1-9]|4[0-7]|59)|6(?:[2-4]\d|5[19]|61)|72\d|8(?:[27]\d|3[1-46-9]|4[0-5]|59))|2(?:1(?:[23]\d|4[46-9]|5[3469])|2(?:2\d|3[0679]|46|5[12679])|3(?:[2-4]\d|5[139])|4(?:2\d|3[1-35-9]|59)|5(?:[23]\d|4[0-8]|59|61)|6(?:2\d|3[1-9]|4[0-4]|59)|7(?:[2379]\d|40|5[279])|8(?:[23]\d|4[0-3]|59)|9(?:2\d|3[124578]|59)))\d{5}))$', '^(?=(?:8\d{13}|[78]\d{9})$)(?:(?=\d{10}$)(?:809\d{7})|(?=(?:\d{10}|\d{14})$)(?:8(?:00|108\d{3})\d{7})|(?=\d{10}$)(?:751\d{7})|(?=\d{10}$)(?:808\d{7}))$'),
  ('EG', '20', 0, false, null, '^(?=(?:[189]\d{8,9}|[24-6]\d{8}|[135]\d{7})$)(?:(?=\d{10}$)(?:1[0-25]\d{8}))$', '^(?=(?:[189]\d{8,9}|[24-6]\d{8}|[135]\d{7})$)(?:(?=\d{8,9}$)(?:13[23]\d{6}|(?:15|57)\d{6,7}|(?:2\d|3|4[05-8]|5[05]|6[24-689]|8[2468]|9[235-7])\d{7}))$', '^(?=(?:[189]\d{8,9}|[24-6]\d{8}|[135]\d{7})$)(?:(?=\d{10}$)(?:900\d{7})|(?=\d{10}$)(?:800\d{7}))$'),
  ('ZA', '27', 0, false, null, '^(?=(?:[1-79]\d{8}|8\d{4,9})$)(?:(?=\d{5,9}$)(?:(?:1(?:3492[0-25]|4495[0235]|549(?:20|5[01]))|4[34]492[01])\d{3}|8[1-4]\d{3,7}|(?:2[27]|47|54)4950\d{3}|(?:1(?:049[2-4]|9[12]\d\d)|(?:50[0-2]|[67]\d\d)\d\d|8(?:5\d{3}|7(?:08[67]|158|28[5-9]|310)))\d{4}|(?:1[6-8]|28|3[2-69]|4[025689]|5[36-8])4920\d{3}|(?:12|[2-5]1)492\d{4}))$', '^(?=(?:[1-79]\d{8}|8\d{4,9})$)(?:(?=\d{9}$)(?:(?:2(?:0330|4302)|52087)0\d{3}|(?:1[0-8]|2[1-378]|3[1-69]|4\d|5[1346-8])\d{7}))$', '^(?=(?:[1-79]\d{8}|8\d{4,9})$)(?:(?=\d{9}$)(?:(?:86[2-9]|9[0-2]\d)\d{6})|(?=\d{9}$)(?:80\d{7})|(?=\d{9}$)(?:860\d{6})|(?=\d{9}$)(?:87(?:08[0-589]|15[0-79]|28[0-4]|31[1-9])\d{4}|87(?:[02][0-79]|1[0-46-9]|3[02-9]|[4-9]\d)\d{5})|(?=\d{9,10}$)(?:861\d{6,7}))$'),
  ('GR', '30', 0, false, null, '^(?=(?:5005000\d{3}|8\d{9,11}|(?:[269]\d|70)\d{8})$)(?:(?=\d{10}$)(?:68[57-9]\d{7}|(?:69|94)\d{8}))$', '^(?=(?:5005000\d{3}|8\d{9,11}|(?:[269]\d|70)\d{8})$)(?:(?=\d{10}$)(?:2(?:1\d\d|2(?:2[1-46-9]|[36][1-8]|4[1-7]|5[1-4]|7[1-5]|[89][1-9])|3(?:1\d|2[1-57]|[35][1-3]|4[13]|7[1-7]|8[124-6]|9[1-79])|4(?:1\d|2[1-8]|3[1-4]|4[13-5]|6[1-578]|9[1-5])|5(?:1\d|[29][1-4]|3[1-5]|4[124]|5[1-6])|6(?:1\d|[269][1-6]|3[1245]|4[1-7]|5[13-9]|7[14]|8[1-5])|7(?:1\d|2[1-5]|3[1-6]|4[1-7]|5[1-57]|6[135]|9[125-7])|8(?:1\d|2[1-5]|[34][1-4]|9[1-57]))\d{6}))$', '^(?=(?:5005000\d{3}|8\d{9,11}|(?:[269]\d|70)\d{8})$)(?:(?=\d{10}$)(?:90[19]\d{7})|(?=\d{10,12}$)(?:800\d{7,9})|(?=\d{10}$)(?:8(?:0[16]|12|[27]5|50)\d{7})|(?=\d{10}$)(?:70\d{8})|(?=\d{10}$)(?:5005000\d{3}))$'),
  ('NL', '31', 0, false, null, '^(?=(?:(?:[124-7]\d\d|3(?:[02-9]\d|1[0-8]))\d{6}|8\d{6,9}|9\d{6,10}|1\d{4,5})$)(?:(?=(?:\d{9}|\d{11})$)(?:(?:6[1-58]|970\d)\d{7}))$', '^(?=(?:(?:[124-7]\d\d|3(?:[02-9]\d|1[0-8]))\d{6}|8\d{6,9}|9\d{6,10}|1\d{4,5})$)(?:(?=\d{9}$)(?:(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}))$', '^(?=(?:(?:[124-7]\d\d|3(?:[02-9]\d|1[0-8]))\d{6}|8\d{6,9}|9\d{6,10}|1\d{4,5})$)(?:(?=\d{7,10}$)(?:90[069]\d{4,7})|(?=\d{7,10}$)(?:800\d{4,7})|(?=\d{9}$)(?:(?:85|91)\d{7})|(?=\d{9}$)(?:66\d{7})|(?=(?:\d{5}|\d{6}|\d{9})$)(?:140(?:1[035]|2[0346]|3[03568]|4[0356]|5[0358]|8[458])|(?:140(?:1[16-8]|2[259]|3[124]|4[17-9]|5[124679]|7)|8[478]\d{6})\d))$'),
  ('BE', '32', 0, false, null, '^(?=(?:4\d{8}|[1-9]\d{7})$)(?:(?=\d{9}$)(?:4[5-9]\d{7}))$', '^(?=(?:4\d{8}|[1-9]\d{7})$)(?:(?=\d{8}$)(?:80[2-8]\d{5}|(?:1[0-69]|[23][2-8]|4[23]|5\d|6[013-57-9]|71|8[1-79]|9[2-4])\d{6}))$', '^(?=(?:4\d{8}|[1-9]\d{7})$)(?:(?=\d{8}$)(?:(?:70(?:2[0-57]|3[04-7]|44|6[04-69]|7[0579])|90\d\d)\d{4})|(?=\d{8}$)(?:800[1-9]\d{4})|(?=\d{8}$)(?:7879\d{4})|(?=\d{8}$)(?:78(?:0[578]|1[014-8]|2[25]|3[15-8]|48|5[05]|60|7[06-8]|9\d)\d{4}))$'),
  ('FR', '33', 0, false, null, '^(?=(?:[1-9]\d{8})$)(?:(?=\d{9}$)(?:(?:6(?:[0-24-8]\d|3[0-8]|9[589])|7[3-9]\d)\d{6}))$', '^(?=(?:[1-9]\d{8})$)(?:(?=\d{9}$)(?:(?:26[013-9]|59[1-35-9])\d{6}|(?:[13]\d|2[0-57-9]|4[1-9]|5[0-8])\d{7}))$', '^(?=(?:[1-9]\d{8})$)(?:(?=\d{9}$)(?:836(?:0[0-36-9]|[1-9]\d)\d{4}|8(?:1[2-9]|2[2-47-9]|3[0-57-9]|[569]\d|8[0-35-9])\d{6})|(?=\d{9}$)(?:80[0-5]\d{6})|(?=\d{9}$)(?:8(?:1[01]|2[0156]|4[024]|84)\d{6})|(?=\d{9}$)(?:9\d{8})|(?=\d{9}$)(?:80[6-9]\d{6}))$'),
  ('ES', '34', 0, false, null, '^(?=(?:400\d{6}|(?:51|[6-9]\d)\d{7})$)(?:(?=\d{9}$)(?:9(?:6906(?:09|10)|7390\d\d)\d\d|(?:6\d|7[1-48])\d{7}))$', '^(?=(?:400\d{6}|(?:51|[6-9]\d)\d{7})$)(?:(?=\d{9}$)(?:96906(?:0[0-8]|1[1-9]|[2-9]\d)\d\d|9(?:69(?:0[0-57-9]|[1-9]\d)|73(?:[0-8]\d|9[1-9]))\d{4}|(?:400|8(?:[1356]\d|[28][0-8]|[47][1-9])|9(?:[135]\d|[268][0-8]|4[1-9]|7[124-9]))\d{6}))$', '^(?=(?:400\d{6}|(?:51|[6-9]\d)\d{7})$)(?:(?=\d{9}$)(?:80[367]\d{6})|(?=\d{9}$)(?:[89]00\d{6})|(?=\d{9}$)(?:90[12]\d{6})|(?=\d{9}$)(?:70\d{7})|(?=\d{9}$)(?:51\d{7}))$'),
  ('HU', '36', 0, false, null, '^(?=(?:[235-7]\d{8}|[1-9]\d{7})$)(?:(?=\d{9}$)(?:(?:[257]0|3[01])\d{7}))$', '^(?=(?:[235-7]\d{8}|[1-9]\d{7})$)(?:(?=\d{8}$)(?:(?:1\d|[27][2-9]|3[2-7]|4[24-9]|5[2-79]|6[23689]|8[2-57-9]|9[2-69])\d{6}))$', '^(?=(?:[235-7]\d{8}|[1-9]\d{7})$)(?:(?=\d{8}$)(?:9[01]\d{6})|(?=\d{8,9}$)(?:(?:[48]0\d|680[29])\d{5})|(?=\d{9}$)(?:21\d{7})|(?=\d{9}$)(?:38\d{7}))$'),
  ('IT', '39', 0, true, null, '^(?=(?:0\d{5,11}|1\d{8,10}|3(?:[0-8]\d{7,10}|9\d{7,8})|(?:43|55|70)\d{8}|8\d{5}(?:\d{2,4})?)$)(?:(?=\d{9,10}$)(?:3[2-9]\d{7,8}|(?:31|43)\d{8}))$', '^(?=(?:0\d{5,11}|1\d{8,10}|3(?:[0-8]\d{7,10}|9\d{7,8})|(?:43|55|70)\d{8}|8\d{5}(?:\d{2,4})?)$)(?:(?=\d{6,12}$)(?:0(?:669[0-79]\d{1,6}|831\d{2,8})|0(?:1(?:[0159]\d|[27][1-5]|31|4[1-4]|6[1356]|8[2-57])|2\d\d|3(?:[0159]\d|2[1-4]|3[12]|[48][1-6]|6[2-59]|7[1-7])|4(?:[0159]\d|[23][1-9]|4[245]|6[1-5]|7[1-4]|81)|5(?:[0159]\d|2[1-5]|3[2-6]|4[1-79]|6[4-6]|7[1-578]|8[3-8])|6(?:[0-57-9]\d|6[0-8])|7(?:[0159]\d|2[12]|3[1-7]|4[2-46]|6[13569]|7[13-6]|8[1-59])|8(?:[0159]\d|2[3-578]|3[2356]|[6-8][1-5])|9(?:[0159]\d|[238][1-5]|4[12]|6[1-8]|7[1-6]))\d{2,7}))$', '^(?=(?:0\d{5,11}|1\d{8,10}|3(?:[0-8]\d{7,10}|9\d{7,8})|(?:43|55|70)\d{8}|8\d{5}(?:\d{2,4})?)$)(?:(?=(?:\d{6}|\d{8}|\d{9}|\d{10})$)(?:(?:0878\d{3}|89(?:2\d|3[04]|4(?:[0-4]|[5-9]\d\d)|5[0-4]))\d\d|(?:1(?:44|6[346])|89(?:38|5[5-9]|9))\d{6})|(?=(?:\d{6}|\d{9})$)(?:80(?:0\d{3}|3)\d{3})|(?=(?:\d{6}|\d{9})$)(?:84(?:[08]\d{3}|[17])\d{3})|(?=\d{10}$)(?:55\d{8})|(?=\d{9,10}$)(?:1(?:78\d|99)\d{6})|(?=\d{11,12}$)(?:3[2-8]\d{9,10}))$'),
  ('VA', '39', 1, true, '^(?:06698)', '^(?=(?:0\d{5,10}|3[0-8]\d{7,10}|55\d{8}|8\d{5}(?:\d{2,4})?|(?:1\d|39)\d{7,8})$)(?:(?=\d{9,10}$)(?:3[1-9]\d{8}|3[2-9]\d{7}))$', '^(?=(?:0\d{5,10}|3[0-8]\d{7,10}|55\d{8}|8\d{5}(?:\d{2,4})?|(?:1\d|39)\d{7,8})$)(?:(?=\d{6,11}$)(?:06698\d{1,6}))$', '^(?=(?:0\d{5,10}|3[0-8]\d{7,10}|55\d{8}|8\d{5}(?:\d{2,4})?|(?:1\d|39)\d{7,8})$)(?:(?=(?:\d{6}|\d{8}|\d{9}|\d{10})$)(?:(?:0878\d{3}|89(?:2\d|3[04]|4(?:[0-4]|[5-9]\d\d)|5[0-4]))\d\d|(?:1(?:44|6[346])|89(?:38|5[5-9]|9))\d{6})|(?=(?:\d{6}|\d{9})$)(?:80(?:0\d{3}|3)\d{3})|(?=(?:\d{6}|\d{9})$)(?:84(?:[08]\d{3}|[17])\d{3})|(?=\d{10}$)(?:55\d{8})|(?=\d{9,10}$)(?:1(?:78\d|99)\d{6})|(?=\d{11,12}$)(?:3[2-8]\d{9,10}))$'),
  ('RO', '40', 0, false, null, '^(?=(?:(?:[2378]\d|90)\d{7}|[23]\d{5})$)(?:(?=\d{9}$)(?:7020\d{5}|7(?:0[013-9]|1[0-3]|[2-7]\d|8[03-8]|9[0-39])\d{6}))$', '^(?=(?:(?:[2378]\d|90)\d{7}|[23]\d{5})$)(?:(?=(?:\d{6}|\d{9})$)(?:[23][13-6]\d{7}|(?:2(?:19\d|[3-6]\d9)|31\d\d)\d\d))$', '^(?=(?:(?:[2378]\d|90)\d{7}|[23]\d{5})$)(?:(?=\d{9}$)(?:90[0136]\d{6})|(?=\d{9}$)(?:800\d{6})|(?=\d{9}$)(?:801\d{6})|(?=\d{9}$)(?:(?:37\d|80[578])\d{6}))$'),
  ('CH', '41', 0, false, null, '^(?=(?:8\d{11}|[2-9]\d{8})$)(?:(?=\d{9}$)(?:(?:6[89]|7[235-9])\d{7}))$', '^(?=(?:8\d{11}|[2-9]\d{8})$)(?:(?=\d{9}$)(?:(?:2[12467]|3[1-4]|4[134]|5[256]|6[12]|[7-9]1)\d{7}))$', '^(?=(?:8\d{11}|[2-9]\d{8})$)(?:(?=\d{9}$)(?:90[016]\d{6})|(?=\d{9}$)(?:800\d{6})|(?=\d{9}$)(?:84[0248]\d{6})|(?=\d{9}$)(?:878\d{6})|(?=\d{9}$)(?:74[0248]\d{6})|(?=\d{9}$)(?:5[18]\d{7})|(?=\d{12}$)(?:860\d{9}))$'),
  ('AT', '43', 0, false, null, '^(?=(?:1\d{3,12}|2\d{6,12}|43(?:(?:0\d|5[02-9])\d{3,9}|2\d{4,5}|[3467]\d{4}|8\d{4,6}|9\d{4,7})|5\d{4,12}|8\d{7,12}|9\d{8,12}|(?:[367]\d|4[0-24-9])\d{4,11})$)(?:(?=\d{7,13}$)(?:6(?:485|(?:5[0-3579]|6[013-9]|[7-9]\d)\d)\d{3,9}))$', '^(?=(?:1\d{3,12}|2\d{6,12}|43(?:(?:0\d|5[02-9])\d{3,9}|2\d{4,5}|[3467]\d{4}|8\d{4,6}|9\d{4,7})|5\d{4,12}|8\d{7,12}|9\d{8,12}|(?:[367]\d|4[0-24-9])\d{4,11})$)(?:(?=\d{4,13}$)(?:1(?:11\d|[2-9]\d{3,11})|(?:316|463)\d{3,10}|648[34]\d{3,9}|(?:51|66|73)2\d{3,10}|(?:2(?:1[467]|2[13-8]|5[2357]|6[1-46-8]|7[1-8]|8[124-7]|9[1458])|3(?:1[1-578]|3[23568]|4[5-7]|5[1378]|6[1-38]|8[3-68])|4(?:2[1-8]|35|7[1368]|8[2457])|5(?:2[1-8]|3[357]|4[147]|5[12578]|6[37])|6(?:13|2[1-47]|4[135-7]|5[468])|7(?:2[1-8]|35|4[13478]|5[68]|6[16-8]|7[1-6]|9[45]))\d{4,10}))$', '^(?=(?:1\d{3,12}|2\d{6,12}|43(?:(?:0\d|5[02-9])\d{3,9}|2\d{4,5}|[3467]\d{4}|8\d{4,6}|9\d{4,7})|5\d{4,12}|8\d{7,12}|9\d{8,12}|(?:[367]\d|4[0-24-9])\d{4,11})$)(?:(?=\d{9,13}$)(?:(?:8[69][2-68]|9(?:0[01]|3[019]))\d{6,10})|(?=\d{9,13}$)(?:800\d{6,10})|(?=\d{8,13}$)(?:8(?:10|2[018])\d{6,10}|828\d{5})|(?=\d{5,13}$)(?:5(?:0[1-9]|17|[79]\d)\d{2,10}|7[28]0\d{6,10}))$'),
  ('GB', '44', 0, true, null, '^(?=(?:[1-357-9]\d{9}|[18]\d{8}|8\d{6})$)(?:(?=\d{10}$)(?:7(?:457[0-57-9]|700[01]|911[028])\d{5}|7(?:[1-3]\d\d|4(?:[0-46-9]\d|5[0-689])|5(?:0[0-8]|[13-9]\d|2[0-35-9])|7(?:0[1-9]|[1-7]\d|8[02-9]|9[0-689])|8(?:[014-9]\d|[23][0-8])|9(?:[024-9]\d|1[02-9]|3[0-689]))\d{6}))$', '^(?=(?:[1-357-9]\d{9}|[18]\d{8}|8\d{6})$)(?:(?=\d{9,10}$)(?:(?:1(?:1(?:3(?:[0-58]\d\d|73[0-5])|4(?:(?:[0-5]\d|70)\d|69[7-9])|(?:(?:5[0-26-9]|[78][0-49])\d|6(?:[0-4]\d|5[01]))\d)|(?:2(?:(?:0[024-9]|2[3-9]|3[3-79]|4[1-689]|[58][02-9]|6[0-47-9]|7[013-9]|9\d)\d|1(?:[0-7]\d|8[0-3]))|(?:3(?:0\d|1[0-8]|[25][02-9]|3[02-579]|[468][0-46-9]|7[1-35-79]|9[2-578])|4(?:0[03-9]|[137]\d|[28][02-57-9]|4[02-69]|5[0-8]|[69][0-79])|5(?:0[1-35-9]|[16]\d|2[024-9]|3[015689]|4[02-9]|5[03-9]|7[0-35-9]|8[0-468]|9[0-57-9])|6(?:0[034689]|1\d|2[0-35689]|[38][013-9]|4[1-467]|5[0-69]|6[13-9]|7[0-8]|9[0-24578])|7(?:0[0246-9]|2\d|3[0236-8]|4[03-9]|5[0-46-9]|6[013-9]|7[0-35-9]|8[024-9]|9[02-9])|8(?:0[35-9]|2[1-57-9]|3[02-578]|4[0-578]|5[124-9]|6[2-69]|7\d|8[02-9]|9[02569])|9(?:0[02-589]|[18]\d|2[02-689]|3[1-57-9]|4[2-9]|5[0-579]|6[2-47-9]|7[0-24578]|9[2-57]))\d)\d)|2(?:0[013478]|3[0189]|4[017]|8[0-46-9]|9[0-2])\d{3})\d{4}|1(?:2(?:0(?:46[1-4]|87[2-9])|545[1-79]|76(?:2\d|3[1-8]|6[1-6])|9(?:7(?:2[0-4]|3[2-5])|8(?:2[2-8]|7[0-47-9]|8[3-5])))|3(?:6(?:38[2-5]|47[23])|8(?:47[04-9]|64[0157-9]))|4(?:044[1-7]|20(?:2[23]|8\d)|6(?:0(?:30|5[2-57]|6[1-8]|7[2-8])|140)|8(?:052|87[1-3]))|5(?:2(?:4(?:3[2-79]|6\d)|76\d)|6(?:26[06-9]|686))|6(?:06(?:4\d|7[4-79])|295[5-7]|35[34]\d|47(?:24|61)|59(?:5[08]|6[67]|74)|9(?:55[0-4]|77[23]))|7(?:26(?:6[13-9]|7[0-7])|(?:442|688)\d|50(?:2[0-3]|[3-68]2|76))|8(?:27[56]\d|37(?:5[2-5]|8[239])|843[2-58])|9(?:0(?:0(?:6[1-8]|85)|52\d)|3583|4(?:66[1-8]|9(?:2[01]|81))|63(?:23|3[1-4])|9561))\d{3}))$', '^(?=(?:[1-357-9]\d{9}|[18]\d{8}|8\d{6})$)(?:(?=(?:\d{7}|\d{10})$)(?:(?:8(?:4[2-5]|7[0-3])|9(?:[01]\d|8[2-49]))\d{7}|845464\d)|(?=(?:\d{7}|\d{9}|\d{10})$)(?:80[08]\d{7}|800\d{6}|8001111)|(?=\d{10}$)(?:56\d{8})|(?=\d{10}$)(?:70\d{8})|(?=\d{10}$)(?:76(?:464|652)\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\d{6})|(?=\d{10}$)(?:(?:3[0347]|55)\d{8}))$'),
  ('GG', '44', 1, true, null, '^(?=(?:(?:1481|[357-9]\d{3})\d{6}|8\d{6}(?:\d{2})?)$)(?:(?=\d{10}$)(?:7(?:(?:781|839)\d|911[17])\d{5}))$', '^(?=(?:(?:1481|[357-9]\d{3})\d{6}|8\d{6}(?:\d{2})?)$)(?:(?=\d{10}$)(?:1481[25-9]\d{5}))$', '^(?=(?:(?:1481|[357-9]\d{3})\d{6}|8\d{6}(?:\d{2})?)$)(?:(?=(?:\d{7}|\d{10})$)(?:(?:8(?:4[2-5]|7[0-3])|9(?:[01]\d|8[0-3]))\d{7}|845464\d)|(?=(?:\d{7}|\d{9}|\d{10})$)(?:80[08]\d{7}|800\d{6}|8001111)|(?=\d{10}$)(?:56\d{8})|(?=\d{10}$)(?:70\d{8})|(?=\d{10}$)(?:76(?:464|652)\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\d{6})|(?=\d{10}$)(?:(?:3[0347]|55)\d{8}))$'),
  ('IM', '44', 2, true, '^(?:74576|(?:16|7[56])24)', '^(?=(?:1624\d{6}|(?:[3578]\d|90)\d{8})$)(?:(?=\d{10}$)(?:76245[06]\d{4}|7(?:4576|[59]24\d|624[0-4689])\d{5}))$', '^(?=(?:1624\d{6}|(?:[3578]\d|90)\d{8})$)(?:(?=\d{10}$)(?:1624(?:230|[5-8]\d\d)\d{3}))$', '^(?=(?:1624\d{6}|(?:[3578]\d|90)\d{8})$)(?:(?=\d{10}$)(?:8(?:440[49]06|72299\d)\d{3}|(?:8(?:45|70)|90[0167])624\d{4})|(?=\d{10}$)(?:808162\d{4})|(?=\d{10}$)(?:56\d{8})|(?=\d{10}$)(?:70\d{8})|(?=\d{10}$)(?:3440[49]06\d{3}|(?:3(?:08162|3\d{4}|45624|7(?:0624|2299))|55\d{4})\d{4}))$'),
  ('JE', '44', 3, true, null, '^(?=(?:1534\d{6}|(?:[3578]\d|90)\d{8})$)(?:(?=\d{10}$)(?:7(?:(?:(?:50|82)9|937)\d|7(?:00[378]|97\d))\d{5}))$', '^(?=(?:1534\d{6}|(?:[3578]\d|90)\d{8})$)(?:(?=\d{10}$)(?:1534[0-24-8]\d{5}))$', '^(?=(?:1534\d{6}|(?:[3578]\d|90)\d{8})$)(?:(?=\d{10}$)(?:(?:8(?:4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|90(?:066[59]|1810|71(?:07|55)))\d{4})|(?=\d{10}$)(?:80(?:07(?:35|81)|8901)\d{4})|(?=\d{10}$)(?:56\d{8})|(?=\d{10}$)(?:701511\d{4})|(?=\d{10}$)(?:76(?:464|652)\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\d{6})|(?=\d{10}$)(?:(?:3(?:0(?:07(?:35|81)|8901)|3\d{4}|4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|55\d{4})\d{4}))$'),
  ('DK', '45', 0, false, null, '^(?=(?:[2-9]\d{7})$)(?:(?=\d{8}$)(?:(?:2[6-8]|6[78]|96)\d{6}|(?:2[0-59]|3[0-689]|[457]\d|6[0-69]|8[126-9]|9[1-47-9])[1-9]\d{5}))$', '^(?=(?:[2-9]\d{7})$)(?:(?=\d{8}$)(?:(?:2(?:[0-59][1-9]|[6-8]\d)|3(?:[0-3][1-9]|4[13]|5[1-58]|6[1347-9]|8[1-8]|9[1-79])|4(?:[0-25][1-9]|[34][2-9]|6[13-579]|7[13579]|8[1-47]|9[127])|5(?:[0-36][1-9]|4[146-9]|5[3-57-9]|7[568]|8[1-358]|9[1-69])|6(?:[0135][1-9]|2[1-68]|4[2-8]|6[1689]|[78]\d|9[15689])|7(?:[0-69][1-9]|7[3-9]|8[147])|8(?:[16-9][1-9]|2[1-58])|9(?:[1-47-9][1-9]|6\d))\d{5}))$', '^(?=(?:[2-9]\d{7})$)(?:(?=\d{8}$)(?:90\d{6})|(?=\d{8}$)(?:80\d{6}))$'),
  ('SE', '46', 0, false, null, '^(?=(?:(?:[26]\d\d|9)\d{9}|[1-9]\d{8}|[1-689]\d{7}|[1-4689]\d{6}|2\d{5})$)(?:(?=\d{9}$)(?:7[023689]\d{7}))$', '^(?=(?:(?:[26]\d\d|9)\d{9}|[1-9]\d{8}|[1-689]\d{7}|[1-4689]\d{6}|2\d{5})$)(?:(?=\d{7,9}$)(?:(?:(?:[12][136]|3[356]|4[0246]|6[03]|8\d)\d|90[1-9])\d{4,6}|(?:1(?:2[0-35]|4[0-4]|5[0-25-9]|7[13-6]|[89]\d)|2(?:2[0-7]|4[0136-8]|5[0138]|7[018]|8[01]|9[0-57])|3(?:0[0-4]|1\d|2[0-25]|4[056]|7[0-2]|8[0-3]|9[023])|4(?:1[013-8]|3[0135]|5[14-79]|7[0-246-9]|8[0156]|9[0-689])|5(?:0[0-6]|[15][0-5]|2[0-68]|3[0-4]|4\d|6[03-5]|7[013]|8[0-79]|9[01])|6(?:1[1-3]|2[0-4]|4[02-57]|5[0-37]|6[0-3]|7[0-2]|8[0247]|9[0-356])|9(?:1[0-68]|2\d|3[02-5]|4[0-3]|5[0-4]|[68][01]|7[0135-8]))\d{5,6}))$', '^(?=(?:(?:[26]\d\d|9)\d{9}|[1-9]\d{8}|[1-689]\d{7}|[1-4689]\d{6}|2\d{5})$)(?:(?=\d{7,10}$)(?:649\d{6}|99[1-59]\d{4}(?:\d{3})?|9(?:00|39|44)[1-8]\d{3,6})|(?=\d{6,9}$)(?:20\d{4,7})|(?=\d{9}$)(?:77[0-7]\d{6})|(?=\d{9}$)(?:75[1-8]\d{6})|(?=\d{9}$)(?:74[02-9]\d{6})|(?=\d{9}$)(?:10[1-8]\d{6})|(?=\d{12}$)(?:(?:25[245]|67[3-68])\d{9}))$'),
  ('NO', '47', 0, true, '^(?:[02-689]|7[0-8])', '^(?=(?:(?:0|[2-9]\d{3})\d{4})$)(?:(?=\d{8}$)(?:45(?:[0-24-9]\d|3[0-57-9])\d{4}|(?:4[016-8]|9\d)\d{6}))$', '^(?=(?:(?:0|[2-9]\d{3})\d{4})$)(?:(?=\d{8}$)(?:(?:2[1-4]|3[1-3578]|5[1-35-7]|6[1-46-9]|7[0-8])\d{6}))$', '^(?=(?:(?:0|[2-9]\d{3})\d{4})$)(?:(?=\d{8}$)(?:82[09]\d{5})|(?=\d{8}$)(?:80[01]\d{5})|(?=\d{8}$)(?:810(?:0[0-6]|[2-8]\d)\d{3})|(?=\d{8}$)(?:85[0-5]\d{5})|(?=\d{8}$)(?:880\d{5})|(?=(?:\d{5}|\d{8})$)(?:(?:0[235-9]|81(?:0(?:0[7-9]|1\d)|5\d\d))\d{3})|(?=\d{8}$)(?:81[23]\d{5}))$'),
  ('SJ', '47', 1, true, '^(?:79)', '^(?=(?:0\d{4}|(?:[489]\d|79)\d{6})$)(?:(?=\d{8}$)(?:45(?:[0-24-9]\d|3[0-57-9])\d{4}|(?:4[016-8]|9\d)\d{6}))$', '^(?=(?:0\d{4}|(?:[489]\d|79)\d{6})$)(?:(?=\d{8}$)(?:79\d{6}))$', '^(?=(?:0\d{4}|(?:[489]\d|79)\d{6})$)(?:(?=\d{8}$)(?:82[09]\d{5})|(?=\d{8}$)(?:80[01]\d{5})|(?=\d{8}$)(?:810(?:0[0-6]|[2-8]\d)\d{3})|(?=\d{8}$)(?:85[0-5]\d{5})|(?=\d{8}$)(?:880\d{5})|(?=(?:\d{5}|\d{8})$)(?:(?:0[235-9]|81(?:0(?:0[7-9]|1\d)|5\d\d))\d{3})|(?=\d{8}$)(?:81[23]\d{5}))$'),
  ('PL', '48', 0, false, null, '^(?=(?:(?:6|8\d\d)\d{7}|[1-9]\d{6}(?:\d{2})?|[26]\d{5})$)(?:(?=\d{9}$)(?:21(?:1[013-5]|2\d|3[1-9])\d{5}|(?:45|5[0137]|6[069]|7[2389]|88)\d{7}))$', '^(?=(?:(?:6|8\d\d)\d{7}|[1-9]\d{6}(?:\d{2})?|[26]\d{5})$)(?:(?=(?:\d{7}|\d{9})$)(?:(?:30|47\d\d)\d{5}|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])(?:[02-9]\d{6}|1(?:[0-8]\d{5}|9\d{3}(?:\d{2})?))))$', '^(?=(?:(?:6|8\d\d)\d{7}|[1-9]\d{6}(?:\d{2})?|[26]\d{5})$)(?:(?=\d{9}$)(?:70[01346-8]\d{6})|(?=\d{9,10}$)(?:800\d{6,7})|(?=\d{9}$)(?:801\d{6})|(?=\d{9}$)(?:39\d{7})|(?=\d{6,9}$)(?:64\d{4,7})|(?=\d{9}$)(?:804\d{6}))$'),
  ('DE', '49', 0, false, null, '^(?=(?:[2579]\d{5,14}|49(?:[34]0|69|8\d)\d\d?|49(?:37|49|60|7[089]|9\d)\d{1,3}|49(?:2[024-9]|3[2-689]|7[1-7])\d{1,8}|(?:1|[368]\d|4[0-8])\d{3,13}|49(?:[015]\d|2[13]|31|[46][1-8])\d{1,9})$)(?:(?=\d{10,11}$)(?:1(?:6[023]|7\d)\d{7,8}|15(?:[0-25-9]\d\d|3(?:10|33)|410)\d{6}))$', '^(?=(?:[2579]\d{5,14}|49(?:[34]0|69|8\d)\d\d?|49(?:37|49|60|7[089]|9\d)\d{1,3}|49(?:2[024-9]|3[2-689]|7[1-7])\d{1,8}|(?:1|[368]\d|4[0-8])\d{3,13}|49(?:[015]\d|2[13]|31|[46][1-8])\d{1,9})$)(?:(?=\d{5,15}$)(?:32\d{9,11}|49[1-6]\d{10}|322\d{6}|49[0-7]\d{3,9}|(?:[34]0|[68]9)\d{3,13}|(?:2(?:0[1-689]|[1-3569]\d|4[0-8]|7[1-7]|8[0-7])|3(?:[3569]\d|4[0-79]|7[1-7]|8[1-8])|4(?:1[02-9]|[2-48]\d|5[0-6]|6[0-8]|7[0-79])|5(?:0[2-8]|[124-6]\d|[38][0-8]|[79][0-7])|6(?:0[02-9]|[1-358]\d|[47][0-8]|6[1-9])|7(?:0[2-8]|1[1-9]|[27][0-7]|3\d|[4-6][0-8]|8[0-5]|9[013-7])|8(?:0[2-9]|1[0-79]|2\d|3[0-46-9]|4[0-6]|5[013-9]|6[1-8]|7[0-8]|8[0-24-6])|9(?:0[6-9]|[1-4]\d|[589][0-7]|6[0-8]|7[0-467]))\d{3,12}))$', '^(?=(?:[2579]\d{5,14}|49(?:[34]0|69|8\d)\d\d?|49(?:37|49|60|7[089]|9\d)\d{1,3}|49(?:2[024-9]|3[2-689]|7[1-7])\d{1,8}|(?:1|[368]\d|4[0-8])\d{3,13}|49(?:[015]\d|2[13]|31|[46][1-8])\d{1,9})$)(?:(?=\d{10,11}$)(?:(?:137[7-9]|900(?:[135]|9\d))\d{6})|(?=\d{10,15}$)(?:800\d{7,12})|(?=\d{7,14}$)(?:180\d{5,11}|13(?:7[1-6]\d\d|8)\d{4})|(?=\d{11}$)(?:700\d{8})|(?=\d{4,14}$)(?:16(?:4\d{1,10}|[89]\d{1,11}))|(?=\d{8,14}$)(?:18(?:1\d{5,11}|[2-9]\d{8}))|(?=\d{12,13}$)(?:1(?:6(?:013|255|399)|7(?:(?:[015]1|[69]3)3|[2-4]55|[78]99))\d{7,8}|15(?:(?:[03-68]00|113)\d|2\d55|7\d99|9\d33)\d{7}))$'),
  ('PE', '51', 0, false, null, '^(?=(?:(?:[14-8]|9\d)\d{7})$)(?:(?=\d{9}$)(?:9\d{8}))$', '^(?=(?:(?:[14-8]|9\d)\d{7})$)(?:(?=\d{8}$)(?:(?:(?:19[02-68]|(?:4[34]|5[14])[0-8]|687)\d|7(?:173|(?:3[0-8]|55)\d)|8(?:10[05689]|6(?:0[06-9]|1[6-9]|29)|7(?:0[0569]|[56]0)))\d{4}|(?:1[0-8]|4[12]|5[236]|6[1-7]|7[246]|8[2-4])\d{6}))$', '^(?=(?:(?:[14-8]|9\d)\d{7})$)(?:(?=\d{8}$)(?:805\d{5})|(?=\d{8}$)(?:800\d{5})|(?=\d{8}$)(?:801\d{5})|(?=\d{8}$)(?:80[24]\d{5}))$'),
  ('MX', '52', 0, false, null, '^(?=(?:[2-9]\d{9})$)(?:(?=\d{10}$)(?:(?:2(?:2\d|3[1-35-8]|4[13-9]|7[1-689]|8[1-578]|9[467])|3(?:1[1-79]|[2458][1-9]|3\d|7[1-8]|9[1-5])|4(?:1[1-57-9]|[267][1-9]|3[1-8]|[45]\d|8[1-35-9]|9[2-689])|5(?:[56]\d|88|9[1-79])|6(?:1[2-68]|[2-4][1-9]|5[1-36-9]|6[0-57-9]|7[1-7]|8[67]|9[4-8])|7(?:[1346][1-9]|[27]\d|5[13-9]|8[1-69]|9[17])|8(?:1\d|2[13-689]|3[1-6]|4[124-6]|6[1246-9]|7[0-378]|9[12479])|9(?:1[346-9]|2[1-4]|3[2-46-8]|5[1348]|[69]\d|7[12]|8[1-8]))\d{7}))$', '^(?=(?:[2-9]\d{9})$)(?:(?=\d{10}$)(?:(?:2(?:0[01]|2\d|3[1-35-8]|4[13-9]|7[1-689]|8[1-578]|9[467])|3(?:1[1-79]|[2458][1-9]|3\d|7[1-8]|9[1-5])|4(?:1[1-57-9]|[267][1-9]|3[1-8]|[45]\d|8[1-35-9]|9[2-689])|5(?:[56]\d|88|9[1-79])|6(?:1[2-68]|[2-4][1-9]|5[1-36-9]|6[0-57-9]|7[1-7]|8[67]|9[4-8])|7(?:[1346][1-9]|[27]\d|5[13-9]|8[1-69]|9[17])|8(?:1\d|2[13-689]|3[1-6]|4[124-6]|6[1246-9]|7[0-378]|9[12479])|9(?:1[346-9]|2[1-4]|3[2-46-8]|5[1348]|[69]\d|7[12]|8[1-8]))\d{7}))$', '^(?=(?:[2-9]\d{9})$)(?:(?=\d{10}$)(?:900\d{7})|(?=\d{10}$)(?:8(?:00|88)\d{7})|(?=\d{10}$)(?:300\d{7})|(?=\d{10}$)(?:500\d{7}))$'),
  ('CU', '53', 0, false, null, '^(?=(?:(?:[2-7]|8\d\d)\d{7}|[2-47]\d{6}|[34]\d{5})$)(?:(?=\d{8}$)(?:(?:5\d|6[2-4])\d{6}))$', '^(?=(?:(?:[2-7]|8\d\d)\d{7}|[2-47]\d{6}|[34]\d{5})$)(?:(?=(?:\d{6}|\d{7}|\d{8}|\d{10})$)(?:(?:3[23]|4[89])\d{4,6}|(?:31|4[36]|8(?:0[25]|78)\d)\d{6}|(?:2[1-4]|4[1257]|7\d)\d{5,6}))$', '^(?=(?:(?:[2-7]|8\d\d)\d{7}|[2-47]\d{6}|[34]\d{5})$)(?:(?=\d{10}$)(?:800\d{7})|(?=\d{10}$)(?:807\d{7}))$'),
  ('AR', '54', 0, false, null, '^(?=(?:(?:11|[89]\d\d)\d{8}|[2368]\d{9})$)(?:(?=\d{10,11}$)(?:93(?:7(?:1[15]|81)|8(?:21|4[16]|69|9[12]))[46]\d{5}|9(?:2(?:2(?:2[59]|44|52)|3(?:26|44)|47[35]|9(?:[07]2|2[26]|34|46))|3327)[45]\d{5}|9(?:2(?:657|9(?:54|66))|3(?:48[27]|7(?:55|77)|8(?:65|78)))[2-8]\d{5}|9(?:2(?:284|3(?:02|23)|477|622|920)|3(?:4(?:46|89|92)|541))[2-7]\d{5}|(?:675\d|9(?:11[0-8]\d|2(?:2(?:0[45]|1[2-6]|3[3-6])|3(?:[06]4|7[45])|494|6(?:04|1[2-8]|[36][45]|4[3-6])|80[45]|9(?:[17][4-6]|[48][45]|9[3-6]))|3(?:364|4(?:1[2-8]|[25][4-6]|3[3-6]|84)|5(?:1[2-9]|[38][4-6])|6(?:2[45]|44)|7[069][45]|8(?:0[45]|1[2-7]|3[4-6]|5[3-6]|7[2-6]|8[3-68]))))\d{6}|9(?:2(?:2(?:62|81)|320|9(?:42|83))|3(?:329|4(?:62|7[16])|5(?:43|64)|7(?:18|5[17])))[2-6]\d{5}|92(?:2(?:21|4[23]|6[145]|7[1-4]|8[356]|9[267])|3(?:16|3[13-8]|43|5[346-8]|9[3-5])|6(?:2[46]|4[78]|5[1568])|9(?:03|2[1457-9]|3[1356]|4[08]|[56][23]|82))4\d{5}|9(?:2(?:257|3(?:24|46|92)|9(?:01|23|64))|3(?:4(?:42|64)|5(?:25|37|4[47]|71)|7(?:35|72)|825))[3-6]\d{5}|9(?:2(?:2(?:02|2[3467]|4[156]|5[45]|6[6-8]|91)|3(?:1[47]|25|[45][25]|96)|47[48]|625|932)|3(?:38[2578]|4(?:0[0-24-9]|3[78]|4[457]|58|6[035-9]|72|83|9[136-8])|5(?:2[124]|[368][23]|4[2689]|7[2-6])|7(?:16|2[15]|3[14]|4[13]|5[468]|7[3-5]|8[26])|8(?:2[67]|3[278]|4[3-5]|5[78]|6[1-378]|[78]7|94)))[4-6]\d{5}))$', '^(?=(?:(?:11|[89]\d\d)\d{8}|[2368]\d{9})$)(?:(?=\d{10}$)(?:3(?:7(?:1[15]|81)|8(?:21|4[16]|69|9[12]))[46]\d{5}|(?:2(?:2(?:2[59]|44|52)|3(?:26|44)|47[35]|9(?:[07]2|2[26]|34|46))|3327)[45]\d{5}|(?:2(?:657|9(?:54|66))|3(?:48[27]|7(?:55|77)|8(?:65|78)))[2-8]\d{5}|(?:2(?:284|3(?:02|23)|477|622|920)|3(?:4(?:46|89|92)|541))[2-7]\d{5}|(?:(?:11[0-8]|670)\d|2(?:2(?:0[45]|1[2-6]|3[3-6])|3(?:[06]4|7[45])|494|6(?:04|1[2-8]|[36][45]|4[3-6])|80[45]|9(?:[17][4-6]|[48][45]|9[3-6]))|3(?:364|4(?:1[2-8]|[25][4-6]|3[3-6]|84)|5(?:1[2-9]|[38][4-6])|6(?:2[45]|44)|7[069][45]|8(?:0[45]|1[2-7]|3[4-6]|5[3-6]|7[2-6]|8[3-68])))\d{6}|(?:2(?:2(?:62|81)|320|9(?:42|83))|3(?:329|4(?:62|7[16])|5(?:43|64)|7(?:18|5[17])))[2-6]\d{5}|2(?:2(?:21|4[23]|6[145]|7[1-4]|8[356]|9[267])|3(?:16|3[13-8]|43|5[346-8]|9[3-5])|6(?:2[46]|4[78]|5[1568])|9(?:03|2[1457-9]|3[1356]|4[08]|[56][23]|82))4\d{5}|(?:2(?:257|3(?:24|46|92)|9(?:01|23|64))|3(?:4(?:42|64)|5(?:25|37|4[47]|71)|7(?:35|72)|825))[3-6]\d{5}|(?:2(?:2(?:02|2[3467]|4[156]|5[45]|6[6-8]|91)|3(?:1[47]|25|[45][25]|96)|47[48]|625|932)|3(?:38[2578]|4(?:0[0-24-9]|3[78]|4[457]|58|6[035-9]|72|83|9[136-8])|5(?:2[124]|[368][23]|4[2689]|7[2-6])|7(?:16|2[15]|3[14]|4[13]|5[468]|7[3-5]|8[26])|8(?:2[67]|3[278]|4[3-5]|5[78]|6[1-378]|[78]7|94)))[4-6]\d{5}))$', '^(?=(?:(?:11|[89]\d\d)\d{8}|[2368]\d{9})$)(?:(?=\d{10}$)(?:60[04579]\d{7})|(?=\d{10,11}$)(?:800\d{7,8})|(?=\d{10}$)(?:810\d{7}))$'),
  ('BR', '55', 0, false, null, '^(?=(?:[1-467]\d{9,10}|55[0-46-9]\d{8}|[34]\d{7}|55\d{7,8}|(?:5[0-46-9]|[89]\d)\d{7,9})$)(?:(?=\d{10,11}$)(?:(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])(?:7|9\d)\d{7}))$', '^(?=(?:[1-467]\d{9,10}|55[0-46-9]\d{8}|[34]\d{7}|55\d{7,8}|(?:5[0-46-9]|[89]\d)\d{7,9})$)(?:(?=\d{10}$)(?:(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])[2-5]\d{7}))$', '^(?=(?:[1-467]\d{9,10}|55[0-46-9]\d{8}|[34]\d{7}|55\d{7,8}|(?:5[0-46-9]|[89]\d)\d{7,9})$)(?:(?=\d{9,10}$)(?:[59]00\d{6,7})|(?=\d{9,10}$)(?:800\d{6,7})|(?=(?:\d{8}|\d{10})$)(?:(?:30[03]\d{3}|4(?:0(?:0\d|20)|370|864))\d{4}|300\d{5}))$'),
  ('CL', '56', 0, false, null, '^(?=(?:12300\d{6}|6\d{9,10}|[2-9]\d{8})$)(?:(?=\d{9}$)(?:2(?:1982[0-6]|3314[05-9])\d{3}|(?:2(?:1(?:160|962)|3(?:(?:[24]\d|50)\d|3(?:[0346-9]\d|1[0-35-9]|2[1-9]|5[0-24-9])|600)|646[59])|80[1-8]\d\d|9(?:(?:10[0-2]|7[1-9]\d)\d|3(?:[0-57-9]\d\d|6(?:0[02-9]|[1-9]\d))|6(?:[0-8]\d\d|9(?:[02-79]\d|1[05-9]))|9(?:[03-9]\d\d|1(?:[0235-9]\d|4[0-24-9])|2(?:[0-79]\d|8[0-46-9]))))\d{4}|(?:22|3[2-5]|[47][1-35]|5[1-3578]|6[13-57]|8[1-9]|9[2458])\d{7}))$', '^(?=(?:12300\d{6}|6\d{9,10}|[2-9]\d{8})$)(?:(?=\d{9}$)(?:2(?:1982[0-6]|3314[05-9])\d{3}|(?:2(?:1(?:160|962)|3(?:(?:[24]\d|50)\d|3(?:[0346-9]\d|1[0-35-9]|2[1-9]|5[0-24-9])|600)|646[59])|(?:600|80[1-9])\d\d|9(?:(?:10[0-2]|7[1-9]\d)\d|3(?:[0-57-9]\d\d|6(?:0[02-9]|[1-9]\d))|6(?:[0-8]\d\d|9(?:[02-79]\d|1[05-9]))|9(?:[03-9]\d\d|1(?:[0235-9]\d|4[0-24-9])|2(?:[0-79]\d|8[0-46-9]))))\d{4}|(?:22|3[2-5]|[47][1-35]|5[1-3578]|6[13-57]|8[1-9]|9[2458])\d{7}))$', '^(?=(?:12300\d{6}|6\d{9,10}|[2-9]\d{8})$)(?:(?=(?:\d{9}|\d{11})$)(?:(?:123|8)00\d{6})|(?=\d{10,11}$)(?:600\d{7,8})|(?=\d{9}$)(?:44\d{7}))$'),
  ('CO', '57', 0, false, null, '^(?=(?:(?:46|60\d\d)\d{6}|(?:1\d|[39])\d{9})$)(?:(?=\d{10}$)(?:333301[0-5]\d{3}|3333(?:00|2[5-9]|[3-9]\d)\d{4}|(?:3(?:24[1-9]|3(?:00|3[0-24-9]))|9408)\d{6}|3(?:0[0-5]|1\d|2[0-3]|5[01]|70)\d{7}))$', '^(?=(?:(?:46|60\d\d)\d{6}|(?:1\d|[39])\d{9})$)(?:(?=(?:\d{8}|\d{10})$)(?:601055(?:[0-4]\d|50)\d\d|6010(?:[0-4]\d|5[0-4])\d{4}|(?:46|60(?:[18][1-9]|[24-7][2-9]))\d{6}))$', '^(?=(?:(?:46|60\d\d)\d{6}|(?:1\d|[39])\d{9})$)(?:(?=\d{10,11}$)(?:(?:19(?:0[01]|4[78])|901)\d{7})|(?=\d{11}$)(?:1800\d{7}))$'),
  ('VE', '58', 0, false, null, '^(?=(?:[68]00\d{7}|(?:[24]\d|[59]0)\d{8})$)(?:(?=\d{10}$)(?:4(?:1[24-8]|2[246])\d{7}))$', '^(?=(?:[68]00\d{7}|(?:[24]\d|[59]0)\d{8})$)(?:(?=\d{10}$)(?:(?:2(?:12|3[457-9]|[467]\d|[58][1-9]|9[1-6])|[4-6]00)\d{7}))$', '^(?=(?:[68]00\d{7}|(?:[24]\d|[59]0)\d{8})$)(?:(?=\d{10}$)(?:90[01]\d{7})|(?=\d{10}$)(?:800\d{7})|(?=\d{10}$)(?:501\d{7}))$'),
  ('MY', '60', 0, false, null, '^(?=(?:1\d{8,9}|(?:3\d|[4-9])\d{7})$)(?:(?=\d{9,10}$)(?:1(?:(?:1888[689]|4400|8(?:47|8[27])[0-4])\d{4}|9\d{7,8})|1(?:0(?:[23568]\d|4[0-6]|7[016-9]|9[0-8])|1(?:[1-5]\d\d|6(?:0[5-9]|[1-9]\d)|7(?:[0-4]\d|5[0-79]|6[02-4]|8[02-5]))|(?:[26]\d|[37][1-9]|4[235-9])\d|5(?:31|9\d\d)|8(?:1[23]|[236]\d|4[06]|5(?:46|[7-9])|7[016-9]|8[01]|9[0-8]))\d{5}))$', '^(?=(?:1\d{8,9}|(?:3\d|[4-9])\d{7})$)(?:(?=\d{8,9}$)(?:427[01]\d{4}|(?:3(?:2[0-36-9]|3[0-368]|4[0-278]|5[0-24-8]|6[0-467]|7[1246-9]|8\d|9[0-57])\d|4(?:2[0-689]|[3-79]\d|8[1-35689])|5(?:2[0-589]|[3468]\d|5[0-489]|7[1-9]|9[23])|6(?:2[2-9]|3[1357-9]|[46]\d|5[0-6]|7[0-35-9]|85|9[015-8])|7(?:[2579]\d|3[03-68]|4[0-8]|6[5-9]|8[0-35-9])|8(?:[24][2-8]|3[2-5]|5[2-7]|6[2-589]|7[2-578]|[89][2-9])|9(?:0[57]|13|[25-7]\d|[3489][0-8]))\d{5}))$', '^(?=(?:1\d{8,9}|(?:3\d|[4-9])\d{7})$)(?:(?=\d{10}$)(?:1600\d{6})|(?=\d{10}$)(?:1[378]00\d{6})|(?=\d{10}$)(?:15(?:4(?:6[0-4]\d|8(?:0[125]|[17]\d|21|3[01]|4[01589]|5[014]|6[02]))|6(?:32[0-6]|78\d))\d{4}))$'),
  ('AU', '61', 0, true, null, '^(?=(?:1(?:[0-79]\d{7}(?:\d(?:\d{2})?)?|8[0-24-9]\d{7})|[2-478]\d{8}|1\d{4,7})$)(?:(?=\d{9}$)(?:4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\d{5}|4(?:[0-36]\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\d{6}))$', '^(?=(?:1(?:[0-79]\d{7}(?:\d(?:\d{2})?)?|8[0-24-9]\d{7})|[2-478]\d{8}|1\d{4,7})$)(?:(?=\d{9}$)(?:(?:(?:241|349)0\d\d|8(?:51(?:0(?:0[03-9]|[12479]\d|3[2-9]|5[0-8]|6[1-9]|8[0-7])|1(?:[0235689]\d|1[0-69]|4[0-589]|7[0-47-9])|2(?:0[0-79]|[18][13579]|2[14-9]|3[0-46-9]|[4-6]\d|7[89]|9[0-4])|[34]\d\d)|91(?:(?:[0-58]\d|6[0135-9])\d|7(?:0[0-24-9]|[1-9]\d)|9(?:[0-46-9]\d|5[0-79]))))\d{3}|(?:2(?:[0-26-9]\d|3[0-8]|4[02-9]|5[0135-9])|3(?:[0-3589]\d|4[0-578]|6[1-9]|7[0-35-9])|7(?:[013-57-9]\d|2[0-8])|8(?:55|6[0-8]|[78]\d|9[02-9]))\d{6}))$', '^(?=(?:1(?:[0-79]\d{7}(?:\d(?:\d{2})?)?|8[0-24-9]\d{7})|[2-478]\d{8}|1\d{4,7})$)(?:(?=\d{10}$)(?:190[0-26]\d{6})|(?=(?:\d{7}|\d{10})$)(?:180(?:0\d{3}|2)\d{3})|(?=(?:\d{6}|\d{8}|\d{10}|\d{12})$)(?:13(?:00\d{6}(?:\d{2})?|45[0-4]\d{3})|13\d{4})|(?=\d{9}$)(?:14(?:5(?:1[0458]|[23][458])|71\d)\d{4})|(?=\d{5,9}$)(?:163\d{2,6}))$'),
  ('CC', '61', 1, true, null, '^(?=(?:1(?:[0-79]\d{8}(?:\d{2})?|8[0-24-9]\d{7})|[148]\d{8}|1\d{5,7})$)(?:(?=\d{9}$)(?:4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\d{5}|4(?:[0-36]\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\d{6}))$', '^(?=(?:1(?:[0-79]\d{8}(?:\d{2})?|8[0-24-9]\d{7})|[148]\d{8}|1\d{5,7})$)(?:(?=\d{9}$)(?:8(?:51(?:0(?:02|31|60|89)|1(?:18|76)|223)|91(?:0(?:1[0-2]|29)|1(?:[28]2|50|79)|2(?:10|64)|3(?:[06]8|22)|4[29]8|62\d|70[23]|959))\d{3}))$', '^(?=(?:1(?:[0-79]\d{8}(?:\d{2})?|8[0-24-9]\d{7})|[148]\d{8}|1\d{5,7})$)(?:(?=\d{10}$)(?:190[0-26]\d{6})|(?=(?:\d{7}|\d{10})$)(?:180(?:0\d{3}|2)\d{3})|(?=(?:\d{6}|\d{8}|\d{10}|\d{12})$)(?:13(?:00\d{6}(?:\d{2})?|45[0-4]\d{3})|13\d{4})|(?=\d{9}$)(?:14(?:5(?:1[0458]|[23][458])|71\d)\d{4}))$'),
  ('CX', '61', 2, true, null, '^(?=(?:1(?:[0-79]\d{8}(?:\d{2})?|8[0-24-9]\d{7})|[148]\d{8}|1\d{5,7})$)(?:(?=\d{9}$)(?:4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\d{5}|4(?:[0-36]\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\d{6}))$', '^(?=(?:1(?:[0-79]\d{8}(?:\d{2})?|8[0-24-9]\d{7})|[148]\d{8}|1\d{5,7})$)(?:(?=\d{9}$)(?:8(?:51(?:0(?:01|30|59|88)|1(?:17|46|75)|2(?:22|35))|91(?:00[6-9]|1(?:[28]1|49|78)|2(?:09|63)|3(?:12|26|75)|4(?:56|97)|64\d|7(?:0[01]|1[0-2])|958))\d{3}))$', '^(?=(?:1(?:[0-79]\d{8}(?:\d{2})?|8[0-24-9]\d{7})|[148]\d{8}|1\d{5,7})$)(?:(?=\d{10}$)(?:190[0-26]\d{6})|(?=(?:\d{7}|\d{10})$)(?:180(?:0\d{3}|2)\d{3})|(?=(?:\d{6}|\d{8}|\d{10}|\d{12})$)(?:13(?:00\d{6}(?:\d{2})?|45[0-4]\d{3})|13\d{4})|(?=\d{9}$)(?:14(?:5(?:1[0458]|[23][458])|71\d)\d{4}))$'),
  ('ID', '62', 0, false, null, '^(?=(?:00[1-9]\d{9,14}|(?:[1-36]|8\d{5})\d{6}|00\d{9}|[1-9]\d{8,10}|[2-9]\d{7})$)(?:(?=\d{9,12}$)(?:8[1-35-9]\d{7,10}))$', '^(?=(?:00[1-9]\d{9,14}|(?:[1-36]|8\d{5})\d{6}|00\d{9}|[1-9]\d{8,10}|[2-9]\d{7})$)(?:(?=\d{7,11}$)(?:2[124]\d{7,8}|619\d{8}|2(?:1(?:14|500)|2\d{3})\d{3}|61\d{5,8}|(?:2(?:[35][1-4]|6[0-8]|7[1-6]|8\d|9[1-8])|3(?:1|[25][1-8]|3[1-68]|4[1-3]|6[1-3568]|7[0-469]|8\d)|4(?:0[1-589]|1[01347-9]|2[0-36-8]|3[0-24-68]|43|5[1-378]|6[1-5]|7[134]|8[1245])|5(?:1[1-35-9]|2[25-8]|3[124-9]|4[1-3589]|5[1-46]|6[1-8])|6(?:[25]\d|3[1-69]|4[1-6])|7(?:02|[125][1-9]|[36]\d|4[1-8]|7[0-36-9])|9(?:0[12]|1[013-8]|2[0-479]|5[125-8]|6[23679]|7[159]|8[01346]))\d{5,8}))$', '^(?=(?:00[1-9]\d{9,14}|(?:[1-36]|8\d{5})\d{6}|00\d{9}|[1-9]\d{8,10}|[2-9]\d{7})$)(?:(?=\d{10}$)(?:809\d{7})|(?=\d{8,17}$)(?:00(?:1803\d{5,11}|7803\d{7})|(?:177\d|800)\d{5,7})|(?=\d{10}$)(?:804\d{7})|(?=(?:\d{7}|\d{10})$)(?:(?:1500|8071\d{3})\d{3}))$'),
  ('PH', '63', 0, false, null, '^(?=(?:(?:[2-7]|9\d)\d{8}|2\d{5}|(?:1800|8)\d{7,9})$)(?:(?=\d{10}$)(?:(?:8(?:1[37]|9[5-8])|9(?:0[5-9]|1[0-24-9]|[235-7]\d|4[2-9]|8[135-9]|9[1-9]))\d{7}))$', '^(?=(?:(?:[2-7]|9\d)\d{8}|2\d{5}|(?:1800|8)\d{7,9})$)(?:(?=(?:\d{6}|\d{8}|\d{9}|\d{10})$)(?:(?:(?:2[3-8]|3[2-68]|4[2-9]|5[2-6]|6[2-58]|7[24578])\d{3}|88(?:22\d\d|42))\d{4}|(?:2|8[2-8]\d\d)\d{5}))$', '^(?=(?:(?:[2-7]|9\d)\d{8}|2\d{5}|(?:1800|8)\d{7,9})$)(?:(?=\d{11,13}$)(?:1800\d{7,9}))$'),
  ('NZ', '64', 0, false, null, '^(?=(?:[1289]\d{9}|50\d{5}(?:\d{2,3})?|[27-9]\d{7,8}|(?:[34]\d|6[0-35-9])\d{6}|8\d{4,6})$)(?:(?=\d{8,10}$)(?:2(?:[0-27-9]\d|6)\d{6,7}|2(?:1\d|75)\d{5}))$', '^(?=(?:[1289]\d{9}|50\d{5}(?:\d{2,3})?|[27-9]\d{7,8}|(?:[34]\d|6[0-35-9])\d{6}|8\d{4,6})$)(?:(?=\d{8}$)(?:240\d{5}|(?:3[2-79]|[49][2-9]|6[235-9]|7[2-57-9])\d{6}))$', '^(?=(?:[1289]\d{9}|50\d{5}(?:\d{2,3})?|[27-9]\d{7,8}|(?:[34]\d|6[0-35-9])\d{6}|8\d{4,6})$)(?:(?=\d{7,10}$)(?:(?:1[13-57-9]\d{5}|50(?:0[08]|30|66|77|88))\d{3}|90\d{6,8})|(?=\d{8,10}$)(?:508\d{6,7}|80\d{6,8})|(?=\d{9}$)(?:70\d{7})|(?=\d{5,10}$)(?:8(?:1[16-9]|22|3\d|4[045]|5[459]|6[235-9]|7[0-3579]|90)\d{2,7}))$'),
  ('SG', '65', 0, false, null, '^(?=(?:(?:(?:1\d|8)\d\d|7000)\d{7}|[3689]\d{7})$)(?:(?=\d{8}$)(?:80[1-9]\d{5}|(?:8[1-9]|9[0-8])\d{6}))$', '^(?=(?:(?:(?:1\d|8)\d\d|7000)\d{7}|[3689]\d{7})$)(?:(?=\d{8}$)(?:662[0-24-9]\d{4}|6(?:[0-578]\d|6[013-57-9]|9[0-35-9])\d{5}))$', '^(?=(?:(?:(?:1\d|8)\d\d|7000)\d{7}|[3689]\d{7})$)(?:(?=\d{11}$)(?:1900\d{7})|(?=\d{10,11}$)(?:(?:18|8)00\d{7})|(?=\d{8}$)(?:(?:3[12]\d|666)\d{5})|(?=\d{11}$)(?:7000\d{7}))$'),
  ('TH', '66', 0, false, null, '^(?=(?:(?:001800|[2-57]|[689]\d)\d{7}|1\d{7,9})$)(?:(?=\d{9}$)(?:(?:(?:14|[89]\d)\d\d|6(?:[1-6]\d\d|7(?:1[0-8]|2[4-7]|3[1-6])))\d{5}))$', '^(?=(?:(?:001800|[2-57]|[689]\d)\d{7}|1\d{7,9})$)(?:(?=\d{8}$)(?:(?:1[0689]|2\d|3[2-9]|4[2-5]|5[2-6]|7[3-7])\d{6}))$', '^(?=(?:(?:001800|[2-57]|[689]\d)\d{7}|1\d{7,9})$)(?:(?=\d{10}$)(?:1900\d{6})|(?=(?:\d{10}|\d{13})$)(?:(?:001800\d|1800)\d{6})|(?=\d{9}$)(?:6[08]\d{7}))$'),
  ('JP', '81', 0, false, null, '^(?=(?:00[1-9]\d{6,14}|[25-9]\d{9}|(?:00|[1-9]\d\d)\d{6})$)(?:(?=\d{10}$)(?:[6-9]0[1-9]\d{7}))$', '^(?=(?:00[1-9]\d{6,14}|[25-9]\d{9}|(?:00|[1-9]\d\d)\d{6})$)(?:(?=\d{9}$)(?:(?:1(?:1[235-8]|2[3-6]|3[3-9]|4[2-6]|[58][2-8]|6[2-7]|7[2-9]|9[1-9])|(?:2[2-9]|[36][1-9])\d|4(?:[2-578]\d|6[02-8]|9[2-59])|5(?:[2-589]\d|6[1-9]|7[2-8])|7(?:[25-9]\d|3[4-9]|4[02-9])|8(?:[2679]\d|3[2-9]|4[5-9]|5[1-9]|8[03-9])|9(?:[2-58]\d|[679][1-9]))\d{6}))$', '^(?=(?:00[1-9]\d{6,14}|[25-9]\d{9}|(?:00|[1-9]\d\d)\d{6})$)(?:(?=\d{9}$)(?:990\d{6})|(?=\d{8,17}$)(?:00777(?:[01]|5\d)\d\d|(?:00(?:7778|882[1245])|(?:120|800\d)\d\d)\d{4}|00(?:37|66|78)\d{6,13})|(?=\d{10}$)(?:50[1-9]\d{7})|(?=\d{9}$)(?:60\d{7})|(?=\d{10}$)(?:20\d{8})|(?=\d{9}$)(?:570\d{6}))$'),
  ('KR', '82', 0, false, null, '^(?=(?:00[1-9]\d{8,11}|(?:[12]|5\d{3})\d{7}|[13-6]\d{9}|(?:[1-6]\d|80)\d{7}|[3-6]\d{4,5}|(?:00|7)0\d{8})$)(?:(?=\d{9,10}$)(?:1(?:05(?:[0-8]\d|9[0-6])|22[13]\d)\d{4,5}|1(?:0[0-46-9]|[16-9]\d|2[013-9])\d{6,7}))$', '^(?=(?:00[1-9]\d{8,11}|(?:[12]|5\d{3})\d{7}|[13-6]\d{9}|(?:[1-6]\d|80)\d{7}|[3-6]\d{4,5}|(?:00|7)0\d{8})$)(?:(?=(?:\d{5}|\d{6}|\d{8}|\d{9}|\d{10})$)(?:(?:2|3[1-3]|[46][1-4]|5[1-5])[1-9]\d{6,7}|(?:3[1-3]|[46][1-4]|5[1-5])1\d{2,3}))$', '^(?=(?:00[1-9]\d{8,11}|(?:[12]|5\d{3})\d{7}|[13-6]\d{9}|(?:[1-6]\d|80)\d{7}|[3-6]\d{4,5}|(?:00|7)0\d{8})$)(?:(?=\d{9}$)(?:60[2-9]\d{6})|(?=(?:\d{9}|\d{11}|\d{12}|\d{13}|\d{14})$)(?:00(?:308\d{6,7}|798\d{7,9})|(?:00368|[38]0)\d{7})|(?=\d{10}$)(?:70\d{8})|(?=\d{10,11}$)(?:50\d{8,9})|(?=\d{9,10}$)(?:15\d{7,8})|(?=\d{8}$)(?:1(?:5(?:22|33|44|66|77|88|99)|6(?:[07]0|44|6[0168]|88)|8(?:00|33|55|77|99))\d{4}))$'),
  ('VN', '84', 0, false, null, '^(?=(?:[12]\d{9}|[135-9]\d{8}|[16]\d{6,7}|7\d{6})$)(?:(?=\d{9}$)(?:121[0-3]\d{5}|(?:1[46]0|(?:3\d|7[06-9])\d|5(?:[1689]\d|2[238]|59)|8(?:[1-8]\d|9[6-9])|9(?:[0-8]\d|9[013-9]))\d{6}))$', '^(?=(?:[12]\d{9}|[135-9]\d{8}|[16]\d{6,7}|7\d{6})$)(?:(?=\d{10}$)(?:2(?:0[3-9]|1[0-689]|2[0-25-9]|[38][2-9]|4[2-8]|5[124-9]|6[0-39]|7[0-7]|9[0-4679])\d{7}))$', '^(?=(?:[12]\d{9}|[135-9]\d{8}|[16]\d{6,7}|7\d{6})$)(?:(?=\d{8,10}$)(?:1900\d{4,6})|(?=\d{8,10}$)(?:1800\d{4,6}|12(?:0[13]|28)\d{4})|(?=\d{9}$)(?:672\d{6})|(?=\d{7,8}$)(?:[17]99\d{4}|69\d{5,6}))$'),
  ('CN', '86', 0, false, null, '^(?=(?:(?:(?:1[03-689]|2\d)\d\d|6)\d{8}|1\d{10}|[126]\d{6}(?:\d(?:\d{2})?)?|86\d{5,6}|(?:[3-579]\d|8[0-57-9])\d{5,9})$)(?:(?=\d{11}$)(?:1(?:610\d|740[0-5])\d{6}|1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8}))$', '^(?=(?:(?:(?:1[03-689]|2\d)\d\d|6)\d{8}|1\d{10}|[126]\d{6}(?:\d(?:\d{2})?)?|86\d{5,6}|(?:[3-579]\d|8[0-57-9])\d{5,9})$)(?:(?=\d{7,11}$)(?:(?:10(?:[02-79]\d\d|[18](?:0[1-9]|[1-9]\d))|2(?:[02-57-9]\d{3}|1(?:[18](?:0[1-9]|[1-9]\d)|[2-79]\d\d))|9(?:78|94)\d\d)\d{5}|(?:43[35]|754|851)\d{7,8}|(?:10|2[0-57-9])(?:1(?:00|23)\d\d|95\d{3,4})|(?:43[35]|754|851)(?:1(?:00\d|23)\d|95\d{3,4})|9(?:78|94)(?:100\d\d|95\d{3,4})|(?:3(?:11|7[179])|4(?:[15]1|3[12])|5(?:1\d|2[37]|3[12]|51|7[13-79]|9[15])|7(?:[39]1|5[57]|6[09])|8(?:71|98))(?:[02-8]\d{7}|1(?:0(?:0\d\d(?:\d{3})?|[1-9]\d{5})|[13-9]\d{6}|2(?:[0-24-9]\d{5}|3\d(?:\d{4})?))|9(?:[0-46-9]\d{6}|5\d{3}(?:\d(?:\d{2})?)?))|(?:3(?:1[02-9]|35|49|5\d|7[02-6]|9[1-68])|4(?:1[25-9]|2[179]|3[46-9]|5[2-9]|6[47-9]|7\d|8[23])|5(?:3[03-9]|4[36]|5[02-9]|6[1-46]|7[028]|80|9[2-46-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[17]\d|2[248]|3[04-9]|4[3-6]|5[0-3689]|6[2368]|9[02-9])|8(?:1[236-8]|2[5-7]|3\d|5[4-9]|7[02-9]|8[36-8]|9[1-7])|9(?:0[1-3689]|1[1-79]|3\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))(?:[02-8]\d{6}|1(?:0(?:0\d\d(?:\d{2})?|[1-9]\d{4})|[13-9]\d{5}|2(?:[0-24-9]\d{4}|3\d(?:\d{3})?))|9(?:[0-46-9]\d{5}|5\d{3,5}))))$', '^(?=(?:(?:(?:1[03-689]|2\d)\d\d|6)\d{8}|1\d{10}|[126]\d{6}(?:\d(?:\d{2})?)?|86\d{5,6}|(?:[3-579]\d|8[0-57-9])\d{5,9})$)(?:(?=\d{8}$)(?:16[08]\d{5})|(?=(?:\d{10}|\d{12})$)(?:(?:(?:10|21)8|8)00\d{7})|(?=\d{7,11}$)(?:10(?:10\d{4}|96\d{3,4})|400\d{7}|950\d{7,8}|(?:2[0-57-9]|3(?:[15]\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\d|8[23])|5(?:[1357]\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\d|4[13]|5[1-5]))96\d{3,4}))$'),
  ('TR', '90', 0, false, null, '^(?=(?:4\d{6}|8\d{11,12}|(?:[2-58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:5(?:61(?:011|61\d)|82[2-5]\d\d)\d{4}|5(?:[03-5]\d|1[06]|24|6[24]|7[245]|9[46])\d{7}))$', '^(?=(?:4\d{6}|8\d{11,12}|(?:[2-58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:(?:2(?:1[26]|[28][2468]|[3-5][268]|[67][246])|3(?:[13][28]|[24-6][2468]|[78][02468]|92)|4(?:[16][246]|[23578][2468]|4[26]))\d{7}))$', '^(?=(?:4\d{6}|8\d{11,12}|(?:[2-58]\d\d|900)\d{7})$)(?:(?=\d{10}$)(?:(?:8[89]8|900)\d{7})|(?=(?:\d{10}|\d{12}|\d{13})$)(?:8(?:00\d{7}(?:\d{2,3})?|11\d{7}))|(?=\d{10}$)(?:850\d{7})|(?=\d{10}$)(?:592(?:21[12]|461)\d{4})|(?=\d{10}$)(?:512\d{7})|(?=\d{7}$)(?:444\d{4}))$'),
  ('IN', '91', 0, false, null, '^(?=(?:(?:000800|[2-9]\d\d)\d{7}|1\d{7,12})$)(?:(?=\d{10}$)(?:(?:6(?:1279|828[01489])|7(?:887[02-9]|9313)|8(?:079[04-9]|(?:84|91)7[02-8]))\d{5}|(?:160[01]|6(?:(?:12|[2-4]1|5[17]|6[13]|80)[0189]|7(?:1[0189]|86))|7(?:1(?:2[0189]|9[0-5])|3(?:2[5-8]|[34][017-9]|9[016-9])|5(?:[15][017-9]|2[04-9]|9[7-9])|6(?:0[0-47]|1[0-257-9]|2[0-4]|3[19]|5[4589])|70[0289]|88[089])|8(?:0(?:6[67]|7[02-8])|70[017-9]|84[01489]|91[0-289]))\d{6}|(?:731|8(?:16|2[014]|3[126]|6[136]|7[78]|83))(?:[0189]\d|7[02-8])\d{5}|(?:6(?:(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578])\d|7(?:[23569]\d|4[0189]|8[0-57-9])|8(?:[14-6]\d|2[0-79]))|7(?:1(?:[013-8]\d|9[6-9])|3(?:2[0-49]|9[2-5])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4\d|5[0-367])|70[13-7]|881))[0189]\d{5}|(?:6(?:[09]\d|1[04679]|2[03689]|3[05-9]|4[0489]|50|6[069]|7[07]|8[7-9])|7(?:[024]\d|3[05-8]|5[0346-8]|6[6-9]|7[1-9]|8[0-79]|9[06-9])|8(?:0[01589]|1[0-57-9]|2[235-9]|3[03-57-9]|[45]\d|6[02457-9]|7[1-69]|8[0-25-9]|9[02-9])|9\d\d)\d{7}))$', '^(?=(?:(?:000800|[2-9]\d\d)\d{7}|1\d{7,12})$)(?:(?=\d{10}$)(?:(?:2717(?:[2-7]\d|95)|6828[235-7]\d)\d{4}|(?:170[24]|280[13468]|4(?:20[24]|72[2-8])|552[1-7])\d{6}|(?:271[0-689]|682[0-79]|782[0-6])[2-7]\d{5}|(?:2(?:[02][2-79]|90)|3(?:23|80)|683|79[1-5])\d{7}|(?:11|33|4[04]|80)[2-7]\d{7}|(?:342|674|788)(?:[0189][2-7]|[2-7]\d)\d{5}|(?:1(?:2[0-249]|3[0-25]|4[145]|[59][14]|6[014]|7[1257]|8[01346])|2(?:1[257]|3[013]|4[01]|5[0137]|6[0158]|78|8[1568]|9[14])|3(?:26|4[13]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[014-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|6(?:12|[2-47]1|5[17]|6[13]|80)|7(?:12|2[14]|3[134]|4[47]|5[15]|[67]1)|8(?:16|2[014]|3[126]|6[136]|7[078]|8[34]|91))[2-7]\d{6}|(?:1(?:2[35-8]|3[346-9]|4[236-9]|[59][0235-9]|6[235-9]|7[34689]|8[257-9])|2(?:1[134689]|3[24-8]|4[2-8]|5[25689]|6[2-4679]|7[3-79]|8[2-479]|9[235-9])|3(?:01|1[79]|2[1245]|4[5-8]|5[125689]|6[235-7]|7[157-9]|8[2-46-8])|4(?:1[14578]|2[5689]|3[2-467]|5[4-7]|6[35]|73|8[2689]|9[2389])|5(?:[16][146-9]|2[14-8]|3[1346]|4[14-69]|5[46]|7[2-4]|8[2-8]|9[246])|6(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578]|7[235689]|8[14-6])|7(?:1[013-9]|2[0235-9]|3[2679]|4[1-35689]|5[2-46-9]|[67][02-9]|8[013-7]|90)|8(?:1[1357-9]|2[235-8]|3[03-57-9]|4[0-24-9]|5\d|6[2457-9]|7[1-6]|8[1256]|9[2-4]))\d[2-7]\d{5}))$', '^(?=(?:(?:000800|[2-9]\d\d)\d{7}|1\d{7,12})$)(?:(?=\d{13}$)(?:186[12]\d{9})|(?=\d{8,13}$)(?:000800\d{7}|180(?:0\d{4,9}|3\d{9}))|(?=\d{11}$)(?:1860\d{7})|(?=\d{10}$)(?:140\d{7}))$'),
  ('PK', '92', 0, false, null, '^(?=(?:122\d{6}|[24-8]\d{10,11}|9(?:[013-9]\d{8,10}|2(?:[01]\d\d|2(?:[06-8]\d|1[01]))\d{7})|(?:[2-8]\d{3}|92(?:[0-7]\d|8[1-9]))\d{6}|[24-9]\d{8}|[89]\d{7})$)(?:(?=\d{10}$)(?:3(?:[0-247]\d|3[0-79]|55|64)\d{7}))$', '^(?=(?:122\d{6}|[24-8]\d{10,11}|9(?:[013-9]\d{8,10}|2(?:[01]\d\d|2(?:[06-8]\d|1[01]))\d{7})|(?:[2-8]\d{3}|92(?:[0-7]\d|8[1-9]))\d{6}|[24-9]\d{8}|[89]\d{7})$)(?:(?=\d{9,10}$)(?:(?:(?:21|42)[2-9]|58[126])\d{7}|(?:2[25]|4[0146-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91)[2-9]\d{6,7}|(?:2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:2[2-8]|3[27-9]|4[2-6]|6[3569]|9[25-8]))[2-9]\d{5,6}))$', '^(?=(?:122\d{6}|[24-8]\d{10,11}|9(?:[013-9]\d{8,10}|2(?:[01]\d\d|2(?:[06-8]\d|1[01]))\d{7})|(?:[2-8]\d{3}|92(?:[0-7]\d|8[1-9]))\d{6}|[24-9]\d{8}|[89]\d{7})$)(?:(?=\d{8}$)(?:900\d{5})|(?=(?:\d{8}|\d{11})$)(?:800\d{5}(?:\d{3})?)|(?=\d{9}$)(?:122\d{6})|(?=\d{11,12}$)(?:(?:2(?:[125]|3[2358]|4[2-4]|9[2-8])|4(?:[0-246-9]|5[3479])|5(?:[1-35-7]|4[2-467])|6(?:0[468]|[1-8])|7(?:[14]|2[236])|8(?:[16]|2[2-689]|3[23578]|4[3478]|5[2356])|9(?:1|22|3[27-9]|4[2-6]|6[3569]|9[2-7]))111\d{6}))$'),
  ('AF', '93', 0, false, null, '^(?=(?:[2-7]\d{8})$)(?:(?=\d{9}$)(?:7\d{8}))$', '^(?=(?:[2-7]\d{8})$)(?:(?=\d{9}$)(?:(?:[25][0-8]|[34][0-4]|6[0-5])[2-9]\d{6}))$', null),
  ('LK', '94', 0, false, null, '^(?=(?:[1-9]\d{8})$)(?:(?=\d{9}$)(?:7(?:[0-25-8]\d|4[0-4])\d{6}))$', '^(?=(?:[1-9]\d{8})$)(?:(?=\d{9}$)(?:(?:12[2-9]|602|8[12]\d|9(?:1\d|22|9[245]))\d{6}|(?:11|2[13-7]|3[1-8]|4[157]|5[12457]|6[35-7])[2-57]\d{6}))$', '^(?=(?:[1-9]\d{8})$)(?:(?=\d{9}$)(?:1973\d{5}))$'),
  ('MM', '95', 0, false, null, '^(?=(?:1\d{5,7}|95\d{6}|(?:[4-7]|9[0-46-9])\d{6,8}|(?:2|8\d)\d{5,8})$)(?:(?=\d{7,10}$)(?:(?:17[01]|9(?:2(?:[0-4]|[56]\d\d)|(?:3(?:[0-36]|4\d)|(?:6\d|8[89]|9[4-8])\d|7(?:3|40|[5-9]\d))\d|4(?:(?:[0245]\d|[1379])\d|88)|5[0-6])\d)\d{4}|9[69]1\d{6}|9(?:[68]\d|9[089])\d{5}))$', '^(?=(?:1\d{5,7}|95\d{6}|(?:[4-7]|9[0-46-9])\d{6,8}|(?:2|8\d)\d{5,8})$)(?:(?=\d{6,9}$)(?:(?:1(?:(?:12|[28]\d|3[56]|7[3-6]|9[0-6])\d|4(?:2[29]|7[0-2]|83)|6)|2(?:2(?:00|8[34])|4(?:0\d|22|7[0-2]|83)|51\d\d)|4(?:2(?:2\d\d|48[013])|3(?:20\d|4(?:70|83)|56)|420\d|5(?:2\d|470))|6(?:0(?:[23]|88\d)|(?:124|[56]2\d)\d|2472|3(?:20\d|470)|4(?:2[04]\d|472)|7(?:3\d\d|4[67]0|8(?:[01459]\d|8))))\d{4}|5(?:2(?:2\d{5,6}|47[02]\d{4})|(?:3472|4(?:2(?:1|86)|470)|522\d|6(?:20\d|483)|7(?:20\d|48[01])|8(?:20\d|47[02])|9(?:20\d|470))\d{4})|7(?:(?:0470|4(?:25\d|470)|5(?:202|470|96\d))\d{4}|1(?:20\d{4,5}|4(?:70|83)\d{4}))|8(?:1(?:2\d{5,6}|4(?:10|7[01]\d)\d{3})|2(?:2\d{5,6}|(?:320|490\d)\d{3})|(?:3(?:2\d\d|470)|4[24-7]|5(?:(?:2\d|51)\d|4(?:[1-35-9]\d|4[0-57-9]))|6[23])\d{4})|(?:1[2-6]\d|4(?:2[24-8]|3[2-7]|[46][2-6]|5[3-5])|5(?:[27][2-8]|3[2-68]|4[24-8]|5[23]|6[2-4]|8[24-7]|9[2-7])|6(?:[19]20|42[03-6]|(?:52|7[45])\d)|7(?:[04][24-8]|[15][2-7]|22|3[2-4])|8(?:1[2-689]|2[2-8]|(?:[35]2|64)\d))\d{4}|25\d{5,6}|(?:2[2-9]|6(?:1[2356]|[24][2-6]|3[24-6]|5[2-4]|6[2-8]|7[235-7]|8[245]|9[24])|8(?:3[24]|5[245]))\d{4}))$', '^(?=(?:1\d{5,7}|95\d{6}|(?:[4-7]|9[0-46-9])\d{6,8}|(?:2|8\d)\d{5,8})$)(?:(?=\d{10}$)(?:80080(?:0[1-9]|2\d)\d{3})|(?=\d{8}$)(?:1333\d{4}))$'),
  ('IR', '98', 0, false, null, '^(?=(?:[1-9]\d{9}|(?:[1-8]\d\d|9)\d{3,4})$)(?:(?=\d{10}$)(?:9(?:(?:0[0-5]|[13]\d|2[0-3])\d\d|9(?:[0-46]\d\d|5(?:10|5\d)|8(?:[12]\d|3[0-2]|88)|9(?:[0-359]\d|69|77|8[7-9])))\d{5}))$', '^(?=(?:[1-9]\d{9}|(?:[1-8]\d\d|9)\d{3,4})$)(?:(?=(?:\d{6}|\d{7}|\d{10})$)(?:(?:1[137]|2[13-68]|3[1458]|4[145]|5[1468]|6[16]|7[1467]|8[13467])(?:[03-57]\d{7}|[16]\d{3}(?:\d{4})?|[289]\d{3}(?:\d(?:\d{3})?)?)|94(?:000[09]|(?:12\d|30[0-2])\d|2(?:[02689]0\d|121)|4(?:111|40\d))\d{4}))$', '^(?=(?:[1-9]\d{9}|(?:[1-8]\d\d|9)\d{3,4})$)(?:(?=\d{4,5}$)(?:96(?:0[12]|2[16-8]|3(?:08|[14]5|[23]|66)|4(?:0|80)|5[01]|6[89]|86|9[19])))$'),
  ('SS', '211', 0, false, null, '^(?=(?:[19]\d{8})$)(?:(?=\d{9}$)(?:(?:12|9[1257-9])\d{7}))$', '^(?=(?:[19]\d{8})$)(?:(?=\d{9}$)(?:1[89]\d{7}))$', null),
  ('MA', '212', 0, true, '^(?:[5-8])', '^(?=(?:[5-8]\d{8})$)(?:(?=\d{9}$)(?:(?:6(?:[0-79]\d|8[0-247-9])|7(?:[016-8]\d|2[0-8]|3[01]|5[0-5]))\d{6}))$', '^(?=(?:[5-8]\d{8})$)(?:(?=\d{9}$)(?:5(?:(?:18|4[0679]|5[03])\d|2(?:[0-25-79]\d|3[1-578]|4[02-46-8]|8[0235-9])|3(?:[0-47]\d|5[02-9]|6[02-8]|8[014-9]|9[3-9]))\d{5}))$', '^(?=(?:[5-8]\d{8})$)(?:(?=\d{9}$)(?:89\d{7})|(?=\d{9}$)(?:80[0-7]\d{6})|(?=\d{9}$)(?:(?:592(?:4[0-2]|93)|80[89]\d\d)\d{4}))$'),
  ('EH', '212', 1, true, null, '^(?=(?:[5-8]\d{8})$)(?:(?=\d{9}$)(?:(?:6(?:[0-79]\d|8[0-247-9])|7(?:[016-8]\d|2[0-8]|3[01]|5[0-5]))\d{6}))$', '^(?=(?:[5-8]\d{8})$)(?:(?=\d{9}$)(?:528[89]\d{5}))$', '^(?=(?:[5-8]\d{8})$)(?:(?=\d{9}$)(?:89\d{7})|(?=\d{9}$)(?:80[0-7]\d{6})|(?=\d{9}$)(?:(?:592(?:4[0-2]|93)|80[89]\d\d)\d{4}))$'),
  ('DZ', '213', 0, false, null, '^(?=(?:(?:[1-4]|[5-79]\d|80)\d{7})$)(?:(?=\d{9}$)(?:5(?:4[0-29]|6[0-4])\d{6}|(?:55|6\d|7[7-9])\d{7}))$', '^(?=(?:(?:[1-4]|[5-79]\d|80)\d{7})$)(?:(?=\d{8,9}$)(?:9619\d{5}|(?:[1-3]\d|4[013-689])\d{6}))$', '^(?=(?:(?:[1-4]|[5-79]\d|80)\d{7})$)(?:(?=\d{9}$)(?:80[3-689]1\d{5})|(?=\d{9}$)(?:800\d{6})|(?=\d{9}$)(?:80[12]1\d{5})|(?=\d{9}$)(?:98[23]\d{6}))$'),
  ('TN', '216', 0, false, null, '^(?=(?:[2-57-9]\d{7})$)(?:(?=\d{8}$)(?:3(?:001|[12]40)\d{4}|(?:(?:[259]\d|4[0-8])\d|3(?:1[1-35]|6[0-4]|91))\d{5}))$', '^(?=(?:[2-57-9]\d{7})$)(?:(?=\d{8}$)(?:81200\d{3}|(?:3[0-2]|7\d)\d{6}))$', '^(?=(?:[2-57-9]\d{7})$)(?:(?=\d{8}$)(?:88\d{6})|(?=\d{8}$)(?:8010\d{4})|(?=\d{8}$)(?:8[12]10\d{4}))$'),
  ('LY', '218', 0, false, null, '^(?=(?:[2-9]\d{8})$)(?:(?=\d{9}$)(?:9[1-6]\d{7}))$', '^(?=(?:[2-9]\d{8})$)(?:(?=\d{9}$)(?:(?:2(?:0[56]|[1-6]\d|7[124579]|8[124])|3(?:1\d|2[2356])|4(?:[17]\d|2[1-357]|5[2-4]|8[124])|5(?:[1347]\d|2[1-469]|5[13-5]|8[1-4])|6(?:[1-479]\d|5[2-57]|8[1-5])|7(?:[13]\d|2[13-79])|8(?:[124]\d|5[124]|84))\d{6}))$', null),
  ('GM', '220', 0, false, null, '^(?=(?:[48]\d{8}|[2-9]\d{6})$)(?:(?=(?:\d{7}|\d{9})$)(?:(?:(?:[23679]\d|4[015]|8(?:(?:3[35]|6[68]|99)\d|7(?:[27]\d|4[015])))\d|5(?:[0-489]\d|56))\d{4}|8[4-7]\d{5}))$', '^(?=(?:[48]\d{8}|[2-9]\d{6})$)(?:(?=(?:\d{7}|\d{9})$)(?:(?:4(?:[23]\d\d|4(?:1[024679]|(?:4(?:[237-9]\d|4[14-9])|8[0-389]\d)\d|5(?:5(?:3\d|4[0-7])|[67]\d\d)))|5(?:5(?:3\d|4[0-7])|6[67]\d|7(?:1[04]|2[035]|3[58]|48))|8[0-389]\d\d)\d{3}|44[6-9]\d{4}))$', null),
  ('SN', '221', 0, false, null, '^(?=(?:(?:[378]\d|93)\d{7})$)(?:(?=\d{9}$)(?:7(?:[015-8]\d|21|90)\d{6}))$', '^(?=(?:(?:[378]\d|93)\d{7})$)(?:(?=\d{9}$)(?:3(?:[026]\d|3[89])\d{6}))$', '^(?=(?:(?:[378]\d|93)\d{7})$)(?:(?=\d{9}$)(?:88[4689]\d{6})|(?=\d{9}$)(?:800\d{6})|(?=\d{9}$)(?:81[02468]\d{6})|(?=\d{9}$)(?:(?:39|93)\d{7}))$'),
  ('MR', '222', 0, false, null, '^(?=(?:(?:[2-4]\d\d|800)\d{5})$)(?:(?=\d{8}$)(?:[2-4][0-46-9]\d{6}))$', '^(?=(?:(?:[2-4]\d\d|800)\d{5})$)(?:(?=\d{8}$)(?:(?:25[08]|35\d|45[1-7])\d{5}))$', '^(?=(?:(?:[2-4]\d\d|800)\d{5})$)(?:(?=\d{8}$)(?:800\d{5}))$'),
  ('ML', '223', 0, false, null, '^(?=(?:[24-9]\d{7})$)(?:(?=\d{8}$)(?:2(?:0(?:01|79)|17\d)\d{4}|(?:5[0-3]|[679]\d|8[2-59])\d{6}))$', '^(?=(?:[24-9]\d{7})$)(?:(?=\d{8}$)(?:2(?:07[0-8]|12[67])\d{4}|(?:2(?:02|1[4-689])|4(?:0[0-4]|4[1-69]))\d{5}))$', '^(?=(?:[24-9]\d{7})$)(?:(?=\d{8}$)(?:80\d{6}))$'),
  ('GN', '224', 0, false, null, '^(?=(?:722\d{6}|(?:3|6\d)\d{7})$)(?:(?=\d{9}$)(?:6[0-356]\d{7}))$', '^(?=(?:722\d{6}|(?:3|6\d)\d{7})$)(?:(?=\d{8}$)(?:3(?:0(?:24|3[12]|4[1-35-7]|5[13]|6[189]|[78]1|9[1478])|1\d\d)\d{4}))$', '^(?=(?:722\d{6}|(?:3|6\d)\d{7})$)(?:(?=\d{9}$)(?:722\d{6}))$'),
  ('CI', '225', 0, false, null, '^(?=(?:[02]\d{9})$)(?:(?=\d{10}$)(?:0[157]\d{8}))$', '^(?=(?:[02]\d{9})$)(?:(?=\d{10}$)(?:2(?:[15]\d{3}|7(?:2(?:0[23]|1[2357]|2[245]|3[45]|4[3-5])|3(?:06|1[69]|[2-6]7)))\d{5}))$', null),
  ('BF', '226', 0, false, null, '^(?=(?:[024-7]\d{7})$)(?:(?=\d{8}$)(?:(?:0[1-7]|4[4-6]|5[0-8]|[67]\d)\d{6}))$', '^(?=(?:[024-7]\d{7})$)(?:(?=\d{8}$)(?:2(?:0(?:49|5[23]|6[5-7]|9[016-9])|4(?:4[569]|5[4-6]|6[5-7]|7[0179])|5(?:[34]\d|50|6[5-8]))\d{4}))$', null),
  ('NE', '227', 0, false, null, '^(?=(?:[027-9]\d{7})$)(?:(?=\d{8}$)(?:(?:23|7[0467]|[89]\d)\d{6}))$', '^(?=(?:[027-9]\d{7})$)(?:(?=\d{8}$)(?:2(?:0(?:20|3[1-8]|4[13-5]|5[14]|6[14578]|7[1-578])|1(?:4[145]|5[14]|6[14-68]|7[169]|88))\d{4}))$', '^(?=(?:[027-9]\d{7})$)(?:(?=\d{8}$)(?:09\d{6})|(?=\d{8}$)(?:08\d{6}))$'),
  ('TG', '228', 0, false, null, '^(?=(?:[279]\d{7})$)(?:(?=\d{8}$)(?:(?:7[0-389]|9[0-36-9])\d{6}))$', '^(?=(?:[279]\d{7})$)(?:(?=\d{8}$)(?:2(?:2[2-7]|3[23]|4[45]|55|6[67]|77)\d{5}))$', null),
  ('BJ', '229', 0, false, null, '^(?=(?:01\d{8})$)(?:(?=\d{10}$)(?:01(?:2[5-9]|[4-69]\d)\d{6}))$', '^(?=(?:01\d{8})$)(?:(?=\d{10}$)(?:012\d{7}))$', null),
  ('MU', '230', 0, false, null, '^(?=(?:(?:[57]|8\d\d)\d{7}|[2-468]\d{6})$)(?:(?=\d{8}$)(?:5(?:4(?:2[1-389]|7[1-9])|87[15-8])\d{4}|(?:5(?:2[5-9]|4[3-689]|[57]\d|8[0-689]|9[0-8])|7(?:0[0-7]|3[013]))\d{5}))$', '^(?=(?:(?:[57]|8\d\d)\d{7}|[2-468]\d{6})$)(?:(?=\d{7,8}$)(?:(?:2(?:[0346-8]\d|1[0-8])|4(?:[013568]\d|2[0-24-8]|71|90)|54(?:[3-5]\d|71)|6\d\d|8(?:14|3[129]))\d{4}))$', '^(?=(?:(?:[57]|8\d\d)\d{7}|[2-468]\d{6})$)(?:(?=\d{7}$)(?:30\d{5})|(?=(?:\d{7}|\d{10})$)(?:802\d{7}|80[0-2]\d{4})|(?=\d{7}$)(?:3(?:20|9\d)\d{4})|(?=\d{7}$)(?:219\d{4}))$'),
  ('LR', '231', 0, false, null, '^(?=(?:(?:[2457]\d|33|88)\d{7}|(?:2\d|[4-6])\d{6})$)(?:(?=(?:\d{7}|\d{9})$)(?:(?:(?:(?:22|33)0|555|7(?:6[01]|7\d)|88\d)\d|4(?:240|[67]))\d{5}|[56]\d{6}))$', '^(?=(?:(?:[2457]\d|33|88)\d{7}|(?:2\d|[4-6])\d{6})$)(?:(?=\d{8}$)(?:2\d{7}))$', '^(?=(?:(?:[2457]\d|33|88)\d{7}|(?:2\d|[4-6])\d{6})$)(?:(?=\d{9}$)(?:332(?:02|[34]\d)\d{4}))$'),
  ('SL', '232', 0, false, null, '^(?=(?:(?:[237-9]\d|66)\d{6})$)(?:(?=\d{8}$)(?:(?:25|3[0-5]|66|7\d|8[08]|9[09])\d{6}))$', '^(?=(?:(?:[237-9]\d|66)\d{6})$)(?:(?=\d{8}$)(?:22[2-4][2-9]\d{4}))$', null),
  ('GH', '233', 0, false, null, '^(?=(?:[235]\d{8}|800\d{5,6})$)(?:(?=\d{9}$)(?:(?:2(?:[0346-9]\d|5[67])|5(?:[03-7]\d|9[1-9]))\d{6}))$', '^(?=(?:[235]\d{8}|800\d{5,6})$)(?:(?=\d{9}$)(?:3(?:181[0-5]|285[0-7]|3810)\d{4}|3(?:0(?:[237-9]\d|60)|[167](?:2[0-6]|7\d|80)|2(?:2[0-5]|7\d|8[0-4])|3(?:2[0-3]|7\d|80)|4(?:2[013-9]|3[01]|7\d|80)|5(?:2[0-7]|7\d|80)|8(?:2[0-2]|7\d|80)|9(?:[28]0|7\d))\d{5}))$', '^(?=(?:[235]\d{8}|800\d{5,6})$)(?:(?=\d{8,9}$)(?:800\d{5,6}))$'),
  ('NG', '234', 0, false, null, '^(?=(?:(?:20|9\d)\d{8}|[78]\d{9,13})$)(?:(?=\d{10}$)(?:(?:702[0-24-9]|819[01])\d{6}|(?:7(?:0[13-9]|[12]\d)|8(?:0[1-9]|1[0-8])|9(?:0[1-9]|1[0-6]))\d{7}))$', '^(?=(?:(?:20|9\d)\d{8}|[78]\d{9,13})$)(?:(?=\d{10}$)(?:20(?:[1259]\d|3[013-9]|4[1-8]|6[024-689]|7[1-79]|8[2-9])\d{6}))$', '^(?=(?:(?:20|9\d)\d{8}|[78]\d{9,13})$)(?:(?=\d{10,14}$)(?:800\d{7,11})|(?=\d{10,14}$)(?:700\d{7,11}))$'),
  ('TD', '235', 0, false, null, '^(?=(?:(?:22|[3689]\d|77)\d{6})$)(?:(?=\d{8}$)(?:(?:3[01]|[69]\d|77|8[5-7])\d{6}))$', '^(?=(?:(?:22|[3689]\d|77)\d{6})$)(?:(?=\d{8}$)(?:22(?:[37-9]0|5[0-5]|6[89])\d{4}))$', null),
  ('CF', '236', 0, false, null, '^(?=(?:8776\d{4}|(?:[27]\d|61)\d{6})$)(?:(?=\d{8}$)(?:7[02-7]\d{6}))$', '^(?=(?:8776\d{4}|(?:[27]\d|61)\d{6})$)(?:(?=\d{8}$)(?:(?:2[12]|61)\d{6}))$', '^(?=(?:8776\d{4}|(?:[27]\d|61)\d{6})$)(?:(?=\d{8}$)(?:8776\d{4}))$'),
  ('CM', '237', 0, false, null, '^(?=(?:[26]\d{8}|88\d{6,7})$)(?:(?=\d{9}$)(?:(?:24[23]|6(?:[25-9]\d|4[0-2]))\d{6}))$', '^(?=(?:[26]\d{8}|88\d{6,7})$)(?:(?=\d{9}$)(?:2(?:22|33)\d{6}))$', '^(?=(?:[26]\d{8}|88\d{6,7})$)(?:(?=\d{8,9}$)(?:88\d{6,7}))$'),
  ('CV', '238', 0, false, null, '^(?=(?:(?:[2-59]\d\d|800)\d{4})$)(?:(?=\d{7}$)(?:(?:36|5[1-37-9]|9\d)\d{5}))$', '^(?=(?:(?:[2-59]\d\d|800)\d{4})$)(?:(?=\d{7}$)(?:2(?:2[1-7]|3[0-8]|4[12]|5[1256]|6\d|7[1-3]|8[1-5])\d{4}))$', '^(?=(?:(?:[2-59]\d\d|800)\d{4})$)(?:(?=\d{7}$)(?:800\d{4})|(?=\d{7}$)(?:(?:3[3-5]|4[356])\d{5}))$'),
  ('ST', '239', 0, false, null, '^(?=(?:(?:22|9\d)\d{5})$)(?:(?=\d{7}$)(?:900[5-9]\d{3}|9(?:0[1-9]|[89]\d)\d{4}))$', '^(?=(?:(?:22|9\d)\d{5})$)(?:(?=\d{7}$)(?:22\d{5}))$', null),
  ('GQ', '240', 0, false, null, '^(?=(?:222\d{6}|(?:3\d|55|[89]0)\d{7})$)(?:(?=\d{9}$)(?:(?:222|55\d)\d{6}))$', '^(?=(?:222\d{6}|(?:3\d|55|[89]0)\d{7})$)(?:(?=\d{9}$)(?:33[0-24-9]\d[46]\d{4}|3(?:33|5\d)\d[7-9]\d{4}))$', '^(?=(?:222\d{6}|(?:3\d|55|[89]0)\d{7})$)(?:(?=\d{9}$)(?:90\d[1-9]\d{5})|(?=\d{9}$)(?:80\d[1-9]\d{5}))$'),
  ('GA', '241', 0, false, null, '^(?=(?:(?:[067]\d|11)\d{6}|[2-7]\d{6})$)(?:(?=\d{7,8}$)(?:(?:(?:0[2-7]|7[467])\d|6(?:0[0-4]|10|[256]\d))\d{5}|[2-7]\d{6}))$', '^(?=(?:(?:[067]\d|11)\d{6}|[2-7]\d{6})$)(?:(?=\d{8}$)(?:[01]1\d{6}))$', null),
  ('CG', '242', 0, false, null, '^(?=(?:222\d{6}|(?:0\d|80)\d{7})$)(?:(?=\d{9}$)(?:026(?:1[0-5]|6[6-9])\d{4}|0(?:[14-6]\d\d|2(?:40|5[5-8]|6[07-9]))\d{5}))$', '^(?=(?:222\d{6}|(?:0\d|80)\d{7})$)(?:(?=\d{9}$)(?:222[1-589]\d{5}))$', '^(?=(?:222\d{6}|(?:0\d|80)\d{7})$)(?:(?=\d{9}$)(?:80[0-2]\d{6}))$'),
  ('CD', '243', 0, false, null, '^(?=(?:(?:(?:[189]|5\d)\d|2)\d{7}|[1-68]\d{6})$)(?:(?=(?:\d{7}|\d{9})$)(?:88\d{5}|(?:8[0-79]|9[016-9])\d{7}))$', '^(?=(?:(?:(?:[189]|5\d)\d|2)\d{7}|[1-68]\d{6})$)(?:(?=\d{7,10}$)(?:(?:(?:12|573)\d\d|276)\d{5}|[1-6]\d{6}))$', null),
  ('AO', '244', 0, false, null, '^(?=(?:[29]\d{8})$)(?:(?=\d{9}$)(?:9[1-79]\d{7}))$', '^(?=(?:[29]\d{8})$)(?:(?=\d{9}$)(?:2\d(?:[0134][25-9]|[25-9]\d)\d{5}))$', null),
  ('GW', '245', 0, false, null, '^(?=(?:[49]\d{8}|4\d{6})$)(?:(?=\d{9}$)(?:9(?:5\d|6[569]|77)\d{6}))$', '^(?=(?:[49]\d{8}|4\d{6})$)(?:(?=\d{9}$)(?:443\d{6}))$', '^(?=(?:[49]\d{8}|4\d{6})$)(?:(?=\d{7}$)(?:40\d{5}))$'),
  ('IO', '246', 0, false, null, '^(?=(?:3\d{6})$)(?:(?=\d{7}$)(?:38\d{5}))$', '^(?=(?:3\d{6})$)(?:(?=\d{7}$)(?:37\d{5}))$', null),
  ('AC', '247', 0, false, null, '^(?=(?:(?:[01589]\d|[2-467])\d{4})$)(?:(?=\d{5}$)(?:[2-47]\d{4}))$', '^(?=(?:(?:[01589]\d|[2-467])\d{4})$)(?:(?=\d{5}$)(?:6\d{4}))$', '^(?=(?:(?:[01589]\d|[2-467])\d{4})$)(?:(?=\d{6}$)(?:(?:0[1-9]|[1589]\d)\d{4}))$'),
  ('SC', '248', 0, false, null, '^(?=(?:(?:[2489]\d|64)\d{5})$)(?:(?=\d{7}$)(?:2[125-8]\d{5}))$', '^(?=(?:(?:[2489]\d|64)\d{5})$)(?:(?=\d{7}$)(?:4[2-46]\d{5}))$', '^(?=(?:(?:[2489]\d|64)\d{5})$)(?:(?=\d{7}$)(?:85\d{5})|(?=\d{7}$)(?:800[08]\d{3})|(?=\d{7}$)(?:971\d{4}|(?:64|95)\d{5}))$'),
  ('SD', '249', 0, false, null, '^(?=(?:[19]\d{8})$)(?:(?=\d{9}$)(?:(?:1[0-2]|9[0-3569])\d{7}))$', '^(?=(?:[19]\d{8})$)(?:(?=\d{9}$)(?:1(?:5\d|8[35-7])\d{6}))$', null),
  ('RW', '250', 0, false, null, '^(?=(?:(?:06|[27]\d\d|[89]00)\d{6})$)(?:(?=\d{9}$)(?:7[237-9]\d{7}))$', '^(?=(?:(?:06|[27]\d\d|[89]00)\d{6})$)(?:(?=\d{8,9}$)(?:(?:06|2[23568]\d)\d{6}))$', '^(?=(?:(?:06|[27]\d\d|[89]00)\d{6})$)(?:(?=\d{9}$)(?:900\d{6})|(?=\d{9}$)(?:800\d{6}))$'),
  ('ET', '251', 0, false, null, '^(?=(?:(?:11|[2-57-9]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:7(?:[03]\d|1[0-8]|2[1-35-79]|77|86|99)|(?:8[01]|9\d)\d)\d{6}))$', '^(?=(?:(?:11|[2-57-9]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:11(?:[124]\d\d|3(?:[0-79]\d|8[0-7])|5(?:[02-9]\d|1[0-57-9])|6(?:[02-79]\d|1[0-57-9]|8[0-8]))|2(?:2(?:11[1-9]|22[0-7]|33\d|44[1467]|66[1-68])|5(?:11[124-6]|33[2-8]|44[1467]|55[14]|66[1-3679]|77[124-79]|880))|3(?:3(?:11[0-46-8]|(?:22|55)[0-6]|33[0134689]|44[04]|66[01467])|4(?:44[0-8]|55[0-69]|66[0-3]|77[1-5]))|4(?:6(?:119|22[0-24-7]|33[1-5]|44[13-69]|55[14-689]|660|88[1-4])|7(?:(?:11|22)[1-9]|33[13-7]|44[13-6]|55[1-689]))|5(?:7(?:227|55[05]|(?:66|77)[14-8])|8(?:11[149]|22[013-79]|33[0-68]|44[013-8]|550|66[1-5]|77\d)))\d{4}))$', null),
  ('SO', '252', 0, false, null, '^(?=(?:[346-9]\d{8}|[12679]\d{7}|[1-5]\d{6}|[1348]\d{5})$)(?:(?=\d{7,9}$)(?:(?:(?:15|(?:3[59]|4[89]|6\d|7[0-35-9]|8[08])\d|9(?:0\d|[2-9]))\d|2(?:4\d|8))\d{5}|(?:[67]\d\d|904)\d{5}))$', '^(?=(?:[346-9]\d{8}|[12679]\d{7}|[1-5]\d{6}|[1348]\d{5})$)(?:(?=\d{6,7}$)(?:(?:1\d|2[0-79]|3[0-46-8]|4[0-7]|5[57-9])\d{5}|(?:[134]\d|8[125])\d{4}))$', null),
  ('DJ', '253', 0, false, null, '^(?=(?:(?:2\d|77)\d{6})$)(?:(?=\d{8}$)(?:77\d{6}))$', '^(?=(?:(?:2\d|77)\d{6})$)(?:(?=\d{8}$)(?:2(?:1[2-5]|7[45])\d{5}))$', null),
  ('KE', '254', 0, false, null, '^(?=(?:(?:[17]\d\d|900)\d{6}|(?:2|80)0\d{6,7}|[4-6]\d{6,8})$)(?:(?=\d{9}$)(?:(?:1(?:0[0-8]|[18]\d|2[014]|3[05-9]|4[0-6])|7\d\d)\d{6}))$', '^(?=(?:(?:[17]\d\d|900)\d{6}|(?:2|80)0\d{6,7}|[4-6]\d{6,8})$)(?:(?=\d{7,9}$)(?:(?:4[245]|5[1-79]|6[01457-9])\d{5,7}|(?:4[136]|5[08]|62)\d{7}|(?:[24]0|66)\d{6,7}))$', '^(?=(?:(?:[17]\d\d|900)\d{6}|(?:2|80)0\d{6,7}|[4-6]\d{6,8})$)(?:(?=\d{9}$)(?:900[02-9]\d{5})|(?=\d{9,10}$)(?:800[02-8]\d{5,6}))$'),
  ('TZ', '255', 0, false, null, '^(?=(?:(?:[25-8]\d|41|90)\d{7})$)(?:(?=\d{9}$)(?:(?:6[0-35-9]|7\d)\d{7}))$', '^(?=(?:(?:[25-8]\d|41|90)\d{7})$)(?:(?=\d{9}$)(?:2[2-8]\d{7}))$', '^(?=(?:(?:[25-8]\d|41|90)\d{7})$)(?:(?=\d{9}$)(?:90\d{7})|(?=\d{9}$)(?:80[08]\d{6})|(?=\d{9}$)(?:8(?:40|6[01])\d{6})|(?=\d{9}$)(?:41\d{7}))$'),
  ('UG', '256', 0, false, null, '^(?=(?:800\d{6}|(?:[29]0|[347]\d)\d{7})$)(?:(?=\d{9}$)(?:7(?:28|34)0\d{5}|7(?:[014-8]\d|2[01467]|3[0-267]|9[0-589])\d{6}))$', '^(?=(?:800\d{6}|(?:[29]0|[347]\d)\d{7})$)(?:(?=\d{9}$)(?:20(?:(?:24[09]|30[67])\d|6(?:00[0-2]|30[0-4]))\d{3}|(?:20(?:[017]\d|2[5-9]|3[1-4]|5[0-4]|6[15-9])|[34]\d{3})\d{5}))$', '^(?=(?:800\d{6}|(?:[29]0|[347]\d)\d{7})$)(?:(?=\d{9}$)(?:90[1-3]\d{6})|(?=\d{9}$)(?:800[1-3]\d{5}))$'),
  ('BI', '257', 0, false, null, '^(?=(?:(?:[267]\d|31)\d{6})$)(?:(?=\d{8}$)(?:(?:29|6[1-9]|7[125-9])\d{6}))$', '^(?=(?:(?:[267]\d|31)\d{6})$)(?:(?=\d{8}$)(?:(?:22|31)\d{6}))$', null),
  ('MZ', '258', 0, false, null, '^(?=(?:(?:2|8\d)\d{7})$)(?:(?=\d{9}$)(?:8[2-9]\d{7}))$', '^(?=(?:(?:2|8\d)\d{7})$)(?:(?=\d{8}$)(?:2(?:[1346]\d|5[0-2]|[78][12]|93)\d{5}))$', '^(?=(?:(?:2|8\d)\d{7})$)(?:(?=\d{9}$)(?:800\d{6}))$'),
  ('ZM', '260', 0, false, null, '^(?=(?:800\d{6}|(?:21|[579]\d|63)\d{7})$)(?:(?=\d{9}$)(?:(?:[59][5-8]|7[5-9])\d{7}))$', '^(?=(?:800\d{6}|(?:21|[579]\d|63)\d{7})$)(?:(?=\d{9}$)(?:21[1-8]\d{6}))$', '^(?=(?:800\d{6}|(?:21|[579]\d|63)\d{7})$)(?:(?=\d{9}$)(?:800\d{6})|(?=\d{9}$)(?:63\d{7}))$'),
  ('MG', '261', 0, false, null, '^(?=(?:[23]\d{8})$)(?:(?=\d{9}$)(?:3[2-9]\d{7}))$', '^(?=(?:[23]\d{8})$)(?:(?=\d{9}$)(?:2072[29]\d{4}|20(?:2\d|4[47]|5[3467]|6[279]|7[356]|8[268]|9[2457])\d{5}))$', '^(?=(?:[23]\d{8})$)(?:(?=\d{9}$)(?:22\d{7}))$'),
  ('RE', '262', 0, true, null, '^(?=(?:709\d{6}|(?:26|[689]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:69(?:2\d\d|3(?:[06][0-6]|1[0-3]|2[0-2]|3[0-39]|4\d|5[0-5]|7[0-37]|8[0-8]|9[0-479]))|7092[0-3])\d{4}))$', '^(?=(?:709\d{6}|(?:26|[689]\d)\d{7})$)(?:(?=\d{9}$)(?:2631[0-6]\d{4}|26(?:2\d|30|88)\d{5}))$', '^(?=(?:709\d{6}|(?:26|[689]\d)\d{7})$)(?:(?=\d{9}$)(?:89[1-37-9]\d{6})|(?=\d{9}$)(?:80\d{7})|(?=\d{9}$)(?:8(?:1[019]|2[0156]|84|90)\d{6})|(?=\d{9}$)(?:9(?:399[0-3]|479[0-6]|76(?:2[278]|3[0-37]))\d{4}))$'),
  ('YT', '262', 1, true, null, '^(?=(?:(?:639\d|7093)\d{5}|(?:26|80|9\d)\d{7})$)(?:(?=\d{9}$)(?:(?:639(?:0[0-79]|1[019]|[267]\d|3[09]|40|5[05-9]|9[04-79])|7093[5-7])\d{4}))$', '^(?=(?:(?:639\d|7093)\d{5}|(?:26|80|9\d)\d{7})$)(?:(?=\d{9}$)(?:26(?:89\d|9(?:0[0-467]|15|5[0-4]|6\d|[78]0))\d{4}))$', '^(?=(?:(?:639\d|7093)\d{5}|(?:26|80|9\d)\d{7})$)(?:(?=\d{9}$)(?:80\d{7})|(?=\d{9}$)(?:9(?:(?:39|47)8[01]|769\d)\d{4}))$'),
  ('ZW', '263', 0, false, null, '^(?=(?:8\d{6}(?:\d{3})?|[235-8]\d{8})$)(?:(?=\d{9}$)(?:7(?:[1278]\d|3[1-9]|51|9[01])\d{6}))$', '^(?=(?:8\d{6}(?:\d{3})?|[235-8]\d{8})$)(?:(?=\d{9}$)(?:(?:2(?:02[014]|(?:42|9\d)\d|[56]20|72[03])|3(?:123|92\d)|5(?:42\d|525)|6(?:[16-8]21|52[013])|8(?:[1349]28|523))\d{5}))$', '^(?=(?:8\d{6}(?:\d{3})?|[235-8]\d{8})$)(?:(?=\d{7}$)(?:80(?:[01]\d|20|8[0-8])\d{3})|(?=\d{10}$)(?:86(?:1[12]|22|30|44|55|77|8[368])\d{6}))$'),
  ('NA', '264', 0, false, null, '^(?=(?:[68]\d{7,8})$)(?:(?=\d{9}$)(?:(?:60|8[1245])\d{7}))$', '^(?=(?:[68]\d{7,8})$)(?:(?=\d{8,9}$)(?:64426\d{3}|6(?:1(?:2[2-7]|3[01378]|4[0-4])|254|32[0237]|4(?:27|41|5[25])|52[236-8]|626|7(?:2[2-4]|30))\d{4,5}|6(?:1(?:(?:0\d|2[0189]|3[24-69]|4[5-9])\d|17|69|7[014])|2(?:17|5[0-36-8]|69|70)|3(?:17|2[14-689]|34|6[289]|7[01]|81)|4(?:17|2[0-2]|4[06]|5[0137]|69|7[01])|5(?:17|2[0459]|69|7[01])|6(?:17|25|38|42|69|7[01])|7(?:17|2[569]|3[13]|6[89]|7[01]))\d{4}))$', '^(?=(?:[68]\d{7,8})$)(?:(?=\d{9}$)(?:8701\d{5})|(?=\d{9}$)(?:80\d{7})|(?=\d{8,9}$)(?:8(?:3\d\d|86)\d{5}))$'),
  ('MW', '265', 0, false, null, '^(?=(?:(?:[1289]\d|31|77)\d{7}|1\d{6})$)(?:(?=\d{9}$)(?:111\d{6}|(?:2[12]|31|77|[89][89])\d{7}))$', '^(?=(?:(?:[1289]\d|31|77)\d{7}|1\d{6})$)(?:(?=\d{7}$)(?:1[2-9]\d{5}))$', null),
  ('LS', '266', 0, false, null, '^(?=(?:(?:[256]\d\d|800)\d{5})$)(?:(?=\d{8}$)(?:[56]\d{7}))$', '^(?=(?:(?:[256]\d\d|800)\d{5})$)(?:(?=\d{8}$)(?:2\d{7}))$', '^(?=(?:(?:[256]\d\d|800)\d{5})$)(?:(?=\d{8}$)(?:800[1256]\d{4}))$'),
  ('BW', '267', 0, false, null, '^(?=(?:90\d{5}|(?:0800|[2-6]|(?:7|800)\d)\d{6})$)(?:(?=\d{8}$)(?:7(?:[1-8]\d{3}|9(?:(?:[03]\d|2[0-7])\d|1(?:0[13-9]|1[0-35-9]|2\d|3[0-8])))\d{3}))$', '^(?=(?:90\d{5}|(?:0800|[2-6]|(?:7|800)\d)\d{6})$)(?:(?=\d{7}$)(?:(?:2(?:1[01]|31|[469]\d|5[0-2]|7[5-7]|89)|3(?:[15-79]\d|2[1-5]|45|8[0-5])|4(?:[38]0|42|51|[679]\d)|5(?:[056][01]|1[23]|2[034]|[347-9]\d)|6(?:0[01]|[258]\d|[34]0|6[03]))\d{4}))$', '^(?=(?:90\d{5}|(?:0800|[2-6]|(?:7|800)\d)\d{6})$)(?:(?=\d{7}$)(?:90\d{5})|(?=\d{10}$)(?:(?:0800|800\d)\d{6}))$'),
  ('SZ', '268', 0, false, null, '^(?=(?:0800\d{4}|(?:[237]\d|900)\d{6})$)(?:(?=\d{8}$)(?:7[5-9]\d{6}))$', '^(?=(?:0800\d{4}|(?:[237]\d|900)\d{6})$)(?:(?=\d{8}$)(?:[23][2-5]\d{6}))$', '^(?=(?:0800\d{4}|(?:[237]\d|900)\d{6})$)(?:(?=\d{9}$)(?:900\d{6})|(?=\d{8}$)(?:0800\d{4})|(?=\d{8}$)(?:70\d{6}))$'),
  ('KM', '269', 0, false, null, '^(?=(?:[3478]\d{6})$)(?:(?=\d{7}$)(?:[34]\d{6}))$', '^(?=(?:[3478]\d{6})$)(?:(?=\d{7}$)(?:7[4-7]\d{5}))$', '^(?=(?:[3478]\d{6})$)(?:(?=\d{7}$)(?:8\d{6}))$'),
  ('SH', '290', 0, true, '^(?:[2569])', '^(?=(?:(?:[2569]\d|8)\d{3})$)(?:(?=\d{5}$)(?:[569]\d{4}))$', '^(?=(?:(?:[2569]\d|8)\d{3})$)(?:(?=\d{4,5}$)(?:2(?:[0-57-9]\d|6[4-9])\d\d))$', '^(?=(?:(?:[2569]\d|8)\d{3})$)(?:(?=\d{5}$)(?:262\d\d))$'),
  ('TA', '290', 1, true, '^(?:8)', null, '^(?=(?:8\d{3})$)(?:(?=\d{4}$)(?:8\d{3}))$', null),
  ('ER', '291', 0, false, null, '^(?=(?:[178]\d{6})$)(?:(?=\d{7}$)(?:(?:17[1-3]|7\d\d)\d{4}))$', '^(?=(?:[178]\d{6})$)(?:(?=\d{7}$)(?:(?:1(?:1[12568]|[24]0|55|6[146])|8\d\d)\d{4}))$', null),
  ('AW', '297', 0, false, null, '^(?=(?:(?:[25-79]\d\d|800)\d{4})$)(?:(?=\d{7}$)(?:(?:290|5[69]\d|6(?:[03]0|22|4[0-2]|[69]\d)|7(?:[34]\d|7[07])|9(?:6[45]|9[4-8]))\d{4}))$', '^(?=(?:(?:[25-79]\d\d|800)\d{4})$)(?:(?=\d{7}$)(?:5(?:2\d|8[1-9])\d{4}))$', '^(?=(?:(?:[25-79]\d\d|800)\d{4})$)(?:(?=\d{7}$)(?:900\d{4})|(?=\d{7}$)(?:800\d{4})|(?=\d{7}$)(?:(?:28\d|501)\d{4}))$'),
  ('FO', '298', 0, false, null, '^(?=(?:[2-9]\d{5})$)(?:(?=\d{6}$)(?:(?:[27][1-9]|5\d|9[16])\d{4}))$', '^(?=(?:[2-9]\d{5})$)(?:(?=\d{6}$)(?:(?:20|[34]\d|8[19])\d{4}))$', '^(?=(?:[2-9]\d{5})$)(?:(?=\d{6}$)(?:90(?:[13-5][15-7]|2[125-7]|9\d)\d\d)|(?=\d{6}$)(?:80[257-9]\d{3})|(?=\d{6}$)(?:6[0-36]\d{4}))$'),
  ('GL', '299', 0, false, null, '^(?=(?:(?:19|[2-689]\d|70)\d{4})$)(?:(?=\d{6}$)(?:[245]\d{5}))$', '^(?=(?:(?:19|[2-689]\d|70)\d{4})$)(?:(?=\d{6}$)(?:(?:19|3[1-7]|[68][1-9]|70|9\d)\d{4}))$', '^(?=(?:(?:19|[2-689]\d|70)\d{4})$)(?:(?=\d{6}$)(?:80\d{4})|(?=\d{6}$)(?:3[89]\d{4}))$'),
  ('GI', '350', 0, false, null, '^(?=(?:(?:[25]\d|60)\d{6})$)(?:(?=\d{8}$)(?:5251[0-4]\d{3}|(?:5(?:[146-8]\d\d|250)|60(?:1[01]|6\d))\d{4}))$', '^(?=(?:(?:[25]\d|60)\d{6})$)(?:(?=\d{8}$)(?:2190[0-2]\d{3}|2(?:0(?:[02]\d|3[01])|16[24-9]|2[2-5]\d)\d{4}))$', null),
  ('PT', '351', 0, false, null, '^(?=(?:1693\d{5}|(?:[26-9]\d|30)\d{7})$)(?:(?=\d{9}$)(?:6(?:[06]92(?:30|9\d)|[35]92(?:[049]\d|3[034]))\d{3}|(?:(?:16|6[0356])93|9(?:[1-36]\d\d|480))\d{5}))$', '^(?=(?:1693\d{5}|(?:[26-9]\d|30)\d{7})$)(?:(?=\d{9}$)(?:2(?:[12]\d|3[1-689]|4[1-59]|[57][1-9]|6[1-35689]|8[1-69]|9[1256])\d{6}))$', '^(?=(?:1693\d{5}|(?:[26-9]\d|30)\d{7})$)(?:(?=\d{9}$)(?:(?:6(?:0[178]|4[68])\d|76(?:0[1-57]|1[2-47]|2[1-37]))\d{5})|(?=\d{9}$)(?:80[02]\d{6})|(?=\d{9}$)(?:80(?:8\d|9[1579])\d{5})|(?=\d{9}$)(?:30\d{7})|(?=\d{9}$)(?:884[0-4689]\d{5})|(?=\d{9}$)(?:6(?:222\d|89(?:00|88|99))\d{4})|(?=\d{9}$)(?:70(?:38[01]|596|(?:7\d|8[17])\d)\d{4})|(?=\d{9}$)(?:600\d{6}|6[06]92(?:0\d|3[349]|49)\d{3}))$'),
  ('LU', '352', 0, false, null, '^(?=(?:35[013-9]\d{4,8}|6\d{8}|35\d{2,4}|(?:[2457-9]\d|3[0-46-9])\d{2,9})$)(?:(?=\d{9}$)(?:6(?:[26][18]|5[1568]|7[189]|81|9[128])\d{6}))$', '^(?=(?:35[013-9]\d{4,8}|6\d{8}|35\d{2,4}|(?:[2457-9]\d|3[0-46-9])\d{2,9})$)(?:(?=\d{4,11}$)(?:(?:35[013-9]|80[2-9]|90[89])\d{1,8}|(?:2[2-9]|3[0-46-9]|[457]\d|8[13-9]|9[2-579])\d{2,9}))$', '^(?=(?:35[013-9]\d{4,8}|6\d{8}|35\d{2,4}|(?:[2457-9]\d|3[0-46-9])\d{2,9})$)(?:(?=\d{8}$)(?:90[015]\d{5})|(?=\d{8}$)(?:800\d{5})|(?=\d{8}$)(?:801\d{5})|(?=\d{4,10}$)(?:20(?:1\d{5}|[2-689]\d{1,7})))$'),
  ('IE', '353', 0, false, null, '^(?=(?:(?:1\d|[2569])\d{6,8}|4\d{6,9}|7\d{8}|8\d{8,9})$)(?:(?=\d{9}$)(?:8(?:22|[35-9]\d)\d{6}))$', '^(?=(?:(?:1\d|[2569])\d{6,8}|4\d{6,9}|7\d{8}|8\d{8,9})$)(?:(?=\d{7,10}$)(?:(?:1\d|21)\d{6,7}|(?:2[24-9]|4(?:0[24]|5\d|7)|5(?:0[45]|1\d|8)|6(?:1\d|[237-9])|9(?:1\d|[35-9]))\d{5}|(?:23|4(?:[1-469]|8\d)|5[23679]|6[4-6]|7[14]|9[04])\d{7}))$', '^(?=(?:(?:1\d|[2569])\d{6,8}|4\d{6,9}|7\d{8}|8\d{8,9})$)(?:(?=\d{10}$)(?:15(?:1[2-8]|[2-8]0|9[089])\d{6})|(?=\d{10}$)(?:1800\d{6})|(?=\d{10}$)(?:18[59]0\d{6})|(?=\d{9}$)(?:76\d{7})|(?=\d{9}$)(?:700\d{6})|(?=\d{9}$)(?:818\d{6})|(?=\d{10}$)(?:88210[1-9]\d{4}|8(?:[35-79]5\d\d|8(?:[013-9]\d\d|2(?:[01][1-9]|[2-9]\d)))\d{5}))$'),
  ('IS', '354', 0, false, null, '^(?=(?:(?:38\d|[4-9])\d{6})$)(?:(?=(?:\d{7}|\d{9})$)(?:(?:38[589]\d\d|6(?:1[1-8]|2[0-6]|3[026-9]|4[014679]|5[0159]|6[0-69]|70|8[06-8]|9\d)|7(?:5[057]|[6-9]\d)|8(?:2[0-59]|[3-69]\d|8[238]))\d{4}))$', '^(?=(?:(?:38\d|[4-9])\d{6})$)(?:(?=\d{7}$)(?:(?:4(?:1[0-24-69]|2[0-7]|[37][0-8]|4[0-24589]|5[0-68]|6\d|8[0-36-8])|5(?:05|[156]\d|2[02578]|3[0-579]|4[03-7]|7[0-2578]|8[0-35-9]|9[013-689])|872)\d{4}))$', '^(?=(?:(?:38\d|[4-9])\d{6})$)(?:(?=\d{7}$)(?:90(?:0\d|1[5-79]|2[015-79]|3[135-79]|4[125-7]|5[25-79]|7[1-37]|8[0-35-7])\d{3})|(?=\d{7}$)(?:80[0-8]\d{4})|(?=\d{7}$)(?:49[0-24-79]\d{4})|(?=\d{7}$)(?:809\d{4})|(?=\d{7}$)(?:(?:689|8(?:7[18]|80)|95[48])\d{4}))$'),
  ('AL', '355', 0, false, null, '^(?=(?:(?:700\d\d|900)\d{3}|8\d{5,7}|(?:[2-5]|6\d)\d{7})$)(?:(?=\d{9}$)(?:6(?:[78][2-9]|9\d)\d{6}))$', '^(?=(?:(?:700\d\d|900)\d{3}|8\d{5,7}|(?:[2-5]|6\d)\d{7})$)(?:(?=\d{8}$)(?:4505[0-2]\d{3}|(?:[2358][16-9]\d[2-9]|4410)\d{4}|(?:[2358][2-5][2-9]|4(?:[2-57-9][2-9]|6\d))\d{5}))$', '^(?=(?:(?:700\d\d|900)\d{3}|8\d{5,7}|(?:[2-5]|6\d)\d{7})$)(?:(?=\d{6}$)(?:900[1-9]\d\d)|(?=\d{7}$)(?:800\d{4})|(?=\d{6}$)(?:808[1-9]\d\d)|(?=\d{8}$)(?:700[2-9]\d{4}))$'),
  ('MT', '356', 0, false, null, '^(?=(?:3550\d{4}|(?:[2579]\d\d|800)\d{5})$)(?:(?=\d{8}$)(?:(?:7(?:210|[79]\d\d)|9(?:[29]\d\d|69[67]|8(?:1[1-3]|89|97)))\d{4}))$', '^(?=(?:3550\d{4}|(?:[2579]\d\d|800)\d{5})$)(?:(?=\d{8}$)(?:20(?:3[1-4]|6[059])\d{4}|2(?:0[19]|[1-357]\d|60)\d{5}))$', '^(?=(?:3550\d{4}|(?:[2579]\d\d|800)\d{5})$)(?:(?=\d{8}$)(?:5(?:0(?:0(?:37|43)|(?:6\d|70|9[0168])\d)|[12]\d0[1-5])\d{3})|(?=\d{8}$)(?:800(?:02|[3467]\d)\d{3})|(?=\d{8}$)(?:3550\d{4})|(?=\d{8}$)(?:7117\d{4})|(?=\d{8}$)(?:501\d{5}))$'),
  ('CY', '357', 0, false, null, '^(?=(?:(?:[279]\d|[58]0)\d{6})$)(?:(?=\d{8}$)(?:9(?:10|[4-79]\d)\d{5}))$', '^(?=(?:(?:[279]\d|[58]0)\d{6})$)(?:(?=\d{8}$)(?:2[2-6]\d{6}))$', '^(?=(?:(?:[279]\d|[58]0)\d{6})$)(?:(?=\d{8}$)(?:90[09]\d{5})|(?=\d{8}$)(?:800\d{5})|(?=\d{8}$)(?:80[1-9]\d{5})|(?=\d{8}$)(?:700\d{5})|(?=\d{8}$)(?:(?:50|77)\d{6}))$'),
  ('FI', '358', 0, true, '^(?:1[03-79]|[2-9])', '^(?=(?:[1-35689]\d{4}|7\d{10,11}|(?:[124-7]\d|3[0-46-9])\d{8}|[1-9]\d{5,8})$)(?:(?=\d{6,10}$)(?:(?:4[0-8]|50)\d{4,8}))$', '^(?=(?:[1-35689]\d{4}|7\d{10,11}|(?:[124-7]\d|3[0-46-9])\d{8}|[1-9]\d{5,8})$)(?:(?=\d{5,9}$)(?:1[3-7][1-8]\d{3,6}|(?:19[1-8]|[23568][1-8]\d|9(?:00|[1-8]\d))\d{2,6}))$', '^(?=(?:[1-35689]\d{4}|7\d{10,11}|(?:[124-7]\d|3[0-46-9])\d{8}|[1-9]\d{5,8})$)(?:(?=\d{8,9}$)(?:[67]00\d{5,6})|(?=\d{7,9}$)(?:800\d{4,6})|(?=\d{5,12}$)(?:20\d{4,8}|60[12]\d{5,6}|7(?:099\d{4,5}|5[03-9]\d{3,7})|20[2-59]\d\d|(?:606|7(?:0[78]|1|3\d))\d{7}|(?:10|29|3[09]|70[1-5]\d)\d{4,8}))$'),
  ('AX', '358', 1, true, '^(?:18)', '^(?=(?:2\d{4,9}|35\d{4,5}|(?:60\d\d|800)\d{4,6}|7\d{5,11}|(?:[14]\d|3[0-46-9]|50)\d{4,8})$)(?:(?=\d{6,10}$)(?:(?:4[0-8]|50)\d{4,8}))$', '^(?=(?:2\d{4,9}|35\d{4,5}|(?:60\d\d|800)\d{4,6}|7\d{5,11}|(?:[14]\d|3[0-46-9]|50)\d{4,8})$)(?:(?=\d{6,9}$)(?:18[1-8]\d{3,6}))$', '^(?=(?:2\d{4,9}|35\d{4,5}|(?:60\d\d|800)\d{4,6}|7\d{5,11}|(?:[14]\d|3[0-46-9]|50)\d{4,8})$)(?:(?=\d{8,9}$)(?:[67]00\d{5,6})|(?=\d{7,9}$)(?:800\d{4,6})|(?=\d{5,12}$)(?:20\d{4,8}|60[12]\d{5,6}|7(?:099\d{4,5}|5[03-9]\d{3,7})|20[2-59]\d\d|(?:606|7(?:0[78]|1|3\d))\d{7}|(?:10|29|3[09]|70[1-5]\d)\d{4,8}))$'),
  ('BG', '359', 0, false, null, '^(?=(?:00800\d{7}|[2-7]\d{6,7}|[89]\d{6,8}|2\d{5})$)(?:(?=\d{8,9}$)(?:(?:43[07-9]|99[69]\d)\d{5}|(?:8[7-9]|98)\d{7}))$', '^(?=(?:00800\d{7}|[2-7]\d{6,7}|[89]\d{6,8}|2\d{5})$)(?:(?=\d{6,8}$)(?:2\d{5,7}|(?:43[1-6]|70[1-9])\d{4,5}|(?:[36]\d|4[124-7]|[57][1-9]|8[1-6]|9[1-7])\d{5,6}))$', '^(?=(?:00800\d{7}|[2-7]\d{6,7}|[89]\d{6,8}|2\d{5})$)(?:(?=\d{8}$)(?:90\d{6})|(?=(?:\d{8}|\d{12})$)(?:(?:00800\d\d|800)\d{5})|(?=\d{8}$)(?:700\d{5}))$'),
  ('LT', '370', 0, false, null, '^(?=(?:(?:[3469]\d|52|[78]0)\d{6})$)(?:(?=\d{8}$)(?:6\d{7}))$', '^(?=(?:(?:[3469]\d|52|[78]0)\d{6})$)(?:(?=\d{8}$)(?:(?:3[1478]|4[124-6]|52)\d{6}))$', '^(?=(?:(?:[3469]\d|52|[78]0)\d{6})$)(?:(?=\d{8}$)(?:9(?:0[0239]|10)\d{5})|(?=\d{8}$)(?:80[02]\d{5})|(?=\d{8}$)(?:808\d{5})|(?=\d{8}$)(?:[89]01\d{5})|(?=\d{8}$)(?:70[05]\d{5})|(?=\d{8}$)(?:70[67]\d{5}))$'),
  ('LV', '371', 0, false, null, '^(?=(?:(?:[268]\d|78|90)\d{6})$)(?:(?=\d{8}$)(?:2333[0-8]\d{3}|2(?:[0-24-9]\d\d|3(?:0[07]|[14-9]\d|2[02-9]|3[0-24-9]))\d{4}))$', '^(?=(?:(?:[268]\d|78|90)\d{6})$)(?:(?=\d{8}$)(?:6\d{7}))$', '^(?=(?:(?:[268]\d|78|90)\d{6})$)(?:(?=\d{8}$)(?:90\d{6})|(?=\d{8}$)(?:80\d{6})|(?=\d{8}$)(?:81\d{6}))$'),
  ('EE', '372', 0, false, null, '^(?=(?:8\d{9}|[4578]\d{7}|(?:[3-8]\d|90)\d{5})$)(?:(?=\d{7,8}$)(?:(?:5\d{5}|8(?:1(?:0(?:0(?:00|[178]\d)|[3-9]\d\d)|(?:1(?:0[2-6]|1\d)|[2-79]\d\d)\d)|2(?:0(?:0(?:00|4\d)|[1-7]\d\d)|(?:(?:[124-69]\d|3[5-9])\d|7(?:[0-79]\d|8[013-9])|8(?:[2-6]\d|7[01]))\d)|[349]\d{4}))\d\d|5(?:(?:[02]\d|5[0-478])\d|1(?:[0-8]\d|95)|6(?:4[0-4]|5[1-589]))\d{3}))$', '^(?=(?:8\d{9}|[4578]\d{7}|(?:[3-8]\d|90)\d{5})$)(?:(?=\d{7}$)(?:(?:3[23589]|4[3-8]|6\d|7[1-9]|88)\d{5}))$', '^(?=(?:8\d{9}|[4578]\d{7}|(?:[3-8]\d|90)\d{5})$)(?:(?=\d{7,8}$)(?:(?:40\d\d|900)\d{4})|(?=(?:\d{7}|\d{8}|\d{10})$)(?:800(?:(?:0\d\d|1)\d|[2-9])\d{3})|(?=\d{8}$)(?:70[0-2]\d{5}))$'),
  ('MD', '373', 0, false, null, '^(?=(?:(?:[235-7]\d|[89]0)\d{6})$)(?:(?=\d{8}$)(?:562\d{5}|(?:6\d|7[16-9])\d{6}))$', '^(?=(?:(?:[235-7]\d|[89]0)\d{6})$)(?:(?=\d{8}$)(?:(?:(?:2[1-9]|3[1-79])\d|5(?:33|5[257]))\d{5}))$', '^(?=(?:(?:[235-7]\d|[89]0)\d{6})$)(?:(?=\d{8}$)(?:90[056]\d{5})|(?=\d{8}$)(?:800\d{5})|(?=\d{8}$)(?:808\d{5})|(?=\d{8}$)(?:3[08]\d{6})|(?=\d{8}$)(?:803\d{5}))$'),
  ('AM', '374', 0, false, null, '^(?=(?:(?:[1-489]\d|55|60|77)\d{6})$)(?:(?=\d{8}$)(?:(?:33|4[1349]|55|77|88|9[13-9])\d{6}))$', '^(?=(?:(?:[1-489]\d|55|60|77)\d{6})$)(?:(?=\d{8}$)(?:(?:(?:1[0-25]|47)\d|2(?:2[2-46]|3[1-8]|4[2-69]|5[2-7]|6[1-9]|8[1-7])|3[12]2)\d{5}))$', '^(?=(?:(?:[1-489]\d|55|60|77)\d{6})$)(?:(?=\d{8}$)(?:90[016]\d{5})|(?=\d{8}$)(?:800\d{5})|(?=\d{8}$)(?:80[1-4]\d{5})|(?=\d{8}$)(?:60(?:2[78]|3[5-9]|4[02-9]|5[0-46-9]|[6-8]\d|9[0-2])\d{4}))$'),
  ('BY', '375', 0, false, null, '^(?=(?:(?:[12]\d|33|44|902)\d{7}|8(?:0[0-79]\d{5,7}|[1-7]\d{9})|8(?:1[0-489]|[5-79]\d)\d{7}|8[1-79]\d{6,7}|8[0-79]\d{5}|8\d{5})$)(?:(?=\d{9}$)(?:(?:2(?:5[5-79]|9[1-9])|(?:33|44)\d)\d{6}))$', '^(?=(?:(?:[12]\d|33|44|902)\d{7}|8(?:0[0-79]\d{5,7}|[1-7]\d{9})|8(?:1[0-489]|[5-79]\d)\d{7}|8[1-79]\d{6,7}|8[0-79]\d{5}|8\d{5})$)(?:(?=\d{9}$)(?:(?:1(?:5(?:1[1-5]|[24]\d|6[2-4]|9[1-7])|6(?:[235]\d|4[1-7])|7\d\d)|2(?:1(?:[246]\d|3[0-35-9]|5[1-9])|2(?:[235]\d|4[0-8])|3(?:[26]\d|3[02-79]|4[024-7]|5[03-7])))\d{5}))$', '^(?=(?:(?:[12]\d|33|44|902)\d{7}|8(?:0[0-79]\d{5,7}|[1-7]\d{9})|8(?:1[0-489]|[5-79]\d)\d{7}|8[1-79]\d{6,7}|8[0-79]\d{5}|8\d{5})$)(?:(?=\d{10}$)(?:(?:810|902)\d{7})|(?=\d{6,11}$)(?:800\d{3,7}|8(?:0[13]|20\d)\d{7})|(?=\d{9}$)(?:249\d{6}))$'),
  ('AD', '376', 0, false, null, '^(?=(?:(?:1|6\d)\d{7}|[135-9]\d{5})$)(?:(?=(?:\d{6}|\d{9})$)(?:690\d{6}|[356]\d{5}))$', '^(?=(?:(?:1|6\d)\d{7}|[135-9]\d{5})$)(?:(?=\d{6}$)(?:[78]\d{5}))$', '^(?=(?:(?:1|6\d)\d{7}|[135-9]\d{5})$)(?:(?=\d{6}$)(?:[19]\d{5})|(?=\d{8}$)(?:180[02]\d{4}))$'),
  ('MC', '377', 0, false, null, '^(?=(?:(?:[3489]|[67]\d)\d{7})$)(?:(?=\d{8,9}$)(?:4(?:[46]\d|5[1-9])\d{5}|(?:3|[67]\d)\d{7}))$', '^(?=(?:(?:[3489]|[67]\d)\d{7})$)(?:(?=\d{8}$)(?:(?:870|9[2-47-9]\d)\d{5}))$', '^(?=(?:(?:[3489]|[67]\d)\d{7})$)(?:(?=\d{8}$)(?:(?:800|90\d)\d{5}))$'),
  ('SM', '378', 0, false, null, '^(?=(?:(?:0549|[5-7]\d)\d{6})$)(?:(?=\d{8}$)(?:6[16]\d{6}))$', '^(?=(?:(?:0549|[5-7]\d)\d{6})$)(?:(?=\d{10}$)(?:0549(?:8[0157-9]|9\d)\d{4}))$', '^(?=(?:(?:0549|[5-7]\d)\d{6})$)(?:(?=\d{8}$)(?:7[178]\d{6})|(?=\d{8}$)(?:5[158]\d{6}))$'),
  ('UA', '380', 0, false, null, '^(?=(?:[89]\d{9}|[3-9]\d{8})$)(?:(?=\d{9}$)(?:790\d{6}|(?:39|50|6[36-8]|7[1-357]|9[1-9])\d{7}))$', '^(?=(?:[89]\d{9}|[3-9]\d{8})$)(?:(?=\d{9}$)(?:(?:3[1-8]|4[13-8]|5[1-7]|6[12459])\d{7}))$', '^(?=(?:[89]\d{9}|[3-9]\d{8})$)(?:(?=\d{9,10}$)(?:900[239]\d{5,6})|(?=\d{9,10}$)(?:800[1-8]\d{5,6})|(?=\d{9}$)(?:89[1-579]\d{6}))$'),
  ('RS', '381', 0, false, null, '^(?=(?:38[02-9]\d{6,9}|6\d{7,9}|90\d{4,8}|38\d{5,6}|(?:7\d\d|800)\d{3,9}|(?:[12]\d|3[0-79])\d{5,10})$)(?:(?=\d{8,10}$)(?:6(?:[0-689]|7\d)\d{6,7}))$', '^(?=(?:38[02-9]\d{6,9}|6\d{7,9}|90\d{4,8}|38\d{5,6}|(?:7\d\d|800)\d{3,9}|(?:[12]\d|3[0-79])\d{5,10})$)(?:(?=\d{7,12}$)(?:(?:11[1-9]\d|(?:2[389]|39)(?:0[2-9]|[2-9]\d))\d{3,8}|(?:1[02-9]|2[0-24-7]|3[0-8])[2-9]\d{4,9}))$', '^(?=(?:38[02-9]\d{6,9}|6\d{7,9}|90\d{4,8}|38\d{5,6}|(?:7\d\d|800)\d{3,9}|(?:[12]\d|3[0-79])\d{5,10})$)(?:(?=\d{6,10}$)(?:(?:78\d|90[0169])\d{3,7})|(?=\d{6,12}$)(?:800\d{3,9})|(?=\d{6,12}$)(?:7[06]\d{4,10}))$'),
  ('ME', '382', 0, false, null, '^(?=(?:(?:20|[3-79]\d)\d{6}|80\d{6,7})$)(?:(?=\d{8}$)(?:6(?:[07-9]\d|3[024]|6[0-25])\d{5}))$', '^(?=(?:(?:20|[3-79]\d)\d{6}|80\d{6,7})$)(?:(?=\d{8}$)(?:(?:20[2-8]|3(?:[0-2][2-7]|3[24-7])|4(?:0[2-467]|1[2467])|5(?:0[2467]|1[24-7]|2[2-467]))\d{5}))$', '^(?=(?:(?:20|[3-79]\d)\d{6}|80\d{6,7})$)(?:(?=\d{8}$)(?:9(?:4[1568]|5[178])\d{5})|(?=\d{8,9}$)(?:80(?:[0-2578]|9\d)\d{5})|(?=\d{8}$)(?:78[1-49]\d{5})|(?=\d{8}$)(?:77[1-9]\d{5}))$'),
  ('XK', '383', 0, false, null, '^(?=(?:2\d{7,8}|3\d{7,11}|(?:4\d\d|[89]00)\d{5})$)(?:(?=\d{8}$)(?:4[3-9]\d{6}))$', '^(?=(?:2\d{7,8}|3\d{7,11}|(?:4\d\d|[89]00)\d{5})$)(?:(?=\d{8,12}$)(?:38\d{6,10}|(?:2[89]|39)(?:0\d{5,6}|[1-9]\d{5})))$', '^(?=(?:2\d{7,8}|3\d{7,11}|(?:4\d\d|[89]00)\d{5})$)(?:(?=\d{8}$)(?:900\d{5})|(?=\d{8}$)(?:800\d{5}))$'),
  ('HR', '385', 0, false, null, '^(?=(?:[2-69]\d{8}|80\d{5,7}|[1-79]\d{7}|6\d{6})$)(?:(?=\d{8,9}$)(?:9(?:(?:0[1-9]|[12589]\d)\d\d|7(?:[0679]\d\d|5(?:[01]\d|44|55|77|9[5-79])))\d{4}|98\d{6}))$', '^(?=(?:[2-69]\d{8}|80\d{5,7}|[1-79]\d{7}|6\d{6})$)(?:(?=\d{8,9}$)(?:1\d{7}|(?:2[0-3]|3[1-5]|4[02-47-9]|5[1-3])\d{6,7}))$', '^(?=(?:[2-69]\d{8}|80\d{5,7}|[1-79]\d{7}|6\d{6})$)(?:(?=\d{7,8}$)(?:6[01459]\d{6}|6[01]\d{5})|(?=\d{7,9}$)(?:80\d{5,7})|(?=\d{8}$)(?:7[45]\d{6})|(?=\d{8,9}$)(?:62\d{6,7}|72\d{6}))$'),
  ('SI', '386', 0, false, null, '^(?=(?:[1-7]\d{7}|8\d{4,7}|90\d{4,6})$)(?:(?=\d{8}$)(?:65(?:[178]\d|5[56]|6[01])\d{4}|(?:[37][01]|4[013]|51|6[489])\d{6}))$', '^(?=(?:[1-7]\d{7}|8\d{4,7}|90\d{4,6})$)(?:(?=\d{8}$)(?:(?:[1-357][2-8]|4[24-8])\d{6}))$', '^(?=(?:[1-7]\d{7}|8\d{4,7}|90\d{4,6})$)(?:(?=\d{5,8}$)(?:89[1-3]\d{2,5}|90\d{4,6})|(?=\d{6,8}$)(?:80\d{4,6})|(?=\d{8}$)(?:(?:59\d\d|8(?:1(?:[67]\d|8[0-589])|2(?:0\d|2[0-37-9]|8[0-2489])|3[389]\d))\d{4}))$'),
  ('BA', '387', 0, false, null, '^(?=(?:6\d{8}|(?:[35689]\d|49|70)\d{6})$)(?:(?=\d{8,9}$)(?:6040\d{5}|6(?:03|[1-356]|44|7\d)\d{6}))$', '^(?=(?:6\d{8}|(?:[35689]\d|49|70)\d{6})$)(?:(?=\d{8}$)(?:(?:3(?:[05-79][2-9]|1[4579]|[23][24-9]|4[2-4689]|8[2457-9])|49[2-579]|5(?:0[2-49]|[13][2-9]|[268][2-4679]|4[4689]|5[2-79]|7[2-69]|9[2-4689]))\d{5}))$', '^(?=(?:6\d{8}|(?:[35689]\d|49|70)\d{6})$)(?:(?=\d{8}$)(?:9[0246]\d{6})|(?=\d{8}$)(?:8[08]\d{6})|(?=\d{8}$)(?:8[12]\d{6})|(?=\d{8}$)(?:703[235]0\d{3}|70(?:2[0-5]|3[0146]|[56]0)\d{4}))$'),
  ('MK', '389', 0, false, null, '^(?=(?:[2-578]\d{7})$)(?:(?=\d{8}$)(?:7(?:3555|(?:474|9[019]7)7)\d{3}|7(?:[0-25-8]\d\d|3(?:[1-478]\d|6[01])|4(?:2\d|60|7[01578])|9(?:[2-4]\d|5[01]|7[015]))\d{4}))$', '^(?=(?:[2-578]\d{7})$)(?:(?=\d{8}$)(?:(?:(?:2(?:62|77)0|3444)\d|4[56]440)\d{3}|(?:34|4[357])700\d{3}|(?:2(?:[0-3]\d|5[0-578]|6[01]|82)|3(?:1[3-68]|[23][2-68]|4[23568])|4(?:[23][2-68]|4[3-68]|5[2568]|6[25-8]|7[24-68]|8[4-68]))\d{5}))$', '^(?=(?:[2-578]\d{7})$)(?:(?=\d{8}$)(?:5\d{7})|(?=\d{8}$)(?:800\d{5})|(?=\d{8}$)(?:8(?:0[1-9]|[1-9]\d)\d{5}))$'),
  ('CZ', '420', 0, false, null, '^(?=(?:(?:[2-578]\d|60)\d{7}|9\d{8,11})$)(?:(?=\d{9}$)(?:7060\d{5}|(?:60[1-8]|7(?:0[2-5]|19|[2379]\d))\d{6}))$', '^(?=(?:(?:[2-578]\d|60)\d{7}|9\d{8,11})$)(?:(?=\d{9}$)(?:(?:2\d|3[1257-9]|4[16-9]|5[13-9])\d{7}))$', '^(?=(?:(?:[2-578]\d|60)\d{7}|9\d{8,11})$)(?:(?=\d{9}$)(?:9(?:0[05689]|76)\d{6})|(?=\d{9}$)(?:800\d{6})|(?=\d{9}$)(?:8[134]\d{7})|(?=\d{9}$)(?:9[17]0\d{6})|(?=\d{9}$)(?:70[01]\d{6})|(?=\d{9}$)(?:9(?:5\d|7[2-4])\d{6})|(?=\d{9,12}$)(?:9(?:3\d{9}|6\d{7,10})))$'),
  ('SK', '421', 0, false, null, '^(?=(?:[2-689]\d{8}|[2-59]\d{6}|[2-5]\d{5})$)(?:(?=\d{9}$)(?:909[1-9]\d{5}|9(?:0[1-8]|1[0-24-9]|4[03-57-9]|5\d)\d{6}))$', '^(?=(?:[2-689]\d{8}|[2-59]\d{6}|[2-5]\d{5})$)(?:(?=(?:\d{6}|\d{7}|\d{9})$)(?:(?:2(?:16|[2-9]\d{3})|(?:(?:[3-5][1-8]\d|819)\d|601[1-5])\d)\d{4}|(?:2|[3-5][1-8])1[67]\d{3}|[3-5][1-8]16\d\d))$', '^(?=(?:[2-689]\d{8}|[2-59]\d{6}|[2-5]\d{5})$)(?:(?=\d{9}$)(?:9(?:00|[78]\d)\d{6})|(?=\d{9}$)(?:800\d{6})|(?=\d{9}$)(?:8[5-9]\d{7})|(?=\d{9}$)(?:6(?:02|5[0-4]|9[0-6])\d{6})|(?=\d{7}$)(?:9090\d{3})|(?=\d{9}$)(?:96\d{7}))$'),
  ('LI', '423', 0, false, null, '^(?=(?:[68]\d{8}|(?:[2378]\d|90)\d{5})$)(?:(?=(?:\d{7}|\d{9})$)(?:(?:6(?:(?:4[5-9]|5\d)\d|6(?:[024-68]\d|1[01]|3[7-9]|7[02]))\d|7(?:[37-9]\d|42|56))\d{4}))$', '^(?=(?:[68]\d{8}|(?:[2378]\d|90)\d{5})$)(?:(?=\d{7}$)(?:(?:2(?:01|1[27]|2[024]|3\d|6[02-578]|9[06])|3(?:[24]0|33|7[0135-7]|8[048]|9[0269]))\d{4}))$', '^(?=(?:[68]\d{8}|(?:[2378]\d|90)\d{5})$)(?:(?=\d{7}$)(?:90(?:02[258]|1(?:23|3[14])|66[136])\d\d)|(?=(?:\d{7}|\d{9})$)(?:8002[28]\d\d|80(?:05\d|9)\d{4})|(?=\d{7}$)(?:870(?:28|87)\d\d)|(?=\d{9}$)(?:697(?:42|56|[78]\d)\d{4}))$'),
  ('FK', '500', 0, false, null, '^(?=(?:[2-7]\d{4})$)(?:(?=\d{5}$)(?:[56]\d{4}))$', '^(?=(?:[2-7]\d{4})$)(?:(?=\d{5}$)(?:[2-47]\d{4}))$', null),
  ('BZ', '501', 0, false, null, '^(?=(?:(?:0800\d|[2-8])\d{6})$)(?:(?=\d{7}$)(?:6[0-35-7]\d{5}))$', '^(?=(?:(?:0800\d|[2-8])\d{6})$)(?:(?=\d{7}$)(?:(?:2(?:[02]\d|36|[68]0)|[3-58](?:[02]\d|[68]0)|7(?:[02]\d|32|[68]0))\d{4}))$', '^(?=(?:(?:0800\d|[2-8])\d{6})$)(?:(?=\d{11}$)(?:0800\d{7}))$'),
  ('GT', '502', 0, false, null, '^(?=(?:80\d{6}|(?:1\d{3}|[2-7])\d{7})$)(?:(?=\d{8}$)(?:(?:[3-5]\d\d|80[0-4])\d{5}))$', '^(?=(?:80\d{6}|(?:1\d{3}|[2-7])\d{7})$)(?:(?=\d{8}$)(?:[267][2-9]\d{6}))$', '^(?=(?:80\d{6}|(?:1\d{3}|[2-7])\d{7})$)(?:(?=\d{11}$)(?:19\d{9})|(?=\d{11}$)(?:18[01]\d{8}))$'),
  ('SV', '503', 0, false, null, '^(?=(?:[25-7]\d{7}|(?:80\d|900)\d{4}(?:\d{4})?)$)(?:(?=\d{8}$)(?:[5-7]\d{7}))$', '^(?=(?:[25-7]\d{7}|(?:80\d|900)\d{4}(?:\d{4})?)$)(?:(?=\d{8}$)(?:2(?:79(?:0[0347-9]|[1-9]\d)|89(?:0[024589]|[1-9]\d))\d{3}|2(?:[1-69]\d|[78][0-8])\d{5}))$', '^(?=(?:[25-7]\d{7}|(?:80\d|900)\d{4}(?:\d{4})?)$)(?:(?=(?:\d{7}|\d{11})$)(?:900\d{4}(?:\d{4})?)|(?=(?:\d{7}|\d{11})$)(?:800\d{8}|80[01]\d{4}))$'),
  ('HN', '504', 0, false, null, '^(?=(?:8\d{10}|[237-9]\d{7})$)(?:(?=\d{8}$)(?:[37-9]\d{7}))$', '^(?=(?:8\d{10}|[237-9]\d{7})$)(?:(?=\d{8}$)(?:2(?:2(?:0[0-59]|1[1-9]|[23]\d|4[02-8]|5[57]|6[2458]|7[0135689]|8[01346-9]|9[0-2])|4(?:0[578]|2[3-59]|3[13-9]|4[0-68]|5[1-3589]|80)|5(?:0[2357-9]|1[1-6]|4[03-58]|5\d|6[014-69]|7[04]|80)|6(?:[056]\d|17|2[067]|3[047]|4[0-378]|[78][0-8]|9[01])|7(?:0[5-79]|2[01]|6[46-9]|7[02-9]|8[034]|91)|8(?:79|8[0-357-9]|9[1-57-9]))\d{4}))$', '^(?=(?:8\d{10}|[237-9]\d{7})$)(?:(?=\d{11}$)(?:8002\d{7}))$'),
  ('NI', '505', 0, false, null, '^(?=(?:(?:1800|[25-8]\d{3})\d{4})$)(?:(?=\d{8}$)(?:(?:5(?:5[0-7]|[78]\d)|6(?:20|3[035]|4[045]|5[05]|77|8[1-9]|9[059])|(?:7[5-8]|8\d)\d)\d{5}))$', '^(?=(?:(?:1800|[25-8]\d{3})\d{4})$)(?:(?=\d{8}$)(?:2\d{7}))$', '^(?=(?:(?:1800|[25-8]\d{3})\d{4})$)(?:(?=\d{8}$)(?:1800\d{4}))$'),
  ('CR', '506', 0, false, null, '^(?=(?:(?:8\d|90)\d{8}|(?:[24-8]\d{3}|3005)\d{4})$)(?:(?=\d{8}$)(?:(?:3005\d|6500[01])\d{3}|(?:5[07]|6[0-4]|7[0-3]|8[3-9])\d{6}))$', '^(?=(?:(?:8\d|90)\d{8}|(?:[24-8]\d{3}|3005)\d{4})$)(?:(?=\d{8}$)(?:2(?:010|1(?:0[7-9]|[1-9]\d)|[24-7]\d\d)\d{4}))$', '^(?=(?:(?:8\d|90)\d{8}|(?:[24-8]\d{3}|3005)\d{4})$)(?:(?=\d{10}$)(?:90[059]\d{7})|(?=\d{10}$)(?:800\d{7})|(?=\d{8}$)(?:(?:2(?:00[0-3]|10[0-6])|4\d{3}|5100)\d{4}))$'),
  ('PA', '507', 0, false, null, '^(?=(?:(?:00800|8\d{3})\d{6}|[68]\d{7}|[1-57-9]\d{6})$)(?:(?=\d{7,8}$)(?:(?:1[16]1|21[89]|6\d{3}|8(?:1[01]|7[23]))\d{4}))$', '^(?=(?:(?:00800|8\d{3})\d{6}|[68]\d{7}|[1-57-9]\d{6})$)(?:(?=\d{7}$)(?:(?:1(?:0\d|1[0479]|2[37]|3[0137]|4[147]|5[05]|6[058]|7[0167]|8[2358]|9[1389])|2(?:[0235-79]\d|1[0-7]|4[013-9]|8[02-9])|3(?:[0147-9]\d|[25][0-5]|33|6[068])|4(?:00|3[0-579]|4\d|7[0-57-9])|5(?:[01]\d|2[0-7]|[56]0|79)|7(?:0[09]|2[0-26-8]|3[03]|4[04]|5[05-9]|6[0156]|7[0-24-9]|8[4-9]|90)|8(?:09|2[89]|3\d|4[0-24-689]|5[014]|8[02])|9(?:0[5-9]|1[0-35-8]|2[036-9]|3[35-79]|40|5[0457-9]|6[05-9]|7[04-9]|8[235-8]|9\d))\d{4}))$', '^(?=(?:(?:00800|8\d{3})\d{6}|[68]\d{7}|[1-57-9]\d{6})$)(?:(?=\d{7}$)(?:(?:8(?:22|55|60|7[78]|86)|9(?:00|81))\d{4})|(?=(?:\d{7}|\d{8}|\d{10}|\d{11})$)(?:800\d{4,5}|(?:00800|800\d)\d{6}))$'),
  ('PM', '508', 0, false, null, '^(?=(?:[78]\d{8}|[2-9]\d{5})$)(?:(?=(?:\d{6}|\d{9})$)(?:708(?:4[0-5]|5[0-6])\d{4}|(?:[236-9]\d|4[02-489]|5[02-9])\d{4}))$', '^(?=(?:[78]\d{8}|[2-9]\d{5})$)(?:(?=(?:\d{6}|\d{9})$)(?:80[6-9]\d{6}|(?:[236-9]\d|4[1-35-9]|5[0-47-9])\d{4}))$', '^(?=(?:[78]\d{8}|[2-9]\d{5})$)(?:(?=\d{9}$)(?:8[129]\d{7})|(?=\d{9}$)(?:80[0-5]\d{6}))$'),
  ('HT', '509', 0, false, null, '^(?=(?:[2-589]\d{7})$)(?:(?=\d{8}$)(?:(?:[34]\d|5[568])\d{6}))$', '^(?=(?:[2-589]\d{7})$)(?:(?=\d{8}$)(?:2(?:2\d|5[1-5]|81|9[149])\d{5}))$', '^(?=(?:[2-589]\d{7})$)(?:(?=\d{8}$)(?:8\d{7})|(?=\d{8}$)(?:9(?:[67][0-4]|8[0-3589]|9\d)\d{5}))$'),
  ('GP', '590', 0, true, null, '^(?=(?:7090\d{5}|(?:[56]9|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:69(?:0\d\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\d{4}))$', '^(?=(?:7090\d{5}|(?:[56]9|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:59(?:0(?:0[1-68]|[14][0-24-9]|2[0-68]|3[1-9]|5[3-579]|[68][0-689]|7[08]|9\d)|87\d)|80[6-9]\d\d)\d{4}))$', '^(?=(?:7090\d{5}|(?:[56]9|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:8[129]\d{7})|(?=\d{9}$)(?:80[0-5]\d{6})|(?=\d{9}$)(?:9(?:(?:39[5-7]|76[018])\d|475[0-6])\d{4}))$'),
  ('BL', '590', 1, true, null, '^(?=(?:7090\d{5}|(?:[56]9|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:69(?:0\d\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\d{4}))$', '^(?=(?:7090\d{5}|(?:[56]9|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:59(?:0(?:2[7-9]|3[3-7]|5[12]|87)|87\d)|80[6-9]\d\d)\d{4}))$', '^(?=(?:7090\d{5}|(?:[56]9|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:8[129]\d{7})|(?=\d{9}$)(?:80[0-5]\d{6})|(?=\d{9}$)(?:9(?:(?:39[5-7]|76[018])\d|475[0-6])\d{4}))$'),
  ('MF', '590', 2, true, null, '^(?=(?:7090\d{5}|(?:[56]9|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:69(?:0\d\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\d{4}))$', '^(?=(?:7090\d{5}|(?:[56]9|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:59(?:0(?:0[079]|[14]3|[27][79]|3[03-7]|5[0-268]|87)|87\d)|80[6-9]\d\d)\d{4}))$', '^(?=(?:7090\d{5}|(?:[56]9|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:8[129]\d{7})|(?=\d{9}$)(?:80[0-5]\d{6})|(?=\d{9}$)(?:9(?:(?:39[5-7]|76[018])\d|475[0-6])\d{4}))$'),
  ('BO', '591', 0, false, null, '^(?=(?:(?:[2-7]\d\d|8001)\d{5})$)(?:(?=\d{8}$)(?:(?:57|[67]\d)\d{6}))$', '^(?=(?:(?:[2-7]\d\d|8001)\d{5})$)(?:(?=\d{8}$)(?:(?:2(?:2\d\d|5(?:11|[258]\d|9[67])|6(?:12|2\d|9[34])|8(?:2[34]|39|62))|3(?:3\d\d|4(?:6\d|8[24])|8(?:25|42|5[257]|86|9[25])|9(?:[27]\d|3[2-4]|4[248]|5[24]|6[2-6]))|4(?:4\d\d|6(?:11|[24689]\d|72)))\d{4}))$', '^(?=(?:(?:[2-7]\d\d|8001)\d{5})$)(?:(?=\d{9}$)(?:8001[07]\d{4})|(?=\d{8}$)(?:50\d{6}))$'),
  ('GY', '592', 0, false, null, '^(?=(?:(?:[2-8]\d{3}|9008)\d{3})$)(?:(?=\d{7}$)(?:(?:51[01]|6\d\d|7(?:[0-6]\d|70|8[0167]))\d{4}))$', '^(?=(?:(?:[2-8]\d{3}|9008)\d{3})$)(?:(?=\d{7}$)(?:(?:2(?:1[6-9]|2[0-35-9]|3[1-4]|5[3-9]|6\d|7[0-79])|3(?:2[25-9]|3\d)|4(?:4[0-24]|5[56])|5(?:0[0-6]|16)|77[1-57])\d{4}))$', '^(?=(?:(?:[2-8]\d{3}|9008)\d{3})$)(?:(?=\d{7}$)(?:9008\d{3})|(?=\d{7}$)(?:(?:289|8(?:00|6[28]|88|99))\d{4})|(?=\d{7}$)(?:515\d{4}))$'),
  ('EC', '593', 0, false, null, '^(?=(?:1\d{9,10}|(?:[2-7]|9\d)\d{7})$)(?:(?=\d{9}$)(?:964[0-2]\d{5}|9(?:3[0-29]|[57][89]|6[0-36-9]|[89]\d)\d{6}))$', '^(?=(?:1\d{9,10}|(?:[2-7]|9\d)\d{7})$)(?:(?=\d{8}$)(?:[2-7][2-7]\d{6}))$', '^(?=(?:1\d{9,10}|(?:[2-7]|9\d)\d{7})$)(?:(?=\d{10,11}$)(?:1800\d{7}|1[78]00\d{6})|(?=\d{8}$)(?:[2-7]890\d{4}))$'),
  ('GF', '594', 0, false, null, '^(?=(?:(?:694\d|7093)\d{5}|(?:59|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:694(?:[0-249]\d|3[0-8])|7093[0-3])\d{4}))$', '^(?=(?:(?:694\d|7093)\d{5}|(?:59|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:59(?:4(?:[02-49]\d|1[0-5]|5[6-9]|6[0-3]|80)|88\d)|80[6-9]\d\d)\d{4}))$', '^(?=(?:(?:694\d|7093)\d{5}|(?:59|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:8[129]\d{7})|(?=\d{9}$)(?:80[0-5]\d{6})|(?=\d{9}$)(?:9(?:(?:396|76\d)\d|476[0-6])\d{4}))$'),
  ('PY', '595', 0, false, null, '^(?=(?:[36-8]\d{5,8}|4\d{6,8}|59\d{6}|9\d{5,10}|(?:2\d|5[0-8])\d{6,7})$)(?:(?=\d{9}$)(?:9881\d{5}|9(?:51|6[129]|7[1-6]|8[1-7]|9[1-5])\d{6}))$', '^(?=(?:[36-8]\d{5,8}|4\d{6,8}|59\d{6}|9\d{5,10}|(?:2\d|5[0-8])\d{6,7})$)(?:(?=\d{7,9}$)(?:(?:3[289]|4[246-8]|61|7[1-3]|8[1-36])\d{5,7}|(?:2(?:[14-68]\d|2[4-68]|7[15]|9[1-5])|3(?:18|3[167]|4[2357]|51|[67]\d)|4(?:1\d|3[12]|5[13]|9[1-47])|5(?:[1-4]\d|5[02-4])|6(?:3[1-3]|44|7[1-8])|7(?:4[0-4]|5\d|6[1-578]|75|8[0-8])|858)\d{5,6}))$', '^(?=(?:[36-8]\d{5,8}|4\d{6,8}|59\d{6}|9\d{5,10}|(?:2\d|5[0-8])\d{6,7})$)(?:(?=\d{9,11}$)(?:9800\d{5,7})|(?=\d{9}$)(?:8700[0-4]\d{4})|(?=\d{6,9}$)(?:[245]0\d{6,7}|[36-9]0\d{4,7}))$'),
  ('MQ', '596', 0, false, null, '^(?=(?:7091\d{5}|(?:[56]9|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:69[67]\d\d|7091[0-3])\d{4}))$', '^(?=(?:7091\d{5}|(?:[56]9|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:59(?:6(?:[03-7]\d|1[05]|2[7-9]|8[0-39]|9[04-9])|89\d)|80[6-9]\d\d|9(?:477[6-9]|767[4589]))\d{4}))$', '^(?=(?:7091\d{5}|(?:[56]9|[89]\d)\d{7})$)(?:(?=\d{9}$)(?:8[129]\d{7})|(?=\d{9}$)(?:80[0-5]\d{6})|(?=\d{9}$)(?:9(?:397[0-3]|477[0-5]|76(?:6\d|7[0-367]))\d{4}))$'),
  ('SR', '597', 0, false, null, '^(?=(?:(?:[2-5]|[6-9]\d)\d{5})$)(?:(?=\d{7}$)(?:(?:6[08]|7[1-79]|8[1-9])\d{5}))$', '^(?=(?:(?:[2-5]|[6-9]\d)\d{5})$)(?:(?=\d{6}$)(?:(?:2[1-3]|3[0-7]|4\d|5[2-578])\d{4}))$', '^(?=(?:(?:[2-5]|[6-9]\d)\d{5})$)(?:(?=\d{7}$)(?:90\d{5})|(?=\d{7}$)(?:80\d{5})|(?=\d{6,7}$)(?:(?:56|91\d)\d{4}))$'),
  ('UY', '598', 0, false, null, '^(?=(?:0004\d{2,9}|[1249]\d{7}|2\d{3,4}|(?:[49]\d|80)\d{5})$)(?:(?=\d{8}$)(?:9[1-9]\d{6}))$', '^(?=(?:0004\d{2,9}|[1249]\d{7}|2\d{3,4}|(?:[49]\d|80)\d{5})$)(?:(?=\d{8}$)(?:(?:1(?:770|9(?:20|[89]7))|(?:2\d|4[2-7])\d\d)\d{4}))$', '^(?=(?:0004\d{2,9}|[1249]\d{7}|2\d{3,4}|(?:[49]\d|80)\d{5})$)(?:(?=\d{7}$)(?:90[0-8]\d{4})|(?=\d{6,13}$)(?:0004\d{2,9}|(?:405|80[05])\d{4})|(?=\d{4,5}$)(?:21\d{2,3}))$'),
  ('CW', '599', 0, true, '^(?:[69])', '^(?=(?:(?:[34]1|60|(?:7|9\d)\d)\d{5})$)(?:(?=\d{7,8}$)(?:953[01]\d{4}|9(?:5[12467]|6[5-9])\d{5}))$', '^(?=(?:(?:[34]1|60|(?:7|9\d)\d)\d{5})$)(?:(?=\d{7,8}$)(?:9(?:4(?:3[0-5]|4[14]|6\d)|50\d|7(?:2[014]|3[02-9]|4[4-9]|6[357]|77|8[7-9])|8(?:3[39]|[46]\d|7[01]|8[57-9]))\d{4}))$', '^(?=(?:(?:[34]1|60|(?:7|9\d)\d)\d{5})$)(?:(?=\d{7}$)(?:60[0-2]\d{4})|(?=\d{8}$)(?:955\d{5}))$'),
  ('BQ', '599', 1, true, '^(?:[347])', '^(?=(?:(?:[34]1|7\d)\d{5})$)(?:(?=\d{7}$)(?:(?:31(?:8[14-8]|9[14578])|416[14-9]|7(?:0[01]|7[07]|8\d|9[056])\d)\d{3}))$', '^(?=(?:(?:[34]1|7\d)\d{5})$)(?:(?=\d{7}$)(?:(?:318[023]|41(?:6[023]|70)|7(?:1[578]|2[05]|50)\d)\d{3}))$', null),
  ('TL', '670', 0, false, null, '^(?=(?:7\d{7}|(?:[2-47]\d|[89]0)\d{5})$)(?:(?=\d{8}$)(?:7[2-8]\d{6}))$', '^(?=(?:7\d{7}|(?:[2-47]\d|[89]0)\d{5})$)(?:(?=\d{7}$)(?:(?:2[1-5]|3[1-9]|4[1-4])\d{5}))$', '^(?=(?:7\d{7}|(?:[2-47]\d|[89]0)\d{5})$)(?:(?=\d{7}$)(?:90\d{5})|(?=\d{7}$)(?:80\d{5})|(?=\d{7}$)(?:70\d{5}))$'),
  ('NF', '672', 0, false, null, '^(?=(?:[13]\d{5})$)(?:(?=\d{6}$)(?:(?:14|3[58])\d{4}))$', '^(?=(?:[13]\d{5})$)(?:(?=\d{6}$)(?:(?:1(?:06|17|28|39)|3[0-2]\d)\d{3}))$', null),
  ('BN', '673', 0, false, null, '^(?=(?:[2-578]\d{6})$)(?:(?=\d{7}$)(?:(?:22[89]|[78]\d\d)\d{4}))$', '^(?=(?:[2-578]\d{6})$)(?:(?=\d{7}$)(?:22[0-7]\d{4}|(?:2[013-9]|[34]\d|5[0-25-9])\d{5}))$', '^(?=(?:[2-578]\d{6})$)(?:(?=\d{7}$)(?:5[34]\d{5}))$'),
  ('NR', '674', 0, false, null, '^(?=(?:(?:222|444|(?:55|8\d)\d|666|777|999)\d{4})$)(?:(?=\d{7}$)(?:(?:222|55[3-9]|666|777|8\d\d|999)\d{4}))$', '^(?=(?:(?:222|444|(?:55|8\d)\d|666|777|999)\d{4})$)(?:(?=\d{7}$)(?:444\d{4}))$', null),
  ('PG', '675', 0, false, null, '^(?=(?:(?:180|[78]\d{3})\d{4}|(?:[2-589]\d|64)\d{5})$)(?:(?=\d{8}$)(?:(?:7\d|8[1-58])\d{6}))$', '^(?=(?:(?:180|[78]\d{3})\d{4}|(?:[2-589]\d|64)\d{5})$)(?:(?=\d{7}$)(?:(?:(?:3[0-2]|4[257]|5[34]|9[78])\d|64[1-9]|85[02-46-9])\d{4}))$', '^(?=(?:(?:180|[78]\d{3})\d{4}|(?:[2-589]\d|64)\d{5})$)(?:(?=\d{7}$)(?:180\d{4})|(?=\d{7}$)(?:2(?:0[0-7]|7[568])\d{4})|(?=\d{7}$)(?:27[01]\d{4}))$'),
  ('TO', '676', 0, false, null, '^(?=(?:(?:0800|(?:[5-8]\d\d|999)\d)\d{3}|[2-8]\d{4})$)(?:(?=\d{7}$)(?:(?:5(?:4[0-5]|5[4-6])|6(?:[09]\d|3[02]|8[15-9])|(?:7\d|8[46-9])\d|999)\d{4}))$', '^(?=(?:(?:0800|(?:[5-8]\d\d|999)\d)\d{3}|[2-8]\d{4})$)(?:(?=\d{5}$)(?:(?:2\d|3[0-8]|4[0-4]|50|6[09]|7[0-24-69]|8[05])\d{3}))$', '^(?=(?:(?:0800|(?:[5-8]\d\d|999)\d)\d{3}|[2-8]\d{4})$)(?:(?=\d{7}$)(?:0800\d{3})|(?=\d{7}$)(?:55[0-37-9]\d{4}))$'),
  ('SB', '677', 0, false, null, '^(?=(?:[6-9]\d{6}|[1-6]\d{4})$)(?:(?=(?:\d{5}|\d{7})$)(?:(?:48|99[0-8]\d)\d{3}|(?:6[89]|7[1-9]|8[4-9]|9[0-8])\d{5}))$', '^(?=(?:[6-9]\d{6}|[1-6]\d{4})$)(?:(?=\d{5}$)(?:(?:1[4-79]|[23]\d|4[0-2]|5[03]|6[0-37])\d{3}))$', '^(?=(?:[6-9]\d{6}|[1-6]\d{4})$)(?:(?=\d{5}$)(?:1[38]\d{3})|(?=\d{5}$)(?:5[12]\d{3}))$'),
  ('VU', '678', 0, false, null, '^(?=(?:[57-9]\d{6}|(?:[238]\d|48)\d{3})$)(?:(?=\d{7}$)(?:(?:[58]\d|7[0-7])\d{5}))$', '^(?=(?:[57-9]\d{6}|(?:[238]\d|48)\d{3})$)(?:(?=\d{5}$)(?:(?:38[0-8]|48[4-9])\d\d|(?:2[02-9]|3[4-7]|88)\d{3}))$', '^(?=(?:[57-9]\d{6}|(?:[238]\d|48)\d{3})$)(?:(?=\d{5}$)(?:81[18]\d\d)|(?=\d{7}$)(?:9(?:0[1-9]|1[01])\d{4})|(?=(?:\d{5}|\d{7})$)(?:(?:3[03]|900\d)\d{3}))$'),
  ('FJ', '679', 0, false, null, '^(?=(?:45\d{5}|(?:0800\d|[235-9])\d{6})$)(?:(?=\d{7}$)(?:(?:[279]\d|45|5[01568]|8[034679])\d{5}))$', '^(?=(?:45\d{5}|(?:0800\d|[235-9])\d{6})$)(?:(?=\d{7}$)(?:603\d{4}|(?:3[0-6]|6[25-7]|8[58])\d{5}))$', '^(?=(?:45\d{5}|(?:0800\d|[235-9])\d{6})$)(?:(?=\d{11}$)(?:0800\d{7}))$'),
  ('PW', '680', 0, false, null, '^(?=(?:(?:[24-8]\d\d|345|900)\d{4})$)(?:(?=\d{7}$)(?:(?:(?:46|83)[0-5]|(?:6[2-4689]|78)0)\d{4}|(?:45|77|88)\d{5}))$', '^(?=(?:(?:[24-8]\d\d|345|900)\d{4})$)(?:(?=\d{7}$)(?:(?:2(?:55|77)|345|488|5(?:35|44|87)|6(?:22|54|79)|7(?:33|47)|8(?:24|55|76)|900)\d{4}))$', null),
  ('WF', '681', 0, false, null, '^(?=(?:(?:40|72|8\d{4})\d{4}|[89]\d{5})$)(?:(?=\d{6}$)(?:(?:72|8[23])\d{4}))$', '^(?=(?:(?:40|72|8\d{4})\d{4}|[89]\d{5})$)(?:(?=\d{6}$)(?:72\d{4}))$', '^(?=(?:(?:40|72|8\d{4})\d{4}|[89]\d{5})$)(?:(?=\d{9}$)(?:80[0-5]\d{6})|(?=\d{6}$)(?:9[23]\d{4})|(?=\d{6}$)(?:[48]0\d{4}))$'),
  ('CK', '682', 0, false, null, '^(?=(?:[2-578]\d{4})$)(?:(?=\d{5}$)(?:[578]\d{4}))$', '^(?=(?:[2-578]\d{4})$)(?:(?=\d{5}$)(?:(?:2\d|3[13-7]|4[1-5])\d{3}))$', null),
  ('NU', '683', 0, false, null, '^(?=(?:(?:[4-7]|888\d)\d{3})$)(?:(?=(?:\d{4}|\d{7})$)(?:(?:[56]|888[1-9])\d{3}))$', '^(?=(?:(?:[4-7]|888\d)\d{3})$)(?:(?=\d{4}$)(?:[47]\d{3}))$', null),
  ('WS', '685', 0, false, null, '^(?=(?:(?:[2-6]|8\d{5})\d{4}|[78]\d{6}|[68]\d{5})$)(?:(?=(?:\d{7}|\d{10})$)(?:(?:7[1-35-8]|8(?:[3-7]|9\d{3}))\d{5}))$', '^(?=(?:(?:[2-6]|8\d{5})\d{4}|[78]\d{6}|[68]\d{5})$)(?:(?=\d{5,6}$)(?:6[1-9]\d{3}|(?:[2-5]|60)\d{4}))$', '^(?=(?:(?:[2-6]|8\d{5})\d{4}|[78]\d{6}|[68]\d{5})$)(?:(?=\d{6}$)(?:800\d{3}))$'),
  ('KI', '686', 0, false, null, '^(?=(?:(?:[37]\d|6[0-79])\d{6}|(?:[2-48]\d|50)\d{3})$)(?:(?=\d{8}$)(?:(?:6200[01]|7(?:310[1-9]|5(?:02[03-9]|12[0-47-9]|22[0-7]|[34](?:0[1-9]|8[02-9])|50[1-9])))\d{3}|(?:63\d\d|7(?:(?:[0146-9]\d|2[0-689])\d|3(?:[02-9]\d|1[1-9])|5(?:[0-2][013-9]|[34][1-79]|5[1-9]|[6-9]\d)))\d{4}))$', '^(?=(?:(?:[37]\d|6[0-79])\d{6}|(?:[2-48]\d|50)\d{3})$)(?:(?=(?:\d{5}|\d{8})$)(?:(?:[24]\d|3[1-9]|50|65(?:02[12]|12[56]|22[89]|[3-5]00)|7(?:27\d\d|3100|5(?:02[12]|12[56]|22[89]|[34](?:00|81)|500))|8[0-5])\d{3}))$', '^(?=(?:(?:[37]\d|6[0-79])\d{6}|(?:[2-48]\d|50)\d{3})$)(?:(?=\d{8}$)(?:30(?:0[01]\d\d|12(?:11|20))\d\d))$'),
  ('NC', '687', 0, false, null, '^(?=(?:(?:050|[2-57-9]\d\d)\d{3})$)(?:(?=\d{6}$)(?:(?:[579]\d|8[0-79])\d{4}))$', '^(?=(?:(?:050|[2-57-9]\d\d)\d{3})$)(?:(?=\d{6}$)(?:(?:2[03-9]|3[0-5]|4[1-7]|88)\d{4}))$', '^(?=(?:(?:050|[2-57-9]\d\d)\d{3})$)(?:(?=\d{6}$)(?:36\d{4})|(?=\d{6}$)(?:050\d{3}))$'),
  ('TV', '688', 0, false, null, '^(?=(?:(?:2|7\d\d|90)\d{4})$)(?:(?=\d{6,7}$)(?:(?:7[01]\d|90)\d{4}))$', '^(?=(?:(?:2|7\d\d|90)\d{4})$)(?:(?=\d{5}$)(?:2[02-9]\d{3}))$', null),
  ('PF', '689', 0, false, null, '^(?=(?:4\d{5}(?:\d{2})?|8\d{7,8})$)(?:(?=\d{8}$)(?:8[7-9]\d{6}))$', '^(?=(?:4\d{5}(?:\d{2})?|8\d{7,8})$)(?:(?=\d{8}$)(?:4(?:0[4-689]|9[4-68])\d{5}))$', '^(?=(?:4\d{5}(?:\d{2})?|8\d{7,8})$)(?:(?=\d{9}$)(?:80[0-5]\d{6})|(?=\d{8}$)(?:499\d{5})|(?=\d{6}$)(?:44\d{4}))$'),
  ('TK', '690', 0, false, null, '^(?=(?:[2-47]\d{3,6})$)(?:(?=\d{4,7}$)(?:7[2-4]\d{2,5}))$', '^(?=(?:[2-47]\d{3,6})$)(?:(?=\d{4,7}$)(?:(?:2[2-4]|[34]\d)\d{2,5}))$', null),
  ('FM', '691', 0, false, null, '^(?=(?:(?:[39]\d\d|820)\d{4})$)(?:(?=\d{7}$)(?:31(?:00[67]|208|309)\d\d|(?:3(?:[2357]0[1-9]|602|804|905)|(?:820|9[2-7]\d)\d)\d{3}))$', '^(?=(?:(?:[39]\d\d|820)\d{4})$)(?:(?=\d{7}$)(?:31(?:00[67]|208|309)\d\d|(?:3(?:[2357]0[1-9]|602|804|905)|(?:820|9[2-6]\d)\d)\d{3}))$', null),
  ('MH', '692', 0, false, null, '^(?=(?:329\d{4}|(?:[256]\d|45)\d{5})$)(?:(?=\d{7}$)(?:(?:(?:23|54)5|329|45[35-8])\d{4}))$', '^(?=(?:329\d{4}|(?:[256]\d|45)\d{5})$)(?:(?=\d{7}$)(?:(?:247|528|625)\d{4}))$', '^(?=(?:329\d{4}|(?:[256]\d|45)\d{5})$)(?:(?=\d{7}$)(?:635\d{4}))$'),
  (null, '800', 0, false, null, null, null, '^(?=(?:(?:00|[1-9]\d)\d{6})$)(?:(?=\d{8}$)(?:(?:00|[1-9]\d)\d{6}))$'),
  (null, '808', 0, false, null, null, null, '^(?=(?:[1-9]\d{7})$)(?:(?=\d{8}$)(?:[1-9]\d{7}))$'),
  ('KP', '850', 0, false, null, '^(?=(?:85\d{6}|(?:19\d|[2-7])\d{7})$)(?:(?=\d{10}$)(?:19[1-3]\d{7}))$', '^(?=(?:85\d{6}|(?:19\d|[2-7])\d{7})$)(?:(?=(?:\d{8}|\d{10})$)(?:(?:(?:195|2)\d|3[19]|4[159]|5[37]|6[17]|7[39]|85)\d{6}))$', null),
  ('HK', '852', 0, false, null, '^(?=(?:8[0-46-9]\d{6,7}|9\d{4,7}|(?:[2-7]|9\d{3})\d{7})$)(?:(?=\d{8}$)(?:(?:4(?:0(?:6[0-3]|9[3-6])|24[3-6]|44[0-35-9]|6(?:4[0-57-9]|6[0-6])|7(?:4[0-48]|6[0-5]))|5(?:25[3-7]|35[4-8]|73[0-6]|95[0-8])|6(?:26[013-8]|(?:66|78)[0-5])|7(?:0(?:7[1-8]|8[0-8])|10[1-4])|84(?:4[0-2]|8[0-35-9])|9(?:29[013-9]|39[014-9]|59[0-467]|899))\d{4}|(?:4(?:4[0-35-9]|6[0-357-9]|7[0-35])|5(?:[1-59][0-46-9]|6[0-4689]|7[0-246-9])|6(?:0[1-9]|[13-59]\d|[268][0-57-9]|7[0-79])|70[1-59]|84[0-39]|9(?:0[1-9]|1[02-9]|[2358][0-8]|[467]\d))\d{5}))$', '^(?=(?:8[0-46-9]\d{6,7}|9\d{4,7}|(?:[2-7]|9\d{3})\d{7})$)(?:(?=\d{8}$)(?:(?:2(?:[13-9]\d|2[013-9])\d|3(?:(?:[1569][0-24-9]|4[0-246-9]|7[0-24-69])\d|8(?:4[0-8]|[579]\d|6[0-5]))|58(?:0[1-9]|1[2-9]))\d{4}))$', '^(?=(?:8[0-46-9]\d{6,7}|9\d{4,7}|(?:[2-7]|9\d{3})\d{7})$)(?:(?=(?:\d{5}|\d{6}|\d{7}|\d{8}|\d{11})$)(?:900(?:[0-24-9]\d{7}|3\d{1,4}))|(?=\d{9}$)(?:800\d{6})|(?=\d{8}$)(?:8(?:1[0-4679]\d|2(?:[0-36]\d|7[0-4])|3(?:[034]\d|2[09]|70))\d{4})|(?=\d{8}$)(?:7(?:1(?:0[08]|1[0-3679]|3[013]|69|9[0136])|2(?:[02389]\d|1[18]|7[27-9])|3(?:[0-38]\d|7[0-369]|9[2357-9])|47\d|5(?:[178]\d|5[0-5])|6(?:0[0-7]|2[236-9]|[35]\d)|7(?:[27]\d|8[7-9])|8(?:[23689]\d|7[1-9])|9(?:[025]\d|6[0-246-8]|7[0-36-9]|8[238]))\d{4})|(?=\d{8}$)(?:30(?:0[1-9]|[15-7]\d|2[047]|89)\d{4}))$'),
  ('MO', '853', 0, false, null, '^(?=(?:0800\d{3}|(?:28|[68]\d)\d{6})$)(?:(?=\d{8}$)(?:6800[0-79]\d{3}|6(?:[235]\d\d|6(?:0[0-5]|[1-9]\d)|8(?:0[1-9]|[14-8]\d|2[5-9]|[39][0-4]))\d{4}))$', '^(?=(?:0800\d{3}|(?:28|[68]\d)\d{6})$)(?:(?=\d{8}$)(?:(?:28[2-9]|8(?:11|[2-57-9]\d))\d{5}))$', '^(?=(?:0800\d{3}|(?:28|[68]\d)\d{6})$)(?:(?=\d{7}$)(?:0800\d{3}))$'),
  ('KH', '855', 0, false, null, '^(?=(?:1\d{9}|[1-9]\d{7,8})$)(?:(?=\d{8,9}$)(?:(?:(?:1[28]|3[18]|9[67])\d|6[016-9]|7(?:[07-9]|[16]\d)|8(?:[013-79]|8\d))\d{6}|(?:1\d|9[0-57-9])\d{6}|(?:2[3-6]|3[2-6]|4[2-4]|[5-7][2-5])48\d{5}))$', '^(?=(?:1\d{9}|[1-9]\d{7,8})$)(?:(?=\d{8,9}$)(?:23(?:4(?:[2-4]|[56]\d)|[568]\d\d)\d{4}|23[236-9]\d{5}|(?:2[4-6]|3[2-6]|4[2-4]|[5-7][2-5])(?:(?:[237-9]|4[56]|5\d)\d{5}|6\d{5,6})))$', '^(?=(?:1\d{9}|[1-9]\d{7,8})$)(?:(?=\d{10}$)(?:1900(?:1\d|2[09])\d{4})|(?=\d{10}$)(?:1800(?:1\d|2[019])\d{4}))$'),
  ('LA', '856', 0, false, null, '^(?=(?:(?:2\d|3)\d{8}|(?:[235-8]\d|41)\d{6})$)(?:(?=\d{9,10}$)(?:208[78]\d{6}|(?:20[23579]|30)\d{7}))$', '^(?=(?:(?:2\d|3)\d{8}|(?:[235-8]\d|41)\d{6})$)(?:(?=\d{8}$)(?:(?:2[13]|[35-7][14]|41|8[1468])\d{6}))$', null),
  (null, '870', 0, false, null, '^(?=(?:7\d{11}|[235-7]\d{8})$)(?:(?=(?:\d{9}|\d{12})$)(?:(?:[356]|774[45])\d{8}|7[6-8]\d{7}))$', null, '^(?=(?:7\d{11}|[235-7]\d{8})$)(?:(?=\d{9}$)(?:2\d{8}))$'),
  (null, '878', 0, false, null, null, null, '^(?=(?:10\d{10})$)(?:(?=\d{12}$)(?:10\d{10}))$'),
  ('BD', '880', 0, false, null, '^(?=(?:[1-469]\d{9}|8[0-79]\d{7,8}|[2-79]\d{8}|[2-9]\d{7}|[3-9]\d{6}|[57-9]\d{5})$)(?:(?=\d{10}$)(?:(?:1[13-9]|64)\d{8}|(?:3[78]|44|66)[02-9]\d{7}))$', '^(?=(?:[1-469]\d{9}|8[0-79]\d{7,8}|[2-79]\d{8}|[2-9]\d{7}|[3-9]\d{6}|[57-9]\d{5})$)(?:(?=\d{6,10}$)(?:(?:4(?:31\d\d|423)|5222)\d{3}(?:\d{2})?|8332[6-9]\d\d|(?:3(?:03[56]|224)|4(?:22[25]|653))\d{3,4}|(?:3(?:42[47]|529|823)|4(?:027|525|65(?:28|8))|562|6257|7(?:1(?:5[3-5]|6[12]|7[156]|89)|22[589]56|32|42675|52(?:[25689](?:56|8)|[347]8)|71(?:6[1267]|75|89)|92374)|82(?:2[59]|32)56|9(?:03[23]56|23(?:256|373)|31|5(?:1|2[4589]56)))\d{3}|(?:3(?:02[348]|22[35]|324|422)|4(?:22[67]|32[236-9]|6(?:2[46]|5[57])|953)|5526|6(?:024|6655)|81)\d{4,5}|(?:2(?:7(?:1[0-267]|2[0-289]|3[0-29]|4[01]|5[1-3]|6[013]|7[0178]|91)|8(?:0[125]|1[1-6]|2[0157-9]|3[1-69]|41|6[1-35]|7[1-5]|8[1-8]|9[0-6])|9(?:0[0-2]|1[0-4]|2[568]|3[3-6]|5[5-7]|6[0136-9]|7[0-7]|8[014-9]))|3(?:0(?:2[025-79]|3[2-4])|181|22[12]|32[2356]|824)|4(?:02[09]|22[348]|32[045]|523|6(?:27|54))|666(?:22|53)|7(?:22[57-9]|42[56]|82[35])8|8(?:0[124-9]|2(?:181|2[02-4679]8)|4[12]|[5-7]2)|9(?:[04]2|2(?:2|328)|81))\d{4}|(?:2(?:[23]\d|[45])\d\d|3(?:1(?:2[5-7]|[5-7])|425|822)|4(?:033|1\d|[257]1|332|4(?:2[246]|5[25])|6(?:2[35]|56|62)|8(?:23|54)|92[2-5])|5(?:02[03489]|22[457]|32[35-79]|42[46]|6(?:[18]|53)|724|826)|6(?:023|2(?:2[2-5]|5[3-5]|8)|32[3478]|42[34]|52[47]|6(?:[18]|6(?:2[34]|5[24]))|[78]2[2-5]|92[2-6])|7(?:02|21\d|[3-589]1|6[12]|72[24])|8(?:217|3[12]|[5-7]1)|9[24]1)\d{5}|(?:(?:3[2-8]|5[2-57-9]|6[03-589])1|4[4689][18])\d{5}|[59]1\d{5}))$', '^(?=(?:[1-469]\d{9}|8[0-79]\d{7,8}|[2-79]\d{8}|[2-9]\d{7}|[3-9]\d{6}|[57-9]\d{5})$)(?:(?=\d{10}$)(?:80[03]\d{7})|(?=\d{10}$)(?:96(?:0[1-69]|1[0-479]|2[278]|3[13-9]|4[0-47-9]|54|6[69]|7[78]|88)\d{6}))$'),
  (null, '881', 0, false, null, '^(?=(?:6\d{9}|[0-36-9]\d{8})$)(?:(?=\d{9,10}$)(?:6\d{9}|[0-36-9]\d{8}))$', null, null),
  (null, '882', 0, false, null, '^(?=(?:[13]\d{6}(?:\d{2,5})?|[19]\d{7}|(?:[25]\d\d|4)\d{7}(?:\d{2})?)$)(?:(?=(?:\d{7}|\d{8}|\d{9}|\d{10}|\d{12})$)(?:342\d{4}|(?:337|49)\d{6}|(?:3(?:2|47|7\d{3})|5(?:0\d{3}|2[0-2]))\d{7}))$', null, '^(?=(?:[13]\d{6}(?:\d{2,5})?|[19]\d{7}|(?:[25]\d\d|4)\d{7}(?:\d{2})?)$)(?:(?=\d{7,12}$)(?:1(?:3(?:0[0347]|[13][0139]|2[035]|4[013568]|6[0459]|7[06]|8[15-8]|9[0689])\d{4}|6\d{5,10})|(?:345\d|9[89])\d{6}|(?:10|2(?:3|85\d)|3(?:[15]|[69]\d\d)|4[15-8]|51)\d{8})|(?=\d{11}$)(?:348[57]\d{7}))$'),
  (null, '883', 0, false, null, null, null, '^(?=(?:(?:[1-4]\d|51)\d{6,10})$)(?:(?=\d{8,12}$)(?:(?:2(?:00\d\d|10)|(?:370[1-9]|51\d0)\d)\d{7}|51(?:00\d{5}|[24-9]0\d{4,7})|(?:1[0-79]|2[24-689]|3[02-689]|4[0-4])0\d{5,9}))$'),
  ('TW', '886', 0, false, null, '^(?=(?:[2-689]\d{8}|7\d{9,10}|[2-8]\d{7}|2\d{6})$)(?:(?=\d{9}$)(?:(?:40001[0-2]|9[0-8]\d{4})\d{3}))$', '^(?=(?:[2-689]\d{8}|7\d{9,10}|[2-8]\d{7}|2\d{6})$)(?:(?=\d{8,9}$)(?:(?:2[2-8]\d|370|55[01]|7[1-9])\d{6}|4(?:(?:0(?:0[1-9]|[2-48]\d)|1[023]\d)\d{4,5}|(?:[239]\d\d|4(?:0[56]|12|49))\d{5})|6(?:[01]\d{7}|4(?:0[56]|12|24|4[09])\d{4,5})|8(?:(?:2(?:3\d|4[0-269]|[578]0|66)|36[24-9]|90\d\d)\d{4}|4(?:0[56]|12|24|4[09])\d{4,5})|(?:2(?:2(?:0\d\d|4(?:0[68]|[249]0|3[0-467]|5[0-25-9]|6[0235689]))|(?:3(?:[09]\d|1[0-4])|(?:4\d|5[0-49]|6[0-29]|7[0-5])\d)\d)|(?:(?:3[2-9]|5[2-8]|6[0-35-79]|8[7-9])\d\d|4(?:2(?:[089]\d|7[1-9])|(?:3[0-4]|[78]\d|9[01])\d))\d)\d{3}))$', '^(?=(?:[2-689]\d{8}|7\d{9,10}|[2-8]\d{7}|2\d{6})$)(?:(?=(?:\d{7}|\d{9})$)(?:20(?:[013-9]\d\d|2)\d{4})|(?=\d{8,9}$)(?:80[0-79]\d{6}|800\d{5})|(?=\d{10,11}$)(?:7010(?:[0-2679]\d|3[0-7]|8[0-5])\d{5}|70\d{8})|(?=\d{9}$)(?:99\d{7})|(?=\d{9}$)(?:50[0-46-9]\d{6}))$'),
  (null, '888', 0, false, null, null, null, '^(?=(?:\d{11})$)(?:(?=\d{11}$)(?:\d{11}))$'),
  ('MV', '960', 0, false, null, '^(?=(?:(?:800|9[0-57-9]\d)\d{7}|[34679]\d{6})$)(?:(?=\d{7}$)(?:(?:46[46]|[79]\d\d)\d{4}))$', '^(?=(?:(?:800|9[0-57-9]\d)\d{7}|[34679]\d{6})$)(?:(?=\d{7}$)(?:(?:3(?:0[0-4]|3[0-59])|6(?:[58][024689]|6[024-68]|7[02468]))\d{4}))$', '^(?=(?:(?:800|9[0-57-9]\d)\d{7}|[34679]\d{6})$)(?:(?=\d{10}$)(?:900\d{7})|(?=\d{10}$)(?:800\d{7})|(?=\d{7}$)(?:4(?:0[01]|50)\d{4}))$'),
  ('LB', '961', 0, false, null, '^(?=(?:[27-9]\d{7}|[13-9]\d{6})$)(?:(?=\d{7,8}$)(?:(?:(?:3|81)\d|7(?:[01]\d|6[013-9]|8[7-9]|9[0-4]))\d{5}))$', '^(?=(?:[27-9]\d{7}|[13-9]\d{6})$)(?:(?=\d{7,8}$)(?:7(?:62|8[0-6]|9[04-9])\d{4}|(?:[14-69]\d|2(?:[14-69]\d|[78][1-9])|7[2-57]|8[02-9])\d{5}))$', '^(?=(?:[27-9]\d{7}|[13-9]\d{6})$)(?:(?=\d{8}$)(?:9[01]\d{6})|(?=\d{8}$)(?:80\d{6}))$'),
  ('JO', '962', 0, false, null, '^(?=(?:(?:(?:[2689]|7\d)\d|32|427|53)\d{6})$)(?:(?=\d{9}$)(?:(?:427|7(?:11|[29]\d|[78][0-25-9]))\d{6}))$', '^(?=(?:(?:(?:[2689]|7\d)\d|32|427|53)\d{6})$)(?:(?=\d{8}$)(?:87(?:000|90[01])\d{3}|(?:2(?:6(?:2[0-35-9]|3[0-578]|4[24-7]|5[0-24-8]|[6-8][023]|9[0-3])|7(?:0[1-79]|10|2[014-7]|3[0-689]|4[019]|5[0-3578]))|32(?:0[1-69]|1[1-35-7]|2[024-7]|3\d|4[0-3]|[5-7][023])|53(?:0[0-3]|[13][023]|2[0-59]|49|5[0-35-9]|6[15]|7[45]|8[1-6]|9[0-36-9])|6(?:2(?:[05]0|22)|3(?:00|33)|4(?:0[0-25]|1[2-7]|2[0569]|[38][07-9]|4[025689]|6[0-589]|7\d|9[0-2])|5(?:[01][056]|2[034]|3[0-57-9]|4[178]|5[0-69]|6[0-35-9]|7[1-379]|8[0-68]|9[0239]))|87(?:20|7[078]|99))\d{4}))$', '^(?=(?:(?:(?:[2689]|7\d)\d|32|427|53)\d{6})$)(?:(?=\d{8}$)(?:9\d{7})|(?=\d{8}$)(?:80\d{6})|(?=\d{8}$)(?:85\d{6})|(?=\d{9}$)(?:70\d{7})|(?=\d{9}$)(?:74(?:66|77)\d{5})|(?=\d{8}$)(?:8(?:10|8\d)\d{5}))$'),
  ('SY', '963', 0, false, null, '^(?=(?:[1-359]\d{8}|[1-5]\d{7})$)(?:(?=\d{9}$)(?:(?:50|9[03-689])\d{7}))$', '^(?=(?:[1-359]\d{8}|[1-5]\d{7})$)(?:(?=\d{8,9}$)(?:(?:1(?:[1478]\d|[2356])|21\d|3(?:[13]\d|4)|4[134]|5[1-3])\d{6}|2[1-5]\d{6}))$', null),
  ('IQ', '964', 0, false, null, '^(?=(?:(?:1|7\d\d)\d{7}|[2-6]\d{7,8})$)(?:(?=\d{10}$)(?:7[3-9]\d{8}))$', '^(?=(?:(?:1|7\d\d)\d{7}|[2-6]\d{7,8})$)(?:(?=\d{8,9}$)(?:1\d{7}|(?:2[13-5]|3[02367]|4[023]|5[03]|6[026])\d{6,7}))$', null),
  ('KW', '965', 0, false, null, '^(?=(?:18\d{5}|(?:[2569]\d|41)\d{6})$)(?:(?=\d{8}$)(?:(?:41\d\d|5(?:(?:[05]\d|1[0-7]|6[56])\d|2(?:22|5[25])|7(?:55|77)|88[58]|999)|6(?:(?:0[034679]|5[015-9]|6\d)\d|1(?:00|11|6[16])|2[26]2|3[36]3|4[46]4|7(?:0[013-9]|[67]\d)|8[68]8|9(?:[069]\d|3[039]))|9(?:(?:[04679]\d|8[057-9])\d|1(?:00|1[01]|99)|2(?:00|2\d)|3(?:00|3[03])|5(?:00|5\d)))\d{4}))$', '^(?=(?:18\d{5}|(?:[2569]\d|41)\d{6})$)(?:(?=\d{8}$)(?:2(?:[23]\d\d|4(?:[1-35-9]\d|44)|5(?:0[034]|[2-46]\d|5[1-3]|7[1-7]))\d{4}))$', '^(?=(?:18\d{5}|(?:[2569]\d|41)\d{6})$)(?:(?=\d{7}$)(?:18\d{5}))$'),
  ('SA', '966', 0, false, null, '^(?=(?:(?:[15]\d|800|92)\d{7})$)(?:(?=\d{9}$)(?:579[0-8]\d{5}|5(?:[013-689]\d|7[0-8])\d{6}))$', '^(?=(?:(?:[15]\d|800|92)\d{7})$)(?:(?=\d{9}$)(?:1(?:1\d|2[24-8]|3[35-8]|4[3-68]|6[2-5]|7[235-7])\d{6}))$', '^(?=(?:(?:[15]\d|800|92)\d{7})$)(?:(?=\d{9}$)(?:925\d{6})|(?=\d{10}$)(?:800\d{7})|(?=\d{9}$)(?:920\d{6}))$'),
  ('YE', '967', 0, false, null, '^(?=(?:(?:1|7\d)\d{7}|[1-7]\d{6})$)(?:(?=\d{9}$)(?:7[01378]\d{7}))$', '^(?=(?:(?:1|7\d)\d{7}|[1-7]\d{6})$)(?:(?=\d{7,8}$)(?:78[0-7]\d{4}|17\d{6}|(?:[12][2-68]|3[2358]|4[2-58]|5[2-6]|6[3-58]|7[24-6])\d{5}))$', null),
  ('OM', '968', 0, false, null, '^(?=(?:(?:1505|[279]\d{3}|500)\d{4}|800\d{5,6})$)(?:(?=\d{8}$)(?:(?:1505|90[1-9]\d)\d{4}|(?:7[124-9]|9[1-9])\d{6}))$', '^(?=(?:(?:1505|[279]\d{3}|500)\d{4}|800\d{5,6})$)(?:(?=\d{8}$)(?:2[1-6]\d{6}))$', '^(?=(?:(?:1505|[279]\d{3}|500)\d{4}|800\d{5,6})$)(?:(?=\d{8}$)(?:900\d{5})|(?=\d{7,9}$)(?:8007\d{4,5}|(?:500|800[05])\d{4}))$'),
  ('PS', '970', 0, false, null, '^(?=(?:[2489]2\d{6}|(?:1\d|5)\d{8})$)(?:(?=\d{9}$)(?:5[69]\d{7}))$', '^(?=(?:[2489]2\d{6}|(?:1\d|5)\d{8})$)(?:(?=\d{8}$)(?:(?:22[2-47-9]|42[45]|82[014-68]|92[3569])\d{5}))$', '^(?=(?:[2489]2\d{6}|(?:1\d|5)\d{8})$)(?:(?=\d{10}$)(?:1800\d{6})|(?=\d{10}$)(?:1700\d{6}))$'),
  ('AE', '971', 0, false, null, '^(?=(?:(?:[4-7]\d|9[0-689])\d{7}|800\d{2,9}|[2-4679]\d{7})$)(?:(?=\d{9}$)(?:5[02-68]\d{7}))$', '^(?=(?:(?:[4-7]\d|9[0-689])\d{7}|800\d{2,9}|[2-4679]\d{7})$)(?:(?=\d{8}$)(?:[2-4679][2-8]\d{6}))$', '^(?=(?:(?:[4-7]\d|9[0-689])\d{7}|800\d{2,9}|[2-4679]\d{7})$)(?:(?=\d{9}$)(?:900[02]\d{5})|(?=\d{5,12}$)(?:400\d{6}|800\d{2,9})|(?=\d{9}$)(?:700[05]\d{5})|(?=\d{9}$)(?:600[25]\d{5}))$'),
  ('IL', '972', 0, false, null, '^(?=(?:1\d{6}(?:\d{3,5})?|[57]\d{8}|[1-489]\d{7})$)(?:(?=\d{9}$)(?:55(?:4(?:0[0-4]|10|6[015-9])|57[0-289]|8[06][0-2])\d{4}|5(?:(?:[0-2][02-9]|[36]\d|[49][2-9]|8[3-7])\d|5(?:01|2\d|3[0-3]|4[3-5]|5[0-25689]|6[6-8]|7[0-267]|8[7-9]|9[1-9]))\d{5}))$', '^(?=(?:1\d{6}(?:\d{3,5})?|[57]\d{8}|[1-489]\d{7})$)(?:(?=(?:\d{8}|\d{11}|\d{12})$)(?:153\d{8,9}|29[1-9]\d{5}|(?:2[0-8]|[3489]\d)\d{6}))$', '^(?=(?:1\d{6}(?:\d{3,5})?|[57]\d{8}|[1-489]\d{7})$)(?:(?=(?:\d{8}|\d{10})$)(?:1212\d{4}|1(?:200|9(?:0[0-2]|19|9\d))\d{6})|(?=(?:\d{7}|\d{10})$)(?:1(?:255|80[019]\d{3})\d{3})|(?=\d{10}$)(?:1700\d{6})|(?=\d{9}$)(?:7(?:280[01]|38(?:[05]\d|8[0-358])|8(?:33|55|77|81)\d)\d{4}|7(?:18|2[23]|3[237]|47|6[258]|7\d|82|9[2-9])\d{6})|(?=\d{10}$)(?:1599\d{6})|(?=\d{11,12}$)(?:151\d{8,9}))$'),
  ('BH', '973', 0, false, null, '^(?=(?:[136-9]\d{7})$)(?:(?=\d{8}$)(?:(?:3(?:[0-79]\d|8[0-57-9])\d|6(?:3(?:00|33|6[16])|441|6(?:3[03-9]|[69]\d|7[0-689])))\d{4}))$', '^(?=(?:[136-9]\d{7})$)(?:(?=\d{8}$)(?:(?:1(?:3[1356]|6[0156]|7\d)\d|6(?:1[16]\d|500|6(?:0\d|3[12]|44|55|7[7-9]|88)|9[69][69])|7(?:[07]\d\d|1(?:11|78)))\d{4}))$', '^(?=(?:[136-9]\d{7})$)(?:(?=\d{8}$)(?:(?:87|9[0-8])\d{6})|(?=\d{8}$)(?:8[02369]\d{6})|(?=\d{8}$)(?:84\d{6}))$'),
  ('QA', '974', 0, false, null, '^(?=(?:800\d{4}|(?:2|800)\d{6}|(?:0080|[3-7])\d{7})$)(?:(?=\d{8}$)(?:[35-7]\d{7}))$', '^(?=(?:800\d{4}|(?:2|800)\d{6}|(?:0080|[3-7])\d{7})$)(?:(?=\d{8}$)(?:4(?:(?:[014]\d\d|999)\d|2022)\d{3}))$', '^(?=(?:800\d{4}|(?:2|800)\d{6}|(?:0080|[3-7])\d{7})$)(?:(?=(?:\d{7}|\d{9}|\d{11})$)(?:800\d{4}|(?:0080[01]|800)\d{6})|(?=\d{7}$)(?:2[136]\d{5}))$'),
  ('BT', '975', 0, false, null, '^(?=(?:[178]\d{7}|[2-8]\d{6})$)(?:(?=\d{8}$)(?:(?:1[67]|[78]7)\d{6}))$', '^(?=(?:[178]\d{7}|[2-8]\d{6})$)(?:(?=\d{7}$)(?:(?:2[3-6]|[34][5-7]|5[236]|6[2-46]|7[246]|8[2-4])\d{5}))$', null),
  ('MN', '976', 0, false, null, '^(?=(?:[12]\d{7,9}|[5-9]\d{7})$)(?:(?=\d{8}$)(?:(?:87[01]|92[0139])\d{5}|(?:5[05]|6[069]|7[28]|8[0135689]|9[013-9])\d{6}))$', '^(?=(?:[12]\d{7,9}|[5-9]\d{7})$)(?:(?=\d{8,10}$)(?:[12](?:2[1-3]|(?:3[2-8]|4[2-68]|5[1-4689])\d)\d{5,6}|7(?:0(?:[0-5]\d|7[078]|80)|128)\d{4}|[12]27\d{6}|(?:11|2[16]|5[368])\d{6}))$', '^(?=(?:[12]\d{7,9}|[5-9]\d{7})$)(?:(?=\d{8}$)(?:712[0-79]\d{4}|7(?:1[013-9]|[5-79]\d)\d{5}))$'),
  ('NP', '977', 0, false, null, '^(?=(?:(?:1\d|9)\d{9}|[1-9]\d{7})$)(?:(?=\d{10}$)(?:9(?:00|6[0-3]|7[0-24-6]|8[0-24-68])\d{7}))$', '^(?=(?:(?:1\d|9)\d{9}|[1-9]\d{7})$)(?:(?=\d{8}$)(?:(?:1[0-6]\d|99[02-6])\d{5}|(?:2[13-79]|3[135-8]|4[146-9]|5[135-7]|6[13-9]|7[15-9]|8[1-46-9]|9[1-7])[2-6]\d{5}))$', '^(?=(?:(?:1\d|9)\d{9}|[1-9]\d{7})$)(?:(?=\d{11}$)(?:1(?:66001|800\d\d)\d{5}))$'),
  (null, '979', 0, false, null, null, null, '^(?=(?:[1359]\d{8})$)(?:(?=\d{9}$)(?:[1359]\d{8}))$'),
  ('TJ', '992', 0, false, null, '^(?=(?:(?:[0-57-9]\d|66)\d{7})$)(?:(?=\d{9}$)(?:(?:33[03-9]|4(?:1[18]|4[02-479])|81[1-9])\d{6}|(?:[09]\d|1[0-27-9]|2[0-27]|3[08]|40|5[05]|66|7[0157-9]|8[07-9])\d{7}))$', '^(?=(?:(?:[0-57-9]\d|66)\d{7})$)(?:(?=\d{9}$)(?:(?:3(?:1[3-5]|2[245]|3[12]|4[24-7]|5[25]|72)|4(?:46|74|87))\d{6}))$', null),
  ('TM', '993', 0, false, null, '^(?=(?:[1-7]\d{7})$)(?:(?=\d{8}$)(?:(?:6\d|7[12])\d{6}))$', '^(?=(?:[1-7]\d{7})$)(?:(?=\d{8}$)(?:(?:1(?:2\d|3[1-9])|2(?:22|4[0-35-8])|3(?:22|4[03-9])|4(?:22|3[128]|4\d|6[15])|5(?:22|5[7-9]|6[014-689]))\d{5}))$', null),
  ('AZ', '994', 0, false, null, '^(?=(?:365\d{6}|(?:[124579]\d|60|88)\d{7})$)(?:(?=\d{9}$)(?:36554\d{4}|(?:[16]0|4[04]|5[015]|7[07]|99)\d{7}))$', '^(?=(?:365\d{6}|(?:[124579]\d|60|88)\d{7})$)(?:(?=\d{9}$)(?:(?:2[12]428|3655[02])\d{4}|(?:2(?:22[0-79]|63[0-28])|3654)\d{5}|(?:(?:1[28]|46)\d|2(?:[014-6]2|[23]3))\d{6}))$', '^(?=(?:365\d{6}|(?:[124579]\d|60|88)\d{7})$)(?:(?=\d{9}$)(?:900200\d{3})|(?=\d{9}$)(?:88\d{7}))$'),
  ('GE', '995', 0, false, null, '^(?=(?:(?:[3-57]\d\d|800)\d{6})$)(?:(?=\d{9}$)(?:5(?:(?:(?:0555|1(?:[17]77|555))[5-9]|757(?:7[7-9]|8[01]))\d|22252[0-4])\d\d|5(?:0(?:0(?:1[09]|70)|505)|1(?:0[01]0|1(?:07|33|51))|2(?:0[02]0|2[25]2)|3(?:0[03]0|3[35]3)|4(?:0[04]0|411)|5222|9000)[0-4]\d{3}|(?:5(?:0(?:0(?:0\d|1[12]|2[02]|3[0-6]|4[04]|5[05]|77|88|9[09])|(?:[14]\d|77)\d|22[02]|888)|1(?:1(?:[03][01]|[124]\d|5[02-6]|7[0-6])|4\d\d)|2(?:228|555)|3555|4(?:4(?:[02-9]\d|14)|555)|5(?:[0157-9]\d\d|200|333|4(?:44|55))|6[89]\d\d|7(?:(?:[0147-9]\d|22)\d|5(?:00|[57]5))|8(?:0(?:[018]\d|2[0-4])|5(?:55|8[89])|8(?:55|88))|9(?:090|[1-35-9]\d\d))|790\d\d)\d{4}))$', '^(?=(?:(?:[3-57]\d\d|800)\d{6})$)(?:(?=\d{9}$)(?:(?:3(?:[256]\d|4[124-9]|7[0-4])|4(?:1\d|2[2-7]|3[1-79]|4[2-8]|7[239]|9[1-7]))\d{6}))$', '^(?=(?:(?:[3-57]\d\d|800)\d{6})$)(?:(?=\d{9}$)(?:800\d{6})|(?=\d{9}$)(?:70[67]\d{6}))$'),
  ('KG', '996', 0, false, null, '^(?=(?:8\d{9}|[235-9]\d{8})$)(?:(?=\d{9}$)(?:312(?:58\d|973)\d{3}|(?:2(?:0[0-35]|2\d)|5[0-24-7]\d|600|7(?:[07]\d|55)|88[08]|9(?:12|9[05-9]))\d{6}))$', '^(?=(?:8\d{9}|[235-9]\d{8})$)(?:(?=\d{9}$)(?:312(?:5[0-79]\d|9(?:[0-689]\d|7[0-24-9]))\d{3}|(?:3(?:1(?:2[0-46-8]|3[1-9]|47|[56]\d)|2(?:22|3[0-479]|6[0-7])|4(?:22|5[6-9]|6\d)|5(?:22|3[4-7]|59|6\d)|6(?:22|5[35-7]|6\d)|7(?:22|3[468]|4[1-9]|59|[67]\d)|9(?:22|4[1-8]|6\d))|6(?:09|12|2[2-4])\d)\d{5}))$', '^(?=(?:8\d{9}|[235-9]\d{8})$)(?:(?=\d{9,10}$)(?:800\d{6,7}))$'),
  ('UZ', '998', 0, false, null, '^(?=(?:(?:20|33|[5-9]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:(?:[25]0|33|8[078]|9[0-57-9])\d{3}|6(?:1(?:2(?:2[01]|98)|35[0-4]|50\d|61[23]|7(?:[01][017]|4\d|55|9[5-9]))|2(?:(?:11|7\d)\d|2(?:[12]1|9[01379])|5(?:[126]\d|3[0-4]))|5(?:19[01]|2(?:27|9[26])|(?:30|59|7\d)\d)|6(?:2(?:1[5-9]|2[0367]|38|41|52|60)|(?:3[79]|9[0-3])\d|4(?:56|83)|7(?:[07]\d|1[017]|3[07]|4[047]|5[057]|67|8[0178]|9[79]))|7(?:2(?:24|3[237]|4[5-9]|7[15-8])|5(?:7[12]|8[0589])|7(?:0\d|[39][07])|9(?:0\d|7[079])))|7(?:[07]\d{3}|2(?:2(?:2[79]|95)|3(?:2[5-9]|6[0-6])|57\d|7(?:0\d|1[17]|2[27]|3[37]|44|5[057]|66|88))|3(?:2(?:1[0-6]|21|3[469]|7[159])|(?:33|9[4-6])\d|5(?:0[0-4]|5[579]|9\d)|7(?:[0-3579]\d|4[0467]|6[67]|8[078]))|4(?:2(?:29|5[0257]|6[0-7]|7[1-57])|5(?:1[0-4]|8\d|9[5-9])|7(?:0\d|1[024589]|2[0-27]|3[0137]|[46][07]|5[01]|7[5-9]|9[079])|9(?:7[015-9]|[89]\d))|5(?:112|2(?:0\d|2[29]|[49]4)|3[1568]\d|52[6-9]|7(?:0[01578]|1[017]|[23]7|4[047]|[5-7]\d|8[78]|9[079]))|9(?:22[128]|3(?:2[0-4]|7\d)|57[02569]|7(?:2[05-9]|3[37]|4\d|60|7[2579]|87|9[07]))))\d{4}))$', '^(?=(?:(?:20|33|[5-9]\d)\d{7})$)(?:(?=\d{9}$)(?:(?:55\d\d|6(?:1(?:22|3[124]|4[1-4]|5[1-3578]|64)|2(?:22|3[0-57-9]|41)|5(?:22|3[3-7]|5[024-8])|[69]\d\d|7(?:[23]\d|7[69]))|7(?:[168]\d\d|2(?:22|3[13-57-9]|4[1-3579]|5[14])|3(?:2\d|3[1578]|4[1-35-7]|5[1-57]|61)|4(?:2\d|3[1-579]|7[1-79])|5(?:22|5[1-9]|6[1457])|9(?:22|5[1-9])))\d{5}))$', null);
