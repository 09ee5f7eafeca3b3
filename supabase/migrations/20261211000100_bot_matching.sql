-- The chatbot's French matching (issue 16): what a contact writes is normalised (case, accents,
-- œ/æ, punctuation, letters repeated for emphasis), its chat forms expanded through the
-- organisation's synonyms (« bjr » → bonjour), then compared with the phrasings of the
-- organisation's FAQ: words in common weighted by how rare they are in the FAQ, typos forgiven
-- through trigrams, singular and plural alike. Below the organisation's threshold the bot says it
-- did not understand; what it did not understand is logged for the admins.

create extension if not exists unaccent with schema extensions;

-- Normalisation -------------------------------------------------------------------------------------------
-- Lower case, accents and ligatures folded (unaccent's rules: œ → oe, æ → ae), a letter repeated
-- three times or more kept once (« merciii »), anything but letters and digits one space.
create function private.bot_normalize(value text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select btrim(regexp_replace(regexp_replace(
    extensions.unaccent('extensions.unaccent'::regdictionary, lower(coalesce(value, ''))),
    '([a-z])\1{2,}', '\1', 'g'), '[^a-z0-9]+', ' ', 'g'))
$$;

-- A word in its singular: a final -s or -x dropped (« horaires », « bureaux »), except where it is
-- the word's own (« vous », « mois », « plus », « pays ») and in words of three letters.
create function private.bot_singular(word text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case when char_length(word) >= 4 and word ~ '[sx]$' and word !~ '(ss|ous|is|us|ys)$'
              then left(word, -1) else word end
$$;

-- Synonyms and abbreviations, per organisation ---------------------------------------------------------
create table public.bot_synonyms (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  -- One normalised word, as contacts write it.
  term text not null check (term ~ '^[a-z0-9]{1,40}$'),
  -- What it stands for, normalised: one or more words.
  expansion text not null check (expansion ~ '^[a-z0-9]+( [a-z0-9]+)*$' and char_length(expansion) <= 120),
  created_at timestamptz not null default now(),
  primary key (organization_id, term)
);
alter table public.bot_synonyms enable row level security;
revoke all on public.bot_synonyms from anon, authenticated;
create policy "members read their bot synonyms" on public.bot_synonyms
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins add bot synonyms" on public.bot_synonyms
  for insert to authenticated
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins change bot synonyms" on public.bot_synonyms
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))))
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins delete bot synonyms" on public.bot_synonyms
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))));
grant select, delete on public.bot_synonyms to authenticated;
grant insert (organization_id, term, expansion), update (expansion) on public.bot_synonyms to authenticated;

