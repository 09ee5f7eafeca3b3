import { useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { InlineError } from './inline-error';
import { useAsyncAction, type FailureMessage } from './use-async-action';

type ConfirmDialogProps = {
  open: boolean;
  onCancel: () => void;
  /**
   * The action, run when the person confirms; the dialog shows it in progress and, if it throws,
   * shows why inside the dialog so the person reads it where they acted. On success the caller
   * closes the dialog (or leaves the page).
   */
  onConfirm: () => Promise<unknown>;
  /** The fallback for a failure without a message for people, or the whole sentence. */
  failureMessage: FailureMessage;
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
};

/**
 * Asks before an action that matters; the dismiss button has the focus, so Enter never acts by
 * accident.
 */
export function ConfirmDialog({
  open,
  onCancel,
  onConfirm,
  failureMessage,
  title,
  description,
  confirmLabel,
  cancelLabel,
  confirmTone = 'danger',
  pendingLabel,
}: ConfirmDialogProps) {
  const { t } = useLingui();
  const action = useAsyncAction(failureMessage);
  // A failure speaks of this attempt: dismissing forgets it.
  const cancel = () => {
    action.clearError();
    onCancel();
  };

  return (
    <Dialog
      open={open}
      onClose={() => {
        if (!action.pending) cancel();
      }}
      title={title}
      description={description}
    >
      <InlineError message={action.error} className="mt-4" />
      <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={cancel} disabled={action.pending} data-autofocus>
          {cancelLabel ?? t`Annuler`}
        </Button>
        <Button
          variant={confirmTone}
          onClick={() => void action.run(onConfirm)}
          loading={action.pending}
          loadingText={pendingLabel}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
