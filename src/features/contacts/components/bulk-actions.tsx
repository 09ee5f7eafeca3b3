import { t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Dialog } from '../../../components/ui/dialog';
import { InlineError } from '../../../components/ui/inline-error';
import { tagProblem } from '../../../domain/contacts/tag-rules';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { useAsyncAction } from '../../../components/ui/use-async-action';
import { lengthHint } from '../../../domain/contacts/length-hint';
import { maxTagLength } from '../../../domain/contacts/tag-rules';
import { contactCount } from '../contact-labels';
import {
  bulkConfirmation,
  bulkResultMessage,
  selectAllLabel,
  selectionSummary,
} from '../bulk-messages';
import { maxTags } from '../contact-form';
import type { BulkAction, BulkTarget } from '../contact-query';
import { useBulkAction } from '../hooks/use-contact';

type SelectionBarProps = {
  /** How many contacts are chosen (all matching: the list's total). */
  count: number;
  all: boolean;
  matching: number;
  canDelete: boolean;
  /** The action whose count is being computed before its confirmation. */
  preparing: BulkAction | null;
  onSelectAll: () => void;
  onClear: () => void;
  onAction: (action: BulkAction) => void;
};

/** What is selected, the way to widen it to all matching contacts, and the bulk actions. */
export function SelectionBar({
  count,
  all,
  matching,
  canDelete,
  preparing,
  onSelectAll,
  onClear,
  onAction,
}: SelectionBarProps) {
  const { t } = useLingui();
  const busy = preparing !== null;
  const action = (
    name: BulkAction,
    label: string,
    variant: 'secondary' | 'danger' = 'secondary',
  ) => (
    <Button
      variant={variant}
      onClick={() => onAction(name)}
      loading={preparing === name}
      loadingText={t`Comptage…`}
      disabled={busy}
    >
      {label}
    </Button>
  );
  return (
    <section
      aria-label={t`Actions sur la sélection`}
      className="flex flex-col gap-3 rounded-xl border border-brand-200 bg-brand-50 p-3 sm:p-4"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <p role="status" className="text-sm font-semibold text-brand-900">
          {selectionSummary({ all, count })}
        </p>
        {!all && matching > count && (
          <Button variant="ghost" className="text-brand-800 underline" onClick={onSelectAll}>
            {selectAllLabel(matching)}
          </Button>
        )}
        <Button variant="ghost" onClick={onClear}>
          <Trans>Annuler la sélection</Trans>
        </Button>
      </div>
      <div className="flex flex-wrap gap-2">
        {action('add_tag', t`Ajouter une étiquette`)}
        {action('remove_tag', t`Retirer une étiquette`)}
        {action('opt_out', t`Désinscrire`)}
        {canDelete && action('delete', t`Supprimer`, 'danger')}
      </div>
    </section>
  );
}

export type PendingBulk = { action: BulkAction; count: number; target: BulkTarget };

type BulkDialogsProps = {
  organizationId: string;
  pending: PendingBulk | null;
  onClose: () => void;
  onDone: () => void;
};

/** Said when a bulk action fails without a reason for people. */
function bulkFailure(): string {
  return t`L’action n’a pas pu être appliquée.`;
}

/** The confirmation of a bulk action, with the exact number of contacts it will touch. */
export function BulkDialogs({ organizationId, pending, onClose, onDone }: BulkDialogsProps) {
  const bulk = useBulkAction(organizationId);
  const run = async (tag?: string) => {
    if (!pending) return;
    const changed = await bulk.mutateAsync({
      action: pending.action,
      target: pending.target,
      tag,
    });
    toast.success(bulkResultMessage(pending.action, changed, tag));
    onDone();
  };

  if (pending?.action === 'add_tag' || pending?.action === 'remove_tag')
    return (
      <BulkTagDialog
        action={pending.action}
        count={pending.count}
        onCancel={onClose}
        onConfirm={run}
      />
    );
  const confirmation =
    pending?.action === 'opt_out' || pending?.action === 'delete'
      ? bulkConfirmation(pending.action, pending.count)
      : null;
  return (
    <ConfirmDialog
      open={confirmation !== null}
      onCancel={onClose}
      onConfirm={() => run()}
      failureMessage={bulkFailure()}
      title={confirmation?.title ?? ''}
      description={confirmation?.description}
      confirmLabel={confirmation?.confirmLabel ?? ''}
      pendingLabel={pending?.action === 'delete' ? t`Suppression…` : t`Désinscription…`}
    />
  );
}

function BulkTagDialog({
  action,
  count,
  onCancel,
  onConfirm,
}: {
  action: 'add_tag' | 'remove_tag';
  count: number;
  onCancel: () => void;
  onConfirm: (tag: string) => Promise<unknown>;
}) {
  const { t } = useLingui();
  const apply = useAsyncAction(bulkFailure());
  const [tag, setTag] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const adding = action === 'add_tag';
  const who = contactCount(count);
  return (
    <Dialog
      open
      onClose={() => {
        if (!apply.pending) onCancel();
      }}
      title={adding ? t`Ajouter une étiquette` : t`Retirer une étiquette`}
      description={
        adding
          ? t`L’étiquette sera ajoutée à ${who}.`
          : t`L’étiquette sera retirée de ${who}, pour ceux qui la portent.`
      }
    >
      <form
        noValidate
        className="mt-4 flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          const issue = tagProblem(tag, [], maxTags);
          if (issue) {
            setProblem(issue);
            return;
          }
          void apply.run(() => onConfirm(tag.trim()));
        }}
      >
        <TextField
          label={t`Étiquette`}
          autoComplete="off"
          value={tag}
          data-autofocus
          hint={lengthHint(tag.trim(), maxTagLength) ?? undefined}
          error={problem ?? undefined}
          onChange={(event) => {
            setTag(event.target.value);
            setProblem(null);
          }}
        />
        <InlineError message={apply.error} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onCancel} disabled={apply.pending}>
            <Trans>Annuler</Trans>
          </Button>
          <Button type="submit" loading={apply.pending} loadingText={t`Application…`}>
            {adding ? t`Ajouter à ${who}` : t`Retirer de ${who}`}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
