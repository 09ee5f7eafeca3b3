import clsx from 'clsx';

/** A grey placeholder while data loads; the surrounding region carries aria-busy and a label. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <div aria-hidden="true" className={clsx('animate-pulse rounded-md bg-slate-200', className)} />
  );
}

/** A few placeholder lines with a status message for screen readers. */
export function SkeletonList({
  rows = 3,
  label = 'Chargement…',
}: {
  rows?: number;
  label?: string;
}) {
  return (
    <div role="status" aria-busy="true" className="flex flex-col gap-3">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-14 w-full" />
      ))}
    </div>
  );
}
