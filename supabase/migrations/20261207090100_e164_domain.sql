-- Phone numbers in E.164 are one type, public.e164, instead of the same pattern copied into every
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
revoke all on function private.is_e164(text) from public, anon;
grant execute on function private.is_e164(text) to authenticated, service_role;

create domain public.e164 as text constraint e164 check (private.is_e164(value));
comment on domain public.e164 is
  'Numéro de téléphone au format international E.164 (ex. +237671234567).';

-- Columns. A trigger whose WHEN clause reads a column keeps its type from changing: the two that
-- read contacts.phone are set aside and put back as they were.
drop trigger contacts_stamp_update on public.contacts;
drop trigger contacts_row_checks_update on public.contacts;

alter table public.contacts alter column phone type public.e164;
alter table public.contacts drop constraint contacts_phone_check;
alter table public.whatsapp_messages alter column phone type public.e164;
alter table public.whatsapp_messages drop constraint whatsapp_messages_phone_check;
alter table public.campaign_recipients alter column phone type public.e164;
alter table public.campaign_recipients drop constraint campaign_recipients_phone_check;
alter table public.profiles alter column phone type public.e164;
alter table public.profiles drop constraint profiles_phone_check;

create trigger contacts_stamp_update before update on public.contacts
  for each row when (
    (old.phone, old.name, old.email, old.tags, old.attributes, old.opt_in_status, old.language, old.country_code)
    is distinct from
    (new.phone, new.name, new.email, new.tags, new.attributes, new.opt_in_status, new.language, new.country_code)
  )
  execute function private.stamp_contact_change();
create trigger contacts_row_checks_update before update on public.contacts
  for each row when (
    current_user = 'authenticated'
    and (old.phone, old.country_code, old.tags, old.attributes)
        is distinct from (new.phone, new.country_code, new.tags, new.attributes)
  )
  execute function private.check_contact_row();

-- Functions that checked numbers with their own copy of the pattern. import_contacts also asks
-- private.from_client_role() now, the last function to ask private.from_member().
create or replace function public.import_contacts(json)
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
    raise exception using errcode = '22023', message = 'La requête doit être un objet JSON.';
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
    raise exception using errcode = '22023', message = 'La requête contient du texte illisible.';
  end;

  select k into unknown_key from jsonb_object_keys(request) k
  where k not in ('organization_id', 'rows', 'update_existing', 'add_tags') limit 1;
  if found then
    raise exception using errcode = '22023',
      message = format('Paramètre inconnu : « %s ».', left(unknown_key, 50));
  end if;
  if jsonb_typeof(request->'organization_id') is distinct from 'string'
     or request->>'organization_id' !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    raise exception using errcode = '22023', message = 'Indiquez l’organisation par son identifiant.';
  end if;
  org := (request->>'organization_id')::uuid;

  if private.from_client_role() and not private.has_role(org, 'admin') then
    raise exception using errcode = '42501',
      message = 'Seuls les administrateurs de l’organisation importent des contacts.';
  end if;
  rows := request->'rows';
  if jsonb_typeof(rows) is distinct from 'array' then
    raise exception using errcode = '22023', message = 'Les lignes à importer doivent former une liste.';
  end if;
  if jsonb_array_length(rows) > 10000 then
    raise exception using errcode = '54000', message = 'Envoyez au plus 10 000 lignes à la fois.';
  end if;
  if coalesce(jsonb_typeof(request->'update_existing'), 'null') not in ('boolean', 'null') then
    raise exception using errcode = '22023', message = 'update_existing vaut true ou false.';
  end if;
  update_existing := coalesce((request->>'update_existing')::boolean, false);
  if coalesce(jsonb_typeof(request->'add_tags'), 'null') not in ('array', 'null')
     or exists (select 1 from jsonb_array_elements(
                  case when jsonb_typeof(request->'add_tags') = 'array' then request->'add_tags' end) t
                where jsonb_typeof(t) <> 'string') then
    raise exception using errcode = '22023', message = 'Les étiquettes ajoutées forment une liste de textes.';
  end if;
  extra := array(
    select distinct left(btrim(t), 50)
    from jsonb_array_elements_text(case when jsonb_typeof(request->'add_tags') = 'array' then request->'add_tags' end) t
    where btrim(t) <> ''
  );
  if unreadable is not null and exists (select 1 from unnest(extra) t where strpos(t, unreadable) > 0) then
    raise exception using errcode = '22023',
      message = 'Les étiquettes ajoutées contiennent un caractère nul.';
  end if;
  select contacts_quota into quota from public.organizations where id = org;
  if not found then
    raise exception using errcode = 'P0002', message = 'Organisation introuvable.';
  end if;

  -- Every row checked in one statement; the rules are those of src/features/contacts/import
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
           case when jsonb_typeof(e.item->'name') = 'string' then nullif(left(btrim(e.item->>'name'), 200), '') end as name,
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
           case
             when not f.is_object then 'Ligne illisible : un objet JSON est attendu'
             when f.holds_nul then 'Caractère nul dans la ligne'
             when f.line is null then 'Numéro de ligne manquant ou invalide'
             when f.phone_value is null or jsonb_typeof(f.phone_value) = 'null' or f.phone = ''
               then 'Numéro manquant'
             when f.phone is null or not private.is_e164(f.phone)
               then 'Numéro attendu au format international E.164 (ex. +237671234567)'
             when f.country_type <> 'null' and not f.known_country
               then format('Pays inconnu : « %s »', left(f.country_text, 20))
             when not f.name_is_text then 'Nom illisible : du texte est attendu'
             when not f.email_is_text then 'E-mail illisible : du texte est attendu'
             when not f.tags_are_texts then 'Étiquettes illisibles : une liste de textes est attendue'
             when cardinality(f.tags) > 100 then 'Plus de 100 étiquettes'
             when not f.attributes_are_object or not attribute.all_texts
               then 'Attributs illisibles : des textes nommés sont attendus'
             when attribute.count > 50 then 'Plus de 50 attributs'
             when attribute.shortest_key = 0 or attribute.longest_key > 64
               then 'Nom d’attribut vide ou de plus de 64 caractères'
             when attribute.longest_value > 500 then 'Valeur d’attribut de plus de 500 caractères'
             when f.mobile_as_claimed then null
             when plan.whatsapp and (f.country_code is null or f.country_code = plan.country_code) then null
             else private.phone_refusal(f.phone, f.country_code)
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

