import { z } from 'zod';

/** A person's full name as they type it at sign-up and in their profile, checked in French. */
export const fullNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Nom complet requis', abort: true })
  .min(2, 'Le nom doit contenir au moins 2 caractères')
  .max(120, 'Le nom doit contenir au plus 120 caractères');
