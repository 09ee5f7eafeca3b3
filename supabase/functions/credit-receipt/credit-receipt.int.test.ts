import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { stackInfo } from '../../../test-support/clients';
import { createTeam, type Team } from '../../../test-support/personas';
import {
  accessToken,
  completePayment,
  openCheckout,
  paymentOf,
  type PaymentRow,
  waitUntil,
} from '../flutterwave-webhook/top-up-fixtures';

// The French PDF receipt of a paid top-up: members of the organisation download it; strangers
// and unpaid payments get nothing.

let team: Team;
let paid: PaymentRow;

beforeAll(async () => {
  team = await createTeam('recu');
  const txRef = await openCheckout(team.clients.admin, team.organizationId, 'pack_50');
  await completePayment(txRef, 'successful');
  await waitUntil(async () => (await paymentOf(txRef)).status === 'successful', 'the credit');
  paid = await paymentOf(txRef);
});

async function receipt(client: SupabaseClient, paymentId: string): Promise<Response> {
  return fetch(`${stackInfo().functionsUrl}/credit-receipt?payment=${paymentId}`, {
    headers: { Authorization: `Bearer ${await accessToken(client)}`, apikey: stackInfo().anonKey },
  });
}

/**
 * The text a PDF shows, as pdf-lib writes it with the standard fonts: hex strings in WinAnsi
 * (cp1252) inside deflated content streams.
 */
function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const [, stream] of pdf
    .toString('latin1')
    .matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(stream!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const [, hex] of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      lines.push(new TextDecoder('windows-1252').decode(Buffer.from(hex!, 'hex')));
    }
  }
  return lines.join('\n');
}

describe('credit-receipt', () => {
  it('gives a member the numbered French receipt, in FCFA without decimals', async () => {
    const response = await receipt(team.clients.viewer, paid.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(`N° ${paid.receipt_number}`);
    expect(text).toContain('Reçu de paiement');
    expect(text).toContain('Équipe recu');
    expect(text).toContain('Cameroun');
    // The narrow no-break space of « 5 000 » is a narrowed space, the one before FCFA no-break.
    expect(text).toContain('5 000\u00a0FCFA');
    expect(text).toContain(String(paid.flutterwave_transaction_id));
  });

  it('is refused to a stranger, as if it did not exist', async () => {
    const response = await receipt(team.clients.stranger, paid.id);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'credit_receipt_not_found' } });
  });

  it('does not exist for a payment not paid yet', async () => {
    const open = await paymentOf(await openCheckout(team.clients.admin, team.organizationId));
    const response = await receipt(team.clients.admin, open.id);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'credit_receipt_not_found' } });
  });
});
