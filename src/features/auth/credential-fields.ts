import { z } from 'zod';

// The fields the sign-in, sign-up and change-password forms share.

export const minimumPasswordLength = 8;

export const emailField = z
  .string()
  .trim()
  .min(1, 'Adresse e-mail requise')
  .pipe(z.email('Adresse e-mail invalide'));

export const newPasswordField = z
  .string()
  .min(1, { error: 'Mot de passe requis', abort: true })
  .min(
    minimumPasswordLength,
    `Le mot de passe doit contenir au moins ${minimumPasswordLength} caractères`,
  );

export const passwordConfirmationField = z.string().min(1, 'Confirmez le mot de passe');

/** Whether the confirmation repeats the new password; a mismatch shows on the confirmation. */
export function passwordsMatch(values: { password: string; passwordConfirmation: string }) {
  return values.password === values.passwordConfirmation;
}

export const passwordMismatch = {
  message: 'Les mots de passe ne correspondent pas',
  path: ['passwordConfirmation'],
};
