import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { useCreditBalance } from '../hooks/use-credit-balance';

/**
 * The organisation's balance, large, kept live by the page's subscription; screen readers hear it
 * change (a top-up arriving, a generation spending one).
 */
export function BalanceCard({ organizationId }: { organizationId: string }) {
  const { t } = useLingui();
  const balance = useCreditBalance(organizationId);
  const value = balance.data ?? 0;
  const unit = plural(value, { one: 'crédit', other: 'crédits' });

  return (
    <Card title={t`Solde`}>
      {balance.isPending ? (
        <LoadingRegion label={t`Chargement du solde…`}>
          <Skeleton className="h-12 w-40" />
        </LoadingRegion>
      ) : balance.isError ? (
        <LoadError
          message={toUserMessage(balance.error, t`Le solde n’a pas pu être chargé.`)}
          onRetry={() => void balance.refetch()}
        />
      ) : (
        <p
          aria-live="polite"
          aria-atomic="true"
          className="flex flex-wrap items-baseline gap-x-2 text-slate-900"
        >
          <span className="text-5xl font-bold tracking-tight tabular-nums">
            {formatNumber(value)}
          </span>
          <span className="text-lg font-medium text-slate-700">{unit}</span>
        </p>
      )}
      <p className="mt-3 text-sm text-slate-600">
        <Trans>
          Un crédit paie une rédaction par l’IA (trois variantes), sur le web comme sur WhatsApp.
          Toute l’organisation partage ce solde.
        </Trans>
      </p>
    </Card>
  );
}
