-- The AI check of FAQ answers (issue 16): word overlap alone cannot tell « la banque ouvre à
-- quelle heure » from the opening hours. An organisation that turns this on has the
-- OpenAI-compatible model read each message the knowledge base could answer, with the matcher's
-- best three entries, and choose the one that answers it, or none (_shared/bot/faq-decision.ts).
-- Off by default: it adds a model call, and about a second, to those answers.

alter table public.bot_settings add column faq_ai_check boolean not null default false;
comment on column public.bot_settings.faq_ai_check is
  'The model chooses among the matcher''s best FAQ entries, or declines (bot and « Tester »).';

-- Admins change it, as the other settings (policy "admins change their bot settings").
grant update (faq_ai_check) on public.bot_settings to authenticated;
