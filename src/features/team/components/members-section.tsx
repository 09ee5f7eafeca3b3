import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { InlineError } from '../../../components/ui/inline-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { memberRoles, takesSeat, type MemberRole } from '../../../domain/organizations/roles';
import type { Organization } from '../../../lib/workspace';
import type { Member } from '../api';
import { useMembers } from '../hooks/use-members';
import { memberName } from '../member-name';
import { MemberRow } from './member-row';

type MembersSectionProps = {
  organization: Organization;
  ownRole: MemberRole;
  userId: string;
};

// Strongest role first, then by name.
function byRoleThenName(a: Member, b: Member): number {
  const byRole = memberRoles.indexOf(b.role) - memberRoles.indexOf(a.role);
  return byRole || memberName(a).localeCompare(memberName(b), 'fr');
}

export function MembersSection({ organization, ownRole, userId }: MembersSectionProps) {
  const members = useMembers(organization.id);
  const seats = members.data?.filter((member) => takesSeat(member.role)).length;

  return (
    <Card
      title="Membres"
      description={
        seats === undefined
          ? undefined
          : organization.agents_quota === null
            ? `${formatNumber(seats)} siège(s) utilisé(s). Les lecteurs ne comptent pas comme siège.`
            : `${formatNumber(seats)} siège(s) utilisé(s) sur ${formatNumber(organization.agents_quota)}. Les lecteurs ne comptent pas comme siège.`
      }
    >
      {members.isPending ? (
        <SkeletonList label="Chargement des membres…" />
      ) : members.isError ? (
        <div className="flex flex-col items-start gap-3">
          <InlineError
            message={toUserMessage(members.error, 'Les membres n’ont pas pu être chargés.')}
          />
          <Button variant="secondary" onClick={() => void members.refetch()}>
            Réessayer
          </Button>
        </div>
      ) : members.data.length === 0 ? (
        <EmptyState title="Aucun membre" headingLevel={3} />
      ) : (
        <ul aria-label="Membres de l’équipe" className="-my-4 divide-y divide-slate-200">
          {[...members.data].sort(byRoleThenName).map((member) => (
            <MemberRow
              key={member.userId}
              member={member}
              organizationId={organization.id}
              timeZone={organization.time_zone}
              ownRole={ownRole}
              isSelf={member.userId === userId}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}
