import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Realtime pushes most changes; refetching on every focus would only add load on slow links.
      refetchOnWindowFocus: false,
      staleTime: 30_000,
      retry: 1,
    },
    mutations: {
      // A retried write could send a campaign or charge credits twice.
      retry: false,
    },
  },
});
