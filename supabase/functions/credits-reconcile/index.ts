import { refuseUnlessServicePost } from '../_shared/caller.ts';
import { serviceDatabase } from '../_shared/database.ts';
import { flutterwaveClient, FlutterwaveUnreachable } from '../_shared/flutterwave/client.ts';
import { checkPayment } from '../_shared/flutterwave/settle.ts';
import { json, serveJson } from '../_shared/http.ts';

/**
 * Payments asked about per run: runs come every minute, a verification takes well under a second,
 * and the first one Flutterwave does not answer stops the run.
 */
const BATCH_SIZE = 20;
/** Questions to Flutterwave at once: a few, to keep well under its rate limits. */
const PARALLEL_CHECKS = 5;
/** Longer than a run can last: a payment taken by a run that died is asked about again then. */
const LEASE = '5 minutes';

/**
 * Settles the top-ups whose webhook never came (credits-reconcile in private.scheduled_jobs, every
 * minute, with the service role key): takes a batch of the payments due a check — two minutes
 * after they opened, then less and less often while Flutterwave may still settle them
 * (private.credit_payment_next_check) — and asks Flutterwave about each by its reference, as the
 * return page does: paid or refused ones are settled through private.settle_credit_payment; one
 * still without a transaction once its checkout closed is cancelled. Flutterwave unreachable: the
 * run stops, and the payments it took come back when their lease ends.
 */
Deno.serve(
  serveJson(async (request) => {
    const refused = await refuseUnlessServicePost(
      request,
      'La vérification des paiements de crédits est réservée au service WCAP.',
    );
    if (refused) return refused;
    const claimed = await serviceDatabase()<{ payment_id: string; tx_ref: string }[]>`
      select payment_id, tx_ref
      from private.claim_credit_payment_checks(${BATCH_SIZE}, ${LEASE}::interval)`;
    const outcomes: Record<string, number> = {};
    let unreachable = false;
    if (claimed.length > 0) {
      const flutterwave = flutterwaveClient();
      const queue = [...claimed];
      const worker = async () => {
        for (let next = queue.shift(); next && !unreachable; next = queue.shift()) {
          try {
            const outcome = await checkPayment(
              { id: next.payment_id, txRef: next.tx_ref },
              flutterwave,
            );
            outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          } catch (error) {
            if (!(error instanceof FlutterwaveUnreachable)) throw error;
            console.error(`credits-reconcile: ${error.message}`);
            unreachable = true;
          }
        }
      };
      await Promise.all(Array.from({ length: PARALLEL_CHECKS }, worker));
    }
    return json({ claimed: claimed.length, outcomes, unreachable });
  }),
);
