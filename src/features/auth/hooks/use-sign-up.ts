import { useMutation } from '@tanstack/react-query';
import { signUp } from '../api';

// When a session comes back, the session provider sees SIGNED_IN and the guest-only guard moves on.
export function useSignUp() {
  return useMutation({ mutationFn: signUp });
}
