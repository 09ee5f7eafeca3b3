import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { useWorkspace } from '../../../lib/workspace';
import { CurrentPlanSection } from '../components/current-plan-section';
import { PlanComparison } from '../components/plan-comparison';
import { usePlans } from '../hooks/use-billing';

export function SubscriptionPage() {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const plans = usePlans();
  const currentPlan = plans.data?.find((plan) => plan.id === organization.plan_id);

  return (
    <div className="flex flex-col gap-6">
      <title>{t`Abonnement · Paramètres · WCAP`}</title>
      <CurrentPlanSection organization={organization} plan={currentPlan} />
      {plans.isPending ? (
        <SkeletonList rows={3} label={t`Chargement des offres…`} />
      ) : plans.isError ? (
        <div className="flex flex-col items-start gap-3">
          <InlineError
            message={toUserMessage(plans.error, t`Les offres n’ont pas pu être chargées.`)}
          />
          <Button variant="secondary" onClick={() => void plans.refetch()}>
            <Trans>Réessayer</Trans>
          </Button>
        </div>
      ) : (
        <PlanComparison plans={plans.data} currentPlanId={organization.plan_id} />
      )}
    </div>
  );
}
