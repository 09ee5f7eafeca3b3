import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatDate, roleLabel, roleTitle } from '../../../lib/format';
import {
  assignableRoles,
  canChangeOrRemoveMember,
  type MemberRole,
} from '../../../domain/organizations/roles';
import type { Member } from '../api';
import { memberName } from '../member-name';
import { useRemoveMember, useUpdateMemberRole } from '../hooks/use-member-mutations';

type MemberRowProps = {
  member: Member;
  organizationId: string;
  timeZone: string;
  ownRole: MemberRole;
  isSelf: boolean;
};

export function MemberRow({ member, organizationId, timeZone, ownRole, isSelf }: MemberRowProps) {
  const name = memberName(member);
  const joinedOn = formatDate(member.joinedAt, timeZone);
  // Your own role changes through another owner; leaving is in Paramètres › Organisation.
  const manageable = !isSelf && canChangeOrRemoveMember(ownRole, member.role);

  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:gap-4">
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2">
          <span className="min-w-0 font-medium break-words text-slate-900">{name}</span>
          {isSelf && (
            <span className="text-sm text-slate-600">
              <Trans>(vous)</Trans>
            </span>
          )}
          <Badge tone={member.role === 'owner' || member.role === 'admin' ? 'brand' : 'neutral'}>
            {roleTitle(member.role)}
          </Badge>
        </p>
        {member.email && member.email !== name && (
          <p className="truncate text-sm text-slate-600" title={member.email}>
            {member.email}
          </p>
        )}
        <p className="text-xs text-slate-500">
          <Trans>Membre depuis le {joinedOn}</Trans>
        </p>
      </div>
      {manageable && (
        <div className="flex flex-wrap items-end gap-2">
          <RoleEditor
            member={member}
            name={name}
            organizationId={organizationId}
            ownRole={ownRole}
          />
          <RemoveMemberButton member={member} name={name} organizationId={organizationId} />
        </div>
      )}
    </li>
  );
}

function RoleEditor({
  member,
  name,
  organizationId,
  ownRole,
}: {
  member: Member;
  name: string;
  organizationId: string;
  ownRole: MemberRole;
}) {
  const { t } = useLingui();
  const selectId = useId();
  const [role, setRole] = useState<MemberRole>(member.role);
  const update = useUpdateMemberRole(organizationId);
  const changed = role !== member.role;

  return (
    <form
      className="flex items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (!changed) return;
        update.mutate(
          { userId: member.userId, role },
          {
            onSuccess: () => {
              const newRole = roleLabel(role);
              toast.success(t`${name} est désormais ${newRole}.`);
            },
            onError: (error) => {
              setRole(member.role);
              toast.error(toUserMessage(error, t`Le rôle n’a pas pu être modifié.`));
            },
          },
        );
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={selectId} className="sr-only">
          <Trans>Rôle de {name}</Trans>
        </label>
        <select
          id={selectId}
          value={role}
          onChange={(event) => setRole(event.target.value as MemberRole)}
          disabled={update.isPending}
          className="min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900"
        >
          {assignableRoles(ownRole).map((option) => (
            <option key={option} value={option}>
              {roleTitle(option)}
            </option>
          ))}
        </select>
      </div>
      {changed && (
        <Button type="submit" loading={update.isPending} loadingText={t`Enregistrement…`}>
          <Trans>
            Enregistrer<span className="sr-only"> le rôle de {name}</span>
          </Trans>
        </Button>
      )}
    </form>
  );
}

function RemoveMemberButton({
  member,
  name,
  organizationId,
}: {
  member: Member;
  name: string;
  organizationId: string;
}) {
  const { t } = useLingui();
  const [confirming, setConfirming] = useState(false);
  const remove = useRemoveMember(organizationId);

  return (
    <>
      <Button variant="secondary" className="text-red-800" onClick={() => setConfirming(true)}>
        <Trans>
          Retirer<span className="sr-only"> {name}</span>
        </Trans>
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={t`Retirer ${name} de l’équipe ?`}
        description={t`Ce membre perdra immédiatement l’accès à l’organisation. Vous pourrez l’inviter de nouveau plus tard.`}
        confirmLabel={t`Retirer le membre`}
        pendingLabel={t`Retrait…`}
        failureMessage={t`Le membre n’a pas pu être retiré.`}
        onConfirm={async () => {
          await remove.mutateAsync(member.userId);
          setConfirming(false);
          toast.success(t`${name} a été retiré de l’équipe.`);
        }}
      />
    </>
  );
}
