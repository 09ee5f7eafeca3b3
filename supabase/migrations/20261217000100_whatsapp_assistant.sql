-- The WhatsApp assistant (issue 18) on the platform number: SOLDE/BALANCE, GEN <brief> and ORG
-- spend and show the credits of an organisation the person belongs to, and whoever logs in by
-- WhatsApp without an organisation gets a personal one, so they always have a wallet. A number
-- that never logged in has no account with that confirmed number: no wallet, nothing free.
-- Read and written by Edge Functions only (the service connection), like the rest of the number.

-- What was done for a message: the assistant's outcomes besides LOGIN, AIDE and LANGUE.
alter table private.platform_inbound_messages
  drop constraint platform_inbound_messages_outcome_check;
alter table private.platform_inbound_messages
  add constraint platform_inbound_messages_outcome_check check (outcome in (
    'login', 'login_throttled', 'login_refused', 'help', 'language', 'ignored', 'failed',
    'not_signed_up', 'balance', 'generation_usage', 'generated', 'generation_failed',
    'generation_refused', 'generation_forbidden', 'insufficient_credits', 'org_listed',
    'org_chosen', 'org_unknown'));

-- The name the person gave themselves on WhatsApp (Meta's contacts[].profile.name, Twilio's
-- ProfileName), noted when they write: their personal organisation is named after it when their
-- profile has no name.
alter table private.platform_contacts
  add column profile_name text check (char_length(profile_name) between 1 and 120);

-- Who writes: the account whose confirmed phone is the number (Auth keeps it without its `+`).
-- Writing LOGIN creates an account whose phone stays unconfirmed until a code is typed, so a
-- number that never logged in is nobody here.
create function private.assistant_person(phone text)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select u.id from auth.users u
  where u.phone = ltrim(assistant_person.phone, '+')
    and u.phone_confirmed_at is not null
    and u.deleted_at is null
    and (u.banned_until is null or u.banned_until <= now())
$$;

-- The organisation whose credits a person in several spends on WhatsApp, chosen with ORG <n>.
-- Without a choice (or once they left the one chosen), the one they joined last.
create table private.assistant_wallet_choices (
  user_id uuid primary key references auth.users (id) on delete cascade,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  chosen_at timestamptz not null default now()
);
create index assistant_wallet_choices_organization_id_idx
  on private.assistant_wallet_choices (organization_id);
alter table private.assistant_wallet_choices enable row level security;
grant select, insert, update, delete on private.assistant_wallet_choices to service_role;

-- A person's organisations as ORG lists them, numbered by name from 1: each one's balance,
-- whether the person may spend it on AI (agents and above, as on the web), whether they chose it,
-- and the one GEN and SOLDE use (`spent`: the choice, else the last joined).
create function private.assistant_wallets(person uuid)
returns table (
  list_number integer,
  organization_id uuid,
  name text,
  balance bigint,
  may_write boolean,
  chosen boolean,
  spent boolean
)
language sql
stable
security definer
set search_path = ''
as $$
  with mine as (
    select o.id, o.name, w.balance, m.role, m.created_at as joined_at,
           row_number() over (order by lower(o.name), o.id)::integer as list_number
    from public.memberships m
    join public.organizations o on o.id = m.organization_id
    join public.credit_wallets w on w.organization_id = o.id
    where m.user_id = person
  ),
  choice as (
    select c.organization_id from private.assistant_wallet_choices c
    join mine on mine.id = c.organization_id
    where c.user_id = person
  ),
  spent as (
    select coalesce(
      (select organization_id from choice),
      (select id from mine order by joined_at desc, id desc limit 1)) as id
  )
  select mine.list_number, mine.id, mine.name, mine.balance, mine.role >= 'agent',
         mine.id is not distinct from (select organization_id from choice),
         mine.id = (select id from spent)
  from mine
  order by mine.list_number
$$;

-- ORG <n>: the organisation numbered n in the person's list becomes the one they spend. Answers
-- it, or nothing when no organisation has that number.
create function private.choose_assistant_wallet(person uuid, list_number integer)
returns table (organization_id uuid, name text, balance bigint)
language plpgsql
security definer
set search_path = ''
as $$
declare
  picked record;
