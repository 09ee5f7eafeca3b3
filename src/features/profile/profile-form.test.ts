import { describe, expect, it } from 'vitest';
import { profileSchema } from './profile-form';

const valid = { fullName: 'Awa Proprio', phone: '', preferredLanguage: 'fr' };

describe('profileSchema', () => {
  it('keeps no phone number when the field is empty', () => {
    expect(profileSchema.parse(valid)).toEqual({
      fullName: 'Awa Proprio',
      phone: null,
      preferredLanguage: 'fr',
    });
  });

  it('accepts an E.164 number typed with spaces, dots or dashes', () => {
    expect(profileSchema.parse({ ...valid, phone: '+237 6 99-12.34 56' }).phone).toBe(
      '+237699123456',
    );
    expect(profileSchema.parse({ ...valid, phone: '+33612345678' }).phone).toBe('+33612345678');
  });

  it.each(['699123456', '+0237699123456', '+237 6 99 12 34 56 78 90 12', '+23 7', '+237abc'])(
    'rejects %j with a French message',
    (phone) => {
      const result = profileSchema.safeParse({ ...valid, phone });
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([
        'Numéro au format international attendu, par exemple +237 6 99 12 34 56',
      ]);
    },
  );

  it('requires a name and a supported language', () => {
    const result = profileSchema.safeParse({ fullName: ' ', phone: '', preferredLanguage: 'de' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Nom complet requis',
      'Choisissez une langue',
    ]);
  });
});
