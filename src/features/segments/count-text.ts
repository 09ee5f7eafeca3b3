import { formatNumber } from '../../lib/format';

/** « Aucun contact ne correspond », « 1 contact correspond », « 1 234 contacts correspondent ». */
export function contactCountText(count: number): string {
  if (count === 0) return 'Aucun contact ne correspond';
  return count > 1
    ? `${formatNumber(count)} contacts correspondent`
    : `${formatNumber(count)} contact correspond`;
}

/** « 0 contact », « 1 contact », « 25 000 contacts ». */
export function contactTotal(count: number): string {
  return `${formatNumber(count)} contact${count > 1 ? 's' : ''}`;
}
