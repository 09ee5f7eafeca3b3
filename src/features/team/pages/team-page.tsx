import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { Card } from '../../../components/ui/card';
import { paths } from '../../../lib/paths';
import { canEditTeam } from '../../../domain/organizations/roles';
import { useWorkspace } from '../../../lib/workspace';
import { InviteSection } from '../components/invite-section';
import { MembersSection } from '../components/members-section';
import { PendingInvitationsSection } from '../components/pending-invitations-section';

export function TeamPage() {
  const { t } = useLingui();
  const { organization, role, userId } = useWorkspace();
  const organizationName = organization.name;
  const pageTitle = <title>{t`Équipe · Paramètres · WCAP`}</title>;

  if (!canEditTeam(role)) {
    return (
      <Card title={t`Équipe`}>
        {pageTitle}
        <p className="font-semibold text-slate-900">
          <Trans>Accès réservé aux propriétaires et administrateurs</Trans>
        </p>
        <p className="mt-1 text-sm text-slate-600">
          <Trans>
            Demandez à un administrateur de « {organizationName} » si vous avez besoin d’inviter
            quelqu’un ou de changer un rôle.
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

  return (
    // Keyed so the invitation link just created never shows in another organisation.
    <div key={organization.id} className="flex flex-col gap-6">
      {pageTitle}
      <MembersSection organization={organization} ownRole={role} userId={userId} />
      <InviteSection organization={organization} ownRole={role} />
      <PendingInvitationsSection organization={organization} />
    </div>
  );
}
