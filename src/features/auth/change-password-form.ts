import { z } from 'zod';
import {
  newPasswordField,
  passwordConfirmationField,
  passwordMismatch,
  passwordsMatch,
} from './credential-fields';

export const changePasswordSchema = z
  .object({
    password: newPasswordField,
    passwordConfirmation: passwordConfirmationField,
  })
  .refine(passwordsMatch, passwordMismatch);

export type ChangePasswordValues = z.infer<typeof changePasswordSchema>;
