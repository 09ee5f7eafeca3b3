-- Credits (issue 18): one wallet per organisation, spent by its members on the web and on
-- WhatsApp, topped up by mobile money. A balance row that can never go below zero and an
-- append-only ledger, both written by one SQL function (private.move_credits) in one transaction:
-- the design measured never to overdraw in shared/reference/credits-billing-api.md §1. Members
-- read their organisation's wallet and ledger; nobody writes either through the API, not even the
-- service role: Edge Functions move credits only through the functions below.

-- Packs ------------------------------------------------------------------------------------------
-- What a top-up buys, priced in whole francs (XAF has no minor unit). One catalogue for the whole
-- platform, like the plans: the price of a credit is the platform's business, not an organisation's,
-- so the platform's admins choose the packs in a migration or an ops script (as `postgres`), never
-- through the API, where a leaked key or a member's token could make credits cheap. A pack that is
-- no longer sold is set inactive rather than deleted: payments made for it still name it.
create table public.credit_packs (
  id text primary key check (id ~ '^[a-z][a-z0-9_]*$'),
  credits integer not null check (credits > 0),
  price_xaf integer not null check (price_xaf > 0),
  active boolean not null default true,
  sort_order smallint not null default 0
);

comment on table public.credit_packs is 'Packs de crédits vendus (prix en XAF, francs entiers).';

insert into public.credit_packs (id, credits, price_xaf, sort_order) values
  ('pack_50', 50, 5000, 1),
  ('pack_120', 120, 10000, 2),
  ('pack_300', 300, 22500, 3);

alter table public.credit_packs enable row level security;
-- Everyone signed in sees the catalogue (the UI shows the active packs); inactive packs stay
-- readable for the payments that name them.
create policy "signed-in people see the credit packs" on public.credit_packs
  for select to authenticated using (true);

-- Wallets ----------------------------------------------------------------------------------------
-- The balance is a row rather than the ledger's sum, so that a debit is one conditional UPDATE
-- that Postgres re-checks against the committed balance once it holds the row's lock (§1.1); the
-- check constraint is the backstop.
create table public.credit_wallets (
  organization_id uuid primary key references public.organizations (id) on delete cascade,
  balance bigint not null default 0 check (balance >= 0),
  updated_at timestamptz not null default now()
);

alter table public.credit_wallets enable row level security;
create policy "members see their organisation's credit balance" on public.credit_wallets
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));

-- Ledger -----------------------------------------------------------------------------------------
-- Every movement of a wallet, with the balance it left. Append-only: a mistake is corrected by a
-- new line (reason 'adjustment'), never by changing or removing one. The sign of a delta follows
-- from its reason, so a caller that mixes them up is refused rather than minting credits.
create table public.credit_ledger (
  id bigint generated always as identity primary key,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  delta bigint not null,
  reason text not null check (reason in ('welcome', 'topup', 'generation', 'refund', 'adjustment')),
  -- Who spent or bought: null when the platform itself moved the credits (welcome, a webhook).
  actor_id uuid references public.profiles (id) on delete set null,
  channel text not null check (channel in ('web', 'whatsapp', 'system')),
  -- What the credits paid for or came from, e.g. {"kind": "generation", "id": …},
  -- {"kind": "payment", "id": …}; a refund names the ledger line it gives back.
  subject jsonb check (subject is null or (jsonb_typeof(subject) = 'object' and subject ? 'kind')),
  balance_after bigint not null check (balance_after >= 0),
  -- The operation's natural key (`flw:<transaction id>`, `ai:<request id>`, `refund:<key>`…):
  -- the same key twice is one movement (§1.4).
  idempotency_key text not null check (char_length(idempotency_key) between 1 and 200),
  created_at timestamptz not null default now(),
  unique (organization_id, idempotency_key),
  check (case reason
           when 'generation' then delta < 0
           when 'adjustment' then delta <> 0
           else delta > 0
         end)
);
create index credit_ledger_organization_created_idx
  on public.credit_ledger (organization_id, created_at desc, id desc);
create index credit_ledger_actor_id_idx on public.credit_ledger (actor_id);

alter table public.credit_ledger enable row level security;
create policy "members see their organisation's credit ledger" on public.credit_ledger
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));

