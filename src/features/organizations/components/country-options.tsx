import { useLingui } from '@lingui/react/macro';
import { countries } from '../../../domain/geography/countries';

/** <option>s of the countries: the CEMAC first (Cameroon leading), then the others. */
export function CountryOptions() {
  const { t } = useLingui();
  return (
    <>
      <optgroup label={t`Zone CEMAC`}>
        {countries
          .filter((country) => country.cemac)
          .map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
      </optgroup>
      <optgroup label={t`Autres pays`}>
        {countries
          .filter((country) => !country.cemac)
          .map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
      </optgroup>
    </>
  );
}
