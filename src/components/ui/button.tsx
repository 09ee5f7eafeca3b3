import clsx from 'clsx';
import type { ComponentProps } from 'react';
import { buttonClassName, type ButtonVariant } from './button-styles';
import { Spinner } from './spinner';

type ButtonProps = ComponentProps<'button'> & {
  variant?: ButtonVariant;
  loading?: boolean;
  /** Replaces the label while loading, so the user reads what is happening ("Connexion…"). */
  loadingText?: string;
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
      className={buttonClassName(
        variant,
        clsx('disabled:cursor-not-allowed disabled:opacity-70', className),
      )}
      {...props}
    >
      {loading && <Spinner />}
      {loading && loadingText ? loadingText : children}
    </button>
  );
}
