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

-- The demo organisation's knowledge base: 20 answers, several phrasings each (the chatbot's FAQ).
insert into public.faq_entries (id, organization_id, category, answer)
values
  (md5('demo-faq:horaires')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Agences',
   'Nos agences sont ouvertes du lundi au vendredi de 7h30 à 15h30, sans interruption. Le samedi matin, seules les agences de Douala, Yaoundé et Libreville reçoivent le public.'),
  (md5('demo-faq:ouverture_samedi')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Agences',
   'Les agences de Douala (Akwa), Yaoundé (Hippodrome) et Libreville (boulevard Triomphal) sont ouvertes le samedi de 8h à 12h. Les autres agences sont fermées le samedi, et toutes les agences sont fermées le dimanche.'),
  (md5('demo-faq:agence_douala')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Agences',
   'L''agence de Douala se trouve boulevard de la Liberté à Akwa, immeuble CNSA (rez-de-chaussée). Elle est ouverte du lundi au vendredi de 7h30 à 15h30 et le samedi de 8h à 12h.'),
  (md5('demo-faq:agence_yaounde')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Agences',
   'L''agence de Yaoundé est située au quartier Hippodrome, immeuble CNSA, en face de la station-service. Elle est ouverte du lundi au vendredi de 7h30 à 15h30 et le samedi de 8h à 12h.'),
  (md5('demo-faq:agence_libreville')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Agences',
   'L''agence de Libreville se trouve boulevard Triomphal, immeuble CNSA, non loin de l''Assemblée nationale. Elle est ouverte du lundi au vendredi de 7h30 à 15h30 et le samedi de 8h à 12h.'),
  (md5('demo-faq:documents_inscription')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Adhésion',
   'Pour vous inscrire, apportez une copie de votre CNI ou de votre passeport, 2 photos d''identité, un justificatif de domicile, une attestation de votre employeur (ou votre registre de commerce si vous êtes indépendant) et le formulaire d''adhésion rempli. Le dossier se dépose dans n''importe quelle agence ou sur le portail adhérent.'),
  (md5('demo-faq:conditions_adhesion')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Adhésion',
   'L''adhésion est ouverte aux salariés (déclarés par leur employeur), aux travailleurs indépendants, commerçants, artisans et agriculteurs, ainsi qu''aux étudiants de plus de 18 ans. Il suffit de résider au Cameroun ou au Gabon et d''avoir une pièce d''identité valide.'),
  (md5('demo-faq:documents_remboursement')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Remboursements',
   'Joignez la feuille de soins signée par le médecin, l''ordonnance, les factures originales acquittées (consultation, pharmacie, examens) et une copie de votre carte d''adhérent. Déposez le tout en agence ou envoyez les scans sur le portail adhérent dans les 90 jours suivant les soins.'),
  (md5('demo-faq:etat_dossier_remboursement')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Remboursements',
   'Suivez votre dossier sur le portail adhérent ou dans l''application CNSA Mobile, rubrique « Mes remboursements », avec votre numéro d''adhérent. Un SMS vous est aussi envoyé à chaque étape : dossier reçu, en traitement, pièce manquante ou payé.'),
  (md5('demo-faq:delai_remboursement')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Remboursements',
   'Un dossier complet est remboursé en 15 jours ouvrés en moyenne, et au plus tard en 30 jours. Le paiement est fait par virement bancaire ou sur le compte mobile money enregistré dans votre dossier.'),
  (md5('demo-faq:taux_remboursement')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Remboursements',
   'La CNSA rembourse 80 % des consultations, médicaments et examens prescrits, et 90 % dans les structures partenaires ; le reste (ticket modérateur) est à votre charge. Les maladies chroniques reconnues et la maternité sont prises en charge à 100 %.'),
  (md5('demo-faq:carte_perdue')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Carte CNSA',
   'Déclarez la perte ou le vol sur le portail adhérent ou en agence pour bloquer la carte, puis demandez un duplicata avec une copie de votre CNI, une photo d''identité et 2 000 FCFA de frais. En attendant, votre attestation d''affiliation téléchargeable vous permet de vous faire soigner.'),
  (md5('demo-faq:carte_retrait')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Carte CNSA',
   'Votre carte est prête environ 3 semaines après l''inscription : un SMS vous prévient et vous la retirez dans l''agence où vous avez déposé votre dossier, muni de votre CNI. Un proche peut la retirer à votre place avec une procuration signée et une copie de votre CNI.'),
  (md5('demo-faq:montant_cotisation')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Cotisations',
   'Pour les salariés, la cotisation est de 5 % du salaire brut (3,5 % à la charge de l''employeur, 1,5 % à la vôtre), prélevée sur la paie. Pour les indépendants, c''est un forfait de 6 000 FCFA par mois qui couvre l''adhérent, son conjoint et jusqu''à 5 enfants.'),
  (md5('demo-faq:paiement_mtn_momo')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Cotisations',
   'Composez *126#, choisissez « Paiement marchand », saisissez le code marchand CNSA 444555, puis votre numéro d''adhérent en référence et le montant, et validez avec votre code secret. Vous recevez un reçu par SMS et le paiement apparaît sur votre compte CNSA sous 24 h.'),
  (md5('demo-faq:paiement_orange_money')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Cotisations',
   'Composez #150#, choisissez « Paiement de factures » puis « CNSA », saisissez votre numéro d''adhérent et le montant, et confirmez avec votre code secret. Un reçu vous est envoyé par SMS et le paiement est pris en compte sous 24 h.'),
  (md5('demo-faq:ajout_enfant')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Démarches',
   'Fournissez l''acte de naissance de l''enfant avec le formulaire d''ajout de bénéficiaire, en agence ou sur le portail. Les enfants sont couverts jusqu''à 21 ans (25 ans s''ils sont étudiants, avec un certificat de scolarité) ; un nouveau-né déclaré dans les 3 mois est couvert dès sa naissance.'),
  (md5('demo-faq:attestation_affiliation')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Démarches',
   'Téléchargez gratuitement votre attestation d''affiliation sur le portail adhérent ou dans l''application CNSA Mobile (rubrique « Mes documents ») ; elle est valable 3 mois. Vous pouvez aussi la demander en agence avec votre CNI : elle vous est remise immédiatement.'),
  (md5('demo-faq:reclamation')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Démarches',
   'Déposez votre réclamation par écrit sur le portail (rubrique « Réclamations »), en agence ou par courrier au service Relations adhérents ; un numéro de suivi vous est attribué. Une réponse vous est apportée sous 15 jours ouvrés.'),
  (md5('demo-faq:alerte_fraude')::uuid, 'c0000000-0000-4000-8000-000000000001', 'Démarches',
   'Attention : la CNSA ne vous demande jamais votre code secret mobile money, ni d''envoyer de l''argent pour débloquer un remboursement, une carte ou une prime. Ne payez qu''avec le code marchand officiel et signalez tout appel ou message suspect en agence ou dans l''application (rubrique « Signaler une fraude »).')
