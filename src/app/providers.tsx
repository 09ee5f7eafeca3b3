import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { OfflineBanner } from '../components/ui/offline-banner';
import { SessionProvider } from '../features/auth/components/session-provider';
import { LocaleBoundary } from '../i18n/locale-boundary';
import { queryClient } from '../lib/query-client';

// Fetched right after the first page, before anything can raise a toast: its live regions are in
// the page before the first announcement, without weighing on the first load.
const Toaster = lazy(() =>
  import('../components/ui/toaster').then(({ Toaster: component }) => ({ default: component })),
);

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <LocaleBoundary>
          {children}
          <OfflineBanner />
          <Suspense fallback={null}>
            <Toaster />
          </Suspense>
        </LocaleBoundary>
      </SessionProvider>
    </QueryClientProvider>
  );
}
