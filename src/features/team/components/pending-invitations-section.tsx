import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { InlineError } from '../../../components/ui/inline-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatDate, formatDateTime, roleLabel, roleTitle } from '../../../lib/format';
import type { Organization } from '../../../lib/workspace';
import type { PendingInvitation } from '../api';
import { usePendingInvitations, useRevokeInvitation } from '../hooks/use-invitations';

export function PendingInvitationsSection({ organization }: { organization: Organization }) {
  const { t } = useLingui();
  const invitations = usePendingInvitations(organization.id);

  return (
    <Card
      title={t`Invitations en attente`}
      description={t`Liens créés mais pas encore utilisés. Révoquez un lien envoyé par erreur.`}
    >
      {invitations.isPending ? (
        <SkeletonList rows={2} label={t`Chargement des invitations…`} />
      ) : invitations.isError ? (
        <div className="flex flex-col items-start gap-3">
          <InlineError
            message={toUserMessage(
              invitations.error,
              t`Les invitations n’ont pas pu être chargées.`,
            )}
          />
          <Button variant="secondary" onClick={() => void invitations.refetch()}>
            <Trans>Réessayer</Trans>
          </Button>
        </div>
      ) : invitations.data.length === 0 ? (
        <EmptyState title={t`Aucune invitation en attente`} headingLevel={3}>
          <Trans>
            Les liens que vous créez apparaissent ici jusqu’à leur utilisation ou leur expiration.
          </Trans>
        </EmptyState>
      ) : (
        <ul aria-label={t`Invitations en attente`} className="-my-4 divide-y divide-slate-200">
          {invitations.data.map((invitation) => (
            <InvitationRow
              key={invitation.id}
              invitation={invitation}
              organization={organization}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

function InvitationRow({
  invitation,
  organization,
}: {
  invitation: PendingInvitation;
  organization: Organization;
}) {
  const { t } = useLingui();
  const [confirming, setConfirming] = useState(false);
  const revoke = useRevokeInvitation(organization.id);
  const timeZone = organization.time_zone;
  const createdOn = formatDate(invitation.createdAt, timeZone);
  const expiresAt = formatDateTime(invitation.expiresAt, timeZone);
  const inviter = invitation.invitedBy;
  const note = invitation.note;
  const role = roleLabel(invitation.role);

  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2">
          <span className="min-w-0 font-medium break-words text-slate-900">
            {note ?? <Trans>Invitation</Trans>}
          </span>
          <Badge>{roleTitle(invitation.role)}</Badge>
        </p>
        <p className="text-sm text-slate-600">
          {inviter ? (
            <Trans>
              Créée le {createdOn} par {inviter} · expire le {expiresAt}
            </Trans>
          ) : (
            <Trans>
              Créée le {createdOn} · expire le {expiresAt}
            </Trans>
          )}
        </p>
      </div>
      <Button
        variant="secondary"
        className="self-start text-red-800 sm:self-auto"
        onClick={() => setConfirming(true)}
      >
        {note ? (
          <Trans>
            Révoquer
            <span className="sr-only">
              {' '}
              l’invitation « {note} » ({role})
            </span>
          </Trans>
        ) : (
          <Trans>
            Révoquer<span className="sr-only"> l’invitation ({role})</span>
          </Trans>
        )}
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={t`Révoquer cette invitation ?`}
        description={
          note
            ? t`L’invitation « ${note} » (${role}) ne fonctionnera plus. La personne invitée devra recevoir un nouveau lien.`
            : t`Le lien ne fonctionnera plus. La personne invitée devra recevoir un nouveau lien.`
        }
        confirmLabel={t`Révoquer`}
        pendingLabel={t`Révocation…`}
        failureMessage={t`L’invitation n’a pas pu être révoquée.`}
        onConfirm={async () => {
          await revoke.mutateAsync(invitation.id);
          setConfirming(false);
          toast.success(t`Invitation révoquée.`);
        }}
      />
    </li>
  );
}
