import { boundedText } from '../bounded-json.ts';
import { requireEnv } from '../env.ts';
import { transactionOf, type FlutterwaveTransaction } from './transaction.ts';

/** Flutterwave answers a verification within seconds; past this, it is asked again later. */
const FLUTTERWAVE_TIMEOUT_MS = 15_000;
/** A verification is a few kilobytes; far more is not Flutterwave's. */
const VERIFY_MAX_BYTES = 256 * 1024;

/**
 * Flutterwave could not be asked, or gave no usable answer (down, busy, refusing our key, an
 * answer that is not its JSON): nothing can be concluded, and the question is worth asking again.
 */
export class FlutterwaveUnreachable extends Error {}

/**
 * Flutterwave v3's verification endpoints (whatsapp-providers.md §C4). Each answers Flutterwave's
 * own record of a transaction, or null when Flutterwave says it has none — a forged or mistaken
 * id, or a reference nobody tried to pay yet — and throws FlutterwaveUnreachable otherwise, so
 * that "none" is never concluded from an outage.
 */
export interface FlutterwaveClient {
  /** GET /v3/transactions/{id}/verify */
  verifyTransaction(id: number): Promise<FlutterwaveTransaction | null>;
  /**
   * GET /v3/transactions/verify_by_reference?tx_ref=: the reference's transaction; after a refused
   * try and a paid one on the same checkout, the paid one (as the sandbox answers; unverified).
   */
  verifyReference(txRef: string): Promise<FlutterwaveTransaction | null>;
}

export function createFlutterwaveClient(options: {
  apiUrl: string;
  secretKey: string;
  timeoutMs?: number;
}): FlutterwaveClient {
  const ask = async (path: string, what: string): Promise<FlutterwaveTransaction | null> => {
    let response: Response;
    let text: string | undefined;
    try {
      response = await fetch(`${options.apiUrl.replace(/\/+$/, '')}/${path}`, {
        headers: { Authorization: `Bearer ${options.secretKey}` },
        signal: AbortSignal.timeout(options.timeoutMs ?? FLUTTERWAVE_TIMEOUT_MS),
      });
      text = await boundedText(response, VERIFY_MAX_BYTES);
    } catch (error) {
      throw new FlutterwaveUnreachable(`${what}: ${String(error)}`);
    }
    let answer: { status?: unknown; data?: unknown } | undefined;
    try {
      answer = JSON.parse(text ?? '') as typeof answer;
    } catch {
      // A proxy's error page or a truncated body: refused below.
    }
    // Flutterwave's "No transaction was found for this id" is a 400 in its error body; any other
    // refusal (401 our key, 404 a wrong API URL, 429 busy, 5xx down) says nothing of the transaction.
    if (response.status === 400 && answer?.status === 'error') return null;
    const transaction = response.ok && answer?.status === 'success' && transactionOf(answer.data);
    if (!transaction) {
      throw new FlutterwaveUnreachable(`${what}: unusable answer (HTTP ${response.status})`);
    }
    return transaction;
  };
  return {
    verifyTransaction: (id) => ask(`transactions/${id}/verify`, `verify ${id}`),
    verifyReference: (txRef) =>
      ask(
        `transactions/verify_by_reference?tx_ref=${encodeURIComponent(txRef)}`,
        `verify_by_reference ${txRef}`,
      ),
  };
}

/** The client for the project's Flutterwave account (FLUTTERWAVE_API_URL, its secret key). */
export function flutterwaveClient(): FlutterwaveClient {
  return createFlutterwaveClient({
    apiUrl: requireEnv('FLUTTERWAVE_API_URL'),
    secretKey: requireEnv('FLUTTERWAVE_SECRET_KEY'),
  });
}
