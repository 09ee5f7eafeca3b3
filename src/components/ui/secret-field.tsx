import { useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useState, type ComponentProps } from 'react';
import { Button } from './button';
import { FieldFrame, type FieldMessages } from './field-frame';

type SecretFieldProps = Omit<ComponentProps<'input'>, 'type'> &
  FieldMessages & {
    /** What the field holds, for the toggle's name: « Afficher le jeton ». */
    secretName: string;
  };

/**
 * A password-type field for a secret someone pastes (an API token), with a button that shows it
 * to check what was pasted. Browsers are asked not to remember or suggest anything.
 */
export function SecretField({
  label,
  error,
  hint,
  id,
  className,
  secretName,
  ...inputProps
}: SecretFieldProps) {
  const { t } = useLingui();
  const [visible, setVisible] = useState(false);
  return (
    <FieldFrame label={label} error={error} hint={hint} id={id} className={className}>
      {({ stateClassName, ...control }) => (
        <div className="flex min-w-0 gap-2">
          <input
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            {...inputProps}
            {...control}
            type={visible ? 'text' : 'password'}
            className={clsx(
              'min-h-10 w-full min-w-0 flex-1 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs',
              'placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-offset-0',
              'disabled:bg-slate-100',
              stateClassName,
            )}
          />
          <Button
            variant="secondary"
            aria-controls={control.id}
            onClick={() => setVisible((shown) => !shown)}
          >
            {visible ? t`Masquer` : t`Afficher`}
            <span className="sr-only"> {secretName}</span>
          </Button>
        </div>
      )}
    </FieldFrame>
  );
}
