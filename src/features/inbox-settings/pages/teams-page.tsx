import { Trans, useLingui } from '@lingui/react/macro';
import { useWorkspace } from '../../../lib/workspace';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { CreateTeamForm } from '../components/create-team-form';
import { TeamCard } from '../components/team-card';
import { useInboxMembers } from '../hooks/use-inbox-settings';
import { useTeams } from '../hooks/use-teams';
import { canManageTeams } from '../permissions';

export function TeamsPage() {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const canManage = canManageTeams(role);
  const teams = useTeams(organization.id);
  const members = useInboxMembers(organization.id);

  return (
    <div key={organization.id} className="flex flex-col gap-6">
      <title>{t`Équipes · Paramètres · WCAP`}</title>
      <Card
        title={t`Équipes de la boîte de réception`}
        description={t`Regroupez les agents par sujet (ventes, support, une agence…) : une conversation confiée à une équipe va à l’un de ses agents disponibles.`}
      >
        {canManage ? (
          <CreateTeamForm organizationId={organization.id} />
        ) : (
          <p className="text-sm text-slate-600">
            <Trans>
              Seuls les propriétaires et les administrateurs créent les équipes et choisissent leurs
              membres.
            </Trans>
          </p>
        )}
      </Card>
      {teams.isPending || members.isPending ? (
        <SkeletonList rows={3} label={t`Chargement des équipes…`} />
      ) : teams.isError || members.isError ? (
        <LoadError
          message={toUserMessage(
            teams.error ?? members.error,
            t`Les équipes n’ont pas pu être chargées.`,
          )}
          onRetry={() => {
            if (teams.isError) void teams.refetch();
            if (members.isError) void members.refetch();
          }}
        />
      ) : teams.data.length === 0 ? (
        <EmptyState title={t`Aucune équipe`}>
          {canManage ? (
            <Trans>Créez une première équipe ci-dessus, puis ajoutez-y des agents.</Trans>
          ) : (
            <Trans>Aucune équipe n’a encore été créée dans cette organisation.</Trans>
          )}
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-4" aria-label={t`Équipes`}>
          {teams.data.map((team) => (
            <li key={team.id}>
              <TeamCard
                organizationId={organization.id}
                team={team}
                members={members.data}
                canManage={canManage}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
