import { zodResolver } from '@hookform/resolvers/zod';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Dialog } from '../../../components/ui/dialog';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { roleTitle } from '../../../lib/format';
import type { InboxMember, InboxTeam } from '../api';
import {
  useAddTeamMember,
  useDeleteTeam,
  useRemoveTeamMember,
  useRenameTeam,
} from '../hooks/use-teams';
import { memberLabel } from '../member-label';
import { answersConversations } from '../permissions';
import { teamNameSchema } from '../team-form';

type TeamCardProps = {
  organizationId: string;
  team: InboxTeam;
  members: InboxMember[];
  canManage: boolean;
};

/** A team: its name, its members and, for owners and admins, what changes them. */
export function TeamCard({ organizationId, team, members, canManage }: TeamCardProps) {
  const { t } = useLingui();
  const titleId = useId();
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteTeam(organizationId);
  const byId = new Map(members.map((member) => [member.userId, member]));
  const inTeam = team.memberIds
    .map((id) => byId.get(id))
    .filter((member): member is InboxMember => member !== undefined)
    .sort((a, b) => memberLabel(a).localeCompare(memberLabel(b)));
  const teamName = team.name;
  const count = inTeam.length;

  return (
    <section
      aria-labelledby={titleId}
      className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-6"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h2 id={titleId} className="text-lg font-semibold break-words text-slate-900">
            {teamName}
          </h2>
          <p className="text-sm text-slate-600">
            {count === 0 ? (
              <Trans>Aucun membre</Trans>
            ) : (
              <Plural value={count} one="# membre" other="# membres" />
            )}
          </p>
        </div>
        {canManage && (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => setRenaming(true)}>
              <Trans>Renommer</Trans>
              <span className="sr-only">{t`l’équipe ${teamName}`}</span>
            </Button>
            <Button variant="secondary" className="text-red-800" onClick={() => setDeleting(true)}>
              <Trans>Supprimer</Trans>
              <span className="sr-only">{t`l’équipe ${teamName}`}</span>
            </Button>
          </div>
        )}
      </div>

      {inTeam.length > 0 && (
        <ul
          aria-label={t`Membres de l’équipe ${teamName}`}
          className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200"
        >
          {inTeam.map((member) => (
            <TeamMemberRow
              key={member.userId}
              organizationId={organizationId}
              team={team}
              member={member}
              canManage={canManage}
            />
          ))}
        </ul>
      )}

      {canManage && <AddMemberForm organizationId={organizationId} team={team} members={members} />}

      {canManage && (
        <RenameTeamDialog
          // A fresh form each time it opens (not on a rename, which would drop the dialog).
          key={`${team.id}:${renaming}`}
          open={renaming}
          organizationId={organizationId}
          team={team}
          onClose={() => setRenaming(false)}
        />
      )}
      <ConfirmDialog
        open={deleting}
        onCancel={() => setDeleting(false)}
        title={t`Supprimer l’équipe « ${teamName} » ?`}
        description={t`Ses membres restent dans l’organisation. Les conversations confiées à cette équipe n’auront plus d’équipe.`}
        confirmLabel={t`Supprimer l’équipe`}
        pendingLabel={t`Suppression…`}
        failureMessage={t`L’équipe n’a pas pu être supprimée.`}
        onConfirm={async () => {
          await remove.mutateAsync(team.id);
          setDeleting(false);
          toast.success(t`Équipe « ${teamName} » supprimée.`);
        }}
      />
    </section>
  );
}

function TeamMemberRow({
  organizationId,
  team,
  member,
  canManage,
}: {
  organizationId: string;
  team: InboxTeam;
  member: InboxMember;
  canManage: boolean;
}) {
  const { t } = useLingui();
  const removeMember = useRemoveTeamMember(organizationId);
  const name = memberLabel(member);
  const teamName = team.name;
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2">
      <div className="min-w-0">
        <p className="font-medium break-words text-slate-900">{name}</p>
        <p className="text-sm text-slate-600">
          {roleTitle(member.role)}
          {!answersConversations(member.role) && (
            <>
              {' · '}
              <Trans>ne reçoit pas de conversation</Trans>
            </>
          )}
        </p>
      </div>
      {canManage && (
        <Button
          variant="ghost"
          className="text-red-800"
          loading={removeMember.isPending}
          onClick={() =>
            // A promise rather than mutate's callbacks: the row is gone once the list refreshes.
            void removeMember.mutateAsync({ teamId: team.id, userId: member.userId }).then(
              () => toast.success(t`${name} ne fait plus partie de « ${teamName} ».`),
              (error: unknown) =>
                toast.error(toUserMessage(error, t`Le membre n’a pas pu être retiré.`)),
            )
          }
        >
          <Trans>Retirer</Trans>
          <span className="sr-only">{t`${name} de l’équipe ${teamName}`}</span>
        </Button>
      )}
    </li>
  );
}

