import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { toast } from '../../../components/ui/toast-store';
import { paths } from '../../../lib/paths';
import type { Organization } from '../../../lib/workspace';
import { useLeaveOrganization } from '../hooks/use-leave-organization';

export function LeaveOrganization({
  organization,
  userId,
}: {
  organization: Organization;
  userId: string;
}) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const name = organization.name;
  const [confirming, setConfirming] = useState(false);
  const leave = useLeaveOrganization(organization.id, userId);

  return (
    <>
      <p className="text-sm text-slate-600">
        <Trans>
          Vous perdrez l’accès aux contacts, campagnes et conversations de « {name} ». Pour revenir,
          il vous faudra une nouvelle invitation.
        </Trans>
      </p>
      <Button
        variant="secondary"
        className="mt-4 border-red-300 text-red-800 hover:bg-red-50"
        onClick={() => setConfirming(true)}
      >
        <Trans>Quitter l’organisation</Trans>
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={t`Quitter « ${name} » ?`}
        description={t`Vous n’aurez plus accès à cette organisation tant qu’un administrateur ne vous aura pas invité de nouveau.`}
        confirmLabel={t`Quitter l’organisation`}
        pendingLabel={t`Départ…`}
        failureMessage={t`Vous n’avez pas pu quitter l’organisation. Réessayez.`}
        onConfirm={async () => {
          await leave.mutateAsync();
          setConfirming(false);
          toast.success(t`Vous avez quitté « ${name} ».`);
          void navigate(paths.home, { replace: true });
        }}
      />
    </>
  );
}
