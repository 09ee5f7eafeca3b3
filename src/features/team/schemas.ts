import { z } from 'zod';
import { memberRoles, type MemberRole } from '../../lib/roles';

export const inviteSchema = z.object({
  role: z.enum(memberRoles as [MemberRole, ...MemberRole[]], { error: 'Choisissez un rôle' }),
});

export type InviteValues = z.infer<typeof inviteSchema>;
