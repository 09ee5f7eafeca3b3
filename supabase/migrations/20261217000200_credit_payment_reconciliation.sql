-- Credit top-ups that never stay pending (issue 18): Flutterwave's webhook may be late, lost or
-- refused, and a person may close the hosted checkout without paying. Each payment that Flutterwave
-- may still settle is asked about by its reference (GET /v3/transactions/verify_by_reference,
-- whatsapp-providers.md §C4–C5), through the same private.settle_credit_payment as the webhook:
-- by the return page (credit-payment-check) and by a job every minute (credits-reconcile). Their
-- schedule lives here, next to the payments rather than in them: members never see it.

-- How long Flutterwave's hosted checkout takes payments: `session_duration` is at most 1,440
-- minutes (whatsapp-providers.md §C1). Past it, a payment with no transaction at Flutterwave was
-- abandoned (the person closed the page: Flutterwave only redirects with status=cancelled, which
-- is never trusted), and a refused one can no longer be paid on another try.
create function private.credit_checkout_lifetime()
returns interval
language sql
immutable
set search_path = ''
as $$ select interval '24 hours' $$;

-- When to ask Flutterwave about the payment next, or null when nothing can change it any more:
-- paid, or refused or cancelled once its checkout closed. Often while the person may still be
-- paying, then less and less (a tenth of its age, from a minute to an hour): ~60 questions over
-- the checkout's day for a payment nobody finished.
create function private.credit_payment_next_check(payment public.credit_payments)
returns timestamptz
language sql
stable
set search_path = ''
as $$
  select case
    when payment.status = 'successful' then null
    when payment.status <> 'pending'
         and payment.created_at < now() - private.credit_checkout_lifetime() then null
    else now() + least(interval '1 hour',
                       greatest(interval '1 minute', (now() - payment.created_at) / 10))
  end
$$;

create table private.credit_payment_checks (
  payment_id uuid primary key references public.credit_payments (id) on delete cascade,
  -- When the job takes it next; null once nothing can change the payment any more.
  due_at timestamptz,
  -- When someone last started asking Flutterwave (the job or the return page).
  asked_at timestamptz,
  -- When Flutterwave last answered, and what came of it (private.settle_credit_payment's outcome,
  -- `not_found`, `cancelled`, `reference_mismatch`): what support reads of a payment left pending.
  checked_at timestamptz,
  outcome text check (char_length(outcome) <= 40)
);
create index credit_payment_checks_due_idx
  on private.credit_payment_checks (due_at) where due_at is not null;
alter table private.credit_payment_checks enable row level security;

comment on table private.credit_payment_checks is
  'Quand demander à Flutterwave où en est un paiement de crédits (credits-reconcile, credit-payment-check).';

-- The first question waits two minutes: the webhook usually settles the payment within seconds,
-- and asking sooner would only repeat its work.
create function private.schedule_credit_payment_check()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.credit_payment_checks (payment_id, due_at)
  values (new.id, new.created_at + interval '2 minutes');
  return null;
end;
$$;

create trigger credit_payments_schedule_check
  after insert on public.credit_payments
  for each row execute function private.schedule_credit_payment_check();

insert into private.credit_payment_checks (payment_id, due_at)
select p.id, greatest(p.created_at + interval '2 minutes', now())
from public.credit_payments p
where private.credit_payment_next_check(p) is not null;

-- Takes up to `max_payments` payments due, the longest overdue first, for one run of the job:
-- rows locked by another run are skipped, and those taken are not due again before `lease`
-- is over, so two runs never ask about the same payment (a run that dies gives them back then).
-- Payments settled since they were scheduled (the webhook, mostly) are let go on the way.
create function private.claim_credit_payment_checks(max_payments integer, lease interval)
returns table (payment_id uuid, tx_ref text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  update private.credit_payment_checks c set due_at = null
  from public.credit_payments p
  where p.id = c.payment_id and c.due_at <= now() and private.credit_payment_next_check(p) is null;

  return query
  with picked as (
    select c.payment_id
    from private.credit_payment_checks c
    where c.due_at <= now()
    order by c.due_at
    limit greatest(max_payments, 0)
    for update skip locked
  )
  update private.credit_payment_checks c set due_at = now() + lease, asked_at = now()
  from picked, public.credit_payments p
  where c.payment_id = picked.payment_id and p.id = picked.payment_id
  returning c.payment_id, p.tx_ref;
end;
$$;

-- Whether the return page (credit-payment-check) should ask Flutterwave about the payment now:
-- only while Flutterwave may still settle it, and once in five seconds at most, however often or
-- by how many people the page is opened, so that members cannot spend WCAP's API quota.
create function private.begin_credit_payment_check(payment uuid)
returns boolean
language sql
security definer
set search_path = ''
as $$
  with stamped as (
    insert into private.credit_payment_checks as c (payment_id, asked_at)
    select p.id, now() from public.credit_payments p
    where p.id = payment and private.credit_payment_next_check(p) is not null
    on conflict (payment_id) do update set asked_at = now()
      where c.asked_at is null or c.asked_at < now() - interval '5 seconds'
    returning 1
  )
  select exists (select 1 from stamped)
$$;

-- Records what Flutterwave answered about the payment (`result`: private.settle_credit_payment's
-- outcome, or `not_found` when it knows no transaction for the reference) and when to ask next.
-- A payment still pending with no transaction once its checkout closed is `cancelled`; a payment
-- the webhook or another check settled meanwhile keeps what they wrote. Answers the outcome kept.
create function private.finish_credit_payment_check(payment uuid, result text)
returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  kept text := result;
begin
  if result = 'not_found' then
    update public.credit_payments p set status = 'cancelled'
    where p.id = payment and p.status = 'pending'
      and p.created_at < now() - private.credit_checkout_lifetime();
    if found then
      kept := 'cancelled';
    end if;
  end if;
  insert into private.credit_payment_checks as c (payment_id, due_at, checked_at, outcome)
  select p.id, private.credit_payment_next_check(p), now(), kept
  from public.credit_payments p
  where p.id = payment
  on conflict (payment_id) do update
    set due_at = excluded.due_at, checked_at = excluded.checked_at, outcome = excluded.outcome;
  return kept;
end;
$$;

grant execute on function private.claim_credit_payment_checks(integer, interval) to service_role;
grant execute on function private.begin_credit_payment_check(uuid) to service_role;
grant execute on function private.finish_credit_payment_check(uuid, text) to service_role;

-- Every minute: payments whose webhook never came are credited within minutes of the payment.
select private.schedule_job('credits-reconcile', '* * * * *', function_name => 'credits-reconcile');
