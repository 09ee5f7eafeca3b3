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
    // Not awaited: the profile read again remounts the form (keyed by updated_at), and the form's
    // own onSuccess (its confirmation) must run before that, or it never runs.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.myProfile(userId) });
      // Teammates' lists show the name too.
      void queryClient.invalidateQueries({ queryKey: queryKeys.organizations });
    },
  });
}
