import { formatNumber } from '../../lib/format';
import type { Plan } from './api';

function limitText(limit: number | null, unit: string): string {
  return limit === null ? `${unit} illimités` : `${formatNumber(limit)} ${unit}`;
}

/** What a plan includes, one line each, as the comparison lists them. */
export function planFeatures(plan: Plan): string[] {
  return [
    limitText(plan.contacts_limit, 'contacts'),
    plan.messages_per_month === null
      ? 'Messages illimités'
      : `${formatNumber(plan.messages_per_month)} messages par mois`,
    plan.agents_limit === null
      ? 'Agents illimités'
      : `${formatNumber(plan.agents_limit)} agent${plan.agents_limit > 1 ? 's' : ''}`,
  ].map((line) => line.charAt(0).toUpperCase() + line.slice(1));
}
