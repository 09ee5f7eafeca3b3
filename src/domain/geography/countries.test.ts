import { i18n } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import { intlLocales } from '../../i18n/locales';
import {
  countries,
  countryName,
  derivedFromCountry,
  phoneCountryLabel,
  phoneCountryOptions,
  regionName,
  timeZoneOptions,
} from './countries';

describe('countries', () => {
  it('lists Cameroon first, then the rest of the CEMAC, then the others', () => {
    expect(countries[0]?.code).toBe('CM');
    expect(countries.slice(0, 6).map((country) => country.code)).toEqual([
      'CM',
      'GA',
      'CG',
      'TD',
      'CF',
      'GQ',
    ]);
    expect(countries.slice(6).every((country) => !country.cemac)).toBe(true);
  });

  it('derives the phone country and the time zone as create_organization does', () => {
    expect(derivedFromCountry('CM')).toEqual({ phoneCountry: 'CM', timeZone: 'Africa/Douala' });
    expect(derivedFromCountry('ga')).toEqual({ phoneCountry: 'GA', timeZone: 'Africa/Libreville' });
    expect(derivedFromCountry('TD')).toEqual({ phoneCountry: 'TD', timeZone: 'Africa/Ndjamena' });
    expect(derivedFromCountry('BE')).toEqual({ phoneCountry: 'BE', timeZone: 'Europe/Brussels' });
    // Like the SQL function's `else` branch.
    expect(derivedFromCountry('DE')).toEqual({ phoneCountry: 'DE', timeZone: 'Africa/Douala' });
  });

  it('names countries in French with their dialling code', () => {
    expect(countryName('CF')).toBe('République centrafricaine');
    expect(phoneCountryLabel('CM')).toBe('Cameroun (+237)');
    expect(phoneCountryLabel('DE')).toBe('DE');
  });

  it('offers each time zone once and keeps an unlisted current one', () => {
    expect(timeZoneOptions()).toHaveLength(new Set(timeZoneOptions()).size);
    expect(timeZoneOptions('Africa/Douala')).not.toContain('Africa/Nairobi');
    expect(timeZoneOptions('Africa/Nairobi')).toContain('Africa/Nairobi');
  });

  it('names any region in French, or keeps its code', () => {
    expect(regionName('DE')).toBe('Allemagne');
    expect(regionName('not a code')).toBe('not a code');
  });

  it('offers every country for numbers without a prefix, and the organisation’s own first', () => {
    expect(phoneCountryOptions('CM')).toHaveLength(countries.length);
    expect(phoneCountryOptions('CM')[0]).toEqual({ code: 'CM', label: 'Cameroun (+237)' });
    const withOwn = phoneCountryOptions('DE');
    expect(withOwn).toHaveLength(countries.length + 1);
    expect(withOwn[0]).toEqual({ code: 'DE', label: 'Allemagne' });
  });

  describe('in English', () => {
    const french = { locale: i18n.locale, messages: i18n.messages };
    afterEach(() => {
      i18n.loadAndActivate({ ...french, locales: intlLocales.fr });
    });

    it('names countries in the active language, read again after a change', () => {
      const cameroon = countries[0];
      expect(cameroon?.name).toBe('Cameroun');
      i18n.loadAndActivate({ locale: 'en', locales: intlLocales.en, messages: {} });
      expect(cameroon?.name).toBe('Cameroon');
      expect(countryName('CF')).toBe('Central African Republic');
      expect(phoneCountryLabel('TD')).toBe('Chad (+235)');
      expect(regionName('DE')).toBe('Germany');
    });
  });
});
