import clsx from 'clsx';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

const variantClasses: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 active:bg-brand-900',
  secondary:
    'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 active:bg-slate-100',
  danger: 'bg-red-700 text-white hover:bg-red-800 active:bg-red-900',
  ghost: 'text-slate-700 hover:bg-slate-100 active:bg-slate-200',
};

/** A button's look, for a link that leads somewhere but should read as an action. */
export function buttonClassName(variant: ButtonVariant = 'primary', className?: string): string {
  return clsx(
    'inline-flex min-h-10 shrink-0 items-center justify-center gap-2 rounded-md px-4 py-2',
    'text-sm font-semibold whitespace-nowrap transition-colors',
    variantClasses[variant],
    className,
  );
}
