import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { InlineError } from '../../../components/ui/inline-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { paths } from '../../../lib/paths';
import { canConnectWhatsApp } from '../../../domain/organizations/roles';
import { useWorkspace, type Organization } from '../../../lib/workspace';
import { ConnectionModeSection } from '../components/connection-mode-section';
import { CredentialsForm } from '../components/credentials-form';
import { WebhookSection } from '../components/webhook-section';
import { useWatiConnection } from '../hooks/use-wati-connection';

function PageTitle() {
  const { t } = useLingui();
  return <title>{t`Intégration Wati · Paramètres · WCAP`}</title>;
}

export function WatiIntegrationPage() {
  const { t } = useLingui();
  const { organization, role, userId } = useWorkspace();
  const organizationName = organization.name;

  if (!canConnectWhatsApp(role)) {
    return (
      <Card title={t`Intégration Wati`}>
        <PageTitle />
        <p className="font-semibold text-slate-900">
          <Trans>Accès réservé aux propriétaires et administrateurs</Trans>
        </p>
        <p className="mt-1 text-sm text-slate-600">
          <Trans>
            Demandez à un administrateur de « {organizationName} » si le compte Wati de
            l’organisation doit être relié ou changé.
          </Trans>
        </p>
        <Link
          to={paths.organizationSettings}
          className="mt-4 inline-block text-sm font-semibold text-brand-700 underline"
        >
          <Trans>Retour aux paramètres de l’organisation</Trans>
        </Link>
      </Card>
    );
  }

  // Keyed so that a test result or a form never shows in another organisation.
  return <WatiIntegration key={organization.id} organization={organization} userId={userId} />;
}

function WatiIntegration({ organization, userId }: { organization: Organization; userId: string }) {
  const { t } = useLingui();
  const connection = useWatiConnection(organization.id);

  if (connection.isPending) {
    return (
      <div role="status" aria-busy="true" className="flex flex-col gap-6">
        <PageTitle />
        <span className="sr-only">
          <Trans>Chargement de l’intégration Wati…</Trans>
        </span>
        <Skeleton className="h-48 w-full rounded-xl" />
        <Skeleton className="h-72 w-full rounded-xl" />
        <Skeleton className="h-40 w-full rounded-xl" />
      </div>
    );
  }

  if (connection.isError) {
    return (
      <div className="flex flex-col items-start gap-3">
        <PageTitle />
        <InlineError
          message={toUserMessage(
            connection.error,
            t`L’état de l’intégration Wati n’a pas pu être chargé.`,
          )}
        />
        <Button
          variant="secondary"
          loading={connection.isFetching}
          loadingText={t`Nouvel essai…`}
          onClick={() => void connection.refetch()}
        >
          <Trans>Réessayer</Trans>
        </Button>
      </div>
    );
  }

  const status = connection.data;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle />
      <ConnectionModeSection organization={organization} userId={userId} status={status} />
      <CredentialsForm organizationId={organization.id} userId={userId} status={status} />
      <WebhookSection
        organizationId={organization.id}
        userId={userId}
        webhookUrl={status.webhookUrl}
      />
    </div>
  );
}
