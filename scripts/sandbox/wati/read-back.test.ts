import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWatiSandbox, type WatiSandbox } from './sandbox';
import { sandboxApi } from '../../../test-support/wati/sandbox-api';

// After a send whose answer was lost (a 5xx or a timeout after Wati accepted it), WCAP's
// dispatcher reads back what Wati took: it finds its batch by name among the newest broadcasts,
// then pages through the recipients and matches them by `local_message_id`.

const V3 = '/api/ext/v3';

let sandbox: WatiSandbox;
beforeAll(async () => {
  sandbox = await startWatiSandbox({ webhookDelayMs: { sent: 1, delivered: 2, read: 3 } });
});
afterAll(() => sandbox.stop());

function batch(name: string, count: number, prefix: string) {
  return {
    template_name: 'bienvenue',
    broadcast_name: name,
    recipients: Array.from({ length: count }, (_, index) => ({
      phone_number: `23765${prefix}${String(index).padStart(4, '0')}`,
      local_message_id: `${name}-${index}`,
      custom_params: [{ name: 'name', value: 'Awa' }],
    })),
  };
}

interface BroadcastPage {
  broadcasts: Array<{ id: string; name: string }>;
  total: number;
}
interface RecipientPage {
  recipients: Array<{ local_message_id: string; status: string }>;
  total_count: number;
}

describe('broadcast read-back after an unknown outcome', () => {
  it('lists broadcasts newest first and gives every recipient’s local_message_id, page by page', async () => {
    const { call } = sandboxApi(sandbox, 'read-back');
    expect(
      (await call('POST', `${V3}/messageTemplates/send`, batch('lot-1', 3, '3001'))).status,
    ).toBe(200);

    // The batch in doubt: 250 recipients, one with a number Wati refuses, answered 502.
    sandbox.setFaults({ errorAfterAcceptRate: 1, errorAfterAcceptStatus: 502 }, 'read-back');
    const doubtful = batch('lot-2', 250, '3002');
    doubtful.recipients[7]!.phone_number = 'pas-un-numero';
    expect((await call('POST', `${V3}/messageTemplates/send`, doubtful)).status).toBe(502);
    sandbox.setFaults({}, 'read-back');
    expect(
      (await call('POST', `${V3}/messageTemplates/send`, batch('lot-3', 2, '3003'))).status,
    ).toBe(200);

    const list = async (page: number) =>
      (await call('GET', `${V3}/broadcasts?page_number=${page}&page_size=2`)).json as BroadcastPage;
    const first = await list(1);
    expect(first.broadcasts.map((broadcast) => broadcast.name)).toEqual(['lot-3', 'lot-2']);
    expect(first.total).toBe(3);
    expect((await list(2)).broadcasts.map((broadcast) => broadcast.name)).toEqual(['lot-1']);

    const found = first.broadcasts.find((broadcast) => broadcast.name === 'lot-2')!;
    const atWati = new Set<string>();
    let pages = 0;
    for (let page = 1; ; page += 1) {
      const reply = await call(
        'GET',
        `${V3}/broadcasts/${found.id}/recipients?page_number=${page}&page_size=100`,
      );
      expect(reply.status).toBe(200);
      const { recipients, total_count } = reply.json as RecipientPage;
      pages += 1;
      expect(total_count).toBe(249);
      for (const recipient of recipients) atWati.add(recipient.local_message_id);
      if (recipients.length < 100) break;
    }
    expect(pages).toBe(3);
    const expected = doubtful.recipients
      .filter((recipient) => recipient.phone_number !== 'pas-un-numero')
      .map((recipient) => recipient.local_message_id);
    expect([...atWati].sort()).toEqual(expected.sort());
    // The one refused never reached Wati: the dispatcher may send it again.
    expect(atWati.has('lot-2-7')).toBe(false);
  });
});
