import { z } from 'zod';
import { asCaller, identifyCaller } from '../_shared/caller.ts';
import { serviceDatabase } from '../_shared/database.ts';
import { flutterwaveClient, FlutterwaveUnreachable } from '../_shared/flutterwave/client.ts';
import { checkPayment } from '../_shared/flutterwave/settle.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { readPersonRequest } from '../_shared/person-request.ts';

/** Our references at Flutterwave, as credit_payments.tx_ref checks them. */
const input = z.object({
  txRef: z.string().regex(/^wcap-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/),
});

interface PaymentRow {
  id: string;
  status: 'pending' | 'successful' | 'failed' | 'cancelled';
  credits: number;
  amount_xaf: number;
  receipt_number: string | null;
}

const notFound = () =>
  errorResponse(404, 'payment_not_found', 'Ce paiement n’existe pas ou ne vous est pas destiné.');

async function paymentById(id: string): Promise<PaymentRow> {
  const [row] = await serviceDatabase()<PaymentRow[]>`
    select id, status, credits, amount_xaf, receipt_number
    from public.credit_payments where id = ${id}`;
  return row!;
}

/**
 * Where a top-up stands, for the page Flutterwave sends the buyer back to (Paramètres › Crédits
 * `?paiement=<txRef>`): POST `{txRef}` by any member of the payment's organisation (read as the
 * caller, so that row-level security answers 404 to anyone else). While Flutterwave may still
 * settle it, Flutterwave is asked by reference first and the payment settled as the webhook would
 * have (private.settle_credit_payment), so the page is right even when the webhook is late or
 * lost; the redirect's own `status` is never trusted. Flutterwave unreachable: the status known
 * so far, pending most often — the webhook or credits-reconcile settles it later.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (!caller || caller.kind !== 'user') {
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour suivre ce paiement.');
    }
    const body = await readPersonRequest(request);
    if (!body.ok) return body.response;
    const parsed = input.safeParse(body.value);
    if (!parsed.success)
      return errorResponse(400, 'invalid_input', 'Référence de paiement invalide.');

    const seen = await asCaller(caller, async (sql) => {
      const [row] = await sql<{ id: string }[]>`
        select id from public.credit_payments where tx_ref = ${parsed.data.txRef}`;
      return row;
    });
    if (!seen) return notFound();

    const [asking] = await serviceDatabase()<{ ask: boolean }[]>`
      select private.begin_credit_payment_check(${seen.id}) as ask`;
    if (asking!.ask) {
      try {
        await checkPayment({ id: seen.id, txRef: parsed.data.txRef }, flutterwaveClient());
      } catch (error) {
        if (!(error instanceof FlutterwaveUnreachable)) throw error;
        console.error(`credit-payment-check: ${error.message}`);
      }
    }
    const payment = await paymentById(seen.id);
    return json({
      status: payment.status,
      credits: payment.credits,
      amountXaf: payment.amount_xaf,
      receiptNumber: payment.receipt_number,
      paymentId: payment.id,
    });
  }),
);
