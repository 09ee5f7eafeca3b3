import { plural, t } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { Fragment, useId } from 'react';
import { Card } from '../../../../components/ui/card';
import { LoadError } from '../../../../components/ui/load-error';
import { ProgressBar } from '../../../../components/ui/progress-bar';
import { LoadingRegion, Skeleton } from '../../../../components/ui/skeleton';
import { toUserMessage } from '../../../../lib/errors';
import { formatDateTime, formatNumber } from '../../../../lib/format';
import { excludedCounts, exclusionReasons } from '../../campaign-exclusions';
import type { Campaign } from '../api';
import { useThrottledValue } from '../hooks/use-throttled-value';
import {
  formatShare,
  funnelSteps,
  processedCount,
  progressAnnouncement,
  progressPercent,
  type CampaignProgress,
  type FunnelStepKey,
} from '../progress';

const barColours: Record<FunnelStepKey, string> = {
  sent: 'bg-brand-600',
  delivered: 'bg-sky-600',
  read: 'bg-violet-600',
  replied: 'bg-amber-500',
  failed: 'bg-red-600',
};

// Screen readers hear the progress at most this often, not at every broadcast.
const announceEveryMs = 5_000;

type ProgressQuery = {
  data: CampaignProgress | null | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
};

/** The live progress bar, the funnel and the contacts excluded at launch. */
export function CampaignProgressCard({
  campaign,
  progress,
  timeZone,
}: {
  campaign: Campaign;
  progress: ProgressQuery;
  timeZone: string;
}) {
  const { t } = useLingui();
  return (
    <Card title={t`Progression`}>
      {progress.isPending ? (
        <LoadingRegion label={t`Chargement de la progression…`} className="flex flex-col gap-3">
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="h-3 w-full" />
          <Skeleton className="h-32 w-full" />
        </LoadingRegion>
      ) : progress.isError ? (
        <LoadError
          message={toUserMessage(progress.error, t`La progression n’a pas pu être chargée.`)}
          onRetry={() => void progress.refetch()}
        />
      ) : progress.data ? (
        <ProgressFigures campaign={campaign} progress={progress.data} timeZone={timeZone} />
      ) : (
        <p className="text-sm text-slate-600">
          <Trans>La progression n’est pas disponible.</Trans>
        </p>
      )}
      <Excluded excluded={campaign.excluded} />
    </Card>
  );
}

function statusLine(campaign: Campaign, progress: CampaignProgress, timeZone: string) {
  switch (progress.status) {
    case 'scheduled': {
      if (!campaign.scheduled_at) return t`Envoi sur le point de commencer.`;
      const at = formatDateTime(campaign.scheduled_at, timeZone);
      return t`Envoi programmé le ${at}.`;
    }
    case 'paused':
      return t`En pause : aucun nouvel envoi ne part. Les statuts des messages déjà envoyés continuent d’arriver.`;
    case 'cancelled': {
      const cancelled = progress.cancelled;
      return cancelled > 0
        ? t`Annulée : ${plural(cancelled, { one: '# message non envoyé', other: '# messages non envoyés' })}.`
        : t`Annulée.`;
    }
    case 'completed':
      return t`Envoi terminé. Les remises, lectures et réponses continuent d’arriver.`;
    default:
      return null;
  }
}

function ProgressFigures({
  campaign,
  progress,
  timeZone,
}: {
  campaign: Campaign;
  progress: CampaignProgress;
  timeZone: string;
}) {
  const { t } = useLingui();
  const labelId = useId();
  const percent = progressPercent(progress);
  const done = formatNumber(processedCount(progress));
  const total = formatNumber(progress.total);
  const figures = t`${done} / ${total} traités`;
  const announcement = useThrottledValue(progressAnnouncement(progress), announceEveryMs);
  const line = statusLine(campaign, progress, timeZone);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
          <span id={labelId} className="text-sm font-medium text-slate-800">
            <Trans>Progression de l’envoi</Trans>
          </span>
          <span className="text-sm text-slate-700 tabular-nums">
            <Trans>
              <strong className="font-semibold text-slate-900">{percent} %</strong> · {figures}
            </Trans>
          </span>
        </div>
        <ProgressBar
          labelledBy={labelId}
          value={percent}
          max={100}
          valueText={t`${percent} % : ${figures}`}
          heightClassName="h-3"
        />
        {line && <p className="text-sm text-slate-600">{line}</p>}
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </div>
      <Funnel progress={progress} />
    </div>
  );
}

function Funnel({ progress }: { progress: CampaignProgress }) {
  const { t } = useLingui();
  const headingId = useId();
  const total = progress.total;
  return (
    <div>
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        <Trans>Résultats</Trans>
      </h3>
      <p className="mt-0.5 text-sm text-slate-600">
        <Plural
          value={total}
          one="Part de # destinataire."
          other="Part de l’ensemble des # destinataires."
        />
      </p>
      <ul aria-labelledby={headingId} className="mt-3 flex flex-col gap-3">
        {funnelSteps(progress).map((step) => (
          <Fragment key={step.key}>
            <FunnelLine
              label={step.label}
              count={step.count}
              share={step.share}
              barClassName={barColours[step.key]}
            />
            {/* STOP replies, counted apart from the replies, right after them. */}
            {step.key === 'replied' && progress.optedOut !== undefined && (
              <FunnelLine
                label={t`Désabonnés (STOP)`}
                hint={t`Contacts qui ont répondu STOP : ils ne comptent pas dans les réponses.`}
                count={progress.optedOut}
                share={total > 0 ? Math.min(progress.optedOut / total, 1) : 0}
                barClassName="bg-rose-500"
              />
            )}
          </Fragment>
        ))}
      </ul>
    </div>
  );
}

function FunnelLine({
  label,
  hint,
  count,
  share,
  barClassName,
}: {
  label: string;
  hint?: string;
  count: number;
  share: number;
  barClassName: string;
}) {
  return (
    <li className="flex flex-col gap-1">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="font-medium text-slate-800">{label}</span>
        <span className="text-slate-700 tabular-nums">
          <strong className="font-semibold text-slate-900">{formatNumber(count)}</strong> ·{' '}
          {formatShare(share)}
        </span>
      </div>
      {hint && <p className="text-xs text-slate-600">{hint}</p>}
      <div aria-hidden="true" className="h-2 w-full overflow-hidden rounded-full bg-slate-100">
        <div
          className={clsx('h-full rounded-full transition-[width]', barClassName)}
          style={{ width: `${share * 100}%` }}
        />
      </div>
    </li>
  );
}

function Excluded({ excluded }: { excluded: unknown }) {
  const counts = excludedCounts(excluded);
  const total = exclusionReasons.reduce((sum, reason) => sum + counts[reason.key], 0);
  return (
    <div className="mt-6 border-t border-slate-200 pt-4">
      <h3 className="text-base font-semibold text-slate-900">
        <Trans>Exclus au lancement</Trans>
      </h3>
      {total === 0 ? (
        <p className="mt-1 text-sm text-slate-600">
          <Trans>Aucun contact de l’audience n’a été exclu.</Trans>
        </p>
      ) : (
        <dl className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-3">
          {exclusionReasons.map((reason) => (
            <div key={reason.key} className="rounded-lg bg-slate-50 px-3 py-2">
              <dt className="text-sm text-slate-600">{reason.label}</dt>
              <dd className="text-lg font-semibold text-slate-900 tabular-nums">
                {formatNumber(counts[reason.key])}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
