import { useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import type { ReactNode } from 'react';

/** A grey placeholder while data loads; the surrounding region carries aria-busy and a label. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <div aria-hidden="true" className={clsx('animate-pulse rounded-md bg-slate-200', className)} />
  );
}

/** Placeholders standing for what loads, and what loads said to screen readers (`label`). */
export function LoadingRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="status" aria-busy="true" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}

/** A few placeholder lines with a status message for screen readers. */
export function SkeletonList({ rows = 3, label }: { rows?: number; label?: string }) {
  const { t } = useLingui();
  return (
    <LoadingRegion label={label ?? t`Chargement…`} className="flex flex-col gap-3">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-14 w-full" />
      ))}
    </LoadingRegion>
  );
}
