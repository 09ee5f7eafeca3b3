import { Trans } from '@lingui/react/macro';
import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/**
 * Says the connection is lost, on every page: meanwhile TanStack Query holds the writes a person
 * makes (their buttons keep waiting) and sends them when the network comes back, and reloads
 * what is on screen. The region exists from the start so screen readers announce the change.
 */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, isOnline);
  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 top-0 z-50 flex justify-center p-2"
    >
      {!online && (
        <p className="pointer-events-auto max-w-xl rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 shadow-lg">
          <Trans>
            Hors connexion. Ce que vous enregistrez partira dès le retour du réseau ; gardez cette
            page ouverte.
          </Trans>
        </p>
      )}
    </div>
  );
}
