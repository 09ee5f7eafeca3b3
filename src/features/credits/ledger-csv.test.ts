import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from './api';
import { ledgerCsvHeaderLine, ledgerCsvLine } from './ledger-csv';

const debit: LedgerEntry = {
  id: 7,
  createdAt: '2026-12-16T09:30:00.123456+00:00',
  delta: -1,
  reason: 'generation',
  channel: 'whatsapp',
  actorId: 'u1',
  actorName: 'Awa; Ngono',
  balanceAfter: 1200,
};

describe('the ledger’s CSV lines', () => {
  it('start with French headers, separated by semicolons', () => {
    expect(ledgerCsvHeaderLine()).toBe('Date;Mouvement;Motif;Canal;Par;Solde après\r\n');
  });

  it('write plain integers, labels and the date in the organisation’s time zone', () => {
    expect(ledgerCsvLine(debit, 'Africa/Douala')).toBe(
      '2026-12-16 10:30;-1;Rédaction par l’IA;WhatsApp;"Awa; Ngono";1200\r\n',
    );
    expect(
      ledgerCsvLine(
        { ...debit, delta: 50, reason: 'topup', channel: 'system', actorId: null, actorName: null },
        'UTC',
      ),
    ).toBe('2026-12-16 09:30;50;Recharge;Automatique;Plateforme WCAP;1200\r\n');
  });

  it('defuses a name that would run as a formula', () => {
    expect(ledgerCsvLine({ ...debit, actorName: '=HYPERLINK("x")' }, 'UTC')).toContain(
      `"'=HYPERLINK(""x"")"`,
    );
  });
});
