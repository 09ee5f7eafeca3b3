-- Publishing and rolling back write the draft too (issue 16): from an editor that has not seen
-- another admin's last save, they replaced that save without a word, as saves did before
-- draft_revision. Both now take the revision the editor's draft is based on and, when given, refuse
-- with bot_flow_draft_changed unless the draft is still at it; the editor then offers « Charger sa
-- version » / « Garder la mienne » as for a stale save. Without it they publish as before (ops
-- scripts, the tests' fixtures). One signature each: the old ones are dropped, not overloaded, so
-- that PostgREST and postgres.js never have two candidates to choose between.

drop function public.publish_bot_flow(uuid, jsonb);
drop function public.roll_back_bot_flow(uuid, uuid);
drop function private.flow_for_publishing(uuid);

-- The caller's flow, locked for publishing: not found unless theirs to see, refused unless they
-- are one of its organisation's admins, or when its draft moved on from `base_revision`. Checked
-- on the locked row: a save waits for the publication, never slips between check and write.
create function private.flow_for_publishing(flow uuid, base_revision integer)
returns public.bot_flows
language plpgsql
security definer
set search_path = ''
as $$
declare
  f public.bot_flows;
begin
  select * into f from public.bot_flows where id = flow for update;
  if not found or not (f.organization_id = any (array(select private.caller_organizations()))) then
    raise exception using errcode = 'P0002', message = 'Parcours introuvable.', hint = 'bot_flow_not_found';
  end if;
  if not (f.organization_id = any (array(select private.caller_organizations('admin')))) then
    raise exception using errcode = '42501',
      message = 'Seuls les administrateurs publient les parcours du chatbot.', hint = 'bot_requires_admin';
  end if;
  if base_revision is not null and base_revision <> f.draft_revision then
    raise exception using errcode = 'P0001',
      message = 'Un autre administrateur a modifié ce brouillon entre-temps : rien n’a été publié.',
      hint = 'bot_flow_draft_changed';
  end if;
  return f;
end;
$$;

-- Publishing: the document (checked by the bot-flows function, validate.ts, before it calls this
-- as the admin) becomes the draft and a new version, published. An admin calling this directly
-- with a broken document only breaks their own flow: the runtime reads every version through
-- the same schema and hands over to people when it cannot run one.
create function public.publish_bot_flow(flow_id uuid, document jsonb, base_revision integer default null)
returns public.bot_flow_versions
language plpgsql
security definer
set search_path = ''
as $$
declare
  f public.bot_flows;
  v public.bot_flow_versions;
begin
  f := private.flow_for_publishing(flow_id, base_revision);
  if jsonb_typeof(document) <> 'object' or pg_column_size(document) > 1048576 then
    raise exception using errcode = '22023', message = 'Parcours illisible.', hint = 'bot_flow_unreadable';
  end if;
  insert into public.bot_flow_versions (organization_id, flow_id, number, document, published_by)
  values (f.organization_id, f.id,
    coalesce((select max(x.number) from public.bot_flow_versions x where x.flow_id = f.id), 0) + 1,
    document, auth.uid())
  returning * into v;
  update public.bot_flows set draft = document, published_version_id = v.id where id = f.id;
  return v;
end;
$$;
revoke all on function public.publish_bot_flow(uuid, jsonb, integer) from anon;
grant execute on function public.publish_bot_flow(uuid, jsonb, integer) to authenticated;

-- Going back to an earlier version: it is published again (sessions already running keep theirs)
-- and becomes the draft.
create function public.roll_back_bot_flow(flow_id uuid, version_id uuid, base_revision integer default null)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  f public.bot_flows;
  v public.bot_flow_versions;
begin
  f := private.flow_for_publishing(flow_id, base_revision);
  select * into v from public.bot_flow_versions where id = version_id and bot_flow_versions.flow_id = f.id;
  if not found then
    raise exception using errcode = 'P0002', message = 'Version introuvable.', hint = 'bot_version_not_found';
  end if;
  update public.bot_flows set draft = v.document, published_version_id = v.id where id = f.id;
end;
$$;
revoke all on function public.roll_back_bot_flow(uuid, uuid, integer) from anon;
grant execute on function public.roll_back_bot_flow(uuid, uuid, integer) to authenticated;
