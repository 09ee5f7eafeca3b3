-- Chatbot › FAQ, Messages non compris, Réglages (issue 16): what admins do with the knowledge base
-- the matcher (20261211000100_bot_matching.sql) reads. Every change that spans several rows is a
-- function here, all or nothing, checked against the caller's role: an entry saved with its
-- phrasings, a CSV import, « Tester », and the log of the messages the bot did not understand,
-- each turned into a phrasing, a new entry or a synonym in one click.
--
-- The limits below are the SPA's too (src/features/chatbot/knowledge/limits.ts): an answer is a
-- WhatsApp message body (1,024 characters), a phrasing 300, a category 60, 20 phrasings per entry,
-- 2,000 entries per import.

-- Who edits the knowledge base --------------------------------------------------------------------------
-- One refusal for every change: owners and admins edit, agents and viewers read.
create function private.require_knowledge_base_admin(org uuid)
returns void
language sql
stable
security definer
set search_path = ''
as $$
  select private.require_role(org, 'admin',
    'Seuls les propriétaires et les administrateurs modifient la base de connaissances du chatbot.',
    'knowledge_base_requires_admin')
$$;

-- Phrasings per entry ---------------------------------------------------------------------------------
-- What the matcher compares stays bounded, whichever way phrasings are added (the Data API, an
-- import, an unmatched message): 20 per entry at most.
create function private.limit_faq_phrasings()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if exists (
    select 1 from public.faq_questions q
    where q.entry_id in (select a.entry_id from added a)
    group by q.entry_id having count(*) > 20
  ) then
    raise exception using errcode = '22023',
      message = 'Une réponse de la FAQ compte de 1 à 20 formulations de la question.',
      hint = 'faq_question_count';
  end if;
  return null;
end;
$$;
create trigger faq_questions_limit after insert on public.faq_questions
  referencing new table as added for each statement execute function private.limit_faq_phrasings();

-- An entry and its phrasings ------------------------------------------------------------------------------
-- The phrasings as stored: trimmed, empty ones dropped, each once, in their order.
create function private.faq_phrasings(questions text[])
returns text[]
language sql
immutable
set search_path = ''
as $$
  select coalesce(array_agg(q.question order by q.first), '{}')
  from (
    select btrim(x) as question, min(n) as first
    from unnest(questions) with ordinality u(x, n)
    where btrim(x) <> ''
    group by btrim(x)
  ) q
$$;

