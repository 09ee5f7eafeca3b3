import { useQuery } from '@tanstack/react-query';
import { fetchOrganizationUsage } from '../api';
import { queryKeys } from '../../../lib/query-keys';

/**
 * The organisation's usage of its plan, under the query client's default staleness unless
 * `options.staleTime` says otherwise (0 where the figure must count what changed since the page
 * was opened).
 */
export function useOrganizationUsage(organizationId: string, options: { staleTime?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.organizationUsage(organizationId),
    queryFn: () => fetchOrganizationUsage(organizationId),
    ...options,
  });
}
