-- WCAP's own WhatsApp number (the platform's, not an organisation's Wati number): people write
-- LOGIN/CONNEXION, AIDE/HELP or LANGUE/LANG to it, and the whatsapp-webhook function answers.
-- Read and written by Edge Functions only: RLS on, no policy, the service role's grants.

-- Every message the number received, once: Meta and Twilio deliver again whatever was not
-- acknowledged in time, so the webhook files a message before answering, and only a message it
-- filed for the first time is handled. `outcome` says what was done once it was handled.
create table private.platform_inbound_messages (
  provider text not null check (provider in ('meta', 'twilio')),
  -- Meta's wamid, Twilio's MessageSid.
  message_id text not null check (char_length(message_id) between 1 and 256),
  from_phone text not null check (private.is_e164(from_phone)),
  received_at timestamptz not null default now(),
  handled_at timestamptz,
  outcome text check (outcome in (
    'login', 'login_throttled', 'login_refused', 'help', 'language', 'ignored', 'failed')),
  primary key (provider, message_id)
);
alter table private.platform_inbound_messages enable row level security;
create index platform_inbound_messages_received_at_idx
  on private.platform_inbound_messages (received_at);

-- The language the number writes to a person in (French unless they asked for English with
-- LANGUE); send-sms-hook reads it for the language of the code's template.
create table private.platform_contacts (
  phone text primary key check (private.is_e164(phone)),
  language text not null default 'fr' check (language in ('fr', 'en')),
  updated_at timestamptz not null default now()
);
alter table private.platform_contacts enable row level security;

grant select, insert, update, delete on private.platform_inbound_messages,
  private.platform_contacts to service_role;

-- Meta gives up redelivering after 7 days: older messages no longer stop a duplicate, and the
-- numbers of people who wrote once are not kept for ever.
select private.schedule_job('platform-inbound-retention', '41 3 * * *',
  $$delete from private.platform_inbound_messages where received_at < now() - interval '30 days'$$);

-- What the number writes, in French and English. `{link}` is the login page with the number.
insert into private.contact_texts (key, language, body) values
  ('platform_help', 'fr',
   E'Bonjour, ici WCAP. Écrivez :\n• CONNEXION pour recevoir un code et le lien de connexion ;\n• LANGUE pour passer à l’anglais (English: write LANG) ;\n• AIDE pour revoir ce message.'),
  ('platform_help', 'en',
   E'Hello, this is WCAP. Write:\n• LOGIN to get a code and the login link;\n• LANG to switch to French (français : écrivez LANGUE);\n• HELP to see this message again.'),
  ('platform_login_link', 'fr',
   E'Votre code de connexion vous est envoyé dans un autre message. Saisissez-le ici : {link}\nIl expire dans 10 minutes. Ne le donnez à personne, même à WCAP.'),
  ('platform_login_link', 'en',
   E'Your login code is on its way in another message. Enter it here: {link}\nIt expires in 10 minutes. Never share it, not even with WCAP.'),
  ('platform_login_wait', 'fr',
   'Un code vous a été envoyé il y a peu. Patientez une minute, puis écrivez CONNEXION à nouveau.'),
  ('platform_login_wait', 'en',
   'A code was sent to you a moment ago. Wait a minute, then write LOGIN again.'),
  ('platform_login_unavailable', 'fr',
   'Nous ne pouvons pas vous envoyer de code pour le moment. Réessayez dans quelques minutes.'),
  ('platform_login_unavailable', 'en',
   'We cannot send you a code right now. Please try again in a few minutes.'),
  ('platform_language_set', 'fr',
   'C’est noté : je vous écrirai désormais en français. Écrivez AIDE pour voir les commandes.'),
  ('platform_language_set', 'en',
   'Done: I will write to you in English from now on. Write HELP to see the commands.');
