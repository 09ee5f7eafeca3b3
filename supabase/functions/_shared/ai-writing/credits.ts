import { serviceDatabase, type Queryable } from '../database.ts';
import type { Purpose } from './whatsapp-rules.ts';

/** A generation costs one credit, taken only once three valid variants came back. */
export const GENERATION_COST = 1;

/**
 * Whose credits pay, who spends them and from where. The entry point (ai-generate for a signed-in
 * member, the WhatsApp assistant for the person behind a number) has checked that the actor may
 * spend this organisation's credits on AI.
 */
export interface Spender {
  organizationId: string;
  actorId: string;
  channel: 'web' | 'whatsapp';
}

/**
 * move_credits' refusals, with its French message: a balance too low (and that balance), or an
 * organisation that is gone.
 */
export type CreditRefusal =
  | { code: 'insufficient_credits'; message: string; balance: number }
  | { code: 'organization_not_found'; message: string };

/** The refusal move_credits raised, or undefined for any other error. */
function creditRefusal(error: unknown): CreditRefusal | undefined {
  const { code, hint, message, detail } = (error ?? {}) as Record<string, unknown>;
  if (typeof message !== 'string') return undefined;
  if (code === 'P0001' && hint === 'insufficient_credits') {
    let balance = 0;
    try {
      balance = Number((JSON.parse(String(detail)) as { balance?: unknown }).balance) || 0;
    } catch {
      // move_credits always gives it; a refusal without it still refuses.
    }
    return { code: 'insufficient_credits', message, balance };
  }
  if (code === 'P0002' && hint === 'organization_not_found') {
    return { code: 'organization_not_found', message };
  }
  return undefined;
}

/** A debit that passed: the balance it left, and its ledger key for refundGeneration. */
export interface Debit {
  balance: number;
  debitKey: string;
}

/** One generation's debit by move_credits, once, under its own key. */
async function debit(sql: Queryable, spender: Spender, purpose: Purpose): Promise<Debit> {
  const debitKey = `ai:${crypto.randomUUID()}`;
  const [row] = await sql<{ balance: string }[]>`
    select balance from private.move_credits(
      ${spender.organizationId}, ${-GENERATION_COST}, 'generation', ${debitKey},
      ${spender.actorId}, ${spender.channel}, ${sql.json({ kind: 'generation', purpose })})`;
  return { balance: Number(row!.balance), debitKey };
}

/** The debit, or move_credits' refusal of it. */
export async function debitGeneration(
  spender: Spender,
  purpose: Purpose,
): Promise<Debit | { refusal: CreditRefusal }> {
  try {
    return await debit(serviceDatabase(), spender, purpose);
  } catch (error) {
    const refusal = creditRefusal(error);
    if (refusal) return { refusal };
    throw error;
  }
}

/**
 * Gives back a generation's debit whose variants never reached the person, by refund_credits:
 * what the debit took, once (keyed `refund:<debit key>`), on the debit's channel, the spender as
 * actor. True when this call gave it back; false when it was given back already, or when the
 * debit (or the organisation) is gone.
 */
export async function refundGeneration(spender: Spender, debitKey: string): Promise<boolean> {
  const [row] = await serviceDatabase()<{ applied: boolean }[]>`
    select applied from private.refund_credits(
      ${spender.organizationId}, ${debitKey}, ${spender.actorId})`;
  return row?.applied ?? false;
}

/** Thrown to roll the trial debit back once it passed. */
const TRIAL_PASSED = Symbol('trial debit passed');

/**
 * move_credits' own refusal when the balance cannot pay for a generation, before the model is
 * asked: the debit is tried and rolled back, so the answer is exactly the one the real debit
 * gives. Undefined when the balance covers it.
 */
export async function refusalBeforeModel(
  spender: Spender,
  purpose: Purpose,
): Promise<CreditRefusal | undefined> {
  try {
    await serviceDatabase().begin(async (tx) => {
      await debit(tx, spender, purpose);
      throw TRIAL_PASSED;
    });
  } catch (error) {
    if (error === TRIAL_PASSED) return undefined;
    const refusal = creditRefusal(error);
    if (refusal) return refusal;
    throw error;
  }
  return undefined;
}
