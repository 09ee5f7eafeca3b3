import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchLoginPhone, unlinkLoginPhone } from '../../auth/whatsapp-api';

/** The number the person logs in with, as Auth has it: read again after each change. */
const loginPhoneKey = (userId: string) => ['me', userId, 'login-phone'] as const;

export function useLoginPhone(userId: string) {
  return useQuery({ queryKey: loginPhoneKey(userId), queryFn: fetchLoginPhone });
}

/** Reads the number again, once a code has linked one (the session's copy of the user lags). */
export function useRefreshLoginPhone(userId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: loginPhoneKey(userId) });
}

export function useUnlinkLoginPhone(userId: string) {
  const refresh = useRefreshLoginPhone(userId);
  return useMutation({
    mutationFn: unlinkLoginPhone,
    // Awaited, so that the dialog closes on the page as it now is; after a refusal too, as the
    // number may have changed elsewhere.
    onSettled: refresh,
  });
}
