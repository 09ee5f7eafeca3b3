import { describe, expect, it } from 'vitest';
import { defaultPhoneCountry, phoneFromLink, whatsAppPhoneSchema } from './whatsapp-phone';

function numberIssues(country: string, number: string): string[] {
  const result = whatsAppPhoneSchema.safeParse({ country, number });
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('whatsAppPhoneSchema', () => {
  it.each([
    ['CM', '6 71 23 45 67', '+237671234567'],
    ['CM', '671234567', '+237671234567'],
    ['CM', '00237 671 23 45 67', '+237671234567'],
    // Gabon and Congo keep their leading 0 inside the international number.
    ['GA', '06 03 12 34', '+24106031234'],
    ['CG', '06 123 4567', '+242061234567'],
    ['FR', '06 12 34 56 78', '+33612345678'],
  ])('reads the national number %s %j as E.164', (country, number, phone) => {
    expect(whatsAppPhoneSchema.parse({ country, number })).toEqual({ phone, country, number });
  });

  it('reads an international number with its own calling code, whatever the country chosen', () => {
    expect(whatsAppPhoneSchema.parse({ country: 'CM', number: '+33 6 12 34 56 78' }).phone).toBe(
      '+33612345678',
    );
  });

  it('asks for the number when it is empty', () => {
    expect(numberIssues('CM', '  ')).toEqual(['number: Numéro WhatsApp requis']);
  });

  it('says why a number cannot receive WhatsApp codes, on the number field', () => {
    expect(numberIssues('CM', '222 12 34 56')).toEqual(['number: Numéro fixe : pas de WhatsApp']);
    expect(numberIssues('CM', '6 71 23')).toEqual(['number: Numéro trop court']);
    expect(numberIssues('CM', 'bonjour')).toEqual(['number: Ce n’est pas un numéro de téléphone']);
    expect(numberIssues('CM', '+999 1234')).toEqual(['number: Indicatif international inconnu']);
  });
});

describe('defaultPhoneCountry', () => {
  it('takes the country of the device’s time zone first', () => {
    // A phone set to French (France) in Douala.
    expect(defaultPhoneCountry('Africa/Douala', ['fr-FR', 'fr'])).toBe('CM');
    expect(defaultPhoneCountry('Africa/Libreville', ['en-US'])).toBe('GA');
  });

  it('else the first region of the browser’s languages that WCAP offers', () => {
    expect(defaultPhoneCountry('Etc/UTC', ['fr-FR'])).toBe('FR');
    expect(defaultPhoneCountry(undefined, ['fr', 'en-US', 'fr-ga'])).toBe('GA');
  });

  it('else Cameroon', () => {
    expect(defaultPhoneCountry('America/New_York', ['en-US', 'en'])).toBe('CM');
    expect(defaultPhoneCountry(undefined, [])).toBe('CM');
    expect(defaultPhoneCountry(undefined, ['not a tag!'])).toBe('CM');
  });
});

describe('phoneFromLink', () => {
  it('reads the E.164 number of the assistant’s link, with its country', () => {
    expect(phoneFromLink('+237671234567', 'FR')).toEqual({ phone: '+237671234567', country: 'CM' });
    expect(phoneFromLink('+24106031234', 'CM')).toEqual({ phone: '+24106031234', country: 'GA' });
  });

  it('reads an unencoded « + » (a space once decoded) or none as international', () => {
    expect(phoneFromLink(' 237671234567', 'FR')).toEqual({ phone: '+237671234567', country: 'CM' });
    expect(phoneFromLink('237671234567', 'FR')).toEqual({ phone: '+237671234567', country: 'CM' });
  });

  it('gives nothing for what is not a WhatsApp number', () => {
    expect(phoneFromLink('bonjour', 'CM')).toBeNull();
    expect(phoneFromLink('+237222123456', 'CM')).toBeNull();
  });
});
