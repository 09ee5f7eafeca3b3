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
  // The prefix of every query about an organisation's contacts (list, counts, one contact), so
  // that an import refreshes them all with one invalidation.
  contacts: (organizationId: string) => ['organizations', organizationId, 'contacts'] as const,
  // The contacts page: windows of rows and counts for one state of the filters.
  contactListWindow: (organizationId: string, filters: object, window: number) =>
    ['organizations', organizationId, 'contacts', 'list', filters, 'window', window] as const,
  contactListCount: (organizationId: string, filters: object) =>
    ['organizations', organizationId, 'contacts', 'list', filters, 'count'] as const,
  // A contact and what hangs off it (consent history), refreshed together.
  contact: (organizationId: string, contactId: string) =>
    ['organizations', organizationId, 'contacts', 'detail', contactId] as const,
  contactConsentHistory: (organizationId: string, contactId: string) =>
    ['organizations', organizationId, 'contacts', 'detail', contactId, 'consent'] as const,
  watiConnection: (organizationId: string) =>
    ['organizations', organizationId, 'wati-connection'] as const,
  // The list and each template share this prefix, so one invalidation refreshes both.
  whatsappTemplates: (organizationId: string) =>
    ['organizations', organizationId, 'whatsapp-templates'] as const,
  whatsappTemplate: (organizationId: string, templateId: string) =>
    ['organizations', organizationId, 'whatsapp-templates', templateId] as const,
  // The list and each segment share this prefix, so one invalidation refreshes both.
  segments: (organizationId: string) => ['organizations', organizationId, 'segments'] as const,
  segment: (organizationId: string, segmentId: string) =>
    ['organizations', organizationId, 'segments', segmentId] as const,
  // Answers about contacts (under 'contacts', so that whatever changes contacts can refresh them
  // with one invalidation of ['organizations', id, 'contacts']); `criteria` is the criteria's JSON.
  segmentContactCount: (organizationId: string, criteria: string) =>
    ['organizations', organizationId, 'contacts', 'segment-count', criteria] as const,
  segmentContactSample: (organizationId: string, criteria: string) =>
    ['organizations', organizationId, 'contacts', 'segment-sample', criteria] as const,
  contactVocabulary: (organizationId: string) =>
    ['organizations', organizationId, 'contacts', 'vocabulary'] as const,
  // The list, each campaign and what hangs off it (progress, timeline, recipients) share this
  // prefix, so one invalidation refreshes them all.
  campaigns: (organizationId: string) => ['organizations', organizationId, 'campaigns'] as const,
  campaign: (organizationId: string, campaignId: string) =>
    ['organizations', organizationId, 'campaigns', campaignId] as const,
  campaignProgress: (organizationId: string, campaignId: string) =>
    ['organizations', organizationId, 'campaigns', campaignId, 'progress'] as const,
  campaignTimeline: (organizationId: string, campaignId: string) =>
    ['organizations', organizationId, 'campaigns', campaignId, 'timeline'] as const,
  campaignRecipients: (organizationId: string, campaignId: string, filters: object) =>
    ['organizations', organizationId, 'campaigns', campaignId, 'recipients', filters] as const,
  // Under 'contacts': an import or a bulk change makes the estimate stale.
  campaignEstimate: (organizationId: string, input: string) =>
    ['organizations', organizationId, 'contacts', 'campaign-estimate', input] as const,
  plans: ['plans'] as const,
  invitationPreview: (token: string) => ['invitation-preview', token] as const,
};
