import { plural, t } from '@lingui/core/macro';
import { formatNumber } from '../../lib/format';

/**
 * « 3 sièges utilisés sur 5. Les lecteurs ne comptent pas comme siège. », or without « sur … »
 * when the plan sets no limit.
 */
export function seatSummary(seats: number, quota: number | null): string {
  if (quota === null) {
    return t`${plural(seats, { one: '# siège utilisé', other: '# sièges utilisés' })}. Les lecteurs ne comptent pas comme siège.`;
  }
  const limit = formatNumber(quota);
  return t`${plural(seats, { one: '# siège utilisé', other: '# sièges utilisés' })} sur ${limit}. Les lecteurs ne comptent pas comme siège.`;
}
