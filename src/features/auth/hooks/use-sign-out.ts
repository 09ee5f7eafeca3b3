import { useMutation, useQueryClient } from '@tanstack/react-query';
import { signOut } from '../api';

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Cached rows belong to the previous user's organisations; the next user must not see them.
    onSuccess: () => queryClient.clear(),
  });
}
