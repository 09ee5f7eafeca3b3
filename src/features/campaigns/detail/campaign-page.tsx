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
      <BackLink to={paths.campaigns}>Toutes les campagnes</BackLink>
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
  const { organization } = useWorkspace();
  const detail = useCampaignDetail(organization.id, campaignId);

  if (detail.isPending) {
    return (
      <LoadingRegion label="Chargement de la campagne…" className="flex flex-col gap-6">
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="h-40 w-full rounded-xl" />
        <Skeleton className="h-64 w-full rounded-xl" />
      </LoadingRegion>
    );
  }
  if (detail.isError) {
    return (
      <>
        <title>Campagne · WCAP</title>
        <LoadError
          message={toUserMessage(detail.error, 'La campagne n’a pas pu être chargée.')}
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
            <span>Créée le {formatDateTime(campaign.created_at, timeZone)}.</span>
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

      {!launched && (
        <Card title="Brouillon">
          <p className="text-sm text-slate-700">
            Cette campagne n’est pas encore lancée.{' '}
            {canEdit
              ? 'Modifiez-la pour choisir son audience, vérifier l’estimation et la lancer.'
              : 'Un administrateur peut la compléter et la lancer.'}
          </p>
        </Card>
      )}

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
