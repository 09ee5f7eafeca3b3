import { countries } from '../../../domain/geography/countries';

/** <option>s of the countries: the CEMAC first (Cameroon leading), then the others. */
export function CountryOptions() {
  return (
    <>
      <optgroup label="Zone CEMAC">
        {countries
          .filter((country) => country.cemac)
          .map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
      </optgroup>
      <optgroup label="Autres pays">
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
