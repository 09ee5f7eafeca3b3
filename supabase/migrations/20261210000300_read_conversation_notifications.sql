-- Opening a conversation reads the member's notifications about it (a conversation given to them,
-- a mention, a contact waiting): the bell no longer asks to be emptied by hand.
create or replace function public.mark_conversation_read(conversation_id uuid, unread boolean default false)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.conversations;
  marker timestamptz;
begin
  select * into c from public.conversations x where x.id = mark_conversation_read.conversation_id;
  if not found or not private.can_see_conversation(c) then
    raise exception using errcode = 'P0002',
      message = 'Conversation introuvable : elle a peut-être été supprimée ou confiée à un autre agent.',
      hint = 'conversation_not_found';
  end if;
  marker := case when unread then coalesce(c.last_inbound_at, now()) - interval '1 millisecond' else now() end;
  insert into public.conversation_reads (conversation_id, user_id, organization_id, last_read_at)
  values (c.id, (select auth.uid()), c.organization_id, marker)
  on conflict on constraint conversation_reads_pkey do update set last_read_at = excluded.last_read_at;
  if not unread then
    update public.notifications n set read_at = now()
    where n.user_id = (select auth.uid()) and n.conversation_id = c.id and n.read_at is null;
  end if;
end;
$$;