on conflict (id) do nothing;

insert into public.faq_questions (id, organization_id, entry_id, question)
values
  (md5('demo-faq:horaires:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:horaires')::uuid, 'Quels sont vos horaires d''ouverture ?'),
  (md5('demo-faq:horaires:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:horaires')::uuid, 'Horaires ?'),
  (md5('demo-faq:horaires:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:horaires')::uuid, 'À quelle heure ouvrent vos agences le matin ?'),
  (md5('demo-faq:horaires:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:horaires')::uuid, 'Vous fermez à quelle heure en semaine ?'),
  (md5('demo-faq:horaires:4')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:horaires')::uuid, 'Jusqu''à quelle heure puis-je passer au guichet un jour de semaine pour déposer un dossier ?'),
  (md5('demo-faq:ouverture_samedi:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:ouverture_samedi')::uuid, 'Êtes-vous ouverts le samedi ?'),
  (md5('demo-faq:ouverture_samedi:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:ouverture_samedi')::uuid, 'Ouvert le week-end ?'),
  (md5('demo-faq:ouverture_samedi:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:ouverture_samedi')::uuid, 'Puis-je venir à l''agence un samedi matin ?'),
  (md5('demo-faq:ouverture_samedi:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:ouverture_samedi')::uuid, 'Je travaille toute la semaine : est-ce qu''une de vos agences reçoit le public le samedi ou le dimanche ?'),
  (md5('demo-faq:agence_douala:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:agence_douala')::uuid, 'Où se trouve votre agence de Douala ?'),
  (md5('demo-faq:agence_douala:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:agence_douala')::uuid, 'Adresse de l''agence de Douala ?'),
  (md5('demo-faq:agence_douala:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:agence_douala')::uuid, 'Comment trouver le bureau de la CNSA à Douala ?'),
  (md5('demo-faq:agence_douala:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:agence_douala')::uuid, 'Je suis de passage à Douala et je dois déposer un papier, dans quel quartier est située votre agence ?'),
  (md5('demo-faq:agence_yaounde:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:agence_yaounde')::uuid, 'Où se trouve votre agence de Yaoundé ?'),
  (md5('demo-faq:agence_yaounde:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:agence_yaounde')::uuid, 'Adresse à Yaoundé ?'),
  (md5('demo-faq:agence_yaounde:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:agence_yaounde')::uuid, 'Dans quel quartier de Yaoundé est le bureau de la CNSA ?'),
  (md5('demo-faq:agence_yaounde:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:agence_yaounde')::uuid, 'Je viens d''arriver à Yaoundé et je voudrais me rendre à votre agence, pouvez-vous m''indiquer où elle se situe ?'),
  (md5('demo-faq:agence_libreville:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:agence_libreville')::uuid, 'Où se trouve votre agence de Libreville ?'),
  (md5('demo-faq:agence_libreville:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:agence_libreville')::uuid, 'Adresse à Libreville ?'),
  (md5('demo-faq:agence_libreville:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:agence_libreville')::uuid, 'Avez-vous un bureau à Libreville ?'),
  (md5('demo-faq:agence_libreville:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:agence_libreville')::uuid, 'Je réside à Libreville et je dois passer en agence, quelle est l''adresse exacte de la CNSA dans la capitale gabonaise ?'),
  (md5('demo-faq:documents_inscription:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:documents_inscription')::uuid, 'Quels documents faut-il pour s''inscrire ?'),
  (md5('demo-faq:documents_inscription:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:documents_inscription')::uuid, 'Pièces pour l''adhésion ?'),
  (md5('demo-faq:documents_inscription:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:documents_inscription')::uuid, 'Comment s''inscrire à la CNSA ?'),
  (md5('demo-faq:documents_inscription:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:documents_inscription')::uuid, 'Je veux adhérer à la CNSA, quels papiers dois-je apporter à l''agence ?'),
  (md5('demo-faq:documents_inscription:4')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:documents_inscription')::uuid, 'Quelle est la liste des pièces à fournir pour ouvrir un dossier d''assuré et obtenir ma première carte ?'),
  (md5('demo-faq:conditions_adhesion:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:conditions_adhesion')::uuid, 'Qui peut adhérer à la CNSA ?'),
  (md5('demo-faq:conditions_adhesion:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:conditions_adhesion')::uuid, 'Conditions d''adhésion ?'),
  (md5('demo-faq:conditions_adhesion:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:conditions_adhesion')::uuid, 'Faut-il être salarié pour être assuré chez vous ?'),
  (md5('demo-faq:conditions_adhesion:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:conditions_adhesion')::uuid, 'Je suis commerçant et je n''ai pas d''employeur, ai-je le droit de m''affilier à la caisse ?'),
  (md5('demo-faq:conditions_adhesion:4')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:conditions_adhesion')::uuid, 'Un étudiant ou un travailleur indépendant peut-il devenir adhérent ?'),
  (md5('demo-faq:documents_remboursement:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:documents_remboursement')::uuid, 'Quels documents pour un remboursement ?'),
  (md5('demo-faq:documents_remboursement:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:documents_remboursement')::uuid, 'Pièces à fournir pour se faire rembourser ?'),
  (md5('demo-faq:documents_remboursement:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:documents_remboursement')::uuid, 'Que dois-je joindre à ma demande de remboursement de soins ?'),
  (md5('demo-faq:documents_remboursement:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:documents_remboursement')::uuid, 'J''ai payé une consultation et des médicaments de ma poche, quels justificatifs dois-je envoyer pour être remboursé ?'),
  (md5('demo-faq:etat_dossier_remboursement:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:etat_dossier_remboursement')::uuid, 'Où en est mon remboursement ?'),
  (md5('demo-faq:etat_dossier_remboursement:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:etat_dossier_remboursement')::uuid, 'Statut de mon dossier ?'),
  (md5('demo-faq:etat_dossier_remboursement:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:etat_dossier_remboursement')::uuid, 'Comment suivre l''état de mon dossier de remboursement ?'),
  (md5('demo-faq:etat_dossier_remboursement:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:etat_dossier_remboursement')::uuid, 'J''ai déposé mes factures il y a quelque temps, comment savoir si mon dossier a été traité ou s''il manque une pièce ?'),
  (md5('demo-faq:delai_remboursement:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:delai_remboursement')::uuid, 'Quel est le délai de remboursement ?'),
  (md5('demo-faq:delai_remboursement:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:delai_remboursement')::uuid, 'Délai de remboursement ?'),
  (md5('demo-faq:delai_remboursement:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:delai_remboursement')::uuid, 'Combien de temps faut-il pour être remboursé ?'),
  (md5('demo-faq:delai_remboursement:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:delai_remboursement')::uuid, 'En général, au bout de combien de jours l''argent arrive-t-il après le dépôt d''une demande complète ?'),
  (md5('demo-faq:taux_remboursement:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:taux_remboursement')::uuid, 'Quel est le taux de remboursement ?'),
  (md5('demo-faq:taux_remboursement:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:taux_remboursement')::uuid, 'Vous remboursez à combien de pour cent ?'),
  (md5('demo-faq:taux_remboursement:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:taux_remboursement')::uuid, 'Est-ce que tout est remboursé ?'),
  (md5('demo-faq:taux_remboursement:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:taux_remboursement')::uuid, 'Sur une consultation de 10 000 FCFA, quelle part la CNSA prend-elle en charge et combien reste à ma charge ?'),
  (md5('demo-faq:carte_perdue:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:carte_perdue')::uuid, 'J''ai perdu ma carte, que faire ?'),
  (md5('demo-faq:carte_perdue:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:carte_perdue')::uuid, 'Carte perdue ?'),
  (md5('demo-faq:carte_perdue:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:carte_perdue')::uuid, 'Que faire en cas de perte ou de vol de la carte d''adhérent ?'),
  (md5('demo-faq:carte_perdue:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:carte_perdue')::uuid, 'On m''a volé mon portefeuille avec ma carte CNSA dedans, comment obtenir un duplicata ?'),
  (md5('demo-faq:carte_retrait:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:carte_retrait')::uuid, 'Où récupérer ma carte ?'),
  (md5('demo-faq:carte_retrait:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:carte_retrait')::uuid, 'Ma carte est-elle prête ?'),
  (md5('demo-faq:carte_retrait:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:carte_retrait')::uuid, 'Retrait de la carte ?'),
  (md5('demo-faq:carte_retrait:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:carte_retrait')::uuid, 'Je me suis inscrit il y a trois semaines, quand et où puis-je aller chercher ma première carte d''adhérent ?'),
  (md5('demo-faq:carte_retrait:4')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:carte_retrait')::uuid, 'Quelqu''un d''autre peut-il retirer ma carte à ma place ?'),
  (md5('demo-faq:montant_cotisation:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:montant_cotisation')::uuid, 'Combien coûte la cotisation ?'),
  (md5('demo-faq:montant_cotisation:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:montant_cotisation')::uuid, 'Montant de la cotisation ?'),
  (md5('demo-faq:montant_cotisation:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:montant_cotisation')::uuid, 'Quel est le montant de la cotisation mensuelle ?'),
  (md5('demo-faq:montant_cotisation:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:montant_cotisation')::uuid, 'Je suis indépendant, combien dois-je payer chaque mois pour être couvert avec ma femme et mes enfants ?'),
  (md5('demo-faq:paiement_mtn_momo:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:paiement_mtn_momo')::uuid, 'Comment payer avec MTN Mobile Money ?'),
  (md5('demo-faq:paiement_mtn_momo:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:paiement_mtn_momo')::uuid, 'Paiement MoMo ?'),
  (md5('demo-faq:paiement_mtn_momo:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:paiement_mtn_momo')::uuid, 'Puis-je régler ma cotisation avec MTN MoMo ?'),
  (md5('demo-faq:paiement_mtn_momo:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:paiement_mtn_momo')::uuid, 'Quelles sont les étapes pour payer ma cotisation mensuelle depuis mon téléphone MTN ?'),
  (md5('demo-faq:paiement_orange_money:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:paiement_orange_money')::uuid, 'Comment payer avec Orange Money ?'),
  (md5('demo-faq:paiement_orange_money:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:paiement_orange_money')::uuid, 'Paiement Orange Money ?'),
  (md5('demo-faq:paiement_orange_money:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:paiement_orange_money')::uuid, 'Est-il possible de régler la cotisation par Orange Money ?'),
  (md5('demo-faq:paiement_orange_money:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:paiement_orange_money')::uuid, 'Je suis abonné Orange, quelle est la procédure pour payer ma cotisation CNSA depuis mon téléphone ?'),
  (md5('demo-faq:ajout_enfant:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:ajout_enfant')::uuid, 'Comment ajouter mon enfant comme bénéficiaire ?'),
  (md5('demo-faq:ajout_enfant:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:ajout_enfant')::uuid, 'Ajout d''un enfant ?'),
  (md5('demo-faq:ajout_enfant:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:ajout_enfant')::uuid, 'Mon bébé vient de naître, comment l''inscrire sur ma carte ?'),
  (md5('demo-faq:ajout_enfant:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:ajout_enfant')::uuid, 'Jusqu''à quel âge et avec quels documents puis-je déclarer mes enfants comme ayants droit ?'),
  (md5('demo-faq:attestation_affiliation:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:attestation_affiliation')::uuid, 'Comment obtenir une attestation d''affiliation ?'),
  (md5('demo-faq:attestation_affiliation:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:attestation_affiliation')::uuid, 'Attestation ?'),
  (md5('demo-faq:attestation_affiliation:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:attestation_affiliation')::uuid, 'Puis-je télécharger mon attestation de droits en ligne ?'),
  (md5('demo-faq:attestation_affiliation:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:attestation_affiliation')::uuid, 'Mon employeur me demande un document qui prouve que je suis assuré chez vous, comment l''obtenir ?'),
  (md5('demo-faq:reclamation:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:reclamation')::uuid, 'Comment faire une réclamation ?'),
  (md5('demo-faq:reclamation:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:reclamation')::uuid, 'Déposer une réclamation ?'),
  (md5('demo-faq:reclamation:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:reclamation')::uuid, 'Je ne suis pas d''accord avec le montant qu''on m''a remboursé, comment contester ?'),
  (md5('demo-faq:reclamation:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:reclamation')::uuid, 'Une pharmacie partenaire a refusé ma carte et un agent m''a mal reçu, à qui dois-je adresser ma plainte ?'),
  (md5('demo-faq:alerte_fraude:0')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:alerte_fraude')::uuid, 'Est-ce que la CNSA demande de l''argent par téléphone ?'),
  (md5('demo-faq:alerte_fraude:1')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:alerte_fraude')::uuid, 'Arnaque ?'),
  (md5('demo-faq:alerte_fraude:2')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:alerte_fraude')::uuid, 'Comment reconnaître un faux message de la CNSA ?'),
  (md5('demo-faq:alerte_fraude:3')::uuid, 'c0000000-0000-4000-8000-000000000001', md5('demo-faq:alerte_fraude')::uuid, 'Quelqu''un m''a appelé en se présentant comme agent de la CNSA et me demande d''envoyer de l''argent pour débloquer mon remboursement, est-ce normal ?')
on conflict (id) do nothing;

-- The demo organisation's chatbot: a published welcome flow (menu with buttons, the member number
-- asked and checked, the FAQ, a handover to an advisor), enabled.
insert into public.bot_flows (id, organization_id, name, draft, enabled)
values ('f0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'Accueil',
  '{"schemaVersion": 1, "nodes": [{"id": "start", "type": "start", "position": {"x": 0, "y": 0}, "data": {"triggers": [{"kind": "keyword", "mode": "exact", "keywords": ["bonjour", "bonsoir", "salut", "menu", "hello", "hi"]}, {"kind": "first_message"}]}}, {"id": "welcome", "type": "buttons", "position": {"x": 0, "y": 160}, "data": {"body": "Bonjour {{first_name}} 👋 Bienvenue au service WhatsApp de la CNSA. Que souhaitez-vous faire ?", "header": "", "footer": "Écrivez « menu » à tout moment", "buttons": [{"id": "track", "title": "Suivre mon dossier"}, {"id": "question", "title": "Poser une question"}, {"id": "advisor", "title": "Un conseiller"}]}}, {"id": "ask_number", "type": "ask", "position": {"x": -420, "y": 360}, "data": {"prompt": "Quel est votre numéro d''adhérent ? Il compte 10 chiffres et figure sur votre carte CNSA.", "answerType": "text", "pattern": "^[0-9]{10}$", "target": {"scope": "attribute", "name": "numero_adherent"}, "retryMessage": "Le numéro d''adhérent compte 10 chiffres, par exemple 1234567890. Réessayez :", "maxRetries": 2}}, {"id": "track_thanks", "type": "message", "position": {"x": -420, "y": 560}, "data": {"text": "Merci {{first_name}} ! Un conseiller vérifie le dossier de l''adhérent {{numero_adherent}} et vous répond ici.", "media": null}}, {"id": "track_handoff", "type": "handoff", "position": {"x": -420, "y": 740}, "data": {"message": "", "target": {"kind": "auto"}}}, {"id": "ask_question", "type": "faq", "position": {"x": 0, "y": 360}, "data": {"prompt": "Posez votre question, je vous réponds tout de suite."}}, {"id": "faq_direct", "type": "faq", "position": {"x": 420, "y": 360}, "data": {"prompt": ""}}, {"id": "anything_else", "type": "end", "position": {"x": 200, "y": 560}, "data": {"message": "Avez-vous une autre question ? Écrivez-la, ou écrivez « menu » pour revenir au menu.", "resolve": false}}, {"id": "advisor", "type": "handoff", "position": {"x": 420, "y": 560}, "data": {"message": "Je vous mets en relation avec un conseiller : il vous répond ici dès que possible.", "target": {"kind": "auto"}}}], "edges": [{"id": "start-next", "source": "start", "sourceHandle": "next", "target": "welcome"}, {"id": "welcome-track", "source": "welcome", "sourceHandle": "track", "target": "ask_number"}, {"id": "welcome-question", "source": "welcome", "sourceHandle": "question", "target": "ask_question"}, {"id": "welcome-advisor", "source": "welcome", "sourceHandle": "advisor", "target": "advisor"}, {"id": "welcome-no_match", "source": "welcome", "sourceHandle": "no_match", "target": "faq_direct"}, {"id": "ask_number-next", "source": "ask_number", "sourceHandle": "next", "target": "track_thanks"}, {"id": "ask_number-invalid", "source": "ask_number", "sourceHandle": "invalid", "target": "advisor"}, {"id": "track_thanks-next", "source": "track_thanks", "sourceHandle": "next", "target": "track_handoff"}, {"id": "ask_question-answered", "source": "ask_question", "sourceHandle": "answered", "target": "anything_else"}, {"id": "ask_question-no_match", "source": "ask_question", "sourceHandle": "no_match", "target": "advisor"}, {"id": "faq_direct-answered", "source": "faq_direct", "sourceHandle": "answered", "target": "anything_else"}, {"id": "faq_direct-no_match", "source": "faq_direct", "sourceHandle": "no_match", "target": "advisor"}]}'::jsonb, true)
on conflict (id) do nothing;
insert into public.bot_flow_versions (id, organization_id, flow_id, number, document)
select 'f1000000-0000-4000-8000-000000000001', f.organization_id, f.id, 1, f.draft
from public.bot_flows f where f.id = 'f0000000-0000-4000-8000-000000000001'
on conflict (id) do nothing;
update public.bot_flows set published_version_id = 'f1000000-0000-4000-8000-000000000001'
where id = 'f0000000-0000-4000-8000-000000000001' and published_version_id is null;
