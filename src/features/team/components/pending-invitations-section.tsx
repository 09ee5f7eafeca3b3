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
  const invitations = usePendingInvitations(organization.id);

  return (
    <Card
      title="Invitations en attente"
      description="Liens créés mais pas encore utilisés. Révoquez un lien envoyé par erreur."
    >
      {invitations.isPending ? (
        <SkeletonList rows={2} label="Chargement des invitations…" />
      ) : invitations.isError ? (
        <div className="flex flex-col items-start gap-3">
          <InlineError
            message={toUserMessage(
              invitations.error,
              'Les invitations n’ont pas pu être chargées.',
            )}
          />
          <Button variant="secondary" onClick={() => void invitations.refetch()}>
            Réessayer
          </Button>
        </div>
      ) : invitations.data.length === 0 ? (
        <EmptyState title="Aucune invitation en attente" headingLevel={3}>
          Les liens que vous créez apparaissent ici jusqu’à leur utilisation ou leur expiration.
        </EmptyState>
      ) : (
        <ul aria-label="Invitations en attente" className="-my-4 divide-y divide-slate-200">
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
  const [confirming, setConfirming] = useState(false);
  const revoke = useRevokeInvitation(organization.id);
  const timeZone = organization.time_zone;

  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-slate-900">Invitation</span>
          <Badge>{roleTitle(invitation.role)}</Badge>
        </p>
        <p className="text-sm text-slate-600">
          Créée le {formatDate(invitation.createdAt, timeZone)}
          {invitation.invitedBy ? ` par ${invitation.invitedBy}` : ''} · expire le{' '}
          {formatDateTime(invitation.expiresAt, timeZone)}
        </p>
      </div>
      <Button
        variant="secondary"
        className="self-start text-red-800 sm:self-auto"
        onClick={() => setConfirming(true)}
      >
        Révoquer<span className="sr-only"> l’invitation ({roleLabel(invitation.role)})</span>
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title="Révoquer cette invitation ?"
        description="Le lien ne fonctionnera plus. La personne invitée devra recevoir un nouveau lien."
        confirmLabel="Révoquer"
        pendingLabel="Révocation…"
        failureMessage="L’invitation n’a pas pu être révoquée."
        onConfirm={async () => {
          await revoke.mutateAsync(invitation.id);
          setConfirming(false);
          toast.success('Invitation révoquée.');
        }}
      />
    </li>
  );
}
