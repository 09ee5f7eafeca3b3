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
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const leave = useLeaveOrganization(organization.id, userId);

  return (
    <>
      <p className="text-sm text-slate-600">
        Vous perdrez l’accès aux contacts, campagnes et conversations de « {organization.name} ».
        Pour revenir, il vous faudra une nouvelle invitation.
      </p>
      <Button
        variant="secondary"
        className="mt-4 border-red-300 text-red-800 hover:bg-red-50"
        onClick={() => setConfirming(true)}
      >
        Quitter l’organisation
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={`Quitter « ${organization.name} » ?`}
        description="Vous n’aurez plus accès à cette organisation tant qu’un administrateur ne vous aura pas invité de nouveau."
        confirmLabel="Quitter l’organisation"
        pendingLabel="Départ…"
        failureMessage="Vous n’avez pas pu quitter l’organisation. Réessayez."
        onConfirm={async () => {
          await leave.mutateAsync();
          setConfirming(false);
          toast.success(`Vous avez quitté « ${organization.name} ».`);
          void navigate(paths.home, { replace: true });
        }}
      />
    </>
  );
}
