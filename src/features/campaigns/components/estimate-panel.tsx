import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment } from 'react';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { Spinner } from '../../../components/ui/spinner';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import type { CampaignEstimate } from '../api';
import { exclusionReasons } from '../campaign-exclusions';
import { launchBlocker } from '../launch-readiness';

type EstimatePanelProps = {
  estimate: UseQueryResult<CampaignEstimate>;
  /** false while no template or audience is chosen: nothing to estimate yet. */
  ready: boolean;
  /** The inputs changed and the figures have not caught up yet. */
  settling: boolean;
};

/** Who a launch would reach now, who it would leave out and why, and the quota left. */
export function EstimatePanel({ estimate, ready, settling }: EstimatePanelProps) {
  const { t } = useLingui();
  const data = ready ? estimate.data : undefined;
  const updating = ready && (settling || estimate.isFetching);
  const blocker = data && !updating ? launchBlocker(data) : null;
  const recipients = data?.recipients ?? 0;

  return (
    <Card
      title={t`Estimation`}
      description={t`Calculée sur vos contacts actuels ; fixée au lancement.`}
    >
      <div aria-busy={updating} data-testid="campaign-estimate" className="flex flex-col gap-3">
        {/* Announced politely once the figures settle; the spinner is only for the eyes. */}
        <div role="status" aria-live="polite" aria-atomic="true" className="flex items-start gap-2">
          <p className="min-w-0 flex-1 text-lg font-semibold text-slate-900">
            {!ready ? (
              t`Choisissez un modèle et une audience pour estimer l’envoi.`
            ) : data ? (
              <Plural value={recipients} one="# destinataire" other="# destinataires" />
            ) : estimate.isError ? (
              ''
            ) : (
              t`Estimation…`
            )}
          </p>
          {updating && <Spinner className="mt-1.5 text-brand-700" />}
        </div>
        {ready && estimate.isError && !data && (
          <LoadError
            message={toUserMessage(estimate.error, t`L’envoi n’a pas pu être estimé.`)}
            onRetry={() => void estimate.refetch()}
          />
        )}
        {data && (
          <div className="flex flex-col gap-3 text-sm">
            <div>
              <p className="font-medium text-slate-800">
                <Trans>Exclus</Trans>
              </p>
              <dl className="mt-1 grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1">
                {exclusionReasons.map((reason) => (
                  <Fragment key={reason.key}>
                    <dt className="pl-3 text-slate-600">{reason.label}</dt>
                    <dd className="text-right font-medium text-slate-900 tabular-nums">
                      {formatNumber(data[reason.key])}
                    </dd>
                  </Fragment>
                ))}
              </dl>
            </div>
            <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4">
              <dt className="font-medium text-slate-800">
                <Trans>Quota restant ce mois-ci</Trans>
              </dt>
              <dd className="text-right font-medium text-slate-900 tabular-nums">
                {data.quotaRemaining === null ? t`Illimité` : formatNumber(data.quotaRemaining)}
              </dd>
            </dl>
          </div>
        )}
        {blocker && (
          <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {blocker}
          </p>
        )}
      </div>
    </Card>
  );
}
