import { t } from '@lingui/core/macro';
import { fixedLineReason, normalizePhone, specialNumberReason } from '@shared/phone.ts';
import { z } from 'zod';
import { regionName } from '../../domain/geography/countries';
import { fullNameSchema } from '../../domain/people/full-name';
import { locales } from '../../i18n/locales';

/** Why a typed number is refused, in the active language. */
function phoneProblem(reason: string): string {
  if (reason === fixedLineReason) return t`Numéro fixe : indiquez un numéro mobile`;
  if (reason === specialNumberReason) return t`Numéro spécial : indiquez un numéro mobile`;
  return t`Numéro invalide : vérifiez-le, ou écrivez-le avec l’indicatif du pays, par exemple +237 6 99 12 34 56`;
}

/** The phone field's hint: numbers without a prefix are read as from `defaultCountry`. */
export function phoneHint(defaultCountry: string): string {
  const country = regionName(defaultCountry);
  return t`Numéro national (${country}) ou international, avec l’indicatif du pays.`;
}

/**
 * The profile form's schema. The phone is read as the contact forms read one: national numbers
 * with `defaultCountry` (the active organisation's), international ones with their own calling
 * code, stored in E.164; empty means no number.
 */
export function profileSchema(defaultCountry: string) {
  return z.object({
    fullName: fullNameSchema,
    phone: z.string().transform((input, context) => {
      if (input.trim() === '') return null;
      const result = normalizePhone(input, defaultCountry);
      if (!result.ok) {
        context.addIssue({ code: 'custom', message: phoneProblem(result.reason) });
        return z.NEVER;
      }
      return result.phone;
    }),
    preferredLanguage: z.enum(locales, { error: () => t`Choisissez une langue` }),
  });
}

export type ProfileFormInput = z.input<ReturnType<typeof profileSchema>>;
export type ProfileValues = z.output<ReturnType<typeof profileSchema>>;
