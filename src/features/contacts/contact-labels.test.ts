import { describe, expect, it } from 'vitest';
import { consentSourceLabel, contactCount, countryName, languageLabel } from './contact-labels';
import { formatPhone, phoneCountry } from '../../domain/contacts/phone-display';

describe('contact labels', () => {
  it('names consent sources in French and keeps an unknown one as stored', () => {
    expect(consentSourceLabel('import')).toBe('Import');
    expect(consentSourceLabel('manual')).toBe('Manuel');
    expect(consentSourceLabel('whatsapp')).toBe('WhatsApp');
    expect(consentSourceLabel('api')).toBe('API');
    expect(consentSourceLabel('robot')).toBe('robot');
  });

  it('names languages and countries in French', () => {
    expect(languageLabel('fr')).toBe('Français');
    expect(languageLabel('en')).toBe('Anglais');
    expect(languageLabel('pt')).toBe('Portugais');
    expect(countryName('CM')).toBe('Cameroun');
    expect(countryName(null)).toBeNull();
  });

  it('puts 0 and 1 contact in the singular', () => {
    expect(contactCount(0)).toBe('0 contact');
    expect(contactCount(1)).toBe('1 contact');
    expect(contactCount(2)).toBe('2 contacts');
  });
});

describe('formatPhone', () => {
  it('groups an E.164 number the international way', () => {
    expect(formatPhone('+237671234567')).toBe('+237 6 71 23 45 67');
    expect(formatPhone('+24106123456')).toMatch(/^\+241 /);
  });

  it('leaves what it cannot read as it is', () => {
    expect(formatPhone('+999')).toBe('+999');
  });

  it('reads the country of a number', () => {
    expect(phoneCountry('+237671234567')).toBe('CM');
    expect(phoneCountry('+999')).toBeNull();
  });
});
