import { Trans, useLingui } from '@lingui/react/macro';
import { useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { isUuid } from '../../../lib/uuid';
import { useWorkspace } from '../../../lib/workspace';
import { canEditCampaigns } from '../permissions';
import { isDraft } from '../campaign-status';
import { CampaignNotFound } from '../components/campaign-not-found';
import { CampaignStatusBadge } from '../components/campaign-status-badge';
import type { CampaignDetail } from './api';
import { liveFiguresKey } from './progress';
import { CampaignActions } from './components/campaign-actions';
import { CampaignProgressCard } from './components/campaign-progress-card';
import { CampaignSummary } from './components/campaign-summary';
import { LastErrorAlert } from './components/last-error-alert';
import { RecipientsSection } from './components/recipients-section';
import { TimelineCard } from './components/timeline-card';
import { useCampaignDetail } from './hooks/use-campaign-detail';
import { useCampaignProgress } from './hooks/use-campaign-progress';
import { useCampaignTimeline } from './hooks/use-campaign-timeline';

/** /campagnes/:campaignId: a campaign, its live progress, its chart and its recipients. */
export function CampaignPage() {
  const { campaignId = '' } = useParams<{ campaignId: string }>();
  return (
    <div className="mx-auto flex w-full max-w-6xl min-w-0 flex-col gap-6">
      <BackLink to={paths.campaigns}>
        <Trans>Toutes les campagnes</Trans>
      </BackLink>
      {isUuid(campaignId) ? (
        // Keyed: another campaign's page starts afresh (filters, pages, dialogs).
        <CampaignDetails key={campaignId} campaignId={campaignId} />
      ) : (
        <CampaignNotFound />
      )}
    </div>
  );
}

function CampaignDetails({ campaignId }: { campaignId: string }) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const detail = useCampaignDetail(organization.id, campaignId);

  if (detail.isPending) {
    return (
      <LoadingRegion label={t`Chargement de la campagne…`} className="flex flex-col gap-6">
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="h-40 w-full rounded-xl" />
        <Skeleton className="h-64 w-full rounded-xl" />
      </LoadingRegion>
    );
  }
  if (detail.isError) {
    return (
      <>
        <title>{t`Campagne · WCAP`}</title>
        <LoadError
          message={toUserMessage(detail.error, t`La campagne n’a pas pu être chargée.`)}
          onRetry={() => void detail.refetch()}
        />
      </>
    );
  }
  if (!detail.data) return <CampaignNotFound />;
  return <CampaignView detail={detail.data} />;
}

function CampaignView({ detail }: { detail: CampaignDetail }) {
  const { organization, role } = useWorkspace();
  const { campaign } = detail;
  const timeZone = organization.time_zone;
  const canEdit = canEditCampaigns(role);
  const launched = !isDraft(campaign.status);
  const createdAt = formatDateTime(campaign.created_at, timeZone);

  const progress = useCampaignProgress(organization.id, campaign);
  const live = progress.data ?? null;
  const timeline = useCampaignTimeline(
    organization.id,
    campaign.id,
    launched,
    live && liveFiguresKey(live),
  );

  return (
    <>
      <PageHeader
        title={campaign.name}
        description={
          <>
            <CampaignStatusBadge status={campaign.status} />{' '}
            <span>
              <Trans>Créée le {createdAt}.</Trans>
            </span>
          </>
        }
        actions={
          canEdit && <CampaignActions organizationId={organization.id} campaign={campaign} />
        }
      />

      {campaign.last_error && (
        <LastErrorAlert
          message={campaign.last_error}
          canResume={canEdit && campaign.status === 'paused'}
        />
      )}

      {!launched && <DraftNotice canEdit={canEdit} />}

      {launched && (
        <div className="grid min-w-0 gap-6 lg:grid-cols-2">
          <CampaignProgressCard campaign={campaign} progress={progress} timeZone={timeZone} />
          <CampaignSummary detail={detail} timeZone={timeZone} />
        </div>
      )}
      {!launched && <CampaignSummary detail={detail} timeZone={timeZone} />}

      {launched && <TimelineCard timeline={timeline} timeZone={timeZone} />}
      {launched && (
        <RecipientsSection
          organizationId={organization.id}
          campaign={campaign}
          progress={live}
          timeZone={timeZone}
        />
      )}
    </>
  );
}

function DraftNotice({ canEdit }: { canEdit: boolean }) {
  const { t } = useLingui();
  return (
    <Card title={t`Brouillon`}>
      <p className="text-sm text-slate-700">
        {canEdit ? (
          <Trans>
            Cette campagne n’est pas encore lancée. Modifiez-la pour choisir son audience, vérifier
            l’estimation et la lancer.
          </Trans>
        ) : (
          <Trans>
            Cette campagne n’est pas encore lancée. Un administrateur peut la compléter et la
            lancer.
          </Trans>
        )}
      </p>
    </Card>
  );
}
