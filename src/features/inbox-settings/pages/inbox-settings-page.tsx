import { Trans, useLingui } from '@lingui/react/macro';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { useWorkspace } from '../../../lib/workspace';
import { AgentCapacityCard } from '../components/agent-capacity-card';
import { InboxSettingsDetails } from '../components/inbox-settings-details';
import { InboxSettingsForm } from '../components/inbox-settings-form';
import { useInboxSettings } from '../hooks/use-inbox-settings';
import { canEditInboxSettings } from '../permissions';

export function InboxSettingsPage() {
  const { t } = useLingui();
  const { organization, role, userId } = useWorkspace();
  const settings = useInboxSettings(organization.id);
  const canEdit = canEditInboxSettings(role);

  return (
    <div className="flex flex-col gap-6">
      <title>{t`Boîte de réception · Paramètres · WCAP`}</title>
      {settings.isPending ? (
        <LoadingRegion label={t`Chargement des réglages…`} className="flex flex-col gap-6">
          <Skeleton className="h-48 w-full rounded-xl" />
          <Skeleton className="h-96 w-full rounded-xl" />
        </LoadingRegion>
      ) : settings.isError ? (
        <Card title={t`Boîte de réception`}>
          <LoadError
            message={toUserMessage(settings.error, t`Les réglages n’ont pas pu être chargés.`)}
            onRetry={() => void settings.refetch()}
          />
        </Card>
      ) : !settings.data ? (
        <Card title={t`Boîte de réception`}>
          <p className="text-sm text-slate-600">
            <Trans>
              Les réglages de la boîte de réception de cette organisation sont introuvables.
              Rechargez la page ; si cela continue, contactez le support.
            </Trans>
          </p>
        </Card>
      ) : (
        <>
          {canEdit ? (
            // Keyed so that switching organisation starts a fresh form.
            <InboxSettingsForm
              key={organization.id}
              settings={settings.data}
              timeZone={organization.time_zone}
            />
          ) : (
            <InboxSettingsDetails settings={settings.data} timeZone={organization.time_zone} />
          )}
          <AgentCapacityCard
            organizationId={organization.id}
            defaultCapacity={settings.data.default_capacity}
            canEdit={canEdit}
            userId={userId}
          />
        </>
      )}
    </div>
  );
}
