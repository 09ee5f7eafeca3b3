import { Trans, useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card } from '../../../../components/ui/card';
import { formatDateTime, formatNumber, formatTimeZone } from '../../../../lib/format';
import { segmentPath, templatePath } from '../../../../lib/paths';
import { audienceSummary, readAudience } from '../../campaign-audience';
import { quietHoursText } from '../../quiet-hours';
import type { CampaignDetail } from '../api';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm font-medium text-slate-600">{term}</dt>
      <dd className="mt-0.5 text-sm break-words text-slate-900">{children}</dd>
    </div>
  );
}

const linkClasses = 'font-semibold text-brand-700 underline';

/** Template, audience, schedule, quiet hours and launch, in the organisation's time zone. */
export function CampaignSummary({
  detail,
  timeZone,
}: {
  detail: CampaignDetail;
  timeZone: string;
}) {
  const { t } = useLingui();
  const { campaign, template, launchedBy, segmentName } = detail;
  const audience = readAudience(campaign.audience);
  const quietHours = quietHoursText(campaign.quiet_hours_start, campaign.quiet_hours_end);
  const launched = campaign.launched_at !== null;
  const zone = formatTimeZone(timeZone);
  const scheduledAt = campaign.scheduled_at && formatDateTime(campaign.scheduled_at, timeZone);
  const launchedAt = campaign.launched_at && formatDateTime(campaign.launched_at, timeZone);
  const endedAt = campaign.completed_at && formatDateTime(campaign.completed_at, timeZone);

  return (
    <Card title={t`Détails`} description={t`Dates et heures : ${zone}.`}>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item term={t`Modèle`}>
          {template ? (
            <Link to={templatePath(template.id)} className={linkClasses}>
              {template.name}
            </Link>
          ) : (
            t`Modèle supprimé depuis`
          )}
          {template && <span className="text-slate-600"> ({template.language})</span>}
        </Item>
        <Item term={t`Audience`}>
          {audience.kind === 'segment' && segmentName !== null ? (
            <Link to={segmentPath(audience.segmentId)} className={linkClasses}>
              {audienceSummary(audience, segmentName)}
            </Link>
          ) : (
            audienceSummary(audience, segmentName)
          )}
          <span className="block text-slate-600">
            <Trans>Les contacts désinscrits sont toujours exclus.</Trans>
          </span>
        </Item>
        <Item term={t`Envoi`}>
          {scheduledAt ? t`Programmé le ${scheduledAt}` : t`Dès le lancement`}
        </Item>
        <Item term={t`Heures sans envoi`}>{quietHours ?? t`Aucune : envoi à toute heure`}</Item>
        <Item term={t`Lancement`}>
          {!launchedAt
            ? t`Pas encore lancée`
            : launchedBy
              ? t`Le ${launchedAt} par ${launchedBy}`
              : t`Le ${launchedAt}`}
        </Item>
        {launched && <Item term={t`Destinataires`}>{formatNumber(campaign.recipients_total)}</Item>}
        {endedAt && (
          <Item term={campaign.status === 'cancelled' ? t`Annulée` : t`Terminée`}>
            <Trans>Le {endedAt}</Trans>
          </Item>
        )}
      </dl>
    </Card>
  );
}
