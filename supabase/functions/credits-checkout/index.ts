import { z } from 'zod';
import { asCaller, identifyCaller, sqlRefusal, type UserCaller } from '../_shared/caller.ts';
import { flutterwaveClient, type HostedPayment } from '../_shared/flutterwave/client.ts';
import { CREDITS_PAGE, sitePage } from '../_shared/site.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { readPersonRequest } from '../_shared/person-request.ts';

const input = z.object({
  organizationId: z.uuid(),
  packId: z.string().trim().min(1).max(100),
});

/** The refusals of open_credit_payment by SQLSTATE: an unknown pack or organisation. */
const STATUS_OF_SQLSTATE = new Map([['P0002', 404]]);

interface OpenedPayment {
  id: string;
  tx_ref: string;
  pack_id: string;
  credits: number;
  amount_xaf: number;
  email: string | null;
  full_name: string | null;
  phone: string | null;
}

/**
 * The payment opened as the caller (SQL refuses anyone but the organisation's owners and admins,
 * and an unknown or withdrawn pack), with what Flutterwave asks of the customer.
 */
function openPayment(caller: UserCaller, organizationId: string, packId: string) {
  return asCaller(caller, async (sql) => {
    const [row] = await sql<OpenedPayment[]>`
      select p.id, p.tx_ref, p.pack_id, p.credits, p.amount_xaf, f.email, f.full_name, f.phone
      from private.open_credit_payment(${organizationId}, ${packId}) p
      left join public.profiles f on f.id = p.created_by`;
    return row!;
  });
}

/**
 * Flutterwave requires an e-mail address; a person who signed in by WhatsApp may have none. The
 * reserved `.invalid` domain names them for Flutterwave's customer record (one per person) while
 * guaranteeing that nothing Flutterwave sends there reaches anyone else.
 */
function customerEmail(payment: OpenedPayment, caller: UserCaller): string {
  const claimed = typeof caller.claims.email === 'string' ? caller.claims.email : '';
  return payment.email || claimed || `membre-${caller.userId}@paiements.wcap.invalid`;
}

const providerUnavailable = () =>
  errorResponse(
    502,
    'payment_provider_unavailable',
    'Le service de paiement Flutterwave ne répond pas pour le moment. Réessayez dans quelques minutes.',
  );

/** The hosted checkout's link for the payment, or undefined when Flutterwave gave none. */
async function hostedLink(payment: OpenedPayment, caller: UserCaller): Promise<string | undefined> {
  let answer: HostedPayment;
  try {
    answer = await flutterwaveClient().createHostedPayment({
      txRef: payment.tx_ref,
      amountXaf: payment.amount_xaf,
      redirectUrl: sitePage(`${CREDITS_PAGE}?paiement=${encodeURIComponent(payment.tx_ref)}`),
      paymentOptions: ['mobilemoneyfranco', 'card'],
      // The longest Flutterwave allows: credits-reconcile cancels a payment still without a
      // transaction once this lifetime (private.credit_checkout_lifetime) is over.
      sessionMinutes: 1440,
      customer: {
        email: customerEmail(payment, caller),
        name: payment.full_name ?? undefined,
        phone: payment.phone ?? undefined,
      },
      title: 'WCAP — crédits',
      description: `Pack de ${payment.credits} crédits`,
      meta: { payment_id: payment.id, pack_id: payment.pack_id },
    });
  } catch (error) {
    // FlutterwaveUnreachable, or Flutterwave's configuration missing (MissingEnvError): either
    // way the person can only be told to try again later.
    console.error(`credits-checkout: Flutterwave unreachable for ${payment.tx_ref}`, error);
    return undefined;
  }
  if (!answer.ok) {
    console.error(`credits-checkout: Flutterwave refused ${payment.tx_ref}: ${answer.refusal}`);
    return undefined;
  }
  return answer.link;
}

/**
 * « Acheter » in Paramètres › Crédits: opens a payment for the pack as the caller (owners and
 * admins only, SQL decides), then Flutterwave's hosted checkout for it, in whole francs, offering
 * mobile money and card. Answers the checkout's link and our reference; the credits come later,
 * from flutterwave-webhook, once Flutterwave confirmed the payment — never from the redirect.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (!caller || caller.kind !== 'user') {
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour acheter des crédits.');
    }
    const body = await readPersonRequest(request);
    if (!body.ok) return body.response;
    const parsed = input.safeParse(body.value);
    if (!parsed.success) {
      return errorResponse(400, 'invalid_input', 'Choisissez un pack et une organisation.');
    }
    let payment: OpenedPayment;
    try {
      payment = await openPayment(caller, parsed.data.organizationId, parsed.data.packId);
    } catch (error) {
      const answer = sqlRefusal(error, STATUS_OF_SQLSTATE);
      if (answer) return answer;
      throw error;
    }
    const link = await hostedLink(payment, caller);
    if (!link) return providerUnavailable();
    return json({ link, txRef: payment.tx_ref });
  }),
);
