import { Trans, useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card } from '../../../components/ui/card';
import { UsageMeter } from '../../../components/ui/progress-bar';
import { formatNumber } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import type { HomeSummary } from '../api';

function Figure({ label, value, to }: { label: string; value: number; to: string }) {
  return (
    <div className="flex flex-col">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-2xl font-semibold text-slate-900 tabular-nums">
        <Link to={to} className="hover:underline">
          {formatNumber(value)}
        </Link>
      </dd>
    </div>
  );
}

function FigureCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={title}>
      <dl className="grid grid-cols-2 gap-4">{children}</dl>
    </Card>
  );
}

/** Contacts by consent, the month's messages against the quota, campaigns under way. */
export function KeyFigures({ summary }: { summary: HomeSummary }) {
  const { t } = useLingui();
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <FigureCard title={t`Contacts`}>
        <Figure label={t`Abonnés`} value={summary.contacts.subscribed} to={paths.contacts} />
        <Figure label={t`Désabonnés`} value={summary.contacts.unsubscribed} to={paths.contacts} />
      </FigureCard>
      <Card title={t`Messages ce mois-ci`}>
        <UsageMeter
          label={t`Messages envoyés, sur le quota du mois`}
          used={summary.messagesThisMonth}
          limit={summary.messagesQuota}
        />
        <Link
          to={paths.subscription}
          className="mt-3 inline-block text-sm font-semibold text-brand-700 underline"
        >
          <Trans>Voir l’offre et la consommation</Trans>
        </Link>
      </Card>
      <FigureCard title={t`Campagnes`}>
        <Figure label={t`En cours`} value={summary.campaigns.running} to={paths.campaigns} />
        <Figure label={t`Programmées`} value={summary.campaigns.scheduled} to={paths.campaigns} />
      </FigureCard>
    </div>
  );
}
