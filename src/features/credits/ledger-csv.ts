import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { formatCsvDateTime } from '../../domain/contacts/export';
import { csvLine } from '../../lib/excel-csv';
import type { LedgerEntry } from './api';
import { ledgerActorLabel, ledgerChannelLabel, ledgerReasonLabel } from './ledger-labels';

// The lines of the ledger's CSV file, which French Excel opens as it is (see lib/excel-csv): the
// movement and the balance as plain integers (« -1 », « 50 ») that Excel sums, the date in the
// organisation's time zone.

/** The file's first line, read in the active language when the file is written. */
export const ledgerCsvHeaders: readonly MessageDescriptor[] = [
  msg`Date`,
  msg`Mouvement`,
  msg`Motif`,
  msg`Canal`,
  msg`Par`,
  msg`Solde après`,
];

export function ledgerCsvHeaderLine(): string {
  return csvLine(ledgerCsvHeaders.map((header) => i18n._(header)));
}

export function ledgerCsvLine(entry: LedgerEntry, timeZone: string): string {
  return csvLine([
    formatCsvDateTime(entry.createdAt, timeZone),
    String(entry.delta),
    ledgerReasonLabel(entry.reason),
    ledgerChannelLabel(entry.channel),
    ledgerActorLabel(entry),
    String(entry.balanceAfter),
  ]);
}
