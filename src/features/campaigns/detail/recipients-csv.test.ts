import { describe, expect, it } from 'vitest';
import type { CampaignRecipient } from './api';
import { recipientCsvHeaders, recipientCsvLine } from './recipients-csv';

const recipient: CampaignRecipient = {
  id: 'r1',
  contact_id: 'c1',
  phone: '+237671234567',
  contact_name: 'Awa; Ngono',
  dispatch: 'rejected',
  status: 'failed',
  sent_at: '2026-11-21T09:00:05Z',
  delivered_at: null,
  read_at: null,
  replied_at: null,
  failed_at: '2026-11-21T09:00:09Z',
  failure_code: '131026',
  failure_reason: 'Numéro injoignable sur WhatsApp',
};

describe('recipientCsvLine', () => {
  it('writes one line per recipient in the headers’ order, dates in the organisation’s time zone', () => {
    expect(recipientCsvLine(recipient, 'Africa/Douala')).toBe(
      '+237671234567;"Awa; Ngono";Échec;2026-11-21 10:00;;;;2026-11-21 10:00;131026;Numéro injoignable sur WhatsApp\r\n',
    );
    expect(recipientCsvHeaders).toHaveLength(10);
  });

  it('defuses a name that would run as a formula', () => {
    expect(recipientCsvLine({ ...recipient, contact_name: '=HYPERLINK("x")' }, 'UTC')).toContain(
      `"'=HYPERLINK(""x"")"`,
    );
  });
});
