import { z } from 'zod';

export const minimumPasswordLength = 8;

const emailField = z
  .string()
  .trim()
  .min(1, 'Adresse e-mail requise')
  .pipe(z.email('Adresse e-mail invalide'));

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, 'Mot de passe requis'),
});

export type SignInValues = z.infer<typeof signInSchema>;

const newPasswordField = z
  .string()
  .min(1, { error: 'Mot de passe requis', abort: true })
  .min(
    minimumPasswordLength,
    `Le mot de passe doit contenir au moins ${minimumPasswordLength} caractères`,
  );

export const signUpSchema = z
  .object({
    fullName: z
      .string()
      .trim()
      .min(1, { error: 'Nom complet requis', abort: true })
      .min(2, 'Le nom doit contenir au moins 2 caractères')
      .max(120, 'Le nom doit contenir au plus 120 caractères'),
    email: emailField,
    password: newPasswordField,
    passwordConfirmation: z.string().min(1, 'Confirmez le mot de passe'),
  })
  .refine((values) => values.password === values.passwordConfirmation, {
    message: 'Les mots de passe ne correspondent pas',
    path: ['passwordConfirmation'],
  });

export type SignUpValues = z.infer<typeof signUpSchema>;

export const changePasswordSchema = z
  .object({
    password: newPasswordField,
    passwordConfirmation: z.string().min(1, 'Confirmez le mot de passe'),
  })
  .refine((values) => values.password === values.passwordConfirmation, {
    message: 'Les mots de passe ne correspondent pas',
    path: ['passwordConfirmation'],
  });

export type ChangePasswordValues = z.infer<typeof changePasswordSchema>;
