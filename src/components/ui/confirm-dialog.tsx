import type { ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { InlineError } from './inline-error';

type ConfirmDialogProps = {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /**
   * What dismissing keeps, when « Annuler » would be ambiguous: beside « Annuler la campagne »,
   * « Garder la campagne ».
   */
  cancelLabel?: string;
  /** `danger` (red) for what destroys or cannot be undone; `primary` for a wanted step (a launch). */
  confirmTone?: 'danger' | 'primary';
  pendingLabel?: string;
  pending?: boolean;
  /** Why the action failed, shown inside the dialog so the user reads it where they acted. */
  error?: string;
};

/**
 * Asks before an action that matters; the dismiss button has the focus, so Enter never acts by
 * accident.
 */
export function ConfirmDialog({
  open,
  onCancel,
  onConfirm,
  title,
  description,
  confirmLabel,
  cancelLabel = 'Annuler',
  confirmTone = 'danger',
  pendingLabel,
  pending = false,
  error,
}: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={() => {
        if (!pending) onCancel();
      }}
      title={title}
      description={description}
    >
      <InlineError message={error} className="mt-4" />
      <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel} disabled={pending} data-autofocus>
          {cancelLabel}
        </Button>
        <Button
          variant={confirmTone}
          onClick={onConfirm}
          loading={pending}
          loadingText={pendingLabel}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
