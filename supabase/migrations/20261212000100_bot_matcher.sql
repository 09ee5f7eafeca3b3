-- The chatbot's FAQ matcher, reworked to meet issue 16's evaluation (npm run bot:eval): entries
-- are scored as wholes (all their phrasings, and their answer at a lower weight) with words
-- weighted by how rare they are among the organisation's entries; words reduced to a French stem;
-- English questions read through a glossary; function words ignored and question words counted
-- lightly; and the organisation's index kept by triggers, so that a message costs a few index
-- look-ups instead of a pass over the whole FAQ.

-- Words ---------------------------------------------------------------------------------------------------
-- « 100 % » and « 100 pour cent » alike.
create or replace function private.bot_normalize(value text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select btrim(regexp_replace(regexp_replace(replace(
    extensions.unaccent('extensions.unaccent'::regdictionary, lower(coalesce(value, ''))),
    '%', ' pour cent '), '([a-z])\1{2,}', '\1', 'g'), '[^a-z0-9]+', ' ', 'g'))
$$;

-- Plurals in -aux have their singular in -al (« hôpitaux », « journaux »), not in -au. String
-- functions rather than regular expressions: Postgres keeps only 32 compiled expressions per
-- session, and the matcher would recompile them for every word.
create or replace function private.bot_singular(word text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case
    when char_length(word) >= 6 and right(word, 3) = 'aux' and right(word, 4) <> 'eaux'
      then left(word, -2) || 'l'
    when char_length(word) >= 4 and right(word, 1) in ('s', 'x')
      and right(word, 2) not in ('ss', 'is', 'us', 'ys') then left(word, -1)
    else word end
$$;

-- A word's French stem, so that « rembourser », « remboursé », « remboursement » and « remboursez »
-- meet. Postgres' Snowball stemmer expects accents (« remboursée »), so -ee is folded first, and
-- it leaves the third group alone, so the forms contacts write most are joined after it: plural
-- verbs (« ouvrent »), -dre/-du (« perdre », « perdu »), -rire/-rit/-ription (« inscrire »,
-- « inscrit », « inscription »), ouvrir/couvrir (« ouvert », « couverture »), prendre (« pris »),
-- recevoir (« reçu ») and « perte ». « paye » is « paie ».
create function private.bot_stem(word text)
returns text
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
declare
  w text := replace(word, 'aye', 'aie');
  s text;
begin
  if right(w, 2) = 'ee' then
    w := left(w, -1);
  end if;
  s := coalesce((ts_lexize('pg_catalog.french_stem'::regdictionary, w))[1], w);
  if char_length(s) >= 7 and right(s, 3) = 'ent' then
    s := left(s, -3);
  end if;
  if char_length(s) >= 3 and right(s, 2) in ('dr', 'du') then
    s := left(s, -1);
  elsif char_length(s) >= 6 and right(s, 3) = 'dus' then
    s := left(s, -2);
  end if;
  if right(s, 6) = 'ouvert' then
    s := left(s, -6) || 'ouvr';
  elsif right(s, 8) = 'ouvertur' then
    s := left(s, -8) || 'ouvr';
  elsif right(s, 3) in ('rir', 'rit') then
    s := left(s, -1);
  elsif right(s, 4) = 'ript' then
    s := left(s, -2);
  elsif right(s, 5) in ('prend', 'prenn') then
    s := left(s, -2) || 'n';
  elsif right(s, 4) = 'pris' then
    s := left(s, -2) || 'en';
  end if;
  if s in ('recevoir', 'recoi', 'recois', 'recoit', 'recoiv', 'recu') then
    s := 'recev';
  elsif s = 'pert' then
    s := 'perd';
  end if;
  return s;
end;
$$;

-- How much a word says about what is asked, from 0 to 1 (any other word: 1). 0: French and
-- English function words, être/avoir/faire/pouvoir/vouloir/devoir…, greetings, politeness and the
-- fillers of Central African chat (« mbom », « dama », « abeg », « nor »). 0.3: question words,
-- which tell apart « où » from « quand » but not one agency from another, and verbs and words
-- that go with any request (« marcher », « besoin », « possible »). Kept in the singular
-- (private.bot_words' output) as well as written.
create table private.bot_word_weights (
  word text primary key,
  weight real not null check (weight between 0 and 1)
);
insert into private.bot_word_weights (word, weight)
select distinct on (w.word) w.word, w.weight
from (
  select unnest(array[x, private.bot_singular(x)]) as word, 0::real as weight
  from unnest(string_to_array(
    'a au aux avec ce ces cet cette ceux celle celles celui c ca cela ceci d de des du dans en entre et eu '
    'il ils elle elles j je l la le les leur leurs lui m ma me mes moi mon n ne ni nos notre nous on '
    'par pas pour qu que qui quoi s sa se ses si son sur sous t ta te tes toi ton tu un une vos votre vous y '
    'chez vers avant apres pendant depuis jusqu jusque contre sans comme car mais donc or parce puisque '
    'lorsque dont lequel laquelle lesquels lesquelles eux meme autre autres chaque tout toute tous toutes '
    'quelque plus moins tres bien aussi deja encore toujours jamais ici la bas alors vraiment exactement '
    'seulement peu trop assez maintenant ensuite puis bon ben bah euh hein oh ah ahh hum ohh aujourd hui '
    'etre suis es est sommes etes sont etais etait etaient ete sera serai serait seront soit '
    'avoir ai as avons avez ont avais avait avaient aura aurai aurait '
    'aller vais vas va allons allez vont irai faire fais fait faisons faites font ferai fera '
    'pouvoir peux peut pouvons pouvez peuvent pourrai pourrais pourrait pourriez puisse '
    'vouloir veux veut voulons voulez veulent voudrais voudrait voudrions voulu '
    'devoir dois doit devons devez doivent devrais devrait savoir sais sait savez '
    'falloir faut faudrait fallait dire dis dit aimerais aimerait souhaite souhaiterais '
    'bonjour bonsoir salut coucou merci madame monsieur mr mme mlle plait svp stp '
    'ok okay oki dac accord daccord oui non si mbom dama abeg nor na di una dey wetin ya '
    'the an and or of to in on at for is are am was were be been being do does did done can could would '
    'should will shall i my me mine you your yours we our us it its this that these those there here '
    'want need please yes no have has had get got with from by about as if so not any some all '
    'hello hi hey thanks thank good morning evening afternoon after before up down like just also still '
    'only then than very more most other such into out over again yet take',
    ' ')) as x
  union all
  select unnest(array[x, private.bot_singular(x)]), 0.3
  from unnest(string_to_array(
    'comment quel quelle quels quelles ou quand combien pourquoi how what when where which why who '
    'besoin connaitre connais connait marche marcher utilise utiliser mettre met donner donne amener amene '
    'voir vois rien fois chose truc normal possible obligatoire suffit prevu demain hier bientot',
    ' ')) as x
) w
order by w.word, w.weight;

-- Synonyms looked up by the word as written, then by its singular (« holidays », « docs »).
-- PL/pgSQL so that the session keeps the plan: it runs for every phrasing an import adds and
-- every message.
create or replace function private.bot_words(org uuid, value text)
returns text[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select coalesce(array_agg(private.bot_singular(w.word) order by t.n, w.m), '{}')
    from unnest(string_to_array(nullif(private.bot_normalize(value), ''), ' ')) with ordinality t(token, n)
    -- One index look-up per word, two when it is in the plural.
    cross join lateral unnest(string_to_array(coalesce(
      (select s.expansion from public.bot_synonyms s where s.organization_id = org and s.term = t.token),
      (select s.expansion from public.bot_synonyms s
       where s.organization_id = org and s.term = private.bot_singular(t.token) and s.term <> t.token),
      t.token), ' ')) with ordinality w(word, m)
  );
end;
$$;

-- What every organisation starts with, besides the chat forms of 20261211000100: an English →
-- French glossary of what people ask a service (hours, places, payments, cards, documents,
-- accounts, health cover), so that an English question meets the French phrasings, and more chat
-- forms of French. English words that are also French words (« car », « son », « pain ») are left
-- out. Existing organisations get them too, without losing what they changed.
insert into private.default_bot_synonyms (term, expansion) values
  ('where', 'ou'), ('when', 'quand'), ('how', 'comment'), ('which', 'quel'), ('why', 'pourquoi'),
  ('much', 'combien'), ('many', 'combien'), ('open', 'ouvert'), ('opening', 'ouverture'),
  ('close', 'ferme'), ('closed', 'ferme'), ('closing', 'fermeture'), ('hour', 'heure'), ('time', 'heure'),
  ('today', 'aujourd hui'), ('tomorrow', 'demain'), ('monday', 'lundi'), ('tuesday', 'mardi'),
  ('wednesday', 'mercredi'), ('thursday', 'jeudi'), ('friday', 'vendredi'), ('saturday', 'samedi'),
  ('sunday', 'dimanche'), ('weekend', 'week end'), ('holiday', 'ferie'), ('holidays', 'feries'),
  ('office', 'bureau'), ('branch', 'agence'), ('agency', 'agence'), ('address', 'adresse'),
  ('price', 'prix'), ('cost', 'cout'), ('fee', 'frais'), ('pay', 'payer'), ('paid', 'paye'),
  ('payment', 'paiement'), ('contribution', 'cotisation'), ('monthly', 'mensuel'), ('month', 'mois'),
  ('year', 'annee'), ('yearly', 'annuel'), ('annual', 'annuel'), ('card', 'carte'), ('lost', 'perdu'),
  ('lose', 'perdre'), ('stolen', 'vole'), ('renew', 'renouveler'), ('renewal', 'renouvellement'),
  ('expired', 'expire'), ('password', 'mot de passe'), ('forgot', 'oublie'), ('forgotten', 'oublie'),
  ('login', 'connecter'), ('account', 'compte'), ('register', 'inscrire'), ('registration', 'inscription'),
  ('signup', 'inscription'), ('sign', 'inscrire'), ('join', 'adherer'),
  ('membership', 'adhesion'), ('cancel', 'annuler'), ('terminate', 'resilier'), ('quit', 'quitter'),
  ('leave', 'quitter'), ('papers', 'papiers'), ('paper', 'papier'), ('certificate', 'attestation'),
  ('proof', 'preuve'), ('form', 'formulaire'), ('refund', 'remboursement'),
  ('reimbursement', 'remboursement'), ('reimburse', 'rembourser'), ('claim', 'dossier'),
  ('status', 'statut'), ('track', 'suivre'), ('complaint', 'reclamation'), ('complain', 'plaindre'),
  ('appointment', 'rendez vous'), ('book', 'reserver'), ('hospital', 'hopital'), ('clinic', 'clinique'),
  ('pharmacy', 'pharmacie'), ('drugstore', 'pharmacie'), ('doctor', 'medecin'), ('medicine', 'medicament'),
  ('drug', 'medicament'), ('treatment', 'traitement'), ('care', 'soin'), ('health', 'sante'),
  ('sick', 'malade'), ('ill', 'malade'), ('illness', 'maladie'), ('disease', 'maladie'),
  ('chronic', 'chronique'), ('diabetes', 'diabete'), ('pregnancy', 'grossesse'), ('pregnant', 'enceinte'),
  ('maternity', 'maternite'), ('childbirth', 'accouchement'), ('birth', 'naissance'), ('baby', 'bebe'),
  ('child', 'enfant'), ('children', 'enfants'), ('kid', 'enfant'), ('daughter', 'fille'), ('wife', 'epouse'),
  ('husband', 'mari'), ('spouse', 'conjoint'), ('family', 'famille'), ('mother', 'mere'),
  ('father', 'pere'), ('brother', 'frere'), ('sister', 'soeur'), ('beneficiary', 'beneficiaire'),
  ('add', 'ajouter'), ('update', 'mettre a jour'), ('new', 'nouveau'), ('number', 'numero'),
  ('phone', 'telephone'), ('moved', 'demenage'), ('employed', 'salarie'), ('employee', 'salarie'),
  ('employer', 'employeur'), ('self', 'independant'), ('person', 'personne'), ('admitted', 'hospitalise'),
  ('dental', 'dentaire'), ('dentist', 'dentiste'), ('teeth', 'dents'), ('tooth', 'dent'),
  ('glasses', 'lunettes'), ('eyeglasses', 'lunettes'), ('lens', 'lentille'), ('lenses', 'lentilles'),
  ('eye', 'oeil'), ('optical', 'optique'), ('lab', 'laboratoire'), ('laboratory', 'laboratoire'),
  ('blood', 'sang'), ('xray', 'radiographie'), ('vaccine', 'vaccin'), ('vaccinate', 'vacciner'),
  ('abroad', 'etranger'), ('foreign', 'etranger'), ('travel', 'voyage'), ('trip', 'voyage'),
  ('emergency', 'urgence'), ('surgery', 'operation'), ('retire', 'retraite'), ('retired', 'retraite'),
  ('retirement', 'retraite'), ('covered', 'couvert'), ('cover', 'couverture'), ('coverage', 'couverture'),
  ('insurance', 'assurance'), ('insured', 'assure'), ('fraud', 'fraude'), ('scam', 'arnaque'),
  ('fake', 'faux'), ('send', 'envoyer'), ('download', 'telecharger'), ('website', 'site'),
  ('online', 'en ligne'), ('percentage', 'pour cent'), ('percent', 'pour cent'), ('rate', 'taux'),
  ('limit', 'limite'), ('ceiling', 'plafond'), ('waiting', 'attente'), ('wait', 'attendre'),
  ('delay', 'delai'), ('start', 'commencer'), ('help', 'aide'), ('problem', 'probleme'),
  ('late', 'retard'), ('missed', 'oublie'), ('unpaid', 'impaye'), ('blocked', 'bloque'),
  ('suspended', 'suspendu'), ('unlock', 'debloquer'), ('called', 'appele'), ('call', 'appeler'),
  ('someone', 'quelqu un'), ('asking', 'demande'), ('ask', 'demander'), ('accept', 'accepter'),
  ('receive', 'recevoir'), ('find', 'trouver'), ('located', 'situe'), ('near', 'pres'),
  ('nearest', 'proche'), ('list', 'liste'), ('partner', 'partenaire'), ('free', 'gratuit'),
  ('check', 'verifier'), ('file', 'deposer'), ('submit', 'deposer'),
  ('two', '2'), ('three', '3'), ('four', '4'), ('five', '5'), ('ten', '10'),
  -- French as written in chats: clipped words, a missing apostrophe, spoken forms.
  ('pourcentage', 'pour cent'), ('labo', 'laboratoire'), ('ophtalmo', 'ophtalmologue'),
  ('gyneco', 'gynecologue'), ('echo', 'echographie'), ('radio', 'radiographie'),
  ('kine', 'kinesitherapeute'), ('docteur', 'medecin'), ('patron', 'employeur'), ('boulot', 'travail'),
  ('papa', 'pere'), ('maman', 'mere'), ('go', 'femme'), ('localisation', 'adresse'),
  ('emplacement', 'adresse'), ('endroit', 'adresse'), ('perime', 'expire'), ('perimee', 'expiree'),
  ('echu', 'expire'), ('egare', 'perdu'), ('egaree', 'perdue'), ('portable', 'telephone'),
  ('courriel', 'email'), ('mail', 'email'), ('deux', '2'), ('trois', '3'), ('quatre', '4'),
  ('cinq', '5'), ('six', '6'), ('sept', '7'), ('huit', '8'), ('neuf', '9'), ('dix', '10'), ('jpeux', 'je peux'), ('jfais', 'je fais'),
  ('jvais', 'je vais'), ('jarrive', 'j arrive'), ('jhabite', 'j habite'), ('jme', 'je me'),
  ('kelkun', 'quelqu un'), ('pdt', 'pendant')
on conflict (term) do nothing;

-- The organisation's index of its FAQ -------------------------------------------------------------------
-- The words of each phrasing and of each answer (source_id: the phrasing, or the entry for its
-- answer), with their stem and weight; words that weigh nothing are left out. No foreign keys:
-- the triggers below remove a source's rows and recount the stems they touched.
create table private.faq_terms (
  organization_id uuid not null,
  entry_id uuid not null,
  source_id uuid not null,
  in_answer boolean not null,
  word text collate "C" not null,
  term text collate "C" not null,
  weight real not null,
  primary key (source_id, word)
);
create index faq_terms_term_idx on private.faq_terms (organization_id, term);
-- Typo candidates: words of the organisation with the same first letter.
create index faq_terms_word_idx on private.faq_terms (organization_id, word);
create index faq_terms_entry_idx on private.faq_terms (entry_id);

-- In how many of the organisation's entries each stem appears: in a phrasing, or anywhere.
create table private.faq_vocabulary (
  organization_id uuid not null,
  term text collate "C" not null,
  question_entries integer not null,
  entries integer not null,
  primary key (organization_id, term)
);

-- Stems that follow each other in a phrasing (words that weigh nothing skipped): « combien de
-- jours » says more than « combien » and « jours » apart.
create table private.faq_pairs (
  organization_id uuid not null,
  entry_id uuid not null,
  question_id uuid not null,
  pair text collate "C" not null,
  primary key (question_id, pair)
);
create index faq_pairs_pair_idx on private.faq_pairs (organization_id, pair);

create function private.bot_pairs(words text[])
returns text[]
language sql
stable
parallel safe
set search_path = ''
as $$
  select coalesce(array_agg(distinct p.a || ' ' || p.b), '{}') from (
    select t.term as a, lead(t.term) over (order by t.n) as b from (
      select private.bot_stem(x.w) as term, x.n
      from unnest(words) with ordinality x(w, n)
      left join private.bot_word_weights ww on ww.word = x.w
      where char_length(x.w) > 1 and coalesce(ww.weight, 1) > 0) t) p
  where p.b is not null and p.a <> p.b
$$;

-- Indexes again the phrasings and answers named (those that no longer exist: removed) and
-- recounts the stems they touched, once per statement whatever its size (an import of 2,000
-- entries). One organisation's FAQ changes one statement at a time (the counts would otherwise
-- race); other organisations never wait.
create function private.reindex_faq(organizations uuid[], phrasings uuid[], answers uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  touched_organizations uuid[];
  touched_terms text[];
begin
  perform pg_advisory_xact_lock(hashtextextended('faq_index ' || o::text, 0))
  from (select distinct o from unnest(organizations) o order by o) x;

  with gone as (
    delete from private.faq_terms t
    where t.source_id = any (phrasings) or t.source_id = any (answers)
    returning t.organization_id, t.term
  )
  select array_agg(g.organization_id), array_agg(g.term) into touched_organizations, touched_terms from gone g;
  delete from private.faq_pairs p where p.question_id = any (phrasings);

  with sources as (
    select q.organization_id, q.entry_id, q.id as source_id, false as in_answer, q.words
    from public.faq_questions q where q.id = any (phrasings)
    union all
    select e.organization_id, e.id, e.id, true, private.bot_words(e.organization_id, e.answer)
    from public.faq_entries e where e.id = any (answers)
  ),
  added as (
    insert into private.faq_terms (organization_id, entry_id, source_id, in_answer, word, term, weight)
    select s.organization_id, s.entry_id, s.source_id, s.in_answer, x.w, private.bot_stem(x.w),
      coalesce(ww.weight, 1)
    from sources s
    cross join lateral (select distinct w from unnest(s.words) w where char_length(w) > 1) x
    left join private.bot_word_weights ww on ww.word = x.w
    where coalesce(ww.weight, 1) > 0
    returning organization_id, term
  )
  select coalesce(touched_organizations, '{}') || coalesce(array_agg(a.organization_id), '{}'),
    coalesce(touched_terms, '{}') || coalesce(array_agg(a.term), '{}')
  into touched_organizations, touched_terms
  from added a;

  insert into private.faq_pairs (organization_id, entry_id, question_id, pair)
  select q.organization_id, q.entry_id, q.id, p.pair
  from public.faq_questions q
  cross join lateral unnest(private.bot_pairs(q.words)) p(pair)
  where q.id = any (phrasings);

  delete from private.faq_vocabulary v
  using (select distinct o, t from unnest(touched_organizations, touched_terms) x(o, t)) x
  where v.organization_id = x.o and v.term = x.t;
  insert into private.faq_vocabulary (organization_id, term, question_entries, entries)
  select x.o, x.t, count(distinct f.entry_id) filter (where not f.in_answer), count(distinct f.entry_id)
  from (select distinct o, t from unnest(touched_organizations, touched_terms) x(o, t)) x
  join private.faq_terms f on f.organization_id = x.o and f.term = x.t
  group by x.o, x.t;
end;
$$;

create function private.index_faq_questions()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.reindex_faq(array(select distinct a.organization_id from added a),
                                array(select a.id from added a), '{}');
  elsif tg_op = 'DELETE' then
    perform private.reindex_faq(array(select distinct g.organization_id from gone g),
                                array(select g.id from gone g), '{}');
  else
    perform private.reindex_faq(array(select distinct a.organization_id from added a),
                                array(select a.id from added a join gone g on g.id = a.id
                                      where g.words is distinct from a.words),
                                '{}');
  end if;
  return null;
end;
$$;
create trigger faq_questions_indexed after insert on public.faq_questions
  referencing new table as added for each statement execute function private.index_faq_questions();
create trigger faq_questions_reindexed after update on public.faq_questions
  referencing old table as gone new table as added
  for each statement execute function private.index_faq_questions();
create trigger faq_questions_unindexed after delete on public.faq_questions
  referencing old table as gone for each statement execute function private.index_faq_questions();

create function private.index_faq_answers()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.reindex_faq(array(select distinct a.organization_id from added a), '{}',
                                array(select a.id from added a));
  elsif tg_op = 'DELETE' then
    perform private.reindex_faq(array(select distinct g.organization_id from gone g), '{}',
                                array(select g.id from gone g));
  else
    perform private.reindex_faq(array(select distinct a.organization_id from added a), '{}',
                                array(select a.id from added a join gone g on g.id = a.id
                                      where g.answer is distinct from a.answer));
  end if;
  return null;
end;
$$;
create trigger faq_entries_indexed after insert on public.faq_entries
  referencing new table as added for each statement execute function private.index_faq_answers();
create trigger faq_entries_reindexed after update on public.faq_entries
  referencing old table as gone new table as added
  for each statement execute function private.index_faq_answers();
create trigger faq_entries_unindexed after delete on public.faq_entries
  referencing old table as gone for each statement execute function private.index_faq_answers();

-- A synonym changed: the organisation's phrasings and answers are read again.
create or replace function private.refresh_faq_words()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.faq_questions q set words = private.bot_words(q.organization_id, q.question)
  where q.organization_id in (select organization_id from changed);
  perform private.reindex_faq(array(select distinct c.organization_id from changed c), '{}',
                              array(select e.id from public.faq_entries e
                                    where e.organization_id in (select organization_id from changed)));
  return null;
end;
$$;

-- Matching ---------------------------------------------------------------------------------------------------
-- The FAQ entries closest to a message, best first, with a confidence from 0 to 1.
-- - The message's first 40 words (normalised, synonyms expanded, stemmed; weightless ones left
--   out) are linked to the organisation's stems: the same stem; a stem that begins the other
--   (« couvert »/« couvertur », 0.8); for a word of 5 letters or more that the FAQ does not
--   know, a word of the FAQ with the same initial that trigrams find close (a typo).
-- - Each stem weighs its rarity among the organisation's entries (BM25's idf, counted on the
--   phrasings); a word the FAQ does not know weighs 0.75 of the rarest, since it is most often
--   what the message is really about (« renouveler mon passeport »).
-- - An entry explains the part of the message's weight its phrasings contain, its answer's words
--   counting half; its confidence is that share^0.8 × the covered share of its closest
--   phrasing^0.2, raised by a tenth for each of its phrasings' stem pairs found in the message
--   (two at most). Question words alone (« c comment ») match nothing.
-- PL/pgSQL so that the session keeps the plan: planning this query costs more than running it.
create or replace function private.faq_match(org uuid, message text, max_results integer default 3)
returns table (entry_id uuid, question text, confidence real)
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  return query
  with entries as (
    select count(*)::real as n from public.faq_entries e where e.organization_id = org
  ),
  idf as (
    select e.n, ln(1 + (greatest(e.n, 1) - 0.5) / 1.5) as top from entries e
  ),
  -- The message's first 40 words, in order, with their stem and weight.
  message_words as (
    select x.n, x.w as word, private.bot_stem(x.w) as term, coalesce(ww.weight, 1) as weight
    from unnest((private.bot_words(org, left(message, 1000)))[1:40]) with ordinality x(w, n)
    left join private.bot_word_weights ww on ww.word = x.w
    where char_length(x.w) > 1 and coalesce(ww.weight, 1) > 0
  ),
  asked as (
    select distinct on (m.term) m.word, m.term, m.weight
    from message_words m
    order by m.term, m.weight desc
  ),
  message_pairs as (
    select distinct p.a || ' ' || p.b as pair
    from (select m.term as a, lead(m.term) over (order by m.n) as b from message_words m) p
    where p.b is not null and p.a <> p.b
  ),
  known as (
    select a.term, v.question_entries from asked a
    join private.faq_vocabulary v on v.organization_id = org and v.term = a.term
  ),
  links as (
    select a.term as asked, v.term as known, 1.0 as closeness, v.question_entries
    from asked a join private.faq_vocabulary v on v.organization_id = org and v.term = a.term
    union all
    select a.term, v.term, 0.8, v.question_entries
    from asked a
    join private.faq_vocabulary v
      on v.organization_id = org and v.term <> a.term
      -- A range on the index: the terms that begin with the same five letters.
      and v.term >= left(a.term, 5) and v.term < left(a.term, 5) || '{'
    where char_length(a.term) >= 5 and char_length(v.term) >= 5
      and (v.term like a.term || '%' or a.term like v.term || '%')
    union all
    select c.asked, c.known, max(c.closeness), max(c.question_entries)
    from (
      select a.term as asked, t.term as known, extensions.similarity(a.word, t.word) as closeness,
        v.question_entries
      from asked a
      join private.faq_terms t
        on t.organization_id = org and t.word >= left(a.word, 1) and t.word < left(a.word, 1) || '{'
      join private.faq_vocabulary v on v.organization_id = org and v.term = t.term
      where char_length(a.word) >= 5 and a.weight = 1
        and a.term not in (select k.term from known k)
        and abs(char_length(t.word) - char_length(a.word)) <= 3
    ) c
    where c.closeness >= 0.45
    group by c.asked, c.known
  ),
  weighted_links as (
    select l.asked, l.known, max(l.closeness) as closeness,
      ln(1 + ((select n from idf) - greatest(max(l.question_entries), 1) + 0.5)
             / (greatest(max(l.question_entries), 1) + 0.5)) as idf
    from links l group by l.asked, l.known
  ),
  -- What each word of the message weighs: its best link, the rest of its weight as unknown.
  asked_weights as (
    select a.term, a.weight * coalesce(
      (select max(l.closeness * l.idf + (1 - l.closeness) * 0.75 * (select top from idf))
       from weighted_links l where l.asked = a.term),
      case when a.weight < 1 then 0 when a.word ~ '^[0-9]+$' then 0.15 else 0.75 end * (select top from idf)
    ) as weight, a.weight as class
    from asked a
  ),
  hits as (
    select t.entry_id, t.source_id, t.in_answer, t.term, l.asked,
      l.closeness * l.idf * case when t.in_answer then 0.5 else 1 end as explained
    from weighted_links l
    join private.faq_terms t on t.organization_id = org and t.term = l.known
  ),
  explained as (
    select h.entry_id, sum(h.explained * w.class) as explained,
      bool_or(w.class = 1) as on_topic
    from (select h.entry_id, h.asked, max(h.explained) as explained from hits h group by 1, 2) h
    join asked_weights w on w.term = h.asked
    group by h.entry_id
  ),
  -- Only the entries that explain most of the message are looked at further.
  candidates as (
    select e.entry_id, least(1, e.explained / nullif((select sum(w.weight) from asked_weights w), 0)) as share
    from explained e
    join public.faq_entries f on f.id = e.entry_id and f.enabled
    where e.on_topic
    order by e.explained desc
    limit 8
  ),
  coverage as materialized (
    select p.source_id, p.entry_id,
      sum(p.weight * p.idf * coalesce(c.closeness, 0)) / nullif(sum(p.weight * p.idf), 0) as covered
    from (
      select t.source_id, t.entry_id, t.term, max(t.weight) as weight,
        ln(1 + ((select n from idf) - greatest(max(v.question_entries), 1) + 0.5)
               / (greatest(max(v.question_entries), 1) + 0.5)) as idf
      from private.faq_terms t
      join private.faq_vocabulary v on v.organization_id = org and v.term = t.term
      where t.entry_id in (select c.entry_id from candidates c) and not t.in_answer
      group by t.source_id, t.entry_id, t.term
    ) p
    left join (
      select l.known, max(l.closeness) as closeness from weighted_links l group by l.known
    ) c on c.known = p.term
    group by p.source_id, p.entry_id
  ),
  pairs as (
    select p.entry_id, count(distinct p.pair) as found
    from message_pairs m
    join private.faq_pairs p on p.organization_id = org and p.pair = m.pair
    where p.entry_id in (select c.entry_id from candidates c)
    group by p.entry_id
  ),
  ranked as (
    select c.entry_id, b.source_id,
      least(1, c.share ^ 0.8 * greatest(coalesce(b.covered, 0), 0.1) ^ 0.2
               * (1 + 0.1 * least(coalesce(p.found, 0), 2)))::real as confidence
    from candidates c
    left join lateral (
      select v.source_id, v.covered from coverage v where v.entry_id = c.entry_id
      order by v.covered desc nulls last limit 1
    ) b on true
    left join pairs p on p.entry_id = c.entry_id
  )
  select r.entry_id, q.question, r.confidence
  from ranked r
  join public.faq_questions q on q.id = r.source_id
  where r.confidence > 0
  order by r.confidence desc, r.entry_id
  limit greatest(max_results, 1);
end;
$$;

drop table private.bot_stopwords;

-- The confidence scale changed: 0.6 now declines what 0.5 declined before.
alter table public.bot_settings alter column faq_threshold set default 0.6;
update public.bot_settings set faq_threshold = 0.6 where faq_threshold = 0.5;

-- Existing organisations: the new chat forms and glossary, then their FAQ read again and indexed.
insert into public.bot_synonyms (organization_id, term, expansion)
select o.id, d.term, d.expansion from public.organizations o cross join private.default_bot_synonyms d
on conflict (organization_id, term) do nothing;
update public.faq_questions set words = private.bot_words(organization_id, question);
select private.reindex_faq(array(select id from public.organizations),
                           array(select id from public.faq_questions), array(select id from public.faq_entries));
