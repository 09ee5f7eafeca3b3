import { z } from 'zod';
import { memberRoles, type MemberRole } from '../../domain/organizations/roles';

export const inviteSchema = z.object({
  role: z.enum(memberRoles as [MemberRole, ...MemberRole[]], { error: 'Choisissez un rôle' }),
});

export type InviteValues = z.infer<typeof inviteSchema>;
