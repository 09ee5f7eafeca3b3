import { Trans, useLingui } from '@lingui/react/macro';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { InlineError } from '../../../components/ui/inline-error';
import { UsageMeter } from '../../../components/ui/progress-bar';
import { Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatXaf } from '../../../lib/format';
import { useOrganizationUsage } from '../../../domain/organizations/hooks/use-organization-usage';
import type { Organization } from '../../../lib/workspace';
import type { Plan } from '../api';
import { planName } from '../plan-names';

export function CurrentPlanSection({
  organization,
  plan,
}: {
  organization: Organization;
  plan: Plan | undefined;
}) {
  const { t } = useLingui();
  const usage = useOrganizationUsage(organization.id);
  const price = plan ? formatXaf(plan.price_xaf) : '';

  return (
    <Card title={t`Offre actuelle`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <p className="text-xl font-semibold text-slate-900">
          {planName(organization.plan_id, plan?.name)}
        </p>
        {organization.mode === 'sandbox' && (
          <Badge tone="warning">
            <Trans>Mode bac à sable</Trans>
          </Badge>
        )}
      </div>
      {plan && (
        <p className="mt-1 text-sm text-slate-600">
          <Trans>
            <span className="font-semibold text-slate-900">{price}</span> par mois
          </Trans>
        </p>
      )}

      <h3 className="mt-6 text-sm font-semibold text-slate-900">
        <Trans>Consommation</Trans>
      </h3>
      {usage.isPending ? (
        <div role="status" aria-busy="true" className="mt-3 flex flex-col gap-4">
          <span className="sr-only">
            <Trans>Chargement de la consommation…</Trans>
          </span>
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-full" />
        </div>
      ) : usage.isError ? (
        <div className="mt-3 flex flex-col items-start gap-3">
          <InlineError
            message={toUserMessage(usage.error, t`La consommation n’a pas pu être chargée.`)}
          />
          <Button variant="secondary" onClick={() => void usage.refetch()}>
            <Trans>Réessayer</Trans>
          </Button>
        </div>
      ) : (
        <div className="mt-3 flex flex-col gap-5">
          <UsageMeter
            label={t`Contacts`}
            used={usage.data.contacts}
            limit={organization.contacts_quota}
          />
          <UsageMeter
            label={t`Messages ce mois-ci`}
            used={usage.data.messagesThisMonth}
            limit={organization.messages_quota}
          />
          <UsageMeter label={t`Agents`} used={usage.data.seats} limit={organization.agents_quota} />
        </div>
      )}
    </Card>
  );
}
