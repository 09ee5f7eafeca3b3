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
    insert into auth.users (
      instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
      raw_app_meta_data, raw_user_meta_data, created_at, updated_at
    ) values (
      '00000000-0000-0000-0000-000000000000', account.id, 'authenticated', 'authenticated',
      account.email, extensions.crypt('WcapDemo2026!', extensions.gen_salt('bf', 10)), now(),
      '{"provider": "email", "providers": ["email"]}', jsonb_build_object('full_name', account.full_name),
      now(), now()
    ) on conflict (id) do update set
      email = excluded.email,
      raw_user_meta_data = auth.users.raw_user_meta_data || excluded.raw_user_meta_data;

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
