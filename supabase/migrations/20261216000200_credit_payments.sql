-- Credit top-ups (issue 18): a payment per checkout, paid through Flutterwave v3 in XAF
-- (shared/reference/whatsapp-providers.md §C, credits-billing-api.md §2). The payment row is
-- written before Flutterwave is called, with our own reference (tx_ref); the webhook credits it
-- once Flutterwave's API confirmed the transaction, through private.move_credits keyed by
-- Flutterwave's transaction id, and numbers its receipt. Members read their organisation's
-- payments (Paramètres › Crédits, the receipts); nobody writes them through the API.

create table public.credit_payments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  -- Copied from the pack when the checkout opens: a pack whose price changes later leaves the
  -- payments already made with what they were sold for.
  pack_id text not null references public.credit_packs (id),
  credits integer not null check (credits > 0),
  amount_xaf integer not null check (amount_xaf > 0),
  currency text not null default 'XAF' check (currency = 'XAF'),
  -- Our reference at Flutterwave, made here (never by a client): `wcap-<uuid>`.
  tx_ref text not null unique check (tx_ref ~ '^wcap-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$'),
  status text not null default 'pending'
    check (status in ('pending', 'successful', 'failed', 'cancelled')),
  -- The transaction that paid it: one transaction pays one payment, once.
  flutterwave_transaction_id bigint unique check (flutterwave_transaction_id > 0),
  payment_type text check (char_length(payment_type) <= 50),
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  paid_at timestamptz,
  -- « WCAP-2026-000123 »: numbered for the whole platform, per year, in the order payments were
  -- credited, without gaps (private.next_receipt_number).
  receipt_number text unique check (receipt_number ~ '^WCAP-[0-9]{4}-[0-9]{6,}$'),
  -- Paid means credited: the transaction, the date and the receipt come together.
  check ((status = 'successful') = (flutterwave_transaction_id is not null)),
  check ((status = 'successful') = (paid_at is not null)),
  check ((status = 'successful') = (receipt_number is not null))
);
create index credit_payments_organization_created_idx
  on public.credit_payments (organization_id, created_at desc);
create index credit_payments_pack_id_idx on public.credit_payments (pack_id);
create index credit_payments_created_by_idx on public.credit_payments (created_by);

comment on table public.credit_payments is
  'Achats de packs de crédits (Flutterwave, XAF) : un par paiement commencé, crédité une fois.';

alter table public.credit_payments enable row level security;
create policy "members see their organisation's credit payments" on public.credit_payments
  for select to authenticated
  using (organization_id = any (array(select private.caller_organizations())));

revoke all on public.credit_payments from anon, authenticated, service_role;
grant select on public.credit_payments to authenticated, service_role;

-- Receipt numbers ----------------------------------------------------------------------------------
-- A counter row per year rather than a sequence: a sequence skips the numbers of transactions
-- that rolled back, and receipts are numbered without gaps. The row is locked until the payment's
-- transaction ends, so receipts are numbered one payment at a time, in the order they are credited.
create table private.receipt_counters (
  year integer primary key check (year between 2000 and 9999),
  last_number integer not null check (last_number > 0)
);
alter table private.receipt_counters enable row level security;

create function private.next_receipt_number()
returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  receipt_year integer := extract(year from now() at time zone 'Africa/Douala')::integer;
  number integer;
begin
  insert into private.receipt_counters as c (year, last_number) values (receipt_year, 1)
  on conflict (year) do update set last_number = c.last_number + 1
  returning c.last_number into number;
  return format('WCAP-%s-%s', receipt_year, lpad(number::text, 6, '0'));
end;
$$;

-- Opening a payment ---------------------------------------------------------------------------------
-- The checkout (credits-checkout) opens a payment as the caller: only the organisation's owners and
-- admins buy credits. The price and the credits come from the catalogue, never from the caller.
-- The buyer is the caller; only a server connection (no JWT) may name someone else.
create function private.open_credit_payment(org uuid, pack text, actor uuid default null)
returns public.credit_payments
language plpgsql
security definer
set search_path = ''
as $$
declare
  sold public.credit_packs;
  opened public.credit_payments;
