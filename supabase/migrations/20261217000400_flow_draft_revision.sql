-- Two admins editing one flow (issue 16): each editor autosaves the draft, and the last save used
-- to win without a word. The draft now carries a revision that every change of it moves on,
-- whoever makes it (a save through the Data API, publish_bot_flow, roll_back_bot_flow): an editor
-- saves only over the revision it last read or wrote (`… where draft_revision = <base>`), and a
-- save that finds another revision tells its admin someone else saved meanwhile.

alter table public.bot_flows add column draft_revision integer not null default 0;
comment on column public.bot_flows.draft_revision is
  'Moved on by every change of draft (trigger bot_flows_draft_revision); never written by clients.';

-- Derived here only: the column has no client grant, and a value a definer function or the
-- service role writes is replaced too, so that no writer can make two drafts share a revision.
create function private.bump_bot_flow_draft_revision()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.draft_revision := old.draft_revision
    + case when new.draft is distinct from old.draft then 1 else 0 end;
  return new;
end;
$$;
create trigger bot_flows_draft_revision before update on public.bot_flows
  for each row execute function private.bump_bot_flow_draft_revision();
