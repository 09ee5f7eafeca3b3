-- Log in with a code sent on WhatsApp (issue 17). Supabase Auth generates its own (10-digit) code
-- and hands it to the Send SMS hook (the send-sms-hook function), which keeps it sealed here and
-- sends the person a short WCAP code instead. verify-otp checks the WCAP code (expiry, attempts,
-- single use), then redeems Auth's code for a session. Auth itself limits no wrong guesses per
-- code: the limits live here.

-- One code sent to one number for one purpose: `sms` (log in) or `phone_change` (link a number).
-- The code is kept only as an HMAC with a secret the database never sees (the functions' pepper),
-- bound to the challenge, its purpose and its number; Auth's code is sealed with the functions'
-- key. A newer challenge for the same number and purpose ends the older one, as Auth keeps only
-- its latest code.
create table private.otp_challenges (
  id uuid primary key,
  phone text not null check (phone ~ '^\+[1-9][0-9]{6,14}$'),
  purpose text not null check (purpose in ('sms', 'phone_change')),
  user_id uuid not null,
  code_digest bytea not null check (octet_length(code_digest) = 32),
  auth_code text not null,
  attempts smallint not null default 0 check (attempts >= 0),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  consumed_at timestamptz,
  killed_at timestamptz
);
create index otp_challenges_phone_idx on private.otp_challenges (phone, purpose, created_at desc);
create index otp_challenges_created_idx on private.otp_challenges (created_at);

-- Requests counted per bucket (a number's sends, an address's requests) over a sliding window.
-- Addresses are stored as an HMAC, never in clear.
create table private.otp_rate_events (
  bucket text not null,
  at timestamptz not null default now()
);
create index otp_rate_events_bucket_idx on private.otp_rate_events (bucket, at);
create index otp_rate_events_at_idx on private.otp_rate_events (at);

alter table private.otp_challenges enable row level security;
alter table private.otp_rate_events enable row level security;
grant select, insert, update, delete on private.otp_challenges, private.otp_rate_events to service_role;

-- Counts one request in `bucket` and says whether it stays within `max_requests` per `span`.
-- A refused request is counted too: hammering keeps the door shut.
create function private.note_otp_request(bucket text, max_requests integer, span interval)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  recent integer;
begin
  perform pg_advisory_xact_lock(hashtextextended('otp:' || bucket, 0));
  delete from private.otp_rate_events e where e.bucket = note_otp_request.bucket and e.at < now() - span;
  -- Buckets nobody comes back to (an address seen once) go after a day.
  delete from private.otp_rate_events e where e.at < now() - interval '1 day';
  select count(*) into recent from private.otp_rate_events e where e.bucket = note_otp_request.bucket;
  insert into private.otp_rate_events (bucket) values (note_otp_request.bucket);
  return recent < max_requests;
end;
$$;

-- Opens a challenge unless the number asked too recently (a resend after 60 s) or too often (5
-- codes an hour). Answers null when opened, else the refusal and the seconds to wait. Older live
-- challenges of the same number and purpose end; challenges older than a day go.
create function private.open_otp_challenge(
  challenge uuid,
  phone text,
  purpose text,
  user_id uuid,
  code_digest bytea,
  auth_code text,
  lifetime interval
)
returns table (refusal text, retry_after integer)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  last_sent timestamptz;
  sent_this_hour integer;
begin
  perform pg_advisory_xact_lock(hashtextextended('otp-phone:' || phone, 0));
  delete from private.otp_challenges c
  where c.phone = open_otp_challenge.phone and c.created_at < now() - interval '1 day';
  select max(c.created_at), count(*) filter (where c.created_at > now() - interval '1 hour')
  into last_sent, sent_this_hour
  from private.otp_challenges c where c.phone = open_otp_challenge.phone;
  if last_sent > now() - interval '60 seconds' then
    return query select 'too_soon'::text,
      ceil(extract(epoch from last_sent + interval '60 seconds' - now()))::integer;
    return;
  end if;
  if sent_this_hour >= 5 then
    return query select 'too_many'::text, ceil(extract(epoch from (
      select min(c.created_at) from private.otp_challenges c
      where c.phone = open_otp_challenge.phone and c.created_at > now() - interval '1 hour'
    ) + interval '1 hour' - now()))::integer;
    return;
  end if;
  update private.otp_challenges c set killed_at = now()
  where c.phone = open_otp_challenge.phone and c.purpose = open_otp_challenge.purpose
    and c.consumed_at is null and c.killed_at is null;
  insert into private.otp_challenges (id, phone, purpose, user_id, code_digest, auth_code, expires_at)
  values (challenge, phone, purpose, user_id, code_digest, auth_code, now() + lifetime);
  return query select null::text, null::integer;
end;
$$;

-- A challenge whose code could not be sent: Auth keeps no code either, so it never counts.
create function private.drop_otp_challenge(challenge uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from private.otp_challenges where id = challenge;
end;
$$;

-- The live challenge of a number for a purpose, locked until the end of the caller's transaction
-- (verify-otp settles the attempt in the same transaction).
create function private.lock_otp_challenge(phone text, purpose text)
returns table (id uuid, user_id uuid, code_digest bytea, auth_code text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  return query
  select c.id, c.user_id, c.code_digest, c.auth_code from private.otp_challenges c
  where c.phone = lock_otp_challenge.phone and c.purpose = lock_otp_challenge.purpose
    and c.consumed_at is null and c.killed_at is null and c.expires_at > now()
  order by c.created_at desc
  limit 1
  for update;
end;
$$;

-- The outcome of one attempt at a locked challenge: `consumed` (right code, now used), `wrong`, or
-- `killed` (the third wrong code ends it: even the right one fails afterwards).
create function private.settle_otp_attempt(challenge uuid, matched boolean)
returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  tries smallint;
begin
  if matched then
    update private.otp_challenges set consumed_at = now() where id = challenge;
    return 'consumed';
  end if;
  update private.otp_challenges set attempts = attempts + 1,
    killed_at = case when attempts + 1 >= 3 then now() end
  where id = challenge
  returning attempts into tries;
  return case when tries >= 3 then 'killed' else 'wrong' end;
end;
$$;

grant execute on function
  private.note_otp_request(text, integer, interval),
  private.open_otp_challenge(uuid, text, text, uuid, bytea, text, interval),
  private.drop_otp_challenge(uuid),
  private.lock_otp_challenge(text, text),
  private.settle_otp_attempt(uuid, boolean)
to service_role;

-- A person who wrote LOGIN to the platform number: the whatsapp-webhook notes it just before it
-- asks Auth for a code, and the hook, which then sees the function's address rather than the
-- person's, counts that send against the number alone (WhatsApp vouches for who wrote).
create table private.platform_login_requests (
  phone text primary key check (phone ~ '^\+[1-9][0-9]{6,14}$'),
  requested_at timestamptz not null default now()
);
alter table private.platform_login_requests enable row level security;
grant select, insert, update, delete on private.platform_login_requests to service_role;

create function private.note_platform_login(phone text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.platform_login_requests as r (phone) values (phone)
  on conflict on constraint platform_login_requests_pkey do update set requested_at = now();
end;
$$;

-- Whether the number wrote LOGIN in the last 30 seconds; the note is used up.
create function private.take_platform_login(phone text)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  delete from private.platform_login_requests r
  where r.phone = take_platform_login.phone and r.requested_at > now() - interval '30 seconds';
  return found;
end;
$$;

grant execute on function private.note_platform_login(text), private.take_platform_login(text)
to service_role;
