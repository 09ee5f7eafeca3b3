import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../../lib/query-keys';
import { fetchRecipientsPage } from '../api';
import type { RecipientFilter } from '../recipient-filters';
import { useRefreshOnChange } from './use-refresh-on-change';

// Statuses in the table follow the live figures, without reading 50 rows every second.
const minIntervalMs = 3_000;

/**
 * One page of the recipients the filter selects, with their number; the page on screen stays
 * while the next one loads, and is read again as the live figures (`changeKey`) change: at once,
 * then at most every 3 s while they move, and once more after the last change.
 */
export function useCampaignRecipients(
  organizationId: string,
  campaignId: string,
  filter: RecipientFilter,
  page: number,
  changeKey: string | null,
) {
  const queryKey = queryKeys.campaignRecipients(organizationId, campaignId, { filter, page });
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => fetchRecipientsPage(campaignId, filter, page, signal),
    placeholderData: keepPreviousData,
  });
  useRefreshOnChange(queryKey, changeKey, minIntervalMs);
  return query;
}
