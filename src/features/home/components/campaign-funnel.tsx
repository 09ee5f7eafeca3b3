import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { Card } from '../../../components/ui/card';
import { formatDate, formatNumber } from '../../../lib/format';
import { campaignPath, paths } from '../../../lib/paths';
import type { HomeSummary } from '../api';

type LastCampaign = NonNullable<HomeSummary['lastCampaign']>;

/**
 * How far the last campaign's messages went: sent, delivered, read, answered, as bars against the
 * recipients (a funnel people read at a glance), each with its figure and share for everyone.
 */
export function CampaignFunnel({
  campaign,
  timeZone,
}: {
  campaign: LastCampaign | null;
  timeZone: string;
}) {
  const { t } = useLingui();
  if (!campaign)
    return (
      <Card title={t`Dernière campagne`}>
        <p className="text-sm text-slate-600">
          <Trans>Aucune campagne lancée pour l’instant.</Trans>
        </p>
        <Link to={paths.campaigns} className="text-sm font-semibold text-brand-700 underline">
          <Trans>Voir les campagnes</Trans>
        </Link>
      </Card>
    );

  const stages = [
    { key: 'sent', label: t`Envoyés`, value: campaign.sent, tone: 'bg-sky-600' },
    { key: 'delivered', label: t`Distribués`, value: campaign.delivered, tone: 'bg-brand-600' },
    { key: 'read', label: t`Lus`, value: campaign.read, tone: 'bg-emerald-700' },
    { key: 'replied', label: t`Réponses`, value: campaign.replied, tone: 'bg-violet-600' },
    { key: 'failed', label: t`Échecs`, value: campaign.failed, tone: 'bg-red-600' },
  ];
  const total = campaign.total;
  const name = campaign.name;
  const launched = formatDate(campaign.launchedAt, timeZone);
  const recipients = formatNumber(total);

  return (
    <Card
      title={t`Dernière campagne`}
      description={
        <Trans>
          <Link
            to={campaignPath(campaign.campaignId)}
            className="font-semibold text-brand-700 underline"
          >
            {name}
          </Link>{' '}
          · lancée le {launched} · {recipients} destinataires
        </Trans>
      }
    >
      <dl className="flex flex-col gap-3">
        {stages.map((stage) => {
          const share = total > 0 ? Math.round((stage.value / total) * 100) : 0;
          const figure = formatNumber(stage.value);
          return (
            <div key={stage.key} className="grid grid-cols-[7rem_1fr] items-center gap-3">
              <dt className="text-sm text-slate-700">{stage.label}</dt>
              <dd className="flex min-w-0 items-center gap-2">
                <span className="h-3 min-w-0 flex-1 overflow-hidden rounded-full bg-slate-100">
                  <span
                    className={`block h-full rounded-full ${stage.tone}`}
                    style={{ width: `${share}%` }}
                  />
                </span>
                <span className="w-24 shrink-0 text-right text-sm font-medium text-slate-900 tabular-nums">
                  <Trans>
                    {figure} ({share} %)
                  </Trans>
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </Card>
  );
}
