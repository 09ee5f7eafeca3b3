import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { toast } from '../../../components/ui/toast-store';
import { useDeleteCampaign } from '../hooks/use-campaigns';

type DeleteCampaignButtonProps = {
  organizationId: string;
  campaign: { id: string; name: string };
  /** After the deletion (the builder goes back to the list). */
  onDeleted?: () => void;
};

/** Admins only, drafts only: asks first. */
export function DeleteCampaignButton({
  organizationId,
  campaign,
  onDeleted,
}: DeleteCampaignButtonProps) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteCampaign(organizationId);

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Supprimer<span className="sr-only"> le brouillon {campaign.name}</span>
      </Button>
      <ConfirmDialog
        open={open}
        title={`Supprimer le brouillon « ${campaign.name} » ?`}
        description="Rien n’a été envoyé : seul ce brouillon disparaît. Les contacts, les segments et les modèles restent."
        confirmLabel="Supprimer le brouillon"
        pendingLabel="Suppression…"
        failureMessage="Le brouillon n’a pas pu être supprimé."
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          await remove.mutateAsync(campaign.id);
          setOpen(false);
          toast.success(`Brouillon « ${campaign.name} » supprimé.`);
          onDeleted?.();
        }}
      />
    </>
  );
}
