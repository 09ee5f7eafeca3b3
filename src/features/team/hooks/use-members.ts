import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { fetchMembers } from '../api';

export function useMembers(organizationId: string) {
  return useQuery({
    queryKey: queryKeys.organizationMembers(organizationId),
    queryFn: () => fetchMembers(organizationId),
  });
}
