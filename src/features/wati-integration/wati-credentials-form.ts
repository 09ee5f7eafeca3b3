import { t } from '@lingui/core/macro';
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
    .min(1, { error: () => t`Adresse de l’API requise`, abort: true })
    .refine(isHttpUrl, {
      error: () => t`Adresse invalide : copiez l’« API Endpoint URL » de Wati.`,
    }),
  token: z
    .string()
    .trim()
    .min(1, { error: () => t`Jeton d’accès requis`, abort: true })
    .min(20, { error: () => t`Jeton trop court : copiez le jeton complet depuis Wati.` })
    .max(4096, { error: () => t`Jeton trop long : copiez uniquement le jeton depuis Wati.` }),
});

export type WatiCredentialsValues = z.infer<typeof watiCredentialsSchema>;