function AddMemberForm({
  organizationId,
  team,
  members,
}: {
  organizationId: string;
  team: InboxTeam;
  members: InboxMember[];
}) {
  const { t } = useLingui();
  const add = useAddTeamMember(organizationId);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const candidates = members
    .filter(
      (member) => answersConversations(member.role) && !team.memberIds.includes(member.userId),
    )
    .sort((a, b) => memberLabel(a).localeCompare(memberLabel(b)));
  const teamName = team.name;

  if (candidates.length === 0) {
    return (
      <p className="mt-4 text-sm text-slate-600">
        <Trans>Tous les agents de l’organisation font déjà partie de cette équipe.</Trans>
      </p>
    );
  }

  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-2 sm:flex-row sm:items-start"
      onSubmit={(event) => {
        event.preventDefault();
        const member = candidates.find((candidate) => candidate.userId === chosen);
        if (!member) {
          setError(t`Choisissez un membre à ajouter`);
          return;
        }
        const name = memberLabel(member);
        setError(null);
        add.mutate(
          { teamId: team.id, userId: member.userId },
          {
            onSuccess: () => {
              setChosen('');
              toast.success(t`${name} fait maintenant partie de « ${teamName} ».`);
            },
            onError: (caught) =>
              setError(toUserMessage(caught, t`Le membre n’a pas pu être ajouté.`)),
          },
        );
      }}
    >
      <SelectField
        label={t`Ajouter un membre à « ${teamName} »`}
        className="flex-1"
        value={chosen}
        error={error ?? undefined}
        onChange={(event) => {
          setChosen(event.target.value);
          setError(null);
        }}
      >
        <option value="">{t`Choisir un agent…`}</option>
        {candidates.map((member) => (
          <option key={member.userId} value={member.userId}>
            {memberLabel(member)} · {roleTitle(member.role)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" className="sm:mt-7" loading={add.isPending}>
        <Trans>Ajouter</Trans>
      </Button>
    </form>
  );
}

function RenameTeamDialog({
  open,
  organizationId,
  team,
  onClose,
}: {
  open: boolean;
  organizationId: string;
  team: InboxTeam;
  onClose: () => void;
}) {
  const { t } = useLingui();
  const rename = useRenameTeam(organizationId);
  const {
    register,
    handleSubmit,
    formState: { errors, isDirty },
  } = useForm({ resolver: zodResolver(teamNameSchema), defaultValues: { name: team.name } });
  const teamName = team.name;

  return (
    <Dialog open={open} onClose={onClose} title={t`Renommer l’équipe « ${teamName} »`}>
      <form
        noValidate
        className="mt-4 flex flex-col gap-4"
        onSubmit={(event) => {
          rename.reset();
          void handleSubmit((values) =>
            rename.mutate(
              { teamId: team.id, name: values.name },
              {
                onSuccess: () => {
                  const renamed = values.name;
                  toast.success(t`Équipe renommée « ${renamed} ».`);
                  onClose();
                },
              },
            ),
          )(event);
        }}
      >
        <InlineError
          message={
            rename.isError
              ? toUserMessage(rename.error, t`L’équipe n’a pas pu être renommée.`)
              : null
          }
        />
        <TextField
          label={t`Nouveau nom`}
          autoComplete="off"
          data-autofocus
          error={errors.name?.message}
          {...register('name')}
        />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose} disabled={rename.isPending}>
            <Trans>Annuler</Trans>
          </Button>
          <Button
            type="submit"
            loading={rename.isPending}
            loadingText={t`Enregistrement…`}
            disabled={!isDirty}
          >
            <Trans>Renommer</Trans>
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
