-- The AI check's choices, kept (issue 16): people ask the same questions in the same words
-- (« horaires ? »), and a model call per distinct question rather than per message keeps the
-- check cheap and the bot's answers fast. A choice is kept under a digest of the normalised
-- message and of exactly what the model read (each candidate's id, phrasing and answer), so that
-- an edited entry, or another entry among the candidates, asks the model again.

create table private.faq_ai_choices (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  -- SHA-256, hex, of the normalised message and the candidates (_shared/bot/ports.ts).
  key text not null check (key ~ '^[0-9a-f]{64}$'),
  -- The candidate chosen (0 for the first), null when none answers the message.
  choice smallint check (choice between 0 and 2),
  decided_at timestamptz not null default now(),
  primary key (organization_id, key)
);
alter table private.faq_ai_choices enable row level security;
grant select, insert, update on private.faq_ai_choices to service_role;

-- Kept 30 days: a model may judge better by then, and the FAQ has usually changed.
select private.schedule_job('faq-ai-choices-retention', '17 4 * * *',
  $$delete from private.faq_ai_choices where decided_at < now() - interval '30 days'$$);
