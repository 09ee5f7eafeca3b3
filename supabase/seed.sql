-- Données de démonstration pour un usage local (npm start les charge au premier démarrage).
-- Rejouable sans effet de bord : chaque insertion ignore ce qui existe déjà.

-- Comptes de démonstration : un par rôle (mot de passe haché en bcrypt, comme le fait Supabase Auth).
do $$
declare
  account record;
begin
  for account in
    select * from (values
      ('d0000000-0000-4000-8000-000000000001'::uuid, 'proprietaire@cnsa-demo.test', 'Awa Proprio'),
      ('d0000000-0000-4000-8000-000000000002'::uuid, 'admin@cnsa-demo.test', 'Bertrand Admin'),
      ('d0000000-0000-4000-8000-000000000003'::uuid, 'agent@cnsa-demo.test', 'Chantal Agent'),
      ('d0000000-0000-4000-8000-000000000004'::uuid, 'lecteur@cnsa-demo.test', 'Didier Lecteur')
    ) as t(id, email, full_name)
  loop
    -- Supabase Auth reads the token columns into strings: they must be '' (it writes them so), never
    -- NULL, or it cannot sign the account in ("Database error querying schema").
    insert into auth.users (
      instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
      raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
      confirmation_token, recovery_token, email_change_token_current, email_change_token_new,
      email_change, phone_change_token, phone_change, reauthentication_token
    ) values (
      '00000000-0000-0000-0000-000000000000', account.id, 'authenticated', 'authenticated',
      account.email, extensions.crypt('WcapDemo2026!', extensions.gen_salt('bf', 10)), now(),
      '{"provider": "email", "providers": ["email"]}', jsonb_build_object('full_name', account.full_name),
      now(), now(),
      '', '', '', '', '', '', '', ''
    ) on conflict (id) do update set
      email = excluded.email,
      raw_user_meta_data = auth.users.raw_user_meta_data || excluded.raw_user_meta_data,
      confirmation_token = coalesce(auth.users.confirmation_token, ''),
      recovery_token = coalesce(auth.users.recovery_token, ''),
      email_change_token_current = coalesce(auth.users.email_change_token_current, ''),
      email_change_token_new = coalesce(auth.users.email_change_token_new, ''),
      email_change = coalesce(auth.users.email_change, ''),
      phone_change_token = coalesce(auth.users.phone_change_token, ''),
      phone_change = coalesce(auth.users.phone_change, ''),
      reauthentication_token = coalesce(auth.users.reauthentication_token, '');

    insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
    values (
      account.id::text, account.id,
      jsonb_build_object('sub', account.id::text, 'email', account.email, 'email_verified', true, 'phone_verified', false),
      'email', now(), now(), now()
    ) on conflict (provider_id, provider) do update set identity_data = excluded.identity_data;
  end loop;
end
$$;

-- L'organisation de démonstration, sur l'offre Professional, en mode bac à sable.
insert into public.organizations (
  id, name, slug, country_code, default_phone_country, time_zone,
  plan_id, contacts_quota, messages_quota, agents_quota, mode, created_by
) values (
  'c0000000-0000-4000-8000-000000000001', 'CNSA (démo)', 'cnsa-demo', 'CM', 'CM', 'Africa/Douala',
  'professional', 25000, 50000, 5, 'sandbox', 'd0000000-0000-4000-8000-000000000001'
) on conflict (id) do nothing;

insert into public.memberships (organization_id, user_id, role) values
  ('c0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', 'owner'),
  ('c0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002', 'admin'),
  ('c0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000003', 'agent'),
  ('c0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000004', 'viewer')
on conflict (organization_id, user_id) do nothing;

-- Des contacts de démonstration (numéros fictifs du bac à sable) et le segment de démonstration.
-- Le dernier numéro finit par un code Meta : le bac à sable le fait échouer (« non distribuable »).
insert into public.contacts (
  organization_id, phone, country_code, name, email, tags, attributes, opt_in_status, opt_in_source
)
select
  'c0000000-0000-4000-8000-000000000001',
  case when n = 60 then '+237650131026' else '+2376500' || lpad(n::text, 5, '0') end,
  'CM',
  (array['Éloïse', 'Jean-Baptiste', 'Aïcha', 'Désiré', 'Françoise', 'Moïse', 'Bérénice', 'Hervé',
         'Clémence', 'Ibrahim'])[1 + n % 10]
    || ' ' ||
  (array['Ngo Biyong', 'Mbarga', 'Tchoupo', 'Nkodo', 'Abena', 'Fotso', 'Essomba', 'Bello',
         'Kamga', 'Atangana', 'Ondoa'])[1 + n % 11],
  case when n % 4 = 0 then 'contact' || n || '@exemple.cm' end,
  case when n % 3 = 0 then array['assurés', 'employeurs'] else array['assurés'] end,
  jsonb_build_object(
    'ville', (array['Douala', 'Yaoundé', 'Bafoussam', 'Garoua'])[1 + n % 4],
    'numero_assure', 'CNSA-' || lpad((1000 + n)::text, 6, '0')
  ),
  case when n in (7, 19, 42) then 'opted_out' else 'opted_in' end::public.opt_in_status,
  case when n in (7, 19, 42) then 'whatsapp' else 'import' end
from generate_series(1, 60) as n
on conflict (organization_id, phone) do nothing;

-- Every opted-out contact has the consent event that explains its status: the
-- contacts_consent_on_arrival trigger writes it as the rows above arrive (a STOP on WhatsApp, no
-- author). This catches up a database seeded before that trigger existed, so replaying converges.
insert into public.contact_consent_events
  (organization_id, contact_id, status, source, changed_by, created_at)
select c.organization_id, c.id, c.opt_in_status, c.opt_in_source, null, c.opted_out_at
from public.contacts c
where c.organization_id = 'c0000000-0000-4000-8000-000000000001'
  and c.opt_in_status = 'opted_out'
  and not exists (
    select 1 from public.contact_consent_events e
    where e.contact_id = c.id and e.status = 'opted_out' and e.created_at >= c.opted_out_at
  );

insert into public.segments (id, organization_id, name, description, criteria)
values (
  'e0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001',
  'Assurés de Douala', 'Segment de démonstration : les assurés dont la ville est Douala.',
  '{"match":"all","conditions":[{"type":"has_tag","tag":"assurés"},{"type":"attribute","key":"ville","operator":"equals","value":"Douala"}]}'
) on conflict (id) do nothing;

-- The demo organisation's WhatsApp number has reached Meta's 100,000-a-day tier.
insert into private.campaign_send_limits (organization_id, daily_recipients)
values ('c0000000-0000-4000-8000-000000000001', 100000)
on conflict (organization_id) do update set daily_recipients = excluded.daily_recipients;
