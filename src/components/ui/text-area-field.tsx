import clsx from 'clsx';
import type { ComponentProps } from 'react';
import { FieldFrame, type FieldMessages } from './field-frame';

type TextAreaFieldProps = ComponentProps<'textarea'> & FieldMessages;

export function TextAreaField({
  label,
  error,
  hint,
  id,
  className,
  rows = 4,
  ...textareaProps
}: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} id={id} className={className}>
      {({ stateClassName, ...control }) => (
        <textarea
          rows={rows}
          {...textareaProps}
          {...control}
          // text-base: iOS zooms into inputs whose font is smaller than 16 px.
          className={clsx(
            'w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs',
            'placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-offset-0',
            'disabled:bg-slate-100',
            stateClassName,
          )}
        />
      )}
    </FieldFrame>
  );
}
