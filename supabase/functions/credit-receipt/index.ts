import { z } from 'zod';
import { asCaller, identifyCaller } from '../_shared/caller.ts';
import { corsHeaders, errorResponse, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { receiptPdf, type Receipt } from './receipt-pdf.ts';

const paymentId = z.uuid();

interface ReceiptRow {
  receipt_number: string;
  paid_at: Date;
  name: string;
  country_code: string;
  slug: string;
  time_zone: string;
  buyer: string | null;
  pack_id: string;
  credits: number;
  amount_xaf: number;
  payment_type: string | null;
  flutterwave_transaction_id: string;
  tx_ref: string;
}

const notFound = () =>
  errorResponse(
    404,
    'credit_receipt_not_found',
    'Ce reçu n’existe pas ou ne vous est pas destiné.',
  );

/**
 * The French PDF receipt of a paid top-up (Paramètres › Crédits): GET `?payment=<id>`, read as
 * the caller, so that row-level security shows it to the organisation's members only; a payment
 * that is not paid has no receipt. Both are answered 404, a stranger learning nothing.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'GET') return methodNotAllowed(['GET', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (!caller || caller.kind !== 'user') {
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour télécharger ce reçu.');
    }
    const id = paymentId.safeParse(new URL(request.url).searchParams.get('payment'));
    if (!id.success) return errorResponse(400, 'invalid_input', 'Paiement invalide.');
    const row = await asCaller(caller, async (sql) => {
      const [found] = await sql<ReceiptRow[]>`
        select p.receipt_number, p.paid_at, o.name, o.country_code, o.slug, o.time_zone,
               coalesce(b.full_name, b.email) as buyer, p.pack_id, p.credits, p.amount_xaf,
               p.payment_type, p.flutterwave_transaction_id::text, p.tx_ref
        from public.credit_payments p
        join public.organizations o on o.id = p.organization_id
        left join public.profiles b on b.id = p.created_by
        where p.id = ${id.data} and p.status = 'successful'`;
      return found;
    });
    if (!row) return notFound();
    const receipt: Receipt = {
      receiptNumber: row.receipt_number,
      paidAt: new Date(row.paid_at),
      organization: {
        name: row.name,
        countryCode: row.country_code,
        slug: row.slug,
        timeZone: row.time_zone,
      },
      buyer: row.buyer,
      packId: row.pack_id,
      credits: row.credits,
      amountXaf: row.amount_xaf,
      paymentType: row.payment_type,
      flutterwaveTransactionId: row.flutterwave_transaction_id,
      txRef: row.tx_ref,
    };
    return new Response(await receiptPdf(receipt), {
      headers: {
        ...corsHeaders,
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="recu-${row.receipt_number}.pdf"`,
        'Cache-Control': 'private, no-store',
      },
    });
  }),
);
