import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { InlineError } from '../../../components/ui/inline-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toUserMessage } from '../../../lib/errors';
import { intlLocale } from '../../../lib/format';
import { memberRoles, takesSeat, type MemberRole } from '../../../domain/organizations/roles';
import type { Organization } from '../../../lib/workspace';
import type { Member } from '../api';
import { useMembers } from '../hooks/use-members';
import { memberName } from '../member-name';
import { seatSummary } from '../seat-summary';
import { MemberRow } from './member-row';

type MembersSectionProps = {
  organization: Organization;
  ownRole: MemberRole;
  userId: string;
};

// Strongest role first, then by name.
function byRoleThenName(a: Member, b: Member): number {
  const byRole = memberRoles.indexOf(b.role) - memberRoles.indexOf(a.role);
  return byRole || memberName(a).localeCompare(memberName(b), intlLocale());
}

export function MembersSection({ organization, ownRole, userId }: MembersSectionProps) {
  const { t } = useLingui();
  const members = useMembers(organization.id);
  const seats = members.data?.filter((member) => takesSeat(member.role)).length;

  return (
    <Card
      title={t`Membres`}
      description={seats === undefined ? undefined : seatSummary(seats, organization.agents_quota)}
    >
      {members.isPending ? (
        <SkeletonList label={t`Chargement des membres…`} />
      ) : members.isError ? (
        <div className="flex flex-col items-start gap-3">
          <InlineError
            message={toUserMessage(members.error, t`Les membres n’ont pas pu être chargés.`)}
          />
          <Button variant="secondary" onClick={() => void members.refetch()}>
            <Trans>Réessayer</Trans>
          </Button>
        </div>
      ) : members.data.length === 0 ? (
        <EmptyState title={t`Aucun membre`} headingLevel={3} />
      ) : (
        <ul aria-label={t`Membres de l’équipe`} className="-my-4 divide-y divide-slate-200">
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
