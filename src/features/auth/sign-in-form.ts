import { z } from 'zod';
import { emailField } from './credential-fields';

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, 'Mot de passe requis'),
});

export type SignInValues = z.infer<typeof signInSchema>;
