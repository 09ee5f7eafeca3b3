import { Trans, useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  const remove = useDeleteCampaign(organizationId);
  const name = campaign.name;

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <Trans>
          Supprimer<span className="sr-only"> le brouillon {name}</span>
        </Trans>
      </Button>
      <ConfirmDialog
        open={open}
        title={t`Supprimer le brouillon « ${name} » ?`}
        description={t`Rien n’a été envoyé : seul ce brouillon disparaît. Les contacts, les segments et les modèles restent.`}
        confirmLabel={t`Supprimer le brouillon`}
        pendingLabel={t`Suppression…`}
        failureMessage={t`Le brouillon n’a pas pu être supprimé.`}
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          await remove.mutateAsync(campaign.id);
          setOpen(false);
          toast.success(t`Brouillon « ${name} » supprimé.`);
          onDeleted?.();
        }}
      />
    </>
  );
}