-- What every organisation starts with: the chat forms of French heard everywhere. Each
-- organisation adds its own (towns, products) and may change these.
create table private.default_bot_synonyms (
  term text primary key check (term ~ '^[a-z0-9]{1,40}$'),
  expansion text not null
);
insert into private.default_bot_synonyms (term, expansion) values
  ('bjr', 'bonjour'), ('bjour', 'bonjour'), ('bsr', 'bonsoir'), ('slt', 'salut'), ('cc', 'coucou'),
  ('stp', 's il te plait'), ('svp', 's il vous plait'), ('mrc', 'merci'), ('mci', 'merci'),
  ('pk', 'pourquoi'), ('pq', 'pourquoi'), ('pkoi', 'pourquoi'), ('koi', 'quoi'), ('kwa', 'quoi'),
  ('ki', 'qui'), ('ke', 'que'), ('kan', 'quand'), ('qd', 'quand'), ('kand', 'quand'),
  ('kel', 'quel'), ('kelle', 'quelle'), ('kels', 'quels'), ('koman', 'comment'),
  ('koment', 'comment'), ('cmt', 'comment'), ('cmb', 'combien'), ('cbn', 'combien'),
  ('cb', 'combien'), ('bcp', 'beaucoup'), ('tjrs', 'toujours'), ('tjs', 'toujours'),
  ('dc', 'donc'), ('pr', 'pour'), ('ds', 'dans'), ('vs', 'vous'), ('ns', 'nous'), ('tt', 'tout'),
  ('qqn', 'quelqu un'), ('qqch', 'quelque chose'), ('mm', 'meme'), ('mnt', 'maintenant'),
  ('auj', 'aujourd hui'), ('ajd', 'aujourd hui'), ('dmn', 'demain'), ('rdv', 'rendez vous'),
  ('msg', 'message'), ('tel', 'telephone'), ('num', 'numero'), ('doc', 'document'),
  ('docs', 'documents'), ('info', 'information'), ('infos', 'informations'),
  ('pcq', 'parce que'), ('pck', 'parce que'), ('pb', 'probleme'), ('pblm', 'probleme'),
  ('dispo', 'disponible'), ('jai', 'j ai'), ('chui', 'je suis'), ('jsuis', 'je suis'),
  ('jveux', 'je veux'), ('dsl', 'desole'), ('jsp', 'je sais pas'), ('c', 'c est'),
  ('g', 'j ai'), ('ya', 'il y a'), ('appli', 'application'), ('app', 'application'),
  ('mdp', 'mot de passe'), ('momo', 'mobile money'), ('om', 'orange money'),
  ('hosto', 'hopital'), ('pharma', 'pharmacie'), ('asap', 'vite'), ('ok', 'd accord'),
  ('oki', 'd accord'), ('dac', 'd accord'), ('wi', 'oui'), ('ui', 'oui'), ('nn', 'non');

create function private.seed_bot_synonyms()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.bot_synonyms (organization_id, term, expansion)
  select new.id, d.term, d.expansion from private.default_bot_synonyms d;
  return null;
end;
$$;
create trigger organizations_bot_synonyms after insert on public.organizations
  for each row execute function private.seed_bot_synonyms();
insert into public.bot_synonyms (organization_id, term, expansion)
select o.id, d.term, d.expansion from public.organizations o cross join private.default_bot_synonyms d;

-- The words of a text as the matcher compares them: normalised, chat forms expanded, each in its
-- singular, in order.
create function private.bot_words(org uuid, value text)
returns text[]
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(array_agg(private.bot_singular(w.word) order by t.n, w.m), '{}')
  from unnest(string_to_array(nullif(private.bot_normalize(value), ''), ' ')) with ordinality t(token, n)
  left join public.bot_synonyms s on s.organization_id = org and s.term = t.token
  cross join lateral unnest(string_to_array(coalesce(s.expansion, t.token), ' ')) with ordinality w(word, m)
$$;

-- Bot settings, per organisation ---------------------------------------------------------------------------
create table public.bot_settings (
  organization_id uuid primary key references public.organizations (id) on delete cascade,
  -- The confidence (0 to 1) under which the bot says it did not understand.
  faq_threshold real not null default 0.5 check (faq_threshold between 0.05 and 0.95),
  -- A bot conversation left this long ends.
  session_timeout_minutes integer not null default 240 check (session_timeout_minutes between 5 and 10080),
  -- Messages in a row the bot did not understand before it hands over to a person.
  max_misunderstood integer not null default 2 check (max_misunderstood between 1 and 10),
  updated_at timestamptz not null default now()
);
alter table public.bot_settings enable row level security;
revoke all on public.bot_settings from anon, authenticated;
create policy "members read their bot settings" on public.bot_settings
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins change their bot settings" on public.bot_settings
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))))
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
grant select on public.bot_settings to authenticated;
grant update (faq_threshold, session_timeout_minutes, max_misunderstood) on public.bot_settings to authenticated;
create trigger bot_settings_touch before update on public.bot_settings
  for each row execute function private.touch_updated_at();

create function private.create_bot_settings()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.bot_settings (organization_id) values (new.id);
  return null;
end;
$$;
create trigger organizations_bot_settings after insert on public.organizations
  for each row execute function private.create_bot_settings();
insert into public.bot_settings (organization_id) select id from public.organizations;

