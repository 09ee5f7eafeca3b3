import {
  debitGeneration,
  refusalBeforeModel,
  type CreditRefusal,
  type Spender,
} from './credits.ts';
import { ModelFailure } from './model.ts';
import { writeThreeVariants, type Language, type WritingRequest } from './variants.ts';

export type Generation =
  | {
      ok: true;
      variants: string[];
      language: Language;
      balance: number;
      /** The debit's ledger key: refundGeneration gives it back if the variants cannot be given. */
      debitKey: string;
    }
  | { ok: false; refusal: CreditRefusal }
  | { ok: false; failure: ModelFailure };

/**
 * One paid generation, the same on the web and on WhatsApp: an empty wallet is refused before
 * the model is asked (a trial debit, rolled back); the model's answers are read as structured JSON
 * and every variant checked against WhatsApp's rules; only then is one credit debited, by
 * move_credits, which still refuses a balance spent meanwhile — then the variants are not given.
 * Whatever goes wrong with the model costs nothing: nothing was debited yet. A caller that then
 * cannot hand the variants over gives the credit back with refundGeneration and `debitKey`.
 */
export async function generateVariants(
  spender: Spender,
  request: WritingRequest,
): Promise<Generation> {
  const before = await refusalBeforeModel(spender, request.purpose);
  if (before) return { ok: false, refusal: before };

  let written: { variants: string[]; language: Language };
  try {
    written = await writeThreeVariants(request);
  } catch (error) {
    if (!(error instanceof ModelFailure)) throw error;
    console.error(
      `ai-writing (${spender.channel}): no debit for ${spender.organizationId}: ${error.message}`,
    );
    return { ok: false, failure: error };
  }

  const debited = await debitGeneration(spender, request.purpose);
  if ('refusal' in debited) return { ok: false, refusal: debited.refusal };
  return { ok: true, ...written, balance: debited.balance, debitKey: debited.debitKey };
}
