import { QueryClient } from '@tanstack/react-query';
import { isNetworkFailure } from './network-failure';

/**
 * A read is tried again once, and only when the network failed on the way: a refusal, a missing
 * row, a bad request or a server error says the same thing the second time, so it shows at once
 * (supabase-js already retries a GET answered 503 by PostgREST). Offline, reads and writes wait
 * (TanStack Query's online manager) and go when the network comes back: writes are never tried
 * twice, but a write held while offline is sent once, on reconnection.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Realtime pushes most changes; refetching on every focus would only add load on slow links.
      refetchOnWindowFocus: false,
      staleTime: 30_000,
      retry: (failureCount, error) => failureCount < 1 && isNetworkFailure(error),
    },
    mutations: {
      // A retried write could send a campaign or charge credits twice.
      retry: false,
    },
  },
});
