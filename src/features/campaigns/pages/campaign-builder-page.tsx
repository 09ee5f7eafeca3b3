import { Trans, useLingui } from '@lingui/react/macro';
import { Navigate, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { campaignPath, paths } from '../../../lib/paths';
import { isUuid } from '../../../lib/uuid';
import { useWorkspace } from '../../../lib/workspace';
import type { CampaignRecord, CampaignTemplate } from '../api';
import { canEditCampaigns } from '../permissions';
import { isDraft } from '../campaign-status';
import { CampaignBuilder } from '../components/campaign-builder';
import { CampaignNotFound } from '../components/campaign-not-found';
import { DeleteCampaignButton } from '../components/delete-campaign-button';
import { useApprovedTemplates, useCampaignRecord } from '../hooks/use-campaigns';

/** /campagnes/nouvelle (no id) and /campagnes/:campaignId/modifier (drafts only). */
export function CampaignBuilderPage() {
  const { campaignId } = useParams();
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6">
      <BackLink to={paths.campaigns}>
        <Trans>Toutes les campagnes</Trans>
      </BackLink>
      {campaignId === undefined ? (
        <NewCampaign />
      ) : isUuid(campaignId) ? (
        <ExistingDraft campaignId={campaignId} />
      ) : (
        <CampaignNotFound />
      )}
    </div>
  );
}

function BuilderSkeleton({ label }: { label: string }) {
  return (
    <LoadingRegion label={label} className="flex flex-col gap-6">
      <Skeleton className="h-10 w-2/3" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
        <div className="flex flex-col gap-6">
          <Skeleton className="h-32 w-full rounded-xl" />
          <Skeleton className="h-48 w-full rounded-xl" />
        </div>
        <Skeleton className="h-64 w-full rounded-xl" />
      </div>
    </LoadingRegion>
  );
}

function NewCampaign() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const canEdit = canEditCampaigns(role);
  const templates = useApprovedTemplates(organization.id);

  if (!canEdit) {
    const organizationName = organization.name;
    return (
      <>
        <PageHeader title={t`Nouvelle campagne`} />
        <EmptyState title={t`Accès réservé aux propriétaires et administrateurs`}>
          <Trans>
            Demandez à un administrateur de « {organizationName} » de créer et lancer cette
            campagne. Vous pouvez suivre les campagnes existantes.
          </Trans>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t`Nouvelle campagne`}
        description={t`Un modèle approuvé, une audience, un moment d’envoi : l’aperçu et l’estimation suivent vos choix. Rien ne part avant votre confirmation.`}
      />
      {templates.isPending ? (
        <BuilderSkeleton label={t`Chargement des modèles…`} />
      ) : templates.isError ? (
        <LoadError
          message={toUserMessage(templates.error, t`Les modèles n’ont pas pu être chargés.`)}
          onRetry={() => void templates.refetch()}
        />
      ) : (
        // Keyed by organisation: switching organisation starts a fresh form.
        <CampaignBuilder
          key={organization.id}
          organization={organization}
          campaign={null}
          templates={templates.data}
          canEdit
        />
      )}
    </>
  );
}

function ExistingDraft({ campaignId }: { campaignId: string }) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const record = useCampaignRecord(organization.id, campaignId);
  const templates = useApprovedTemplates(organization.id);

  if (record.isPending || templates.isPending) {
    return <BuilderSkeleton label={t`Chargement de la campagne…`} />;
  }
  if (record.isError) {
    return (
      <LoadError
        message={toUserMessage(record.error, t`La campagne n’a pas pu être chargée.`)}
        onRetry={() => void record.refetch()}
      />
    );
  }
  if (templates.isError) {
    return (
      <LoadError
        message={toUserMessage(templates.error, t`Les modèles n’ont pas pu être chargés.`)}
        onRetry={() => void templates.refetch()}
      />
    );
  }
  if (!record.data) return <CampaignNotFound />;
  // Launched: it is followed on its own page, never edited.
  if (!isDraft(record.data.status)) return <Navigate to={campaignPath(campaignId)} replace />;
  return <DraftView campaign={record.data} templates={templates.data} />;
}

function DraftView({
  campaign,
  templates,
}: {
  campaign: CampaignRecord;
  templates: CampaignTemplate[];
}) {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const navigate = useNavigate();
  const canEdit = canEditCampaigns(role);

  return (
    <>
      <PageHeader
        title={campaign.name}
        description={t`Brouillon : rien n’est envoyé tant que la campagne n’est pas lancée.`}
        actions={
          canEdit && (
            <DeleteCampaignButton
              organizationId={organization.id}
              campaign={campaign}
              onDeleted={() => void navigate(paths.campaigns, { replace: true })}
            />
          )
        }
      />
      {/* Keyed by campaign: a save refreshes the data without resetting the form. */}
      <CampaignBuilder
        key={campaign.id}
        organization={organization}
        campaign={campaign}
        templates={templates}
        canEdit={canEdit}
      />
    </>
  );
}
