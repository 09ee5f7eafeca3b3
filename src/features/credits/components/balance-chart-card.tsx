import { useLingui } from '@lingui/react/macro';
import { lazy, Suspense } from 'react';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { useBalanceHistory } from '../hooks/use-credits-data';

const BalanceChart = lazy(() => import('./balance-chart'));

function ChartPlaceholder() {
  const { t } = useLingui();
  return (
    <LoadingRegion label={t`Chargement du graphique…`}>
      <Skeleton className="h-48 w-full" />
    </LoadingRegion>
  );
}

/** The balance over the last 30 days, with the same in words for screen readers. */
export function BalanceChartCard({
  organizationId,
  timeZone,
}: {
  organizationId: string;
  timeZone: string;
}) {
  const { t } = useLingui();
  const history = useBalanceHistory(organizationId, timeZone);

  return (
    <Card title={t`Évolution du solde`}>
      {history.isPending ? (
        <ChartPlaceholder />
      ) : history.isError ? (
        <LoadError
          message={toUserMessage(history.error, t`Le graphique n’a pas pu être chargé.`)}
          onRetry={() => void history.refetch()}
        />
      ) : (
        <Suspense fallback={<ChartPlaceholder />}>
          <BalanceChart points={history.data} timeZone={timeZone} />
        </Suspense>
      )}
    </Card>
  );
}
