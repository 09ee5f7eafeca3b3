import clsx from 'clsx';

type InlineErrorProps = {
  message?: string | null;
  className?: string;
};

/** A live region that is always rendered, so screen readers announce the message when it appears. */
export function InlineError({ message, className }: InlineErrorProps) {
  return (
    <div role="alert" className={clsx(!message && 'sr-only')}>
      {message && (
        <p
          className={clsx(
            'rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800',
            className,
          )}
        >
          {message}
        </p>
      )}
    </div>
  );
}
