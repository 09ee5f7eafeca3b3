import { RealtimeClient } from '@supabase/realtime-js';
import { supabase, supabaseAnonKey, supabaseUrl } from './supabase';

// The SPA's Realtime connection, kept apart from the supabase client so that only the pages that
// listen live load Realtime (the production build gives supabase-js an inert Realtime client: see
// vite.config.ts). It follows the session exactly as supabase-js does for its own: the current
// access token at each join, a new token at sign-in and refresh, none after sign-out.

const url = new URL('realtime/v1', supabaseUrl.endsWith('/') ? supabaseUrl : `${supabaseUrl}/`);
url.protocol = url.protocol.replace('http', 'ws');

export const realtime = new RealtimeClient(url.href, {
  params: { apikey: supabaseAnonKey },
  accessToken: async () => (await supabase.auth.getSession()).data.session?.access_token ?? null,
});

let currentToken: string | undefined;
supabase.auth.onAuthStateChange((event, session) => {
  if (
    (event === 'TOKEN_REFRESHED' || event === 'SIGNED_IN') &&
    session?.access_token !== currentToken
  ) {
    currentToken = session?.access_token;
    void realtime.setAuth(currentToken ?? null);
  } else if (event === 'SIGNED_OUT') {
    currentToken = undefined;
    void realtime.setAuth();
  }
});
