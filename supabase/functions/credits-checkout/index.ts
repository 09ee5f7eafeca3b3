import { z } from 'zod';
import { boundedText } from '../_shared/bounded-json.ts';
import { asCaller, identifyCaller, sqlRefusal, type UserCaller } from '../_shared/caller.ts';
import { requireEnv } from '../_shared/env.ts';
import { CREDITS_PAGE, sitePage } from '../_shared/site.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { readPersonRequest } from '../_shared/person-request.ts';

const input = z.object({
  organizationId: z.uuid(),
  packId: z.string().trim().min(1).max(100),
});

/** The refusals of open_credit_payment by SQLSTATE: an unknown pack or organisation. */
const STATUS_OF_SQLSTATE = new Map([['P0002', 404]]);

/** Flutterwave answers a checkout within seconds; past this, people are told to try again. */
const FLUTTERWAVE_TIMEOUT_MS = 15_000;
/** Flutterwave's answer is a short JSON object holding the link. */
const FLUTTERWAVE_MAX_BYTES = 64 * 1024;

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

/** The hosted checkout's link for the payment, or undefined when Flutterwave refused it. */
async function hostedLink(payment: OpenedPayment, caller: UserCaller): Promise<string | undefined> {
  const returnPage = sitePage(`${CREDITS_PAGE}?paiement=${encodeURIComponent(payment.tx_ref)}`);
  let response: Response;
  try {
    response = await fetch(`${requireEnv('FLUTTERWAVE_API_URL')}/payments`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${requireEnv('FLUTTERWAVE_SECRET_KEY')}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        tx_ref: payment.tx_ref,
        // Whole francs: XAF has no minor unit.
        amount: payment.amount_xaf,
        currency: 'XAF',
        redirect_url: returnPage,
        payment_options: 'mobilemoneyfranco,card',
        // The longest Flutterwave allows: credits-reconcile cancels a payment still without a
        // transaction once this lifetime (private.credit_checkout_lifetime) is over.
        session_duration: 1440,
        customer: {
          email: customerEmail(payment, caller),
          name: payment.full_name ?? undefined,
          phonenumber: payment.phone?.replace(/^\+/, '') ?? undefined,
        },
        customizations: {
          title: 'WCAP — crédits',
          description: `Pack de ${payment.credits} crédits`,
        },
        meta: { payment_id: payment.id, pack_id: payment.pack_id },
      }),
      signal: AbortSignal.timeout(FLUTTERWAVE_TIMEOUT_MS),
    });
  } catch (error) {
    console.error(`credits-checkout: Flutterwave unreachable for ${payment.tx_ref}`, error);
    return undefined;
  }
  const text = await boundedText(response, FLUTTERWAVE_MAX_BYTES);
  let answer: { status?: unknown; message?: unknown; data?: { link?: unknown } | null } = {};
  try {
    answer = JSON.parse(text ?? '') as typeof answer;
  } catch {
    // Not Flutterwave's JSON: a proxy's error page, refused below.
  }
  const link = answer.data?.link;
  if (!response.ok || answer.status !== 'success' || typeof link !== 'string') {
    console.error(
      `credits-checkout: Flutterwave refused ${payment.tx_ref}: ${response.status} ${String(answer.message)}`,
    );
    return undefined;
  }
  return link;
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
