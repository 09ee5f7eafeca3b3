import { useMutation } from '@tanstack/react-query';
import { signInWithPassword } from '../api';

// No redirect here: the session provider sees SIGNED_IN and the guest-only guard moves on to the home.
export function useSignIn() {
  return useMutation({ mutationFn: signInWithPassword });
}