-- The knowledge base ---------------------------------------------------------------------------------------
create table public.faq_entries (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  category text check (char_length(btrim(category)) between 1 and 60),
  -- Sent as a WhatsApp message body: 1,024 characters at most.
  answer text not null check (char_length(btrim(answer)) between 1 and 1024),
  enabled boolean not null default true,
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, id)
);
create index faq_entries_organization_idx on public.faq_entries (organization_id, category);
create index faq_entries_created_by_idx on public.faq_entries (created_by);

create table public.faq_questions (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  entry_id uuid not null,
  question text not null check (char_length(btrim(question)) between 1 and 300),
  -- bot_words of the question, kept by a trigger (synonyms change them).
  words text[] not null default '{}',
  created_at timestamptz not null default now(),
  foreign key (organization_id, entry_id) references public.faq_entries (organization_id, id) on delete cascade
);
create index faq_questions_entry_idx on public.faq_questions (entry_id);
create index faq_questions_organization_idx on public.faq_questions (organization_id);

alter table public.faq_entries enable row level security;
alter table public.faq_questions enable row level security;
revoke all on public.faq_entries, public.faq_questions from anon, authenticated;
create policy "members read their FAQ" on public.faq_entries
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins add FAQ entries" on public.faq_entries
  for insert to authenticated
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins change FAQ entries" on public.faq_entries
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))))
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins delete FAQ entries" on public.faq_entries
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "members read their FAQ phrasings" on public.faq_questions
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
create policy "admins add FAQ phrasings" on public.faq_questions
  for insert to authenticated
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins change FAQ phrasings" on public.faq_questions
  for update to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))))
  with check (organization_id = any (array(select private.caller_organizations('admin'))));
create policy "admins delete FAQ phrasings" on public.faq_questions
  for delete to authenticated
  using (organization_id = any (array(select private.caller_organizations('admin'))));
grant select, delete on public.faq_entries, public.faq_questions to authenticated;
grant insert (organization_id, category, answer, enabled), update (category, answer, enabled)
  on public.faq_entries to authenticated;
grant insert (organization_id, entry_id, question), update (question) on public.faq_questions to authenticated;
create trigger faq_entries_touch before update on public.faq_entries
  for each row execute function private.touch_updated_at();

create function private.stamp_faq_entry_author()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.created_by := (select auth.uid());
  return new;
end;
$$;
create trigger faq_entries_author before insert on public.faq_entries
  for each row execute function private.stamp_faq_entry_author();

create function private.faq_question_words()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.words := private.bot_words(new.organization_id, new.question);
  return new;
end;
$$;
create trigger faq_questions_words before insert or update of question on public.faq_questions
  for each row execute function private.faq_question_words();

-- A synonym changed: the organisation's phrasings are read again.
create function private.refresh_faq_words()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.faq_questions q set words = private.bot_words(q.organization_id, q.question)
  where q.organization_id in (select organization_id from changed);
  return null;
end;
$$;
create trigger bot_synonyms_inserted after insert on public.bot_synonyms
  referencing new table as changed for each statement execute function private.refresh_faq_words();
create trigger bot_synonyms_updated after update on public.bot_synonyms
  referencing new table as changed for each statement execute function private.refresh_faq_words();
create trigger bot_synonyms_deleted after delete on public.bot_synonyms
  referencing old table as changed for each statement execute function private.refresh_faq_words();

-- Words that say nothing of what is asked: French and English function words, greetings and
-- politeness. Left out of both sides of a comparison.
create table private.bot_stopwords (word text primary key);
insert into private.bot_stopwords (word)
select distinct unnest(string_to_array(
  'a ai au aux avec ce ces cet cette c d de des du elle en est et etre eu il ils j je l la le les leur '
  'lui m ma me mes mon n ne nos notre nous on ou par pas pour qu que qui s sa se ses si son sur t ta '
  'te tes toi ton tu un une vos votre vous y est sont suis avoir fait faire peut peux veux '
  'voudrai voudrais aimerai aimerais souhaite savoir dire svp plait il bonjour bonsoir salut coucou '
  'merci beaucoup madame monsieur mr mme svp stp please hello hi hey good morning evening thank thanks '
  'the an and or of to in on at for is are am be do does did can could would i my me you your we our '
  'it this that what how when where which who want need please ok d accord oui non yes no svp alors '
  'donc mais car quoi comment quand quel quelle quels quelles combien pourquoi ici tres bien',
  ' '));

