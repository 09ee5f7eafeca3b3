import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { formatXaf } from '../../../lib/format';
import type { Plan } from '../api';
import { planFeatures } from '../plan-features';
import { planName } from '../plan-names';

export function PlanComparison({ plans, currentPlanId }: { plans: Plan[]; currentPlanId: string }) {
  const { t } = useLingui();
  return (
    <Card
      title={t`Comparer les offres`}
      description={t`Prix mensuels en francs CFA. Pour changer d’offre, contactez l’équipe WCAP : le paiement en ligne arrive bientôt.`}
    >
      <ul className="grid gap-4 lg:grid-cols-3">
        {plans.map((plan) => {
          const current = plan.id === currentPlanId;
          return (
            <li
              key={plan.id}
              aria-current={current ? 'true' : undefined}
              className={clsx(
                'flex min-w-0 flex-col rounded-lg border p-4',
                current ? 'border-brand-600 ring-1 ring-brand-600' : 'border-slate-200',
              )}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-base font-semibold text-slate-900">
                  {planName(plan.id, plan.name)}
                </h3>
                {current && (
                  <Badge tone="brand">
                    <Trans>Offre actuelle</Trans>
                  </Badge>
                )}
              </div>
              <p className="mt-2">
                <span className="text-2xl font-bold tracking-tight text-slate-900">
                  {formatXaf(plan.price_xaf)}
                </span>
                <span className="text-sm text-slate-600">
                  {' '}
                  <Trans>/ mois</Trans>
                </span>
              </p>
              <ul className="mt-4 flex flex-col gap-1.5 text-sm text-slate-700">
                {planFeatures(plan).map((feature) => (
                  <li key={feature} className="flex gap-2">
                    <span aria-hidden="true" className="text-brand-700">
                      ✓
                    </span>
                    {feature}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
