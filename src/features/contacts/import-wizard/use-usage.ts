import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { fetchUsage } from './api';

export function useUsage(organizationId: string) {
  return useQuery({
    queryKey: queryKeys.organizationUsage(organizationId),
    queryFn: () => fetchUsage(organizationId),
    // The quota hint must count contacts added since the page was opened (another import…).
    staleTime: 0,
  });
}
