import clsx from 'clsx';
import type { ComponentProps } from 'react';
import { FieldFrame, type FieldMessages } from './field-frame';

type SelectFieldProps = ComponentProps<'select'> & FieldMessages;

export function SelectField({
  label,
  error,
  hint,
  id,
  className,
  children,
  ...selectProps
}: SelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} id={id} className={className}>
      {({ stateClassName, ...control }) => (
        <select
          {...selectProps}
          {...control}
          className={clsx(
            'min-h-10 w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs',
            'focus-visible:outline-2 focus-visible:outline-offset-0 disabled:bg-slate-100',
            stateClassName,
          )}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