begin
  select w.organization_id, w.name, w.balance into picked
  from private.assistant_wallets(person) w
  where w.list_number = choose_assistant_wallet.list_number;
  if not found then
    return;
  end if;
  insert into private.assistant_wallet_choices as c (user_id, organization_id)
  values (person, picked.organization_id)
  on conflict on constraint assistant_wallet_choices_pkey
  do update set organization_id = excluded.organization_id, chosen_at = now();
  return query select picked.organization_id, picked.name, picked.balance;
end;
$$;

-- A personal organisation for a person who belongs to none (verify-otp after a WhatsApp login;
-- the assistant for someone who left all of theirs): named after them — their profile's name,
-- else their WhatsApp name, else « Espace de <their number> » — in the country of their number,
-- with them as owner. It is made by public.create_organization as that person, the path of any
-- organisation created in the app: the Starter plan, the owner's membership, and through the
-- organisations' trigger the wallet and, if it is the first organisation they ever created, the
-- 5 welcome credits. The person's lock makes two logins at once create one. Answers the
-- organisation the person now has (one of theirs when they had some) and whether it was created.
create function private.ensure_personal_organization(
  person uuid,
  number_label text,
  country text
)
returns table (organization_id uuid, created boolean)
language plpgsql
security definer
set search_path = ''
as $$
declare
  existing uuid;
  chosen_name text;
  made public.organizations;
  previous_claims text := current_setting('request.jwt.claims', true);
  previous_sub text := current_setting('request.jwt.claim.sub', true);
begin
  perform pg_advisory_xact_lock(hashtextextended('personal-organization:' || person::text, 0));
  -- After the lock, in a statement of its own: it sees what a login that held it committed.
  select m.organization_id into existing from public.memberships m
  where m.user_id = person
  order by m.created_at desc
  limit 1;
  if found then
    return query select existing, false;
    return;
  end if;

  select coalesce(
    (select btrim(p.full_name) from public.profiles p
     where p.id = person and char_length(btrim(p.full_name)) >= 2),
    (select btrim(c.profile_name) from auth.users u
     join private.platform_contacts c on c.phone = '+' || u.phone
     where u.id = person and char_length(btrim(c.profile_name)) >= 2),
    'Espace de ' || number_label)
  into chosen_name;

  -- create_organization creates for auth.uid(): the person, for this call only.
  perform set_config('request.jwt.claims', jsonb_build_object('sub', person)::text, true);
  perform set_config('request.jwt.claim.sub', person::text, true);
  made := public.create_organization(chosen_name, country);
  perform set_config('request.jwt.claims', coalesce(previous_claims, ''), true);
  perform set_config('request.jwt.claim.sub', coalesce(previous_sub, ''), true);
  return query select made.id, true;
end;
$$;

grant execute on function
  private.assistant_person(text),
  private.assistant_wallets(uuid),
  private.choose_assistant_wallet(uuid, integer),
  private.ensure_personal_organization(uuid, text, text)
to service_role;

-- What the assistant writes, in French and English. `{organization}` is an organisation's name,
-- `{balance}` a number of credits with its unit (platform_credits_one / _other), `{link}` the
-- top-up page, `{list}` the numbered organisations, `{number}` the number asked for.
update private.contact_texts set body = E'Bonjour, ici WCAP. Écrivez :\n• CONNEXION pour recevoir un code et le lien de connexion ;\n• SOLDE pour voir vos crédits ;\n• GEN suivi de votre demande pour recevoir 3 propositions de message (1 crédit) ;\n• ORG pour choisir l’organisation dont vous utilisez les crédits ;\n• LANGUE pour passer à l’anglais (English: write LANG) ;\n• AIDE pour revoir ce message.'
where key = 'platform_help' and language = 'fr';
update private.contact_texts set body = E'Hello, this is WCAP. Write:\n• LOGIN to get a code and the login link;\n• BALANCE to see your credits;\n• GEN followed by your request to get 3 message drafts (1 credit);\n• ORG to choose the organisation whose credits you use;\n• LANG to switch to French (français : écrivez LANGUE);\n• HELP to see this message again.'
where key = 'platform_help' and language = 'en';

