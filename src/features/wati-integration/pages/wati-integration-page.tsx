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

const pageTitle = <title>Intégration Wati · Paramètres · WCAP</title>;

export function WatiIntegrationPage() {
  const { organization, role, userId } = useWorkspace();

  if (!canConnectWhatsApp(role)) {
    return (
      <Card title="Intégration Wati">
        {pageTitle}
        <p className="font-semibold text-slate-900">
          Accès réservé aux propriétaires et administrateurs
        </p>
        <p className="mt-1 text-sm text-slate-600">
          Demandez à un administrateur de « {organization.name} » si le compte Wati de
          l’organisation doit être relié ou changé.
        </p>
        <Link
          to={paths.organizationSettings}
          className="mt-4 inline-block text-sm font-semibold text-brand-700 underline"
        >
          Retour aux paramètres de l’organisation
        </Link>
      </Card>
    );
  }

  // Keyed so that a test result or a form never shows in another organisation.
  return <WatiIntegration key={organization.id} organization={organization} userId={userId} />;
}

function WatiIntegration({ organization, userId }: { organization: Organization; userId: string }) {
  const connection = useWatiConnection(organization.id);

  if (connection.isPending) {
    return (
      <div role="status" aria-busy="true" className="flex flex-col gap-6">
        {pageTitle}
        <span className="sr-only">Chargement de l’intégration Wati…</span>
        <Skeleton className="h-48 w-full rounded-xl" />
        <Skeleton className="h-72 w-full rounded-xl" />
        <Skeleton className="h-40 w-full rounded-xl" />
      </div>
    );
  }

  if (connection.isError) {
    return (
      <div className="flex flex-col items-start gap-3">
        {pageTitle}
        <InlineError
          message={toUserMessage(
            connection.error,
            'L’état de l’intégration Wati n’a pas pu être chargé.',
          )}
        />
        <Button
          variant="secondary"
          loading={connection.isFetching}
          loadingText="Nouvel essai…"
          onClick={() => void connection.refetch()}
        >
          Réessayer
        </Button>
      </div>
    );
  }

  const status = connection.data;
  return (
    <div className="flex flex-col gap-6">
      {pageTitle}
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
