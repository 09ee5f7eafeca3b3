import { zodResolver } from '@hookform/resolvers/zod';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CopyableField } from '../../../components/ui/copyable-field';
import { ShareIcon } from '../../../components/ui/icons';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { errorHint, toUserMessage } from '../../../lib/errors';
import { formatDate, formatDateTime, roleLabel, roleTitle } from '../../../lib/format';
import { assignableRoles, type MemberRole } from '../../../domain/organizations/roles';
import type { Organization } from '../../../lib/workspace';
import type { CreatedInvitation } from '../api';
import { useCreateInvitation, useSendInvitationEmail } from '../hooks/use-invitations';
import { invitationMessage, invitationUrl, whatsAppShareUrl } from '../invitation-link';
import { roleDescription } from '../role-descriptions';
import { invitationNoteMaxLength, inviteSchema } from '../invite-form';

type InviteSectionProps = {
  organization: Organization;
  ownRole: MemberRole;
};

/** What becomes of the e-mail asked for with an invitation. */
type EmailDelivery =
  | { status: 'pending'; email: string }
  | { status: 'sent'; email: string }
  | { status: 'failed'; email: string; error: unknown };

type Created = { invitation: CreatedInvitation; email: string | null };

export function InviteSection({ organization, ownRole }: InviteSectionProps) {
  const { t, i18n } = useLingui();
  const roles = assignableRoles(ownRole);
  const [created, setCreated] = useState<Created | null>(null);
  const invite = useCreateInvitation(organization.id);
  const sendEmail = useSendInvitationEmail();
  const {
    register,
    handleSubmit,
    control,
    resetField,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(inviteSchema),
    defaultValues: {
      role: roles.includes('agent') ? 'agent' : (roles[roles.length - 1] ?? 'viewer'),
      note: '',
      email: '',
    },
  });
  const role = useWatch({ control, name: 'role' });
  const noteLength = useWatch({ control, name: 'note' })?.length ?? 0;
  const noteMax = invitationNoteMaxLength;
  const seatLimitReached = invite.isError && errorHint(invite.error) === 'seat_limit_reached';

  const emailDelivery = ((): EmailDelivery | null => {
    const email = created?.email;
    if (!email || sendEmail.variables?.invitationId !== created.invitation.id) return null;
    if (sendEmail.isError) return { status: 'failed', email, error: sendEmail.error };
    if (sendEmail.isSuccess) return { status: 'sent', email };
    return { status: 'pending', email };
  })();

  return (
    <Card
      title={t`Inviter un membre`}
      description={t`Créez un lien d’invitation à usage unique, valable 7 jours, puis envoyez-le à la personne (par WhatsApp par exemple).`}
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          invite.reset();
          sendEmail.reset();
          void handleSubmit((values) =>
            invite.mutate(
              { role: values.role, note: values.note || null },
              {
                onSuccess: (invitation) => {
                  const email = values.email || null;
                  setCreated({ invitation, email });
                  // The note and address were this person's: the next invitation starts blank.
                  resetField('note');
                  resetField('email');
                  toast.success(t`Lien d’invitation créé.`);
                  if (email) {
                    sendEmail.mutate({
                      invitationId: invitation.id,
                      token: invitation.token,
                      email,
                      locale: i18n.locale,
                    });
                  }
                },
              },
            ),
          )(event);
        }}
      >
        <div role="alert">
          {invite.isError && (
            <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {seatLimitReached && (
                <p className="font-semibold">
                  <Trans>Limite de sièges atteinte</Trans>
                </p>
              )}
              <p>{toUserMessage(invite.error, t`Le lien d’invitation n’a pas pu être créé.`)}</p>
            </div>
          )}
        </div>
        <div className="flex flex-col gap-1.5">
          <SelectField
            label={t`Rôle`}
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
          <p className="text-sm text-slate-600">{roleDescription(role)}</p>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t`Note`}
            placeholder={t`Ex. : pour Jean, accueil Douala`}
            autoComplete="off"
            maxLength={noteMax}
            hint={t`Facultative, pour reconnaître l’invitation dans la liste : ${noteLength}/${noteMax} caractères.`}
            error={errors.note?.message}
            {...register('note')}
          />
          <TextField
            label={t`Adresse e-mail`}
            type="email"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            hint={t`Facultative : WCAP y envoie aussi le lien.`}
            error={errors.email?.message}
            {...register('email')}
          />
        </div>
        <div>
          <Button type="submit" loading={invite.isPending} loadingText={t`Création du lien…`}>
            <Trans>Créer un lien d’invitation</Trans>
          </Button>
        </div>
      </form>
      {created && (
        <InvitationLinkPanel
          key={created.invitation.id}
          invitation={created.invitation}
          organization={organization}
          emailDelivery={emailDelivery}
        />
      )}
    </Card>
  );
}

