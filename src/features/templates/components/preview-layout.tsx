import { Trans } from '@lingui/react/macro';
import type { ReactNode } from 'react';

/** The preview beside the parameters on wide screens (and kept in view), above them on phones. */
export function PreviewLayout({ preview, children }: { preview: ReactNode; children: ReactNode }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] lg:items-start">
      <div className="min-w-0 lg:sticky lg:top-20 lg:order-2">{preview}</div>
      <div className="min-w-0">{children}</div>
    </div>
  );
}

export function NoParameters() {
  return (
    <p className="text-sm text-slate-600">
      <Trans>Ce modèle n’a aucun paramètre : il s’envoie tel quel.</Trans>
    </p>
  );
}
