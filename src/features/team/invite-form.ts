import { t } from '@lingui/core/macro';
import { z } from 'zod';
import { memberRoles, type MemberRole } from '../../domain/organizations/roles';
import { EMAIL_MAX_LENGTH, INVITATION_NOTE_MAX_LENGTH } from '@shared/limits';

/** A note says whom a link is for in a few words, as long as any other label (limits.ts). */
export const invitationNoteMaxLength = INVITATION_NOTE_MAX_LENGTH;

const emailFormat = z.email();

export const inviteSchema = z.object({
  role: z.enum(memberRoles as [MemberRole, ...MemberRole[]], {
    error: () => t`Choisissez un rôle`,
  }),
  // Both optional: a blank field means none.
  note: z
    .string()
    .trim()
    .max(invitationNoteMaxLength, {
      error: () => {
        const max = invitationNoteMaxLength;
        return t`La note compte ${max} caractères au plus.`;
      },
    })
    .optional(),
  email: z
    .string()
    .trim()
    .max(EMAIL_MAX_LENGTH, { error: () => t`Adresse e-mail trop longue`, abort: true })
    .refine((value) => value === '' || emailFormat.safeParse(value).success, {
      error: () => t`Adresse e-mail invalide`,
    })
    .optional(),
});

export type InviteValues = z.infer<typeof inviteSchema>;