create or replace function private.check_contact_row()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  inserted boolean := tg_op = 'INSERT';
  reason text;
begin
  if inserted or (new.phone, new.country_code) is distinct from (old.phone, old.country_code) then
    reason := case
      -- Anything else that is not E.164 never gets here: the column's domain refuses it first.
      when new.phone is null then 'Numéro manquant'
      when new.country_code is not null
       and not exists (select 1 from private.phone_rules r where r.country_code = new.country_code)
        then format('Pays inconnu : « %s »', left(new.country_code, 20))
      else private.phone_refusal(new.phone, new.country_code)
    end;
  end if;
  reason := coalesce(reason, private.contact_bounds_refusal(
    case when inserted or new.tags is distinct from old.tags then new.tags end,
    case when inserted or new.attributes is distinct from old.attributes then new.attributes end));
  if reason is not null then
    raise exception using errcode = 'check_violation', message = reason, hint = 'contact_refused';
  end if;
  return new;
end;
$$;

create or replace function private.audience_selection()
returns text
language sql
immutable
set search_path = ''
as $$
  select $q$
    select c.id as contact_id, c.phone, c.name,
           coalesce(r.params, '[]'::jsonb) as params,
           case when c.opt_in_status = 'opted_out' then 'opted_out'
                -- c.phone is E.164 (its domain); WhatsApp reaches none shorter than 8 digits.
                when char_length(c.phone) < 9 then 'invalid_number'
                when coalesce(r.missing, false) then 'missing_parameter' end as excluded
    from public.contacts c
    cross join lateral (
      select jsonb_agg(jsonb_build_object('name', p.name, 'value', v.value) order by p.ord) as params,
             bool_or(v.value is null) as missing
      from unnest($5::text[]) with ordinality as p(name, ord)
      cross join lateral (
        select nullif(btrim(case $6->p.name->>'source'
          when 'field' then case $6->p.name->>'value' when 'name' then c.name when 'phone' then c.phone end
          when 'attribute' then c.attributes->>($6->p.name->>'value')
          when 'text' then $6->p.name->>'value' end), '') as value
      ) v
    ) r
    where c.organization_id = $2 and ($1::jsonb is null or (%s))
  $q$
$$;


drop function private.from_member();
