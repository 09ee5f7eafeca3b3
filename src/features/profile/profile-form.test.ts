import { describe, expect, it } from 'vitest';
import { phoneHint, profileSchema } from './profile-form';

const valid = { fullName: 'Awa Proprio', phone: '', preferredLanguage: 'fr' };
const cameroon = profileSchema('CM');

function phoneIssues(phone: string, country = 'CM'): string[] | undefined {
  return profileSchema(country)
    .safeParse({ ...valid, phone })
    .error?.issues.map((issue) => issue.message);
}

describe('profileSchema', () => {
  it('keeps no phone number when the field is empty', () => {
    expect(cameroon.parse(valid)).toEqual({
      fullName: 'Awa Proprio',
      phone: null,
      preferredLanguage: 'fr',
    });
    expect(cameroon.parse({ ...valid, phone: '   ' }).phone).toBeNull();
  });

  it('accepts a national number as the contact forms do, read with the organisation’s country', () => {
    expect(cameroon.parse({ ...valid, phone: '677123456' }).phone).toBe('+237677123456');
    expect(cameroon.parse({ ...valid, phone: '6 77 12 34 56' }).phone).toBe('+237677123456');
    expect(profileSchema('GA').parse({ ...valid, phone: '077 12 34 56' }).phone).toBe(
      '+24177123456',
    );
  });

  it('accepts an international number typed with spaces, dots or dashes, whatever the country', () => {
    expect(cameroon.parse({ ...valid, phone: '+237 6 99-12.34 56' }).phone).toBe('+237699123456');
    expect(cameroon.parse({ ...valid, phone: '+33612345678' }).phone).toBe('+33612345678');
    expect(profileSchema('GA').parse({ ...valid, phone: '+237 677 12 34 56' }).phone).toBe(
      '+237677123456',
    );
  });

  it.each(['12345', '+0237699123456', '+237 6 99 12 34 56 78 90 12', '+237abc', 'abc'])(
    'rejects %j in French',
    (phone) => {
      expect(phoneIssues(phone)).toEqual([
        'Numéro invalide : vérifiez-le, ou écrivez-le avec l’indicatif du pays, par exemple +237 6 99 12 34 56',
      ]);
    },
  );

  it('asks for a mobile rather than a fixed line', () => {
    expect(phoneIssues('222 23 45 67')).toEqual(['Numéro fixe : indiquez un numéro mobile']);
  });

  it('requires a name and a supported language', () => {
    const result = cameroon.safeParse({ fullName: ' ', phone: '', preferredLanguage: 'de' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Nom complet requis',
      'Choisissez une langue',
    ]);
  });
});

describe('phoneHint', () => {
  it('says which country numbers without a prefix are read as from', () => {
    expect(phoneHint('CM')).toBe(
      'Numéro national (Cameroun) ou international, avec l’indicatif du pays.',
    );
    expect(phoneHint('GA')).toBe(
      'Numéro national (Gabon) ou international, avec l’indicatif du pays.',
    );
  });
});
