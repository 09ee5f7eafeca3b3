import clsx from 'clsx';
import { useId, type ReactNode } from 'react';

type CardProps = {
  title?: string;
  description?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A titled section of a page; its heading names the region for screen readers. */
export function Card({ title, description, className, children }: CardProps) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={title ? titleId : undefined}
      className={clsx(
        'min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-6',
        className,
      )}
    >
      {title && (
        <div className="mb-4">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
        </div>
      )}
      {children}
    </section>
  );
}
