import { z } from 'zod';
import { fullNameSchema } from '../../domain/people/full-name';
import {
  emailField,
  newPasswordField,
  passwordConfirmationField,
  passwordMismatch,
  passwordsMatch,
} from './credential-fields';

export const signUpSchema = z
  .object({
    fullName: fullNameSchema,
    email: emailField,
    password: newPasswordField,
    passwordConfirmation: passwordConfirmationField,
  })
  .refine(passwordsMatch, passwordMismatch);

export type SignUpValues = z.infer<typeof signUpSchema>;
