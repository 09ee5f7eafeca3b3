import { z } from 'zod';

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Adresse e-mail requise')
    .pipe(z.email('Adresse e-mail invalide')),
  password: z.string().min(1, 'Mot de passe requis'),
});

export type SignInValues = z.infer<typeof signInSchema>;
