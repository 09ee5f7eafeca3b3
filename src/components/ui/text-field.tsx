import clsx from 'clsx';
import { useId, type ComponentProps } from 'react';

type TextFieldProps = ComponentProps<'input'> & {
  label: string;
  error?: string;
};

export function TextField({ label, error, id, className, ...inputProps }: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const errorId = `${inputId}-error`;

  return (
    <div className={clsx('flex flex-col gap-1.5', className)}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        {...inputProps}
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        // text-base: iOS zooms into inputs whose font is smaller than 16 px.
        className={clsx(
          'min-h-10 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs',
          'placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-offset-0',
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
    </div>
  );
}