-- The backstop behind the privileges, for whoever writes as the owner (an ops script, a function
-- on the service connection). Two changes come from Postgres itself and stay possible: an
-- organisation's deletion takes its ledger with it (on delete cascade), and a deleted account
-- leaves its lines without a name (on delete set null), nothing else changed.
create function private.keep_credit_ledger_append_only()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  nameless public.credit_ledger;
begin
  if tg_op = 'UPDATE' then
    nameless := old;
    nameless.actor_id := null;
    if new is not distinct from nameless then
      return new;
    end if;
  elsif tg_op = 'DELETE'
        and not exists (select 1 from public.organizations where id = old.organization_id) then
    return old;
  end if;
  raise exception using errcode = '42501',
    message = 'Le journal des crédits ne se modifie pas : une correction s''y ajoute comme une nouvelle ligne.',
    hint = 'credit_ledger_append_only';
end;
$$;

create trigger credit_ledger_append_only before update or delete on public.credit_ledger
  for each row execute function private.keep_credit_ledger_append_only();
create trigger credit_ledger_no_truncate before truncate on public.credit_ledger
  for each statement execute function private.keep_credit_ledger_append_only();

-- Nobody writes through the API; members and the service role read (under RLS for members).
revoke all on public.credit_packs, public.credit_wallets, public.credit_ledger
  from anon, authenticated, service_role;
grant select on public.credit_packs, public.credit_wallets, public.credit_ledger
  to authenticated, service_role;

-- The balance grows live in Paramètres › Crédits after a payment.
alter publication supabase_realtime add table public.credit_wallets;

-- Moving credits ---------------------------------------------------------------------------------
-- The one way credits move: `delta` (> 0 credits the wallet, < 0 debits it) for `reason`, once per
-- `idempotency_key` within the organisation. Answers whether this call applied it, the balance
-- after it, and the ledger line. A key already used changes nothing and answers the line it wrote
-- with applied = false and the current balance. A debit the balance does not cover is refused
-- with insufficient_credits, and nothing is written.
--
-- Why it is race-free, in this order:
-- 1. The wallet's row is locked first (FOR NO KEY UPDATE, the lock the UPDATE below takes
--    anyway): every movement of one organisation holds it until its transaction ends, so they
--    run one at a time from here on.
-- 2. Only then is the key looked up. In Read Committed each statement takes a fresh snapshot, so
--    this lookup sees every movement committed before the lock was granted: two calls with the
--    same key cannot both find it free. (A lookup before the lock could: the second would then
--    fail on the unique key instead of answering the first's line, as scripts/credits/
--    credits.int.test.ts shows with one key sent on 20 connections at once. An insert with
--    `on conflict do nothing` before the update would need a placeholder balance_after updated
--    afterwards, which the ledger refuses; after the update, a conflict would leave the balance
--    moved without its line.)
-- 3. The conditional UPDATE moves the balance only if it stays >= 0; Postgres re-evaluates its
--    WHERE against the latest committed row, so even without step 1 two debits could not both
--    pass on a stale balance (§1.1), and the check constraint refuses a negative balance whatever
--    writes it.
-- 4. The ledger line is inserted once, with the balance the UPDATE returned. The unique
--    (organization_id, idempotency_key) stays as the last guard.
-- The cost is one lock per organisation per movement, which the UPDATE alone takes already.
create function private.move_credits(
  org uuid,
  delta bigint,
  reason text,
  idempotency_key text,
  actor uuid default null,
  channel text default 'system',
  subject jsonb default null
)
returns table (applied boolean, balance bigint, ledger_id bigint)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  current_balance bigint;
  existing bigint;
  moved bigint;
  written bigint;
