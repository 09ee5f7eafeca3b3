import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { fetchPlans } from '../api';

export function usePlans() {
  return useQuery({
    queryKey: queryKeys.plans,
    queryFn: fetchPlans,
    // Prices change with a migration, not while someone reads the page.
    staleTime: 10 * 60_000,
  });
}
