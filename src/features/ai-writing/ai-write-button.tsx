import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useState, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '../../components/ui/button';
import type { ButtonVariant } from '../../components/ui/button-styles';
import { toast } from '../../components/ui/toast-store';
import { useWorkspace } from '../../lib/workspace';
import type { AiPurpose } from './api';
import { canWriteWithAi } from './permissions';

// The dialog (its form, the calls, the template's step) comes with the first press: the pages that
// offer it carry only this button.
const loadDialog = () => import('./components/ai-writing-dialog');
type DialogComponent = Awaited<ReturnType<typeof loadDialog>>['AiWritingDialog'];
// A head start only: when it fails, the press says so.
const preloadDialog = () => void loadDialog().catch(() => undefined);

type AiWriteButtonProps = {
  purpose: AiPurpose;
  /** The brief the dialog starts from, read at each opening until something is generated. */
  brief: string;
  /** What the model should know besides the brief (the conversation so far). */
  context?: string;
  /** A reply or an FAQ answer: the page takes the chosen text. A campaign's becomes a template. */
  onUse?: (text: string) => void;
  /** The most characters the page's field takes, when fewer than WhatsApp allows. */
  maxLength?: number;
  variant?: ButtonVariant;
  /** The label for screen readers only below the `sm` breakpoint (a toolbar on a phone). */
  compact?: boolean;
  className?: string;
};

/**
 * The dialog's events stop at the portal: React bubbles them along its own tree, into the form or
 * dialog around the button (a submit would save the page's form; Escape, a `cancel` that React
 * bubbles too, would close the page's dialog with this one). onCancel is not a div's prop in React's
 * types, hence the spread.
 */
const contain = (event: SyntheticEvent) => event.stopPropagation();
const containedEvents = { onKeyDown: contain, onSubmit: contain, onCancel: contain };

/**
 * « Rédiger avec l'IA », for the members who may spend credits on it (agents and above); nothing
 * for viewers. The dialog opens in a portal, outside whatever form or dialog holds the button.
 */
export function AiWriteButton({
  purpose,
  brief,
  context,
  onUse,
  maxLength,
  variant = 'secondary',
  compact = false,
  className,
}: AiWriteButtonProps) {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const [AiWritingDialog, setDialog] = useState<DialogComponent | null>(null);
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);

  if (!canWriteWithAi(role)) return null;

  const openDialog = () => {
    if (AiWritingDialog) {
      setOpen(true);
      return;
    }
    // Not disabled while loading: the focus stays on the button, where the dialog gives it back.
    if (loading) return;
    setLoading(true);
    loadDialog()
      .then((module) => {
        setDialog(() => module.AiWritingDialog);
        setOpen(true);
      })
      .catch(() =>
        toast.error(t`La rédaction avec l’IA n’a pas pu s’ouvrir. Vérifiez votre connexion.`),
      )
      .finally(() => setLoading(false));
  };

  return (
    <>
      <Button
        variant={variant}
        className={className}
        aria-busy={loading || undefined}
        aria-haspopup="dialog"
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
        onClick={openDialog}
      >
        <SparklesIcon />
        <span className={clsx(compact && 'sr-only sm:not-sr-only')}>
          <Trans>Rédiger avec l’IA</Trans>
        </span>
      </Button>
      {AiWritingDialog &&
        createPortal(
          <div {...containedEvents}>
            <AiWritingDialog
              open={open}
              onClose={() => setOpen(false)}
              organizationId={organization.id}
              role={role}
              purpose={purpose}
              initialBrief={brief}
              context={context}
              onUse={onUse}
              maxLength={maxLength}
            />
          </div>,
          document.body,
        )}
    </>
  );
}

function SparklesIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className="size-4 shrink-0"
    >
      <path d="M12 3l1.9 5.1L19 10l-5.1 1.9L12 17l-1.9-5.1L5 10l5.1-1.9z" />
      <path d="M19 15l.8 2.2L22 18l-2.2.8L19 21l-.8-2.2L16 18l2.2-.8z" />
    </svg>
  );
}
