import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** « ← Toutes les campagnes »: back to the list a detail page belongs to. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link
      to={to}
      className="inline-flex min-h-10 items-center gap-1 self-start text-sm font-semibold text-brand-700 underline"
    >
      <span aria-hidden="true">←</span> {children}
    </Link>
  );
}
