import type { Session, User } from '@supabase/supabase-js';
import { createContext, useContext } from 'react';

// Lives in lib because every feature needs to know who is signed in; the auth feature provides it.
export type SessionState =
  { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; session: Session };

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside <SessionProvider>');
  return state;
}

/** For components rendered behind <RequireSession>, where a signed-in user is guaranteed. */
export function useSignedInUser(): User {
  const state = useSession();
  if (state.status !== 'signed-in') {
    throw new Error('useSignedInUser must be used below <RequireSession>');
  }
  return state.session.user;
}
