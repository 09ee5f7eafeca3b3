import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { buttonClassName } from '../../../components/ui/button-styles';
import { EmptyState } from '../../../components/ui/empty-state';
import { PlusIcon } from '../../../components/ui/icons';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { paths } from '../../../lib/paths';
import { useWorkspace } from '../../../lib/workspace';
import { canEditCampaigns } from '../permissions';
import { CampaignListItem } from '../components/campaign-list-item';
import { useCampaignListUpdates } from '../hooks/use-campaign-list-updates';
import { useCampaigns } from '../hooks/use-campaigns';

export function CampaignsPage() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const canEdit = canEditCampaigns(role);
  const campaigns = useCampaigns(organization.id);
  const count = campaigns.data?.length ?? 0;
  useCampaignListUpdates(organization.id);

  const newCampaignLink = (
    <Link to={paths.newCampaign} className={buttonClassName('primary')}>
      <PlusIcon className="size-4" />
      <Trans>Nouvelle campagne</Trans>
    </Link>
  );

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <PageHeader
        title={t`Campagnes`}
        description={t`Des modèles WhatsApp approuvés envoyés à vos contacts, maintenant ou à l’heure choisie, avec leur suivi en temps réel.`}
        actions={canEdit && campaigns.data?.length ? newCampaignLink : undefined}
      />
      {campaigns.isPending ? (
        <LoadingRegion label={t`Chargement des campagnes…`} className="flex flex-col gap-3">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-24 w-full rounded-xl" />
          ))}
        </LoadingRegion>
      ) : campaigns.isError ? (
        <LoadError
          message={toUserMessage(campaigns.error, t`Les campagnes n’ont pas pu être chargées.`)}
          onRetry={() => void campaigns.refetch()}
        />
      ) : campaigns.data.length === 0 ? (
        <EmptyState title={t`Aucune campagne pour l’instant`} action={canEdit && newCampaignLink}>
          <p>
            <Trans>
              Une campagne envoie un modèle WhatsApp approuvé à un segment, à des étiquettes ou à
              tous vos contacts inscrits, tout de suite ou à la date choisie. Les contacts
              désinscrits ne reçoivent jamais rien.
            </Trans>
          </p>
          {!canEdit && (
            <p className="mt-2">
              <Trans>Les propriétaires et les administrateurs créent les campagnes.</Trans>
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          <p className="-mt-2 text-sm text-slate-600">
            <Plural
              value={count}
              one="# campagne, les plus récentes d’abord"
              other="# campagnes, les plus récentes d’abord"
            />
          </p>
          <ul aria-label={t`Campagnes`} className="flex flex-col gap-3">
            {campaigns.data.map((campaign) => (
              <CampaignListItem
                key={campaign.id}
                organization={organization}
                campaign={campaign}
                canEdit={canEdit}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
