import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { InlineError } from '../../../components/ui/inline-error';
import { TextField } from '../../../components/ui/text-field';
import { useAsyncAction } from '../../../components/ui/use-async-action';
import { checkFlowName } from '../flow-name';

type FlowNameDialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  initialName: string;
  submitLabel: string;
  pendingLabel: string;
  failureMessage: string;
  /** Saves the checked, trimmed name; the caller closes the dialog (or leaves the page). */
  onSubmit: (name: string) => Promise<unknown>;
};

/** The name of a new flow, or a flow's new name. */
export function FlowNameDialog({ open, onClose, ...props }: FlowNameDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={props.title} description={props.description}>
      {/* Mounted with the dialog, so each opening starts from the initial name. */}
      {open && <FlowNameForm onClose={onClose} {...props} />}
    </Dialog>
  );
}

function FlowNameForm({
  onClose,
  initialName,
  submitLabel,
  pendingLabel,
  failureMessage,
  onSubmit,
}: Omit<FlowNameDialogProps, 'open' | 'title' | 'description'>) {
  const { t } = useLingui();
  const [name, setName] = useState(initialName);
  const [fieldError, setFieldError] = useState<string>();
  const action = useAsyncAction(failureMessage);

  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkFlowName(name);
        if ('error' in checked) {
          setFieldError(checked.error);
          return;
        }
        setFieldError(undefined);
        void action.run(() => onSubmit(checked.name));
      }}
    >
      <TextField
        label={t`Nom du parcours`}
        hint={t`Par exemple « Accueil » ou « Suivi de dossier ». Seule votre équipe le voit.`}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldError}
        autoComplete="off"
        required
        data-autofocus
      />
      <InlineError message={action.error} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose} disabled={action.pending}>
          <Trans>Annuler</Trans>
        </Button>
        <Button type="submit" loading={action.pending} loadingText={pendingLabel}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
