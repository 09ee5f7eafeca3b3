import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { formatNumber } from '../../lib/format';
import type { LedgerChannel, LedgerReason } from './ledger-filters';

// How the ledger's codes read, in the table, the filters and the CSV file alike.

const reasonLabels: Record<LedgerReason, MessageDescriptor> = {
  welcome: msg`Crédits de bienvenue`,
  topup: msg`Recharge`,
  generation: msg`Rédaction par l’IA`,
  refund: msg`Remboursement`,
  adjustment: msg`Ajustement`,
};

const channelLabels: Record<LedgerChannel, MessageDescriptor> = {
  web: msg`Web`,
  whatsapp: msg`WhatsApp`,
  system: msg`Automatique`,
};

/** A reason the database may hold that this version does not know yet is shown as it is. */
export function ledgerReasonLabel(reason: string): string {
  const label = reasonLabels[reason as LedgerReason] as MessageDescriptor | undefined;
  return label ? i18n._(label) : reason;
}

export function ledgerChannelLabel(channel: string): string {
  const label = channelLabels[channel as LedgerChannel] as MessageDescriptor | undefined;
  return label ? i18n._(label) : channel;
}

/**
 * « +50 » / « −1 »: the sign is written (a true minus sign), so the direction never rests on colour
 * alone.
 */
export function formatCreditDelta(delta: number): string {
  const amount = formatNumber(Math.abs(delta));
  return delta < 0 ? `\u2212${amount}` : `+${amount}`;
}

const formerMember = msg`Ancien membre`;
const platform = msg`Plateforme WCAP`;

/**
 * Who moved the credits: the member's name; « Ancien membre » when a person did but their profile
 * is no longer readable (they left the organisation); « Plateforme WCAP » when the platform did
 * alone (welcome credits).
 */
export function ledgerActorLabel(entry: { actorId: string | null; actorName: string | null }) {
  if (entry.actorName) return entry.actorName;
  return i18n._(entry.actorId ? formerMember : platform);
}
