import { useEffect, useState, type ReactNode } from 'react';
import { supabase } from '../../../lib/supabase';
import { SessionContext, type SessionState } from '../../../lib/session';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    // The first event is INITIAL_SESSION, emitted once the stored session has been read (and
    // refreshed if needed), so no separate getSession() call is needed to leave the loading state.
    const {
      data: { subscription },
    } = supabase.auth.onAuthStateChange((_event, session) => {
      setState(session ? { status: 'signed-in', session } : { status: 'signed-out' });
    });
    return () => subscription.unsubscribe();
  }, []);

  return <SessionContext value={state}>{children}</SessionContext>;
}
