-- The automatic messages' sweep (every 5 s) read the whole messages table: `author in ('system',
-- 'bot')` matches neither of the two partial indexes that hold these queues, so Postgres scanned
-- every message ever written (80 ms at 300,000 messages, and growing with every organisation's
-- history). Each author's queue is now taken from its own index, oldest first, then merged.
create or replace function private.take_queued_automatic_messages(max_messages integer default 50)
returns setof public.messages
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  return query
  with system_queue as (
    select id, created_at from public.messages
    where author = 'system' and status = 'queued' and event is null
      and ((updated_at = created_at and created_at < now() - interval '5 seconds')
           or updated_at < now() - interval '1 minute')
    order by created_at
    limit max_messages
    for update skip locked
  ),
  bot_queue as (
    select id, created_at from public.messages
    where author = 'bot' and status = 'queued' and event is null
      and ((updated_at = created_at and created_at < now() - interval '5 seconds')
           or updated_at < now() - interval '1 minute')
    order by created_at
    limit max_messages
    for update skip locked
  ),
  taken as (
    select id from (select * from system_queue union all select * from bot_queue) q
    order by created_at
    limit max_messages
  )
  update public.messages m set status = 'queued', updated_at = now()
  from taken
  where m.id = taken.id
  returning m.*;
end;
$$;
