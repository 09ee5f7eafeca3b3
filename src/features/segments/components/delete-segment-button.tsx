import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { toast } from '../../../components/ui/toast-store';
import { useDeleteSegment } from '../hooks/use-segments';

type DeleteSegmentButtonProps = {
  organizationId: string;
  segment: { id: string; name: string };
  /** After the deletion (the segment's page goes back to the list). */
  onDeleted?: () => void;
};

/** Admins only: asks first, and says that the contacts themselves stay. */
export function DeleteSegmentButton({
  organizationId,
  segment,
  onDeleted,
}: DeleteSegmentButtonProps) {
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  const name = segment.name;
  const remove = useDeleteSegment(organizationId);

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <Trans>
          Supprimer<span className="sr-only"> le segment {name}</span>
        </Trans>
      </Button>
      <ConfirmDialog
        open={open}
        title={t`Supprimer le segment « ${name} » ?`}
        description={t`Les contacts ne sont pas supprimés : seul ce regroupement disparaît, ainsi que ses critères.`}
        confirmLabel={t`Supprimer le segment`}
        pendingLabel={t`Suppression…`}
        failureMessage={t`Le segment n’a pas pu être supprimé.`}
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          await remove.mutateAsync(segment.id);
          setOpen(false);
          toast.success(t`Segment « ${name} » supprimé.`);
          onDeleted?.();
        }}
      />
    </>
  );
}
