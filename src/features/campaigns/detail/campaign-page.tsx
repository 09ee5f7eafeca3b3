import { Link, useParams } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { InlineError } from '../../../components/ui/inline-error';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { hasRoleAtLeast } from '../../../lib/roles';
import { useWorkspace } from '../../../lib/workspace';
import type { CampaignDetail } from './api';
import { campaignStatusLabel, campaignStatusTone } from './campaign-labels';
import { liveFiguresKey } from './progress';
import { CampaignActions } from './components/campaign-actions';
import { CampaignProgressCard } from './components/campaign-progress-card';
import { CampaignSummary } from './components/campaign-summary';
import { LastErrorAlert } from './components/last-error-alert';
import { RecipientsSection } from './components/recipients-section';
import { TimelineCard } from './components/timeline-chart';
import { useCampaignDetail } from './hooks/use-campaign-detail';
import { useCampaignProgress } from './hooks/use-campaign-progress';
import { useCampaignTimeline } from './hooks/use-campaign-timeline';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function BackLink() {
  return (
    <Link
      to={paths.campaigns}
      className="inline-flex min-h-10 items-center gap-1 self-start text-sm font-semibold text-brand-700 underline"
    >
      <span aria-hidden="true">←</span> Toutes les campagnes
    </Link>
  );
}

/** /campagnes/:campaignId: a campaign, its live progress, its chart and its recipients. */
export function CampaignPage() {
  const { campaignId = '' } = useParams<{ campaignId: string }>();
  return (
    <div className="mx-auto flex w-full max-w-6xl min-w-0 flex-col gap-6">
      <BackLink />
      {uuidPattern.test(campaignId) ? (
        // Keyed: another campaign's page starts afresh (filters, pages, dialogs).
        <CampaignDetails key={campaignId} campaignId={campaignId} />
      ) : (
        <CampaignNotFound />
      )}
    </div>
  );
}

function CampaignNotFound() {
  return (
    <>
      <title>Campagne introuvable · WCAP</title>
      <EmptyState title="Campagne introuvable">
        Cette campagne n’existe pas, ou plus, dans cette organisation. Retrouvez les campagnes dans
        la liste.
      </EmptyState>
    </>
  );
}

function CampaignDetails({ campaignId }: { campaignId: string }) {
  const { organization } = useWorkspace();
  const detail = useCampaignDetail(organization.id, campaignId);

  if (detail.isPending) {
    return (
      <div role="status" aria-busy="true" className="flex flex-col gap-6">
        <span className="sr-only">Chargement de la campagne…</span>
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="h-40 w-full rounded-xl" />
        <Skeleton className="h-64 w-full rounded-xl" />
      </div>
    );
  }
  if (detail.isError) {
    return (
      <div className="flex flex-col items-start gap-3">
        <title>Campagne · WCAP</title>
        <InlineError
          message={toUserMessage(detail.error, 'La campagne n’a pas pu être chargée.')}
        />
        <Button variant="secondary" onClick={() => void detail.refetch()}>
          Réessayer
        </Button>
      </div>
    );
  }
  if (!detail.data) return <CampaignNotFound />;
  return <CampaignView detail={detail.data} />;
}

function CampaignView({ detail }: { detail: CampaignDetail }) {
  const { organization, role } = useWorkspace();
  const { campaign } = detail;
  const timeZone = organization.time_zone;
  const canManage = hasRoleAtLeast(role, 'admin');
  const launched = campaign.status !== 'draft';

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
            <Badge tone={campaignStatusTone(campaign.status)}>
              {campaignStatusLabel(campaign.status)}
            </Badge>{' '}
            <span>Créée le {formatDateTime(campaign.created_at, timeZone)}.</span>
          </>
        }
        actions={
          canManage && <CampaignActions organizationId={organization.id} campaign={campaign} />
        }
      />

      {campaign.last_error && (
        <LastErrorAlert
          message={campaign.last_error}
          canResume={canManage && campaign.status === 'paused'}
        />
      )}

      {!launched && (
        <Card title="Brouillon">
          <p className="text-sm text-slate-700">
            Cette campagne n’est pas encore lancée.{' '}
            {canManage
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
