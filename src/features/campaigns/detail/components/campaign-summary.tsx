import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card } from '../../../../components/ui/card';
import { formatDateTime, formatNumber, formatUtcOffset } from '../../../../lib/format';
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
  const { campaign, template, launchedBy, segmentName } = detail;
  const audience = readAudience(campaign.audience);
  const quietHours = quietHoursText(campaign.quiet_hours_start, campaign.quiet_hours_end);
  const launched = campaign.launched_at !== null;

  return (
    <Card
      title="Détails"
      description={`Heures de l’organisation (${timeZone}, ${formatUtcOffset(timeZone)}).`}
    >
      <dl className="grid gap-4 sm:grid-cols-2">
        <Item term="Modèle">
          {template ? (
            <Link to={templatePath(template.id)} className={linkClasses}>
              {template.name}
            </Link>
          ) : (
            'Modèle supprimé depuis'
          )}
          {template && <span className="text-slate-600"> ({template.language})</span>}
        </Item>
        <Item term="Audience">
          {audience.kind === 'segment' && segmentName !== null ? (
            <Link to={segmentPath(audience.segmentId)} className={linkClasses}>
              {audienceSummary(audience, segmentName)}
            </Link>
          ) : (
            audienceSummary(audience, segmentName)
          )}
          <span className="block text-slate-600">
            Les contacts désinscrits sont toujours exclus.
          </span>
        </Item>
        <Item term="Envoi">
          {campaign.scheduled_at
            ? `Programmé le ${formatDateTime(campaign.scheduled_at, timeZone)}`
            : 'Dès le lancement'}
        </Item>
        <Item term="Heures sans envoi">{quietHours ?? 'Aucune : envoi à toute heure'}</Item>
        <Item term="Lancement">
          {campaign.launched_at
            ? `Le ${formatDateTime(campaign.launched_at, timeZone)}${launchedBy ? ` par ${launchedBy}` : ''}`
            : 'Pas encore lancée'}
        </Item>
        {launched && <Item term="Destinataires">{formatNumber(campaign.recipients_total)}</Item>}
        {campaign.completed_at && (
          <Item term={campaign.status === 'cancelled' ? 'Annulée' : 'Terminée'}>
            Le {formatDateTime(campaign.completed_at, timeZone)}
          </Item>
        )}
      </dl>
    </Card>
  );
}
