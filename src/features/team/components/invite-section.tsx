import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CopyableField } from '../../../components/ui/copyable-field';
import { ShareIcon } from '../../../components/ui/icons';
import { SelectField } from '../../../components/ui/select-field';
import { toast } from '../../../components/ui/toast-store';
import { errorHint, toUserMessage } from '../../../lib/errors';
import { formatDate, formatDateTime, roleLabel, roleTitle } from '../../../lib/format';
import { assignableRoles, type MemberRole } from '../../../domain/organizations/roles';
import type { Organization } from '../../../lib/workspace';
import type { CreatedInvitation } from '../api';
import { useCreateInvitation } from '../hooks/use-invitations';
import { invitationMessage, invitationUrl, whatsAppShareUrl } from '../invitation-link';
import { roleDescriptions } from '../role-descriptions';
import { inviteSchema } from '../invite-form';

type InviteSectionProps = {
  organization: Organization;
  ownRole: MemberRole;
};

export function InviteSection({ organization, ownRole }: InviteSectionProps) {
  const roles = assignableRoles(ownRole);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const invite = useCreateInvitation(organization.id);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(inviteSchema),
    defaultValues: {
      role: roles.includes('agent') ? 'agent' : (roles[roles.length - 1] ?? 'viewer'),
    },
  });
  const role = useWatch({ control, name: 'role' });
  const seatLimitReached = invite.isError && errorHint(invite.error) === 'seat_limit_reached';

  return (
    <Card
      title="Inviter un membre"
      description="Créez un lien d’invitation à usage unique, valable 7 jours, puis envoyez-le à la personne (par WhatsApp par exemple)."
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          invite.reset();
          void handleSubmit((values) =>
            invite.mutate(values.role, {
              onSuccess: (invitation) => {
                setCreated(invitation);
                toast.success('Lien d’invitation créé.');
              },
            }),
          )(event);
        }}
      >
        <div role="alert">
          {invite.isError && (
            <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {seatLimitReached && <p className="font-semibold">Limite de sièges atteinte</p>}
              <p>{toUserMessage(invite.error, 'Le lien d’invitation n’a pas pu être créé.')}</p>
            </div>
          )}
        </div>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <SelectField
            label="Rôle"
            className="sm:w-64"
            error={errors.role?.message}
            {...register('role')}
          >
            {roles.map((option) => (
              <option key={option} value={option}>
                {roleTitle(option)}
              </option>
            ))}
          </SelectField>
          <Button type="submit" loading={invite.isPending} loadingText="Création du lien…">
            Créer un lien d’invitation
          </Button>
        </div>
        <p className="text-sm text-slate-600">{roleDescriptions[role]}</p>
      </form>
      {created && (
        <InvitationLinkPanel key={created.id} invitation={created} organization={organization} />
      )}
    </Card>
  );
}

function InvitationLinkPanel({
  invitation,
  organization,
}: {
  invitation: CreatedInvitation;
  organization: Organization;
}) {
  const link = invitationUrl(window.location.origin, invitation.token);
  const message = invitationMessage({
    organizationName: organization.name,
    role: invitation.role,
    link,
    expiresOn: formatDate(invitation.expiresAt, organization.time_zone),
  });

  return (
    <section
      aria-labelledby="invitation-link-title"
      className="mt-6 rounded-lg border border-brand-200 bg-brand-50 p-4"
    >
      <h3 id="invitation-link-title" className="font-semibold text-brand-900">
        Nouvelle invitation ({roleLabel(invitation.role)})
      </h3>
      <p className="mt-1 text-sm text-brand-900">
        Ce lien ne sera plus affiché : copiez-le ou partagez-le maintenant. Il expire le{' '}
        {formatDateTime(invitation.expiresAt, organization.time_zone)}.
      </p>
      <CopyableField
        label="Lien d’invitation"
        className="mt-3"
        value={link}
        copyLabel="Copier le lien"
        copiedMessage="Lien copié dans le presse-papiers."
        failedMessage="Copie impossible ici : le lien est sélectionné, copiez-le manuellement."
        actions={
          <a
            href={whatsAppShareUrl(message)}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex min-h-10 items-center justify-center gap-2 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold whitespace-nowrap text-white hover:bg-brand-800"
          >
            <ShareIcon className="size-4" />
            Partager sur WhatsApp
            <span className="sr-only"> (nouvelle fenêtre)</span>
          </a>
        }
      />
    </section>
  );
}