function InvitationLinkPanel({
  invitation,
  organization,
  emailDelivery,
}: {
  invitation: CreatedInvitation;
  organization: Organization;
  emailDelivery: EmailDelivery | null;
}) {
  const { t } = useLingui();
  const link = invitationUrl(window.location.origin, invitation.token);
  const message = invitationMessage({
    organizationName: organization.name,
    role: invitation.role,
    link,
    expiresOn: formatDate(invitation.expiresAt, organization.time_zone),
  });
  const role = roleLabel(invitation.role);
  const expiresAt = formatDateTime(invitation.expiresAt, organization.time_zone);
  const email = emailDelivery?.email;

  return (
    <section
      aria-labelledby="invitation-link-title"
      className="mt-6 rounded-lg border border-brand-200 bg-brand-50 p-4"
    >
      <h3 id="invitation-link-title" className="font-semibold text-brand-900">
        <Trans>Nouvelle invitation ({role})</Trans>
      </h3>
      {/* Both regions stay rendered so that screen readers announce what became of the e-mail. */}
      <div role="status" className="text-sm break-words text-brand-900">
        {emailDelivery?.status === 'pending' && (
          <p className="mt-1">
            <Trans>Envoi de l’invitation à {email}…</Trans>
          </p>
        )}
        {emailDelivery?.status === 'sent' && (
          <p className="mt-1 font-semibold">
            <Trans>Invitation envoyée à {email}.</Trans>
          </p>
        )}
      </div>
      <div role="alert">
        {emailDelivery?.status === 'failed' && (
          <div className="mt-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm break-words text-red-800">
            <p className="font-semibold">
              <Trans>L’e-mail n’a pas pu être envoyé à {email}.</Trans>
            </p>
            <p>
              {toUserMessage(emailDelivery.error, t`Le service d’envoi n’a pas répondu.`)}{' '}
              <Trans>
                L’invitation reste valable : copiez le lien ci-dessous ou partagez-le sur WhatsApp.
              </Trans>
            </p>
          </div>
        )}
      </div>
      <p className="mt-1 text-sm text-brand-900">
        <Trans>
          Ce lien ne sera plus affiché : copiez-le ou partagez-le maintenant. Il expire le{' '}
          {expiresAt}.
        </Trans>
      </p>
      <CopyableField
        label={t`Lien d’invitation`}
        className="mt-3"
        value={link}
        copyLabel={t`Copier le lien`}
        copiedMessage={t`Lien copié dans le presse-papiers.`}
        failedMessage={t`Copie impossible ici : le lien est sélectionné, copiez-le manuellement.`}
        actions={
          <a
            href={whatsAppShareUrl(message)}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex min-h-10 items-center justify-center gap-2 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold whitespace-nowrap text-white hover:bg-brand-800"
          >
            <ShareIcon className="size-4" />
            <Trans>
              Partager sur WhatsApp<span className="sr-only"> (nouvelle fenêtre)</span>
            </Trans>
          </a>
        }
      />
    </section>
  );
}
