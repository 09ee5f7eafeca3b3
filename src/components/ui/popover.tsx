import clsx from 'clsx';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { focusableElements } from './focusable';
import { useDisclosureDismiss } from './use-disclosure-dismiss';

type PopoverProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button's content; its accessible name when it has text. */
  button: ReactNode;
  /** The button's accessible name when its content is an icon. */
  buttonLabel?: string;
  buttonClassName?: string;
  buttonTitle?: string;
  /** Panel on the left or right edge of the button, under it or over it. */
  align?: 'start' | 'end';
  side?: 'below' | 'above';
  panelClassName?: string;
  /** The panel's accessible name (it is a group of controls). */
  panelLabel: string;
  disabled?: boolean;
  children: ReactNode;
};

/**
 * A button that shows a panel of controls (the disclosure pattern): the panel takes the focus when
 * it opens; Escape or a click elsewhere closes it and the focus goes back to the button. Escape
 * stops there: the page's own Escape (« revenir ») is not triggered by closing a menu.
 */
export function Popover({
  open,
  onOpenChange,
  button,
  buttonLabel,
  buttonClassName,
  buttonTitle,
  align = 'start',
  side = 'below',
  panelClassName,
  panelLabel,
  disabled,
  children,
}: PopoverProps) {
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const { containerRef, buttonRef, onKeyDown } = useDisclosureDismiss(open, () =>
    onOpenChange(false),
  );

  useEffect(() => {
    if (!open) return;
    const panel = panelRef.current;
    if (panel)
      (
        panel.querySelector<HTMLElement>('[data-autofocus]') ??
        focusableElements(panel)[0] ??
        panel
      ).focus();
  }, [open]);

  return (
    <div ref={containerRef} className="relative" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={buttonLabel}
        title={buttonTitle}
        disabled={disabled}
        onClick={() => onOpenChange(!open)}
        className={clsx(
          'inline-flex min-h-10 items-center justify-center gap-1.5 rounded-md text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-60',
          buttonClassName ??
            'border border-slate-300 bg-white px-3 text-slate-800 hover:bg-slate-50',
        )}
      >
        {button}
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          role="group"
          aria-label={panelLabel}
          tabIndex={-1}
          className={clsx(
            'absolute z-40 rounded-lg border border-slate-200 bg-white p-2 shadow-lg outline-none',
            align === 'end' ? 'right-0' : 'left-0',
            side === 'below' ? 'top-full mt-1' : 'bottom-full mb-1',
            panelClassName ?? 'w-64',
          )}
        >
          {children}
        </div>
      )}
    </div>
  );
}

/** A line of a popover's menu: a full-width button. */
export function MenuButton({
  onClick,
  children,
  disabled,
  className,
}: {
  onClick: () => void;
  children: ReactNode;
  disabled?: boolean;
  className?: string;
}) {
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={onClick}
      className={clsx(
        'flex min-h-10 w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm text-slate-800 hover:bg-slate-100 focus-visible:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60',
        className,
      )}
    >
      {children}
    </button>
  );
}