begin
  perform private.require_role(org, 'admin',
    'Seuls les propriétaires et les administrateurs achètent des crédits.',
    'credit_purchase_requires_admin');
  if not exists (select 1 from public.organizations where id = org) then
    raise exception using errcode = 'P0002', message = 'Organisation introuvable.',
      hint = 'organization_not_found';
  end if;
  select * into sold from public.credit_packs p where p.id = pack and p.active;
  if not found then
    raise exception using errcode = 'P0002',
      message = 'Ce pack de crédits n’existe pas ou n’est plus proposé.',
      hint = 'credit_pack_not_found';
  end if;
  insert into public.credit_payments (organization_id, pack_id, credits, amount_xaf, tx_ref,
                                      created_by)
  values (org, sold.id, sold.credits, sold.price_xaf, 'wcap-' || gen_random_uuid(),
          case when private.from_client_role() then (select auth.uid()) else actor end)
  returning * into opened;
  return opened;
end;
$$;

-- Settling a payment --------------------------------------------------------------------------------
-- What Flutterwave's API said of a transaction (flutterwave-webhook calls this only after
-- GET /v3/transactions/{id}/verify agreed with the webhook), applied to the payment of `tx_ref`.
-- Whatever order and number of times events arrive, a payment is credited once, by one
-- transaction: its row is locked first, so two deliveries of the same event run one after the
-- other and the second finds it paid. Answers what happened (`outcome`), never raises for an event
-- it refuses, so that the webhook acknowledges it and Flutterwave stops sending it:
--   credited          the wallet grew by the payment's credits; the receipt is numbered;
--   already_credited  the same transaction again: nothing changes;
--   recorded          a failed or cancelled transaction: the payment says so, nothing is credited;
--   pending           nothing to do yet;
--   unknown_payment   no payment has this reference;
--   amount_mismatch, currency_mismatch
--                     the transaction does not pay what the payment asked: nothing changes;
--   paid_by_another   the payment was already paid by another transaction;
--   transaction_used  this transaction already paid another payment.
create function private.settle_credit_payment(
  tx_ref text,
  transaction_id bigint,
  status text,
  amount bigint,
  currency text,
  payment_type text default null
)
returns table (outcome text, payment_id uuid, receipt_number text, balance bigint)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  payment public.credit_payments;
  number text;
  moved record;
begin
  select * into payment from public.credit_payments p
  where p.tx_ref = settle_credit_payment.tx_ref
  for update;
  if not found then
    return query select 'unknown_payment', null::uuid, null::text, null::bigint;
    return;
  end if;
  if settle_credit_payment.currency is distinct from payment.currency then
    return query select 'currency_mismatch', payment.id, payment.receipt_number, null::bigint;
    return;
  end if;
  if settle_credit_payment.amount is distinct from payment.amount_xaf::bigint then
    return query select 'amount_mismatch', payment.id, payment.receipt_number, null::bigint;
    return;
  end if;
  if payment.status = 'successful' then
    return query select
      case when payment.flutterwave_transaction_id = transaction_id
           then 'already_credited' else 'paid_by_another' end,
      payment.id, payment.receipt_number, null::bigint;
    return;
  end if;

  case settle_credit_payment.status
    when 'successful' then
      if exists (select 1 from public.credit_payments p
                 where p.flutterwave_transaction_id = transaction_id) then
        return query select 'transaction_used', payment.id, null::text, null::bigint;
        return;
      end if;
      begin
        number := private.next_receipt_number();
        update public.credit_payments p set
          status = 'successful',
          flutterwave_transaction_id = transaction_id,
          payment_type = left(settle_credit_payment.payment_type, 50),
          paid_at = now(),
          receipt_number = number
        where p.id = payment.id;
      exception when unique_violation then
        -- The same transaction settling another payment at this very moment: it won. (The
        -- counter's increment is undone with the update, so the receipt numbers keep no gap.)
        return query select 'transaction_used', payment.id, null::text, null::bigint;
        return;
      end;
      select * into moved from private.move_credits(
        payment.organization_id, payment.credits, 'topup', 'flw:' || transaction_id,
        payment.created_by, 'system', jsonb_build_object('kind', 'payment', 'id', payment.id));
      return query select 'credited', payment.id, number, moved.balance;
    when 'failed', 'cancelled' then
      update public.credit_payments p set
        status = settle_credit_payment.status,
        payment_type = coalesce(left(settle_credit_payment.payment_type, 50), p.payment_type)
      where p.id = payment.id;
      return query select 'recorded', payment.id, null::text, null::bigint;
    else
      return query select 'pending', payment.id, null::text, null::bigint;
  end case;
end;
$$;

grant execute on function private.open_credit_payment(uuid, text, uuid)
  to authenticated, service_role;
grant execute on function private.settle_credit_payment(text, bigint, text, bigint, text, text)
  to service_role;
