import clsx from 'clsx';
import type { ComponentProps } from 'react';
import { Spinner } from './spinner';

type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

type ButtonProps = ComponentProps<'button'> & {
  variant?: ButtonVariant;
  loading?: boolean;
  /** Replaces the label while loading, so the user reads what is happening ("Connexion…"). */
  loadingText?: string;
};

const variantClasses: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 active:bg-brand-900',
  secondary:
    'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 active:bg-slate-100',
  danger: 'bg-red-700 text-white hover:bg-red-800 active:bg-red-900',
  ghost: 'text-slate-700 hover:bg-slate-100 active:bg-slate-200',
};

export function Button({
  variant = 'primary',
  loading = false,
  loadingText,
  disabled,
  type = 'button',
  className,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      // Disabled while loading so a double click cannot submit twice.
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={clsx(
        'inline-flex min-h-10 shrink-0 items-center justify-center gap-2 rounded-md px-4 py-2',
        'text-sm font-semibold whitespace-nowrap transition-colors',
        'disabled:cursor-not-allowed disabled:opacity-70',
        variantClasses[variant],
        className,
      )}
      {...props}
    >
      {loading && <Spinner />}
      {loading && loadingText ? loadingText : children}
    </button>
  );
}
