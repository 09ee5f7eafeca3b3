-- Données de démonstration pour un usage local (npm start les charge au premier démarrage).
-- Rejouable sans effet de bord : chaque insertion ignore ce qui existe déjà.

-- Compte de démonstration (mot de passe haché en bcrypt, comme le fait Supabase Auth).
insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at
) values (
  '00000000-0000-0000-0000-000000000000',
  'd0000000-0000-4000-8000-000000000001',
  'authenticated',
  'authenticated',
  'demo@wcap.test',
  extensions.crypt('WcapDemo2026!', extensions.gen_salt('bf', 10)),
  now(),
  '{"provider": "email", "providers": ["email"]}',
  '{"full_name": "Démo WCAP"}',
  now(),
  now()
) on conflict (id) do nothing;

insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select u.id::text, u.id,
       jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true, 'phone_verified', false),
       'email', now(), now(), now()
from auth.users u
where u.id = 'd0000000-0000-4000-8000-000000000001'
on conflict (provider_id, provider) do nothing;
