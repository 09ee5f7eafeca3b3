import { t } from '@lingui/core/macro';
import { formatXaf } from '../../lib/format';

// What a pack costs, as its card says it: prices are whole francs (XAF has no minor unit), and so
// is the price of a credit, rounded, with « ≈ » when the rounding hides a fraction.

export type PricedPack = { credits: number; price_xaf: number };

/** « 5 000 FCFA ». */
export function packPrice(pack: PricedPack): string {
  return formatXaf(pack.price_xaf);
}

/** « 100 FCFA le crédit », or « ≈ 83 FCFA le crédit » for 120 credits at 10 000 FCFA. */
export function pricePerCredit(pack: PricedPack): string {
  const exact = pack.price_xaf % pack.credits === 0;
  const price = formatXaf(pack.price_xaf / pack.credits);
  return exact ? t`${price} le crédit` : t`≈ ${price} le crédit`;
}
