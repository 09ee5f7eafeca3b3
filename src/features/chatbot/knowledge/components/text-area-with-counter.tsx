import { useLingui } from '@lingui/react/macro';
import type { ComponentProps } from 'react';
import { TextAreaField } from '../../../../components/ui/text-area-field';
import { characterCount, lengthHint } from '../../../../domain/contacts/length-hint';
import { formatNumber } from '../../../../lib/format';

type TextAreaWithCounterProps = Omit<ComponentProps<typeof TextAreaField>, 'value'> & {
  value: string;
  /** The most characters the text may hold; the counter shows it. */
  max: number;
  /** Said after the counter. */
  hint?: string;
};

/**
 * A text of limited length, with its count always in sight (« 120 / 1 024 caractères »), in code
 * points as WhatsApp and the database count them. Nothing is cut: the form refuses the excess.
 */
export function TextAreaWithCounter({ hint, value, max, ...fieldProps }: TextAreaWithCounterProps) {
  const { t } = useLingui();
  const count = characterCount(value.trim());
  const used = formatNumber(count);
  const limit = formatNumber(max);
  // Past the limit, how much is too much (« 1 030 / 1 024 caractères : 6 de trop »).
  const counter =
    (count > max && lengthHint(value.trim(), max)) || t`${used} / ${limit} caractères`;
  return (
    <TextAreaField {...fieldProps} value={value} hint={hint ? `${counter} · ${hint}` : counter} />
  );
}