-- Creates an entry (entry_id null) or changes one, with exactly these phrasings: those kept keep
-- their row, the others are removed or added, in one transaction.
create function public.save_faq_entry(
  organization_id uuid,
  answer text,
  questions text[],
  category text default null,
  entry_id uuid default null
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  org uuid := save_faq_entry.organization_id;
  entry uuid := save_faq_entry.entry_id;
  phrasings text[] := private.faq_phrasings(save_faq_entry.questions);
  label text := nullif(btrim(coalesce(save_faq_entry.category, '')), '');
  reply text := btrim(coalesce(save_faq_entry.answer, ''));
begin
  perform private.require_knowledge_base_admin(org);
  if char_length(reply) not between 1 and 1024 then
    raise exception using errcode = '22023',
      message = 'La réponse doit contenir entre 1 et 1 024 caractères.', hint = 'faq_answer_length';
  end if;
  if char_length(label) > 60 then
    raise exception using errcode = '22023',
      message = 'La catégorie doit contenir 60 caractères au plus.', hint = 'faq_category_length';
  end if;
  if cardinality(phrasings) not between 1 and 20 then
    raise exception using errcode = '22023',
      message = 'Une réponse de la FAQ compte de 1 à 20 formulations de la question.',
      hint = 'faq_question_count';
  end if;
  if exists (select 1 from unnest(phrasings) p where char_length(p) > 300) then
    raise exception using errcode = '22023',
      message = 'Chaque question doit contenir entre 1 et 300 caractères.', hint = 'faq_question_length';
  end if;

  if entry is null then
    insert into public.faq_entries (organization_id, category, answer)
    values (org, label, reply)
    returning id into entry;
  else
    update public.faq_entries e set category = label, answer = reply
    where e.id = entry and e.organization_id = org;
    if not found then
      raise exception using errcode = 'P0002',
        message = 'Réponse de la FAQ introuvable : elle a peut-être été supprimée.',
        hint = 'faq_entry_not_found';
    end if;
    delete from public.faq_questions q where q.entry_id = entry and q.question <> all (phrasings);
  end if;
  insert into public.faq_questions (organization_id, entry_id, question)
  select org, entry, p from unnest(phrasings) p
  where not exists (select 1 from public.faq_questions q where q.entry_id = entry and q.question = p);
  return entry;
end;
$$;

-- Import ----------------------------------------------------------------------------------------------------
-- Entries [{category, answer, questions: [...]}] (the SPA reads them from a CSV), checked one by
-- one, the first faulty one named with its position and its reason, nothing saved unless all are
-- right. replace_all removes the organisation's entries first (the SPA asks before).
create function public.import_faq(organization_id uuid, entries jsonb, replace_all boolean default false)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  org uuid := import_faq.organization_id;
  item jsonb;
  place integer;
  phrasings text[];
  removed integer := 0;
  added_questions integer;
begin
  perform private.require_knowledge_base_admin(org);
  if jsonb_typeof(entries) is distinct from 'array' then
    raise exception using errcode = '22023',
      message = 'Le contenu à importer doit être une liste d’entrées.', hint = 'faq_import_not_list';
  end if;
  if jsonb_array_length(entries) = 0 then
    raise exception using errcode = '22023',
      message = 'Le fichier ne contient aucune entrée à importer.', hint = 'faq_import_empty';
  end if;
  if jsonb_array_length(entries) > 2000 then
    raise exception using errcode = '54000',
      message = 'Importez au plus 2 000 entrées à la fois.', hint = 'faq_import_too_many_entries',
      detail = jsonb_build_object('max', 2000)::text;
  end if;

  for item, place in select x.value, x.n from jsonb_array_elements(entries) with ordinality x(value, n) loop
    if jsonb_typeof(item) is distinct from 'object'
       or jsonb_typeof(item -> 'answer') is distinct from 'string'
       or jsonb_typeof(coalesce(item -> 'category', 'null')) not in ('string', 'null')
       or jsonb_typeof(item -> 'questions') is distinct from 'array'
       or exists (select 1 from jsonb_array_elements(item -> 'questions') q where jsonb_typeof(q) <> 'string') then
      raise exception using errcode = '22023',
        message = format('Entrée %s : illisible (une réponse, une catégorie et une liste de questions sont attendues).', place),
        hint = 'faq_import_entry_unreadable', detail = jsonb_build_object('entry', place)::text;
    end if;
    if char_length(btrim(item ->> 'answer')) not between 1 and 1024 then
      raise exception using errcode = '22023',
        message = format('Entrée %s : la réponse doit contenir entre 1 et 1 024 caractères.', place),
        hint = 'faq_import_answer_length', detail = jsonb_build_object('entry', place)::text;
    end if;
    if char_length(btrim(item ->> 'category')) > 60 then
      raise exception using errcode = '22023',
        message = format('Entrée %s : la catégorie doit contenir 60 caractères au plus.', place),
        hint = 'faq_import_category_length', detail = jsonb_build_object('entry', place)::text;
    end if;
    phrasings := private.faq_phrasings(array(select jsonb_array_elements_text(item -> 'questions')));
    if cardinality(phrasings) not between 1 and 20 then
      raise exception using errcode = '22023',
        message = format('Entrée %s : de 1 à 20 questions sont attendues.', place),
        hint = 'faq_import_question_count', detail = jsonb_build_object('entry', place)::text;
    end if;
    if exists (select 1 from unnest(phrasings) p where char_length(p) > 300) then
      raise exception using errcode = '22023',
        message = format('Entrée %s : chaque question doit contenir entre 1 et 300 caractères.', place),
        hint = 'faq_import_question_length', detail = jsonb_build_object('entry', place)::text;
    end if;
  end loop;

  if replace_all then
    delete from public.faq_entries e where e.organization_id = org;
    get diagnostics removed = row_count;
  end if;
  -- Ids drawn first, so that each entry's phrasings find their entry in the same statement.
  with source as materialized (
    select gen_random_uuid() as id, x.value as item, x.n
    from jsonb_array_elements(entries) with ordinality x(value, n)
  ),
  created as (
    insert into public.faq_entries (id, organization_id, category, answer)
    select s.id, org, nullif(btrim(coalesce(s.item ->> 'category', '')), ''), btrim(s.item ->> 'answer')
    from source s order by s.n
  )
  insert into public.faq_questions (organization_id, entry_id, question)
  select org, s.id, p
  from source s
  cross join lateral unnest(private.faq_phrasings(array(select jsonb_array_elements_text(s.item -> 'questions')))) p;
  get diagnostics added_questions = row_count;
  return jsonb_build_object('entries', jsonb_array_length(entries), 'questions', added_questions,
                            'removed', removed);
end;
$$;

-- « Tester » ------------------------------------------------------------------------------------------------
-- The entries a message would get (three at most, best first), with the matcher's confidence and
-- whether it reaches the organisation's threshold, i.e. whether the bot would answer.
create function public.faq_test(organization_id uuid, message text)
returns table (
  entry_id uuid,
  question text,
  answer text,
  category text,
  confidence real,
  above_threshold boolean
)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  perform private.require_role(faq_test.organization_id, 'viewer',
    'Vous n''êtes pas membre de cette organisation.', 'not_a_member');
  if char_length(btrim(coalesce(faq_test.message, ''))) not between 1 and 1000 then
    raise exception using errcode = '22023',
      message = 'Le message à tester doit contenir entre 1 et 1 000 caractères.',
      hint = 'faq_test_message_length';
  end if;
  return query
    select m.entry_id, m.question, e.answer, e.category, m.confidence, m.confidence >= s.faq_threshold
    from private.faq_match(faq_test.organization_id, faq_test.message, 3) m
    join public.faq_entries e on e.id = m.entry_id
    join public.bot_settings s on s.organization_id = faq_test.organization_id
    order by m.confidence desc, m.entry_id;
end;
$$;

-- Synonyms --------------------------------------------------------------------------------------------------
-- A synonym as the matcher reads it: one normalised word for one or more normalised words.
create function private.save_bot_synonym(org uuid, term text, expansion text)
returns public.bot_synonyms
language plpgsql
security definer
set search_path = ''
as $$
declare
  word text := private.bot_normalize(term);
  meaning text := private.bot_normalize(expansion);
  saved public.bot_synonyms;
begin
  if word !~ '^[a-z0-9]{1,40}$' then
    raise exception using errcode = '22023',
      message = 'Le terme doit être un seul mot de 1 à 40 lettres ou chiffres.',
      hint = 'synonym_term_invalid';
  end if;
  if char_length(meaning) not between 1 and 120 then
    raise exception using errcode = '22023',
      message = 'L’équivalent doit contenir de 1 à 120 lettres ou chiffres.',
      hint = 'synonym_expansion_invalid';
  end if;
  insert into public.bot_synonyms as s (organization_id, term, expansion)
  values (org, word, meaning)
  on conflict on constraint bot_synonyms_pkey do update set expansion = excluded.expansion
  returning * into saved;
  return saved;
end;
$$;

-- Réglages › Synonymes: adds a synonym, or changes one (previous_term: the word it replaces), as
-- the matcher will read it (« Bjr » is saved as bjr).
create function public.save_bot_synonym(
  organization_id uuid,
  term text,
  expansion text,
  previous_term text default null
)
returns public.bot_synonyms
language plpgsql
security definer
set search_path = ''
as $$
declare
  saved public.bot_synonyms;
begin
  perform private.require_knowledge_base_admin(save_bot_synonym.organization_id);
  saved := private.save_bot_synonym(save_bot_synonym.organization_id, save_bot_synonym.term,
                                    save_bot_synonym.expansion);
  if save_bot_synonym.previous_term is distinct from saved.term then
    delete from public.bot_synonyms s
    where s.organization_id = save_bot_synonym.organization_id and s.term = save_bot_synonym.previous_term;
  end if;
  return saved;
end;
$$;

-- Messages the bot did not understand -------------------------------------------------------------------
-- One row per organisation and normalised text: « Kel est vos horaires ?? » and « kel est vos
-- horaires » are one row seen twice. Admins turn each into a phrasing, an entry or a synonym
-- (answered), or dismiss it.
create table public.bot_unmatched_messages (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  -- As the contact first wrote it.
  text text not null check (char_length(text) between 1 and 1000),
  -- private.bot_normalize(text): what groups the rows.
  normalized text not null check (normalized <> ''),
  occurrences integer not null default 1 check (occurrences > 0),
  first_seen_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  -- Where it was last written: the conversation, and the flow and node the bot was at.
  conversation_id uuid references public.conversations (id) on delete set null,
  flow_id uuid references public.bot_flows (id) on delete set null,
  node_id text check (char_length(node_id) <= 100),
  status text not null default 'open' check (status in ('open', 'answered', 'dismissed')),
  handled_at timestamptz,
  unique (organization_id, normalized)
);
-- The list: open ones, most frequent first.
create index bot_unmatched_messages_list_idx
  on public.bot_unmatched_messages (organization_id, status, occurrences desc, last_seen_at desc);
-- The bound: the open rows seen longest ago go first.
create index bot_unmatched_messages_open_idx
  on public.bot_unmatched_messages (organization_id, last_seen_at) where status = 'open';
create index bot_unmatched_messages_conversation_idx on public.bot_unmatched_messages (conversation_id);
create index bot_unmatched_messages_flow_idx on public.bot_unmatched_messages (flow_id);

alter table public.bot_unmatched_messages enable row level security;
revoke all on public.bot_unmatched_messages from anon, authenticated;
create policy "members read their unmatched bot messages" on public.bot_unmatched_messages
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));
-- Changes go through the functions below (answered with what, dismissed), never straight.
grant select on public.bot_unmatched_messages to authenticated;