begin
  select w.balance into current_balance
  from public.credit_wallets w where w.organization_id = org
  for no key update;
  if not found then
    raise exception using errcode = 'P0002', message = 'Organisation introuvable.',
      hint = 'organization_not_found';
  end if;

  select l.id into existing from public.credit_ledger l
  where l.organization_id = org and l.idempotency_key = move_credits.idempotency_key;
  if found then
    return query select false, current_balance, existing;
    return;
  end if;

  update public.credit_wallets w
  set balance = w.balance + move_credits.delta, updated_at = now()
  where w.organization_id = org and w.balance + move_credits.delta >= 0
  returning w.balance into moved;
  if not found then
    raise exception using errcode = 'P0001',
      message = format('Crédits insuffisants : il vous reste %s crédit%s.',
                       to_char(current_balance, 'FM999G999G999'),
                       case when current_balance > 1 then 's' else '' end),
      detail = jsonb_build_object('balance', current_balance)::text,
      hint = 'insufficient_credits';
  end if;

  insert into public.credit_ledger (organization_id, delta, reason, actor_id, channel, subject,
                                    balance_after, idempotency_key)
  values (org, move_credits.delta, move_credits.reason, actor, move_credits.channel,
          move_credits.subject, moved, move_credits.idempotency_key)
  returning id into written;
  return query select true, moved, written;
end;
$$;

-- Gives back a debit whose work failed (a generation the model could not write): exactly what
-- the debit took, once, keyed `refund:<the debit's key>`, with the debit's channel and subject.
-- The amount comes from the ledger rather than from the caller, so a refund can never mint
-- credits: a debit that was refused (no line) or never made gives back nothing (applied = false,
-- no line), and a second refund of the same debit is the first one's replay.
create function private.refund_credits(org uuid, debit_key text, actor uuid default null)
returns table (applied boolean, balance bigint, ledger_id bigint)
language plpgsql
security definer
set search_path = ''
as $$
declare
  debit public.credit_ledger;
begin
  select * into debit from public.credit_ledger l
  where l.organization_id = org and l.idempotency_key = debit_key and l.delta < 0;
  if not found then
    return query select false, w.balance, null::bigint
      from public.credit_wallets w where w.organization_id = org;
    return;
  end if;
  return query select * from private.move_credits(
    org, -debit.delta, 'refund', 'refund:' || debit_key, actor, debit.channel,
    coalesce(debit.subject, jsonb_build_object('kind', 'debit'))
      || jsonb_build_object('refundOf', debit.id));
end;
$$;

grant execute on function
  private.move_credits(uuid, bigint, text, text, uuid, text, jsonb),
  private.refund_credits(uuid, text, uuid)
to service_role;

-- Wallets for every organisation, and welcome credits ---------------------------------------------
-- The people who received their welcome credits, kept apart from the ledger so that deleting the
-- organisation (and its ledger) and creating another does not welcome them again.
create table private.welcome_credit_grants (
  user_id uuid primary key references auth.users (id) on delete cascade,
  organization_id uuid not null,
  granted_at timestamptz not null default now()
);
alter table private.welcome_credit_grants enable row level security;

-- Every organisation gets its wallet when it is created. The person who created it (created_by:
-- public.create_organization, later the personal organisation of a WhatsApp login) gets 5
-- welcome credits in it if it is the first they ever created. An organisation made by ops or the
-- seed without a creator gets none; a number that only wrote to the platform has no organisation.
create function private.open_credit_wallet()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.credit_wallets (organization_id) values (new.id);
  if new.created_by is not null then
    insert into private.welcome_credit_grants (user_id, organization_id)
    values (new.created_by, new.id)
    on conflict (user_id) do nothing;
    if found then
      perform private.move_credits(new.id, 5, 'welcome', 'welcome', null, 'system',
                                   jsonb_build_object('kind', 'welcome'));
    end if;
  end if;
  return null;
end;
$$;

create trigger organizations_credit_wallet after insert on public.organizations
  for each row execute function private.open_credit_wallet();

-- Organisations that exist already: a wallet each, and their creators the welcome they would have
-- had, in the first of their organisations still there (so that none of them is welcomed later,
-- on a second organisation).
insert into public.credit_wallets (organization_id) select id from public.organizations;

do $$
declare
  first_created record;
begin
  for first_created in
    select distinct on (o.created_by) o.created_by, o.id
    from public.organizations o
    where o.created_by is not null
    order by o.created_by, o.created_at, o.id
  loop
    insert into private.welcome_credit_grants (user_id, organization_id)
    values (first_created.created_by, first_created.id);
    perform private.move_credits(first_created.id, 5, 'welcome', 'welcome', null, 'system',
                                 jsonb_build_object('kind', 'welcome'));
  end loop;
end
$$;
