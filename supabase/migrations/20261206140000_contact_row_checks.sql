-- Contacts written directly through the Data API get the checks an import gets: a member who
-- inserts or edits a contact row (the contact form, or a script with a member's token) is refused,
-- with import_contacts' French reasons, a number WhatsApp cannot reach or whose country disagrees,
-- and tags or attributes beyond the bounds of src/features/contacts/import/contact-limits.ts.

-- What tags and attributes may hold, in import_contacts' words. A null argument is not checked:
-- the trigger passes only what a write changes. import_contacts checks the same bounds inline, in
-- its set-based statement (sharing this function would mean redefining it).
create or replace function private.contact_bounds_refusal(tags text[], attributes jsonb)
returns text
language sql
stable
set search_path = ''
as $$
  select case
    when cardinality(tags) > 100 then 'Plus de 100 étiquettes'
    -- import_contacts trims and cuts tags to 50 characters, as the SPA's tag rules do.
    when exists (select 1 from unnest(tags) t where char_length(btrim(t)) = 0 or char_length(t) > 50)
      then 'Étiquette vide ou de plus de 50 caractères'
    when jsonb_typeof(attributes) <> 'object'
      or exists (select 1 from jsonb_each(attributes) a where jsonb_typeof(a.value) <> 'string')
      then 'Attributs illisibles : des textes nommés sont attendus'
    when (select count(*) from jsonb_object_keys(attributes)) > 50 then 'Plus de 50 attributs'
    when exists (select 1 from jsonb_object_keys(attributes) k where char_length(k) not between 1 and 64)
      then 'Nom d’attribut vide ou de plus de 64 caractères'
    when exists (select 1 from jsonb_each_text(attributes) a where char_length(a.value) > 500)
      then 'Valeur d’attribut de plus de 500 caractères'
  end
$$;
revoke all on function private.contact_bounds_refusal(text[], jsonb) from public;

-- Refuses a member's contact row with the reason (23514, which PostgREST answers with 400; the
-- hint lets the SPA tell it from Postgres's own check messages). The number with its country, the
-- tags and the attributes are each checked when the row is inserted or when they change: an agent
-- renaming a contact whose number came from WhatsApp (a landline may opt out too) is not refused.
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
      when coalesce(new.phone, '') = '' then 'Numéro manquant'
      when new.phone !~ '^\+[1-9][0-9]{6,14}$'
        then 'Numéro attendu au format international E.164 (ex. +237671234567)'
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
revoke all on function private.check_contact_row() from public;

-- Whose writes are checked: statements that run with a member's own rights, i.e. as the role
-- PostgREST switches to from a member's JWT (what private.from_member() reads; anon may not write
-- contacts at all). Functions with the service role (WhatsApp opt-outs, which may come from any
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
    and (old.phone, old.country_code, old.tags, old.attributes)
        is distinct from (new.phone, new.country_code, new.tags, new.attributes)
  )
  execute function private.check_contact_row();
