import { boundedBytes, nestedDeeperThan } from '../_shared/bounded-json.ts';
import { sameSecret } from '../_shared/constant-time.ts';
import { requireEnv } from '../_shared/env.ts';
import { flutterwaveClient, FlutterwaveUnreachable } from '../_shared/flutterwave/client.ts';
import { settleTransaction } from '../_shared/flutterwave/settle.ts';
import { transactionOf, type FlutterwaveTransaction } from '../_shared/flutterwave/transaction.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { base64, hmac } from '../_shared/hmac.ts';

/** A `charge.completed` event is a few kilobytes; far more is not Flutterwave's. */
const MAX_BODY_BYTES = 64 * 1024;
const MAX_JSON_DEPTH = 16;

/**
 * Whether the bytes come from Flutterwave: `verif-hash` carries the dashboard's secret hash
 * verbatim (v3), `flutterwave-signature` an HMAC-SHA256 of the raw body under it (base64); either
 * one suffices while Flutterwave moves from the first to the second (credits-billing-api.md §2.2).
 */
async function signedByFlutterwave(raw: Uint8Array, headers: Headers): Promise<boolean> {
  const secretHash = requireEnv('FLUTTERWAVE_SECRET_HASH');
  const verifHash = headers.get('verif-hash');
  if (verifHash !== null && (await sameSecret(verifHash, secretHash))) return true;
  const signature = headers.get('flutterwave-signature');
  return (
    signature !== null &&
    (await sameSecret(signature, base64(await hmac('SHA-256', secretHash, raw))))
  );
}

/** Why the verification does not vouch for the event, or undefined when it agrees on everything. */
function disagreement(
  event: FlutterwaveTransaction,
  verified: FlutterwaveTransaction,
): string | undefined {
  if (verified.id !== event.id) return 'id';
  if (verified.txRef !== event.txRef) return 'tx_ref';
  if (verified.status !== event.status) return 'status';
  if (verified.currency !== 'XAF' || event.currency !== 'XAF') return 'currency';
  if (verified.amount !== event.amount || !Number.isSafeInteger(verified.amount)) return 'amount';
  return undefined;
}

const acknowledged = (outcome: string, extra: Record<string, unknown> = {}) =>
  json({ ok: true, outcome, ...extra });

/**
 * Flutterwave's webhooks (`charge.completed`). The signature is checked on the body's bytes before
 * anything is read from them: a missing or wrong one is refused with 401 and nothing changes. The
 * event is then only a hint: the transaction is fetched from Flutterwave's API, and the payment is
 * settled with what the API says only if it agrees with the event (reference, status, amount,
 * currency XAF); SQL then checks it against the payment and credits it once, keyed by the
 * transaction's id, whatever the order or number of deliveries. Every event read is acknowledged
 * with 200, those it ignores too, so that Flutterwave stops sending them; 500 only when the
 * database could not be reached or Flutterwave gave no usable answer, so that Flutterwave retries.
 * The return page (credit-payment-check) and a job (credits-reconcile) settle the same payments
 * by their reference when the webhook is late or lost.
 */
async function receive(request: Request): Promise<Response> {
  const raw = await boundedBytes(request, MAX_BODY_BYTES);
  if (raw === undefined) {
    return errorResponse(
      413,
      'payload_too_large',
      `Événement trop volumineux : ${MAX_BODY_BYTES / 1024} Kio au plus.`,
    );
  }
  if (!(await signedByFlutterwave(raw, request.headers))) {
    return errorResponse(401, 'invalid_signature', 'Signature du webhook absente ou invalide.');
  }
  let payload: { event?: unknown; data?: unknown } | undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    if (!nestedDeeperThan(text, MAX_JSON_DEPTH)) payload = JSON.parse(text) as typeof payload;
  } catch {
    payload = undefined;
  }
  if (!payload || typeof payload !== 'object') {
    return errorResponse(
      400,
      'invalid_body',
      'Le corps de la requête n’est pas un événement lisible.',
    );
  }
  if (payload.event !== 'charge.completed') return acknowledged('ignored_event');
  const event = transactionOf(payload.data);
  if (!event) return acknowledged('ignored_unreadable');

  const verified = await flutterwaveClient().verifyTransaction(event.id);
  if (!verified) {
    console.warn(`flutterwave-webhook: transaction ${event.id} unknown to Flutterwave`);
    return acknowledged('not_verified');
  }
  const differs = disagreement(event, verified);
  if (differs) {
    console.warn(
      `flutterwave-webhook: transaction ${event.id} (${event.txRef}): the verification disagrees on ${differs}`,
    );
    return acknowledged('verification_mismatch', { field: differs });
  }
  const settled = await settleTransaction(verified);
  if (settled.outcome !== 'credited' && settled.outcome !== 'already_credited') {
    console.warn(
      `flutterwave-webhook: transaction ${verified.id} (${verified.txRef}): ${settled.outcome}`,
    );
  }
  return acknowledged(settled.outcome, {
    paymentId: settled.payment_id,
    receiptNumber: settled.receipt_number,
  });
}

Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    try {
      return await receive(request);
    } catch (error) {
      // The database or Flutterwave unreachable: 500, and Flutterwave delivers the event again.
      if (!(error instanceof FlutterwaveUnreachable)) throw error;
      console.error(`flutterwave-webhook: ${error.message}`);
      return errorResponse(
        500,
        'payment_provider_unavailable',
        'Le service de paiement Flutterwave ne répond pas pour le moment. Réessayez dans quelques minutes.',
      );
    }
  }),
);
