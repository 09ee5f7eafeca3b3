import { useLingui } from '@lingui/react/macro';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { phoneCountryOptions } from '../../domain/geography/countries';
import { SelectField } from './select-field';
import { TextField } from './text-field';

type PhoneFieldProps = {
  /** The number's label (« Numéro WhatsApp »). */
  label: string;
  /** The country offered first when it is not one of WCAP's (see phoneCountryOptions). */
  country: string;
  countryRegistration: UseFormRegisterReturn;
  numberRegistration: UseFormRegisterReturn;
  error?: string;
  autoFocus?: boolean;
};

/**
 * A phone number as people write it: the country its national form is read as from, and the
 * number, national (6 71 23 45 67) or international (+33 6…). Side by side where the form is
 * wide, stacked in a narrow card or on a phone.
 */
export function PhoneField({
  label,
  country,
  countryRegistration,
  numberRegistration,
  error,
  autoFocus,
}: PhoneFieldProps) {
  const { t } = useLingui();
  return (
    <div className="@container">
      <div className="grid gap-4 @lg:grid-cols-[minmax(0,16rem)_minmax(0,1fr)]">
        <SelectField label={t`Pays`} {...countryRegistration}>
          {phoneCountryOptions(country).map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label={label}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          spellCheck={false}
          hint={t`Sans indicatif, le numéro est lu comme un numéro du pays choisi.`}
          error={error}
          autoFocus={autoFocus}
          {...numberRegistration}
        />
      </div>
    </div>
  );
}
