import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { fetchMyMemberships } from '../api';

export function useMyMemberships(userId: string) {
  return useQuery({
    queryKey: queryKeys.myMemberships(userId),
    queryFn: () => fetchMyMemberships(userId),
  });
}
