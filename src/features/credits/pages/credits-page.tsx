import { useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useWorkspace } from '../../../lib/workspace';
import { BalanceCard } from '../components/balance-card';
import { BalanceChartCard } from '../components/balance-chart-card';
import { LedgerSection } from '../components/ledger-section';
import { PacksSection } from '../components/packs-section';
import { PaymentReturnPanel } from '../components/payment-return-panel';
import { PaymentsSection } from '../components/payments-section';
import { useLiveCredits } from '../hooks/use-credit-balance';
import { readPaymentReference, withoutPaymentReturn } from '../payment-return';
import { canBuyCredits } from '../permissions';

/**
 * Paramètres › Crédits: the organisation's balance (live), its last 30 days, the packs on sale,
 * the payments with their receipts and the ledger. Flutterwave's checkout comes back here with
 * ?paiement=<reference>, which opens the payment's panel on top.
 */
export function CreditsPage() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const [searchParams, setSearchParams] = useSearchParams();
  const reference = readPaymentReference(searchParams);
  const canBuy = canBuyCredits(role);
  const packsId = useId();
  useLiveCredits(organization.id);

  const closePayment = () =>
    setSearchParams(() => withoutPaymentReturn(new URLSearchParams(window.location.search)), {
      replace: true,
    });
  const choosePack = () => {
    closePayment();
    const packs = document.getElementById(packsId);
    packs?.scrollIntoView({ block: 'start' });
    packs?.focus();
  };

  return (
    <div key={organization.id} className="flex flex-col gap-6">
      <title>{t`Crédits · Paramètres · WCAP`}</title>
      {reference && (
        <PaymentReturnPanel
          key={reference.txRef}
          organizationId={organization.id}
          reference={reference}
          canBuy={canBuy}
          onClose={closePayment}
          onChoosePack={choosePack}
        />
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <BalanceCard organizationId={organization.id} />
        <BalanceChartCard organizationId={organization.id} timeZone={organization.time_zone} />
      </div>
      {/* Focused when a failed payment's panel sends the person back to the packs. */}
      <div id={packsId} tabIndex={-1} className="rounded-xl">
        <PacksSection organizationId={organization.id} canBuy={canBuy} />
      </div>
      <PaymentsSection organizationId={organization.id} timeZone={organization.time_zone} />
      <LedgerSection organizationId={organization.id} timeZone={organization.time_zone} />
    </div>
  );
}
