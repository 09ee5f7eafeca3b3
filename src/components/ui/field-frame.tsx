import clsx from 'clsx';
import { useId, type ReactNode } from 'react';

export interface FieldMessages {
  label: string;
  error?: string;
  /** A short help text under the field, read with it by screen readers. */
  hint?: string;
}

/** What a form control needs to be tied to its label, error and hint. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  /** Border and focus colours, red when the field is in error. */
  stateClassName: string;
}

/**
 * Label, control, error and hint of one form field, wired for screen readers: the error comes
 * first in aria-describedby, as it is what the user needs to hear when they return to the field.
 */
export function FieldFrame({
  label,
  error,
  hint,
  id,
  className,
  hideLabel = false,
  labelSuffix,
  children,
}: FieldMessages & {
  id?: string;
  className?: string;
  /** For screen readers only, when a heading around the field already says it. */
  hideLabel?: boolean;
  /** Words screen readers hear after the label (« : nouvelle étiquette »). */
  labelSuffix?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const errorId = `${controlId}-error`;
  const hintId = `${controlId}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');

  return (
    <div className={clsx('flex min-w-0 flex-col gap-1.5', className)}>
      <label
        htmlFor={controlId}
        className={hideLabel ? 'sr-only' : 'text-sm font-medium text-slate-800'}
      >
        {label}
        {labelSuffix && <span className="sr-only">{labelSuffix}</span>}
      </label>
      {children({
        id: controlId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
        stateClassName: error
          ? 'border-red-600 focus-visible:outline-red-600'
          : 'border-slate-300 focus-visible:outline-brand-700',
      })}
      {error && (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}
