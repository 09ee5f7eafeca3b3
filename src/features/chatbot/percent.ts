import { intlLocale } from '../../lib/format';

/** 0.734 → « 73 % » / « 73% », in the active language. */
export function formatPercent(ratio: number): string {
  return new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(
    ratio,
  );
}
