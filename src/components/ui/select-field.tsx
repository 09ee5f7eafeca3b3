import clsx from 'clsx';
import { useId, type ComponentProps } from 'react';

type SelectFieldProps = ComponentProps<'select'> & {
  label: string;
  error?: string;
  hint?: string;
};

export function SelectField({
  label,
  error,
  hint,
  id,
  className,
  children,
  ...selectProps
}: SelectFieldProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  const errorId = `${selectId}-error`;
  const hintId = `${selectId}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');

  return (
    <div className={clsx('flex min-w-0 flex-col gap-1.5', className)}>
      <label htmlFor={selectId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        {...selectProps}
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={clsx(
          'min-h-10 w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs',
          'focus-visible:outline-2 focus-visible:outline-offset-0 disabled:bg-slate-100',
          error
            ? 'border-red-600 focus-visible:outline-red-600'
            : 'border-slate-300 focus-visible:outline-brand-700',
        )}
      >
        {children}
      </select>
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
