import { t } from '@lingui/core/macro';
import { z } from 'zod';

/** A person's full name as they type it at sign-up and in their profile, checked in their language. */
export const fullNameSchema = z
  .string()
  .trim()
  .min(1, { error: () => t`Nom complet requis`, abort: true })
  .min(2, { error: () => t`Le nom doit contenir au moins 2 caractères` })
  .max(120, { error: () => t`Le nom doit contenir au plus 120 caractères` });
