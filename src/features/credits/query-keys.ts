import { queryKeys } from '../../lib/query-keys';
import type { LedgerQuery } from './ledger-filters';

// This feature's query keys. The organisation's credits share one prefix under the organisation
// (so switching or leaving it drops them), which a change of the wallet refreshes at once: a
// top-up or a generation moves the balance, the ledger, the chart and the payments together.
export const creditsKeys = {
  all: (organizationId: string) => [...queryKeys.organization(organizationId), 'credits'] as const,
  wallet: (organizationId: string) =>
    [...queryKeys.organization(organizationId), 'credits', 'wallet'] as const,
  payments: (organizationId: string) =>
    [...queryKeys.organization(organizationId), 'credits', 'payments'] as const,
  ledger: (organizationId: string, query: LedgerQuery) =>
    [...queryKeys.organization(organizationId), 'credits', 'ledger', query] as const,
  balanceHistory: (organizationId: string, timeZone: string) =>
    [...queryKeys.organization(organizationId), 'credits', 'balance-history', timeZone] as const,
  paymentCheck: (organizationId: string, txRef: string) =>
    [...queryKeys.organization(organizationId), 'credits', 'payment-check', txRef] as const,
  // The platform's catalogue, the same for every organisation.
  packs: ['credit-packs'] as const,
};