insert into private.contact_texts (key, language, body) values
  ('platform_credits_one', 'fr', '{count} crédit'),
  ('platform_credits_one', 'en', '{count} credit'),
  ('platform_credits_other', 'fr', '{count} crédits'),
  ('platform_credits_other', 'en', '{count} credits'),
  ('platform_not_signed_up', 'fr',
   'Connectez-vous d’abord : écrivez CONNEXION pour recevoir un code et le lien de connexion. Vos crédits, vos organisations et la rédaction par IA vous attendent ensuite ici.'),
  ('platform_not_signed_up', 'en',
   'Log in first: write LOGIN to get a code and the login link. Your credits, your organisations and AI writing then await you here.'),
  ('platform_balance', 'fr', E'Solde de {organization} : {balance}.\nPour recharger : {link}'),
  ('platform_balance', 'en', E'Balance of {organization}: {balance}.\nTo top up: {link}'),
  ('platform_wallet_default', 'fr',
   'Ce sont les crédits de {organization}, l’organisation que vous avez rejointe en dernier. Pour en utiliser une autre, écrivez ORG.'),
  ('platform_wallet_default', 'en',
   'These are the credits of {organization}, the organisation you joined last. To use another one, write ORG.'),
  ('platform_gen_usage', 'fr',
   E'Écrivez GEN suivi de votre demande (2 000 caractères au plus), par exemple :\nGEN Promo -20 % sur les pagnes ce week-end à Douala\nVous recevrez 3 propositions de message pour 1 crédit.'),
  ('platform_gen_usage', 'en',
   E'Write GEN followed by your request (2,000 characters at most), for example:\nGEN 20% off all fabrics this weekend in Douala\nYou will get 3 message drafts for 1 credit.'),
  ('platform_gen_intro', 'fr', 'Voici 3 propositions :'),
  ('platform_gen_intro', 'en', 'Here are 3 drafts:'),
  ('platform_gen_balance', 'fr', '1 crédit débité sur {organization} : il vous reste {balance}.'),
  ('platform_gen_balance', 'en', '1 credit spent from {organization}: {balance} left.'),
  ('platform_insufficient_credits', 'fr',
   E'Crédits insuffisants : il reste {balance} sur {organization}. Aucun crédit n’a été débité.\nPour recharger : {link}'),
  ('platform_insufficient_credits', 'en',
   E'Insufficient credits: {organization} has {balance} left. No credit was taken.\nTo top up: {link}'),
  ('platform_gen_failed', 'fr',
   'La rédaction par IA n’a pas abouti. Aucun crédit n’a été débité ; réessayez dans quelques minutes.'),
  ('platform_gen_failed', 'en',
   'AI writing did not succeed. No credit was taken; please try again in a few minutes.'),
  ('platform_gen_refused', 'fr',
   'L’IA a refusé de rédiger ce message. Aucun crédit n’a été débité ; reformulez votre demande.'),
  ('platform_gen_refused', 'en',
   'The AI refused to write this message. No credit was taken; please rephrase your request.'),
  ('platform_gen_requires_agent', 'fr',
   'Dans {organization}, seuls les agents, les administrateurs et les propriétaires rédigent avec l’IA. Pour utiliser les crédits d’une autre organisation, écrivez ORG.'),
  ('platform_gen_requires_agent', 'en',
   'In {organization}, only agents, admins and owners write with AI. To use the credits of another organisation, write ORG.'),
  ('platform_org_list', 'fr',
   E'Vos organisations :\n{list}\n✅ : celle dont GEN et SOLDE utilisent les crédits. Pour en choisir une autre, écrivez ORG suivi de son numéro (par exemple ORG 2).'),
  ('platform_org_list', 'en',
   E'Your organisations:\n{list}\n✅: the one whose credits GEN and BALANCE use. To choose another, write ORG followed by its number (for example ORG 2).'),
  ('platform_org_unknown', 'fr', 'Aucune de vos organisations ne porte le numéro {number}.'),
  ('platform_org_unknown', 'en', 'None of your organisations has the number {number}.'),
  ('platform_org_chosen', 'fr',
   'C’est noté : GEN et SOLDE utilisent désormais les crédits de {organization} ({balance}).'),
  ('platform_org_chosen', 'en',
   'Done: GEN and BALANCE now use the credits of {organization} ({balance}).');
