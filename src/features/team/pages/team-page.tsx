import { Link } from 'react-router';
import { Card } from '../../../components/ui/card';
import { paths } from '../../../lib/paths';
import { canEditTeam } from '../../../domain/organizations/roles';
import { useWorkspace } from '../../../lib/workspace';
import { InviteSection } from '../components/invite-section';
import { MembersSection } from '../components/members-section';
import { PendingInvitationsSection } from '../components/pending-invitations-section';

export function TeamPage() {
  const { organization, role, userId } = useWorkspace();

  if (!canEditTeam(role)) {
    return (
      <Card title="Équipe">
        <title>Équipe · Paramètres · WCAP</title>
        <p className="font-semibold text-slate-900">
          Accès réservé aux propriétaires et administrateurs
        </p>
        <p className="mt-1 text-sm text-slate-600">
          Demandez à un administrateur de « {organization.name} » si vous avez besoin d’inviter
          quelqu’un ou de changer un rôle.
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

  return (
    // Keyed so the invitation link just created never shows in another organisation.
    <div key={organization.id} className="flex flex-col gap-6">
      <title>Équipe · Paramètres · WCAP</title>
      <MembersSection organization={organization} ownRole={role} userId={userId} />
      <InviteSection organization={organization} ownRole={role} />
      <PendingInvitationsSection organization={organization} />
    </div>
  );
}
