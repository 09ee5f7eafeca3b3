import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { fetchProfile, updateProfile } from '../api';
import type { ProfileValues } from '../profile-form';

export function useMyProfile(userId: string) {
  return useQuery({
    queryKey: queryKeys.myProfile(userId),
    queryFn: () => fetchProfile(userId),
  });
}

export function useUpdateMyProfile(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: ProfileValues) => updateProfile(userId, values),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.myProfile(userId) }),
        // Teammates' lists show the name too.
        queryClient.invalidateQueries({ queryKey: queryKeys.organizations }),
      ]),
  });
}
