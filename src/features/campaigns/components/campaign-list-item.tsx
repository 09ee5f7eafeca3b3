import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { campaignEditPath, campaignPath } from '../../../lib/paths';
import type { Organization } from '../../../lib/workspace';
import type { CampaignListItem as Campaign } from '../api';
import { isDraft } from '../campaign-status';
import { CampaignStatusBadge } from './campaign-status-badge';
import { DeleteCampaignButton } from './delete-campaign-button';
import { DuplicateCampaignButton } from './duplicate-campaign-button';

/** When the campaign went, or will go, as its status makes relevant. */
function campaignMoment(campaign: Campaign): { label: string; at: string } {
  if (campaign.status === 'scheduled' && campaign.scheduledAt) {
    return { label: t`Programmée pour le`, at: campaign.scheduledAt };
  }
  if (campaign.launchedAt) return { label: t`Lancée le`, at: campaign.launchedAt };
  if (campaign.scheduledAt) return { label: t`Envoi prévu le`, at: campaign.scheduledAt };
  return { label: t`Créée le`, at: campaign.createdAt };
}

type CampaignListItemProps = {
  organization: Organization;
  campaign: Campaign;
  canEdit: boolean;
};

/** One campaign of the list; drafts open in the builder, the others on their page. */
export function CampaignListItem({ organization, campaign, canEdit }: CampaignListItemProps) {
  const draft = isDraft(campaign.status);
  const moment = campaignMoment(campaign);

  return (
    <li className="flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:flex-row sm:items-center sm:gap-4">
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
          <h2 className="min-w-0 text-base font-semibold break-words text-slate-900">
            <Link
              to={draft ? campaignEditPath(campaign.id) : campaignPath(campaign.id)}
              className="text-brand-700 underline"
            >
              {campaign.name}
            </Link>
          </h2>
          <CampaignStatusBadge status={campaign.status} />
        </div>
        <dl className="flex flex-col gap-x-4 gap-y-0.5 text-sm text-slate-600 sm:flex-row sm:flex-wrap">
          <div className="flex min-w-0 gap-1">
            <dt>
              <Trans>Modèle :</Trans>
            </dt>
            <dd className="min-w-0 font-medium break-words text-slate-800">
              {campaign.templateName ?? t`aucun`}
            </dd>
          </div>
          <div className="flex gap-1">
            <dt>
              <Trans>Destinataires :</Trans>
            </dt>
            <dd className="font-medium text-slate-800">
              {draft ? t`comptés au lancement` : formatNumber(campaign.recipientsTotal)}
            </dd>
          </div>
          <div className="flex min-w-0 gap-1">
            <dt>{moment.label}</dt>
            <dd className="min-w-0 text-slate-800">
              <time dateTime={moment.at}>{formatDateTime(moment.at, organization.time_zone)}</time>
            </dd>
          </div>
        </dl>
      </div>
      {canEdit && (
        <div className="flex flex-wrap gap-2">
          <DuplicateCampaignButton organizationId={organization.id} campaign={campaign} />
          {draft && <DeleteCampaignButton organizationId={organization.id} campaign={campaign} />}
        </div>
      )}
    </li>
  );
}
