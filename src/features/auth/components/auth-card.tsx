import { Trans, useLingui } from '@lingui/react/macro';
import { useState, type ReactNode } from 'react';
import { readPendingInvitation } from '../../../lib/pending-invitation';

type AuthCardProps = {
  title: string;
  description: string;
  children: ReactNode;
  footer: ReactNode;
};

/** The frame of the sign-in and sign-up pages. */
export function AuthCard({ title, description, children, footer }: AuthCardProps) {
  // Read once: the visitor came from an invitation link and returns to it once signed in.
  const { t } = useLingui();
  const [hasPendingInvitation] = useState(() => readPendingInvitation() !== null);

  return (
    <main className="flex flex-1 items-center justify-center px-4 py-10">
      <title>{t`${title} · WCAP`}</title>
      <div className="w-full max-w-sm">
        <p className="mb-6 text-center text-2xl font-bold tracking-tight text-brand-700">WCAP</p>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
          <p className="mt-1 mb-6 text-sm text-slate-600">{description}</p>
          {hasPendingInvitation && (
            <p className="mb-4 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
              <Trans>Vous avez reçu une invitation : vous pourrez la rejoindre juste après.</Trans>
            </p>
          )}
          {children}
        </div>
        <p className="mt-6 text-center text-sm text-slate-600">{footer}</p>
      </div>
    </main>
  );
}