-- The FAQ entries closest to a message, best first, with a confidence from 0 to 1: the message's
-- words found in a phrasing of the entry (the same word, the same beginning, or a typo of it),
-- weighted by how rare each is across the organisation's FAQ, against all the words of the message
-- and all the words of that phrasing.
create function private.faq_match(org uuid, message text, max_results integer default 3)
returns table (entry_id uuid, question text, confidence real)
language sql
stable
security definer
set search_path = ''
as $$
  with entries as (
    select count(*)::real as n from public.faq_entries e where e.organization_id = org and e.enabled
  ),
  phrasings as (
    select q.id, q.entry_id, q.question, array(select distinct x from unnest(q.words) x
      where char_length(x) > 1 and not exists (select 1 from private.bot_stopwords s where s.word = x)) as words
    from public.faq_questions q
    join public.faq_entries e on e.id = q.entry_id and e.enabled
    where q.organization_id = org
  ),
  vocabulary as (
    select w, ln(1 + ((select n from entries) - count(distinct p.entry_id) + 0.5) / (count(distinct p.entry_id) + 0.5)) as idf
    from phrasings p, unnest(p.words) w
    group by w
  ),
  asked as (
    select distinct w from unnest(private.bot_words(org, message)) w
    where char_length(w) > 1 and not exists (select 1 from private.bot_stopwords s where s.word = w)
  ),
  links as (
    select a.w as asked_word, v.w as known_word, v.idf,
      case when a.w = v.w then 1.0
           when least(char_length(a.w), char_length(v.w)) >= 5 and left(a.w, 5) = left(v.w, 5) then 0.85
           else extensions.similarity(a.w, v.w) end as closeness
    from asked a join vocabulary v
      on a.w = v.w
      or (least(char_length(a.w), char_length(v.w)) >= 5 and left(a.w, 5) = left(v.w, 5))
      or (char_length(a.w) >= 4 and extensions.similarity(a.w, v.w) >= 0.5)
  ),
  -- A word of the message unknown to the FAQ weighs as much as a fairly rare one.
  asked_weight as (
    select coalesce(sum(coalesce((select max(l.idf) from links l where l.asked_word = a.w),
                                 (select 0.6 * max(v.idf) from vocabulary v))), 0) as total
    from asked a
  ),
  scored as (
    select p.id, p.entry_id, p.question,
      (select coalesce(sum(best), 0) from (
         select max(l.closeness * l.idf) as best from links l
         where l.known_word = any (p.words) group by l.asked_word) m) as found,
      (select coalesce(sum(best), 0) from (
         select max(l.closeness) * max(l.idf) as best from links l
         where l.known_word = any (p.words) group by l.known_word) m) as covered,
      (select coalesce(sum(v.idf), 0) from vocabulary v where v.w = any (p.words)) as phrasing_weight
    from phrasings p
  ),
  ranked as (
    select s.entry_id, s.question,
      case when (select total from asked_weight) = 0 or s.phrasing_weight = 0 then 0
           else sqrt(least(1, s.found / (select total from asked_weight))
                     * least(1, s.covered / s.phrasing_weight)) end::real as confidence
    from scored s
  )
  select b.entry_id, b.question, b.confidence from (
    select distinct on (r.entry_id) r.entry_id, r.question, r.confidence
    from ranked r where r.confidence > 0
    order by r.entry_id, r.confidence desc) b
  order by b.confidence desc
  limit greatest(max_results, 1)
$$;
