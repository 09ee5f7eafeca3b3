import { describe, expect, it } from 'vitest';
import { createOrganizationSchema, organizationSettingsSchema } from './organization-form';

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);
}

describe('createOrganizationSchema', () => {
  it('accepts a name and a listed country, trimming the name', () => {
    const result = createOrganizationSchema.safeParse({ name: '  CNSA  ', countryCode: 'CM' });
    expect(result.data).toEqual({ name: 'CNSA', countryCode: 'CM' });
  });

  it('explains a missing, short or long name in French', () => {
    expect(messages(createOrganizationSchema.safeParse({ name: ' ', countryCode: 'CM' }))).toEqual([
      'Nom de l’organisation requis',
    ]);
    expect(messages(createOrganizationSchema.safeParse({ name: 'A', countryCode: 'CM' }))).toEqual([
      'Le nom doit contenir au moins 2 caractères',
    ]);
    expect(
      messages(createOrganizationSchema.safeParse({ name: 'A'.repeat(121), countryCode: 'CM' })),
    ).toEqual(['Le nom doit contenir au plus 120 caractères']);
  });

  it('refuses a country outside the list', () => {
    expect(
      messages(createOrganizationSchema.safeParse({ name: 'CNSA', countryCode: 'XX' })),
    ).toEqual(['Choisissez un pays']);
  });
});

describe('organizationSettingsSchema', () => {
  it('accepts the editable settings', () => {
    const values = {
      name: 'CNSA',
      countryCode: 'GA',
      defaultPhoneCountry: 'CM',
      timeZone: 'Africa/Libreville',
    };
    expect(organizationSettingsSchema.parse(values)).toEqual(values);
  });

  it('asks for a time zone', () => {
    const result = organizationSettingsSchema.safeParse({
      name: 'CNSA',
      countryCode: 'GA',
      defaultPhoneCountry: 'CM',
      timeZone: '',
    });
    expect(messages(result)).toEqual(['Choisissez un fuseau horaire']);
  });
});
