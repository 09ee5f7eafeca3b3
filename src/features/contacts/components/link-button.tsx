import clsx from 'clsx';
import type { ComponentProps } from 'react';
import { Link } from 'react-router';

const variantClasses = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 active:bg-brand-900',
  secondary:
    'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 active:bg-slate-100',
};

/** A link that looks like a button (« Importer » leads to another page), as Button draws them. */
export function LinkButton({
  variant = 'secondary',
  className,
  ...props
}: ComponentProps<typeof Link> & { variant?: keyof typeof variantClasses }) {
  return (
    <Link
      className={clsx(
        'inline-flex min-h-10 shrink-0 items-center justify-center gap-2 rounded-md px-4 py-2',
        'text-sm font-semibold whitespace-nowrap',
        variantClasses[variant],
        className,
      )}
      {...props}
    />
  );
}
