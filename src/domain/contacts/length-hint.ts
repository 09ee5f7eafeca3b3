// Limits said before people reach them: a field shows « 96 / 120 caractères » once its text nears
// its limit, and how much is too much past it. Nothing is ever cut silently: fields carry no
// maxLength (which drops the end of a paste without a word); the form's checks refuse the excess.
import { plural, t } from '@lingui/core/macro';
import { formatNumber } from '../../lib/format';

/** From this share of the limit on, the counter shows. */
const nearShare = 0.8;

/** Characters as the database counts them (code points). */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/**
 * The hint of a field of at most `max` characters holding `text`: null while it is far from the
 * limit, « 96 / 120 caractères » near it, « 130 / 120 caractères : 10 de trop » past it.
 */
export function lengthHint(text: string, max: number): string | null {
  const count = characterCount(text);
  if (count < max * nearShare) return null;
  const used = formatNumber(count);
  const limit = formatNumber(max);
  if (count <= max) return t`${used} / ${limit} caractères`;
  const excess = count - max;
  return t`${used} / ${limit} caractères : ${plural(excess, { one: '# de trop', other: '# de trop' })}`;
}

/** « 92 / 100 étiquettes » once a list of tags nears its limit; null before. */
export function tagCountHint(count: number, max: number): string | null {
  if (count < max * nearShare) return null;
  const used = formatNumber(count);
  const limit = formatNumber(max);
  return t`${used} / ${limit} étiquettes`;
}
