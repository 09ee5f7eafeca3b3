import { useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import type { ComponentProps } from 'react';
import { FieldFrame, type FieldMessages } from '../../../../components/ui/field-frame';
import { characterCount, lengthHint } from '../../../../domain/contacts/length-hint';
import { formatNumber } from '../../../../lib/format';

type TextAreaWithCounterProps = Omit<ComponentProps<'textarea'>, 'value'> &
  Omit<FieldMessages, 'hint'> & {
    value: string;
    /** The most characters the text may hold; the counter shows it. */
    max: number;
    /** Said after the counter. */
    hint?: string;
  };

/**
 * A text of limited length, with its count always in sight (« 120 / 1 024 caractères »). Nothing
 * is cut: the form refuses the excess.
 */
export function TextAreaWithCounter({
  label,
  error,
  hint,
  id,
  className,
  rows = 4,
  value,
  max,
  ...textareaProps
}: TextAreaWithCounterProps) {
  const { t } = useLingui();
  const count = characterCount(value.trim());
  const used = formatNumber(count);
  const limit = formatNumber(max);
  // Past the limit, how much is too much (« 1 030 / 1 024 caractères : 6 de trop »).
  const counter =
    (count > max && lengthHint(value.trim(), max)) || t`${used} / ${limit} caractères`;
  return (
    <FieldFrame
      label={label}
      error={error}
      hint={hint ? `${counter} · ${hint}` : counter}
      id={id}
      className={className}
    >
      {({ stateClassName, ...control }) => (
        <textarea
          rows={rows}
          value={value}
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
