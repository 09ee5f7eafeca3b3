// Query keys that several features read or invalidate. Keys of data scoped to an organisation
// start with ['organizations', id], so switching organisation never shows another tenant's cached
// rows and leaving one can drop everything cached about it at once.
export const queryKeys = {
  myMemberships: (userId: string) => ['me', userId, 'memberships'] as const,
  myProfile: (userId: string) => ['me', userId, 'profile'] as const,
  organizations: ['organizations'] as const,
  organization: (organizationId: string) => ['organizations', organizationId] as const,
  organizationMembers: (organizationId: string) =>
    ['organizations', organizationId, 'members'] as const,
  organizationInvitations: (organizationId: string) =>
    ['organizations', organizationId, 'invitations'] as const,
  organizationUsage: (organizationId: string) =>
    ['organizations', organizationId, 'usage'] as const,
  watiConnection: (organizationId: string) =>
    ['organizations', organizationId, 'wati-connection'] as const,
  // The list and each template share this prefix, so one invalidation refreshes both.
  whatsappTemplates: (organizationId: string) =>
    ['organizations', organizationId, 'whatsapp-templates'] as const,
  whatsappTemplate: (organizationId: string, templateId: string) =>
    ['organizations', organizationId, 'whatsapp-templates', templateId] as const,
  plans: ['plans'] as const,
  invitationPreview: (token: string) => ['invitation-preview', token] as const,
};
