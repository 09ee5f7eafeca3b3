import { t } from '@lingui/core/macro';
import { z } from 'zod';

// The fields the sign-in, sign-up and change-password forms share. Messages are read when a value
// is checked, so they follow the active language.

export const minimumPasswordLength = 8;

export const emailField = z
  .string()
  .trim()
  .min(1, { error: () => t`Adresse e-mail requise` })
  .pipe(z.email({ error: () => t`Adresse e-mail invalide` }));

export const newPasswordField = z
  .string()
  .min(1, { error: () => t`Mot de passe requis`, abort: true })
  .min(minimumPasswordLength, {
    error: () => t`Le mot de passe doit contenir au moins ${minimumPasswordLength} caractères`,
  });

export const passwordConfirmationField = z
  .string()
  .min(1, { error: () => t`Confirmez le mot de passe` });

/** Whether the confirmation repeats the new password; a mismatch shows on the confirmation. */
export function passwordsMatch(values: { password: string; passwordConfirmation: string }) {
  return values.password === values.passwordConfirmation;
}

export const passwordMismatch = {
  error: () => t`Les mots de passe ne correspondent pas`,
  path: ['passwordConfirmation'],
};
