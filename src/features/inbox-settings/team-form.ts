import { t } from '@lingui/core/macro';
import { z } from 'zod';
import { characterCount } from '../../domain/contacts/length-hint';

// A team of the inbox (`teams.name`: trimmed, 1 to 60 characters, unique in the organisation).

export const maxTeamNameLength = 60;

export const teamNameSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: () => t`Nom de l’équipe requis`, abort: true })
    .refine((name) => characterCount(name) <= maxTeamNameLength, {
      error: () => {
        const max = maxTeamNameLength;
        return t`Le nom contient au plus ${max} caractères`;
      },
    }),
});

export type TeamNameValues = z.output<typeof teamNameSchema>;
