import { Trans, useLingui } from '@lingui/react/macro';
import { lazy, Suspense } from 'react';
import { Card } from '../../../../components/ui/card';
import { LoadError } from '../../../../components/ui/load-error';
import { LoadingRegion, Skeleton } from '../../../../components/ui/skeleton';
import { toUserMessage } from '../../../../lib/errors';
import type { TimelineBucket } from '../timeline';

const TimelineChart = lazy(() => import('./timeline-chart'));

function ChartPlaceholder() {
  const { t } = useLingui();
  return (
    <LoadingRegion label={t`Chargement du graphique…`}>
      <Skeleton className="h-64 w-full" />
    </LoadingRegion>
  );
}

type TimelineQuery = {
  data: TimelineBucket[] | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
};

/** Sends, deliveries, reads and failures per interval, with the same in words for screen readers. */
export function TimelineCard({
  timeline,
  timeZone,
}: {
  timeline: TimelineQuery;
  timeZone: string;
}) {
  const { t } = useLingui();
  return (
    <Card title={t`Envois dans le temps`}>
      {timeline.isPending ? (
        <ChartPlaceholder />
      ) : timeline.isError ? (
        <LoadError
          message={toUserMessage(timeline.error, t`Le graphique n’a pas pu être chargé.`)}
          onRetry={() => void timeline.refetch()}
        />
      ) : timeline.data && timeline.data.length > 0 ? (
        <Suspense fallback={<ChartPlaceholder />}>
          <TimelineChart buckets={timeline.data} timeZone={timeZone} />
        </Suspense>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
          <Trans>
            Aucun envoi pour le moment. Le graphique apparaît avec les premiers messages.
          </Trans>
        </p>
      )}
    </Card>
  );
}