-- The runtime logs a message the bot did not understand. Each organisation keeps its 5,000 open
-- rows seen last: a flood of distinct messages cannot grow the log without end. A row answered
-- or dismissed stays so: an admin's decision is not undone by the next contact.
create function private.log_unmatched_message(
  org uuid,
  message text,
  conversation_id uuid,
  flow_id uuid,
  node_id text
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  written text := left(btrim(coalesce(message, '')), 1000);
  grouped text := private.bot_normalize(written);
  fresh boolean;
begin
  -- Nothing to learn from a message without letters or digits (an emoji, « ?? »).
  if grouped = '' then
    return;
  end if;
  insert into public.bot_unmatched_messages as u
    (organization_id, text, normalized, conversation_id, flow_id, node_id)
  values (org, written, grouped,
    (select c.id from public.conversations c
     where c.id = log_unmatched_message.conversation_id and c.organization_id = org),
    (select f.id from public.bot_flows f
     where f.id = log_unmatched_message.flow_id and f.organization_id = org),
    left(log_unmatched_message.node_id, 100))
  on conflict (organization_id, normalized) do update set
    occurrences = u.occurrences + 1,
    last_seen_at = now(),
    conversation_id = coalesce(excluded.conversation_id, u.conversation_id),
    flow_id = excluded.flow_id,
    node_id = excluded.node_id
  returning u.occurrences = 1 into fresh;
  if fresh then
    delete from public.bot_unmatched_messages u
    where u.id in (
      select o.id from public.bot_unmatched_messages o
      where o.organization_id = org and o.status = 'open'
      order by o.last_seen_at desc, o.id desc
      offset 5000);
  end if;
end;
$$;
grant execute on function private.log_unmatched_message(uuid, text, uuid, uuid, text) to service_role;

-- An open unmatched message, locked, for an admin of its organisation. Another organisation's is
-- not found, whatever its id.
create function private.unmatched_for_admin(unmatched uuid)
returns public.bot_unmatched_messages
language plpgsql
security definer
set search_path = ''
as $$
declare
  u public.bot_unmatched_messages;
begin
  select * into u from public.bot_unmatched_messages x where x.id = unmatched for update;
  if not found or (private.from_client_role() and not private.is_member(u.organization_id)) then
    raise exception using errcode = 'P0002',
      message = 'Message non compris introuvable.', hint = 'unmatched_not_found';
  end if;
  perform private.require_knowledge_base_admin(u.organization_id);
  if u.status <> 'open' then
    raise exception using errcode = 'P0001',
      message = 'Ce message non compris a déjà été traité.', hint = 'unmatched_already_handled';
  end if;
  return u;
end;
$$;

create function private.close_unmatched(unmatched uuid, outcome text)
returns void
language sql
security definer
set search_path = ''
as $$
  update public.bot_unmatched_messages set status = outcome, handled_at = now() where id = unmatched
$$;

-- The message as a phrasing of a new or existing entry: at most a phrasing's length.
create function private.unmatched_as_question(u public.bot_unmatched_messages)
returns text
language plpgsql
immutable
set search_path = ''
as $$
begin
  if char_length(u.text) > 300 then
    raise exception using errcode = '22023',
      message = 'Ce message dépasse 300 caractères : trop long pour devenir une question de la FAQ.',
      hint = 'unmatched_too_long';
  end if;
  return u.text;
end;
$$;

-- « Ajouter à une réponse existante »: the message becomes a phrasing of the entry.
create function public.answer_unmatched_with_faq(unmatched_id uuid, entry_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  u public.bot_unmatched_messages := private.unmatched_for_admin(answer_unmatched_with_faq.unmatched_id);
  phrasing text := private.unmatched_as_question(u);
begin
  perform 1 from public.faq_entries e
  where e.id = answer_unmatched_with_faq.entry_id and e.organization_id = u.organization_id
  for update;
  if not found then
    raise exception using errcode = 'P0002',
      message = 'Réponse de la FAQ introuvable : elle a peut-être été supprimée.',
      hint = 'faq_entry_not_found';
  end if;
  insert into public.faq_questions (organization_id, entry_id, question)
  select u.organization_id, answer_unmatched_with_faq.entry_id, phrasing
  where not exists (
    select 1 from public.faq_questions q
    where q.entry_id = answer_unmatched_with_faq.entry_id and private.bot_normalize(q.question) = u.normalized);
  perform private.close_unmatched(u.id, 'answered');
end;
$$;

-- « Nouvelle réponse »: an entry whose first phrasing is the message. Returns the entry's id.
create function public.answer_unmatched_with_new_faq(unmatched_id uuid, answer text, category text default null)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  u public.bot_unmatched_messages := private.unmatched_for_admin(answer_unmatched_with_new_faq.unmatched_id);
  entry uuid;
begin
  entry := public.save_faq_entry(u.organization_id, answer_unmatched_with_new_faq.answer,
                                 array[private.unmatched_as_question(u)],
                                 answer_unmatched_with_new_faq.category);
  perform private.close_unmatched(u.id, 'answered');
  return entry;
end;
$$;

-- « Synonyme »: a word of the message, or any, now stands for words the FAQ knows.
create function public.answer_unmatched_with_synonym(unmatched_id uuid, term text, expansion text)
returns public.bot_synonyms
language plpgsql
security definer
set search_path = ''
as $$
declare
  u public.bot_unmatched_messages := private.unmatched_for_admin(answer_unmatched_with_synonym.unmatched_id);
  saved public.bot_synonyms;
begin
  saved := private.save_bot_synonym(u.organization_id, answer_unmatched_with_synonym.term,
                                    answer_unmatched_with_synonym.expansion);
  perform private.close_unmatched(u.id, 'answered');
  return saved;
end;
$$;

-- « Ignorer ».
create function public.dismiss_unmatched(unmatched_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  u public.bot_unmatched_messages := private.unmatched_for_admin(dismiss_unmatched.unmatched_id);
begin
  perform private.close_unmatched(u.id, 'dismissed');
end;
$$;

-- The SPA's RPCs: signed-in members only (each refuses whoever lacks the role).
revoke all on function public.save_faq_entry(uuid, text, text[], text, uuid) from public, anon;
revoke all on function public.import_faq(uuid, jsonb, boolean) from public, anon;
revoke all on function public.faq_test(uuid, text) from public, anon;
revoke all on function public.save_bot_synonym(uuid, text, text, text) from public, anon;
revoke all on function public.answer_unmatched_with_faq(uuid, uuid) from public, anon;
revoke all on function public.answer_unmatched_with_new_faq(uuid, text, text) from public, anon;
revoke all on function public.answer_unmatched_with_synonym(uuid, text, text) from public, anon;
revoke all on function public.dismiss_unmatched(uuid) from public, anon;
grant execute on function public.save_faq_entry(uuid, text, text[], text, uuid) to authenticated;
grant execute on function public.import_faq(uuid, jsonb, boolean) to authenticated;
grant execute on function public.faq_test(uuid, text) to authenticated;
grant execute on function public.save_bot_synonym(uuid, text, text, text) to authenticated;
grant execute on function public.answer_unmatched_with_faq(uuid, uuid) to authenticated;
grant execute on function public.answer_unmatched_with_new_faq(uuid, text, text) to authenticated;
grant execute on function public.answer_unmatched_with_synonym(uuid, text, text) to authenticated;
grant execute on function public.dismiss_unmatched(uuid) to authenticated;
