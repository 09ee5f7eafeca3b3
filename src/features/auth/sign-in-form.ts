import { t } from '@lingui/core/macro';
import { z } from 'zod';
import { emailField } from './credential-fields';

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, { error: () => t`Mot de passe requis` }),
});

export type SignInValues = z.infer<typeof signInSchema>;
