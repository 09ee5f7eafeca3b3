import { z } from 'zod';
import { fullNameSchema } from '../../domain/people/full-name';

export const languages = [
  { code: 'fr', label: 'Français' },
  { code: 'en', label: 'English' },
] as const;

/** The format the database accepts: + then 7 to 15 digits, the first not 0. */
export const e164Pattern = /^\+[1-9][0-9]{6,14}$/;

export const profileSchema = z.object({
  fullName: fullNameSchema,
  // Spaces, dots and dashes people type between digit groups are dropped; empty means no number.
  phone: z
    .string()
    .transform((value) => value.replace(/[\s.()-]/g, ''))
    .refine((value) => value === '' || e164Pattern.test(value), {
      message: 'Numéro au format international attendu, par exemple +237 6 99 12 34 56',
    })
    .transform((value) => (value === '' ? null : value)),
  preferredLanguage: z.enum(['fr', 'en'], { error: 'Choisissez une langue' }),
});

export type ProfileFormInput = z.input<typeof profileSchema>;
export type ProfileValues = z.output<typeof profileSchema>;
