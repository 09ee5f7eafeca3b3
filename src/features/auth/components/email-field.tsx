import { useLingui } from '@lingui/react/macro';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '../../../components/ui/text-field';

/** The e-mail address of the sign-in, sign-up and recovery forms: typed for phones' keyboards. */
export function EmailField({
  error,
  registration,
}: {
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  const { t } = useLingui();
  return (
    <TextField
      label={t`Adresse e-mail`}
      type="email"
      autoComplete="email"
      inputMode="email"
      spellCheck={false}
      error={error}
      {...registration}
    />
  );
}
