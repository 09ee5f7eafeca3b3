import type { ReactNode } from 'react';

type EmptyStateProps = {
  title: string;
  children?: ReactNode;
  headingLevel?: 2 | 3;
  action?: ReactNode;
};

export function EmptyState({ title, children, headingLevel = 2, action }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-10 text-center sm:px-6">
      <Heading className="text-base font-semibold text-slate-900">{title}</Heading>
      {children && (
        <div className="mx-auto mt-2 max-w-prose text-sm text-slate-600">{children}</div>
      )}
      {action && <div className="mt-4 flex justify-center">{action}</div>}
    </div>
  );
}
