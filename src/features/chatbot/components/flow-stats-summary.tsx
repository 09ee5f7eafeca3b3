import { Trans, useLingui } from '@lingui/react/macro';
import { LoadError } from '../../../components/ui/load-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { formatSessionShare } from '../flow-stats';
import { useFlowStats } from '../hooks/use-flow-stats';

/**
 * How the flow's sessions went: started, completed, handed over, expired (and running now), each
 * with a bar against the sessions started. The figures are written out beside the bars, which are
 * only decoration, so screen readers read a plain list. CSS bars rather than a chart library: the
 * editor's page already carries the canvas.
 */
export function FlowStatsSummary({ flowId }: { flowId: string }) {
  const { t } = useLingui();
  const stats = useFlowStats(flowId);

  if (stats.isPending) return <SkeletonList rows={2} label={t`Chargement des statistiques…`} />;
  if (stats.isError) {
    return (
      <LoadError
        message={toUserMessage(stats.error, t`Les statistiques n’ont pas pu être chargées.`)}
        onRetry={() => void stats.refetch()}
      />
    );
  }
  const { started, completed, handedOver, expired, active } = stats.data;
  if (started === 0) {
    return (
      <p className="text-sm text-slate-600">
        <Trans>
          Aucune session pour l’instant : les chiffres apparaissent quand des contacts suivent la
          version publiée.
        </Trans>
      </p>
    );
  }

  const rows = [
    { label: t`Démarrées`, value: started, colour: 'bg-slate-500', total: true },
    { label: t`Terminées`, value: completed, colour: 'bg-brand-600' },
    { label: t`Transférées à un conseiller`, value: handedOver, colour: 'bg-sky-600' },
    { label: t`Abandonnées (délai dépassé)`, value: expired, colour: 'bg-amber-500' },
    { label: t`En cours`, value: active, colour: 'bg-violet-500' },
  ];
  return (
    <dl className="flex flex-col gap-2.5 text-sm">
      {rows.map((row) => {
        const value = formatNumber(row.value);
        const part = formatSessionShare(row.value, started);
        return (
          <div key={row.label} className="flex flex-col gap-1">
            <div className="flex items-baseline justify-between gap-3">
              <dt className="text-slate-700">{row.label}</dt>
              <dd className="font-semibold text-slate-900 tabular-nums">
                {'total' in row ? (
                  value
                ) : (
                  <Trans>
                    {value} <span className="font-normal text-slate-600">({part})</span>
                  </Trans>
                )}
              </dd>
            </div>
            <div
              aria-hidden="true"
              className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
            >
              <div
                className={`h-full rounded-full ${row.colour}`}
                style={{ width: `${started > 0 ? (row.value / started) * 100 : 0}%` }}
              />
            </div>
          </div>
        );
      })}
    </dl>
  );
}
