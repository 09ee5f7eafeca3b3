import clsx from 'clsx';
import { useId, type ComponentProps } from 'react';

type TextFieldProps = ComponentProps<'input'> & {
  label: string;
  error?: string;
  /** A short help text under the field, read with it by screen readers. */
  hint?: string;
};

export function TextField({ label, error, hint, id, className, ...inputProps }: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  // The error comes first: it is what the user needs to hear when they return to the field.
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');

  return (
    <div className={clsx('flex min-w-0 flex-col gap-1.5', className)}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        {...inputProps}
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        // text-base: iOS zooms into inputs whose font is smaller than 16 px.
        className={clsx(
          'min-h-10 w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs',
          'placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-offset-0',
          'read-only:bg-slate-50 disabled:bg-slate-100',
          error
            ? 'border-red-600 focus-visible:outline-red-600'
            : 'border-slate-300 focus-visible:outline-brand-700',
        )}
      />
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
