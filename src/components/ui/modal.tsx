import clsx from 'clsx';
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { focusableElements, trapTabKey } from './focusable';

type ModalProps = {
  open: boolean;
  onClose: () => void;
  /** id of the element that names the modal (its title). */
  labelledBy?: string;
  label?: string;
  describedBy?: string;
  className?: string;
  children: ReactNode;
};

/**
 * A modal surface on the native <dialog> (top layer, the rest of the page inert), with what the
 * platform leaves to us: focus on open (the element marked data-autofocus, else the first
 * control), Tab kept inside, Escape and a click on the backdrop close it, focus goes back to
 * whatever opened it.
 */
export function Modal({
  open,
  onClose,
  labelledBy,
  label,
  describedBy,
  className,
  children,
}: ModalProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const preferred = dialog.querySelector<HTMLElement>('[data-autofocus]');
    (preferred ?? focusableElements(dialog)[0] ?? dialog).focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  if (!open) return null;

  return (
    <dialog
      ref={dialogRef}
      role="dialog"
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      aria-describedby={describedBy}
      tabIndex={-1}
      className={clsx('backdrop:bg-slate-950/50', className)}
      onCancel={(event) => {
        // Escape: React state decides whether the dialog is open, not the browser.
        event.preventDefault();
        onCloseRef.current();
      }}
      onKeyDown={(event) => {
        if (dialogRef.current) trapTabKey(event, dialogRef.current);
      }}
      onClick={(event) => {
        // A click on the dialog element itself, outside its content box, is on the backdrop.
        if (event.target === dialogRef.current) onCloseRef.current();
      }}
    >
      {children}
    </dialog>
  );
}
