import { useLingui } from '@lingui/react/macro';
import { Card } from '../../../components/ui/card';
import { useWorkspace } from '../../../lib/workspace';
import { LeaveOrganization } from '../components/leave-organization';
import { OrganizationDetails } from '../components/organization-details';
import { OrganizationSettingsForm } from '../components/organization-settings-form';
import { canEditOrganizationSettings } from '../permissions';

export function OrganizationSettingsPage() {
  const { t } = useLingui();
  const { organization, role, userId } = useWorkspace();

  return (
    <div className="flex flex-col gap-6">
      <title>{t`Organisation · Paramètres · WCAP`}</title>
      <Card
        title={t`Organisation`}
        description={t`Identité et réglages régionaux de votre organisation.`}
      >
        {canEditOrganizationSettings(role) ? (
          // Keyed so that switching organisation, or a newer version, starts a fresh form.
          <OrganizationSettingsForm
            key={`${organization.id}:${organization.updated_at}`}
            organization={organization}
            userId={userId}
          />
        ) : (
          <OrganizationDetails organization={organization} />
        )}
      </Card>
      <Card title={t`Quitter l’organisation`}>
        <LeaveOrganization key={organization.id} organization={organization} userId={userId} />
      </Card>
    </div>
  );
}
