import type { ComponentProps, ReactNode } from 'react';

type CheckboxFieldProps = Omit<ComponentProps<'input'>, 'type'> & {
  label: ReactNode;
  description?: ReactNode;
};

/** A checkbox with its label and, under it, what it does; the whole line toggles it. */
export function CheckboxField({ label, description, ...inputProps }: CheckboxFieldProps) {
  return (
    <label className="flex min-h-10 items-start gap-2 text-sm text-slate-900">
      <input type="checkbox" className="mt-0.5 size-4 shrink-0 accent-brand-700" {...inputProps} />
      <span className="min-w-0">
        <span className="font-medium">{label}</span>
        {description && <span className="block text-slate-600">{description}</span>}
      </span>
    </label>
  );
}
