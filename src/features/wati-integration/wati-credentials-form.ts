import { z } from 'zod';

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

// The same rules as the wati-connection function, checked before anything is sent.
export const watiCredentialsSchema = z.object({
  endpoint: z
    .string()
    .trim()
    .min(1, { error: 'Adresse de l’API requise', abort: true })
    .refine(isHttpUrl, 'Adresse invalide : copiez l’« API Endpoint URL » de Wati.'),
  token: z
    .string()
    .trim()
    .min(1, { error: 'Jeton d’accès requis', abort: true })
    .min(20, 'Jeton trop court : copiez le jeton complet depuis Wati.')
    .max(4096, 'Jeton trop long : copiez uniquement le jeton depuis Wati.'),
});

export type WatiCredentialsValues = z.infer<typeof watiCredentialsSchema>;
